"""The output file of ``summarizer batch -o``: recognised, locked, resumed.

Every record written to the file starts with the run's fingerprint, a hash
of the input's bytes and of the options that shape the records::

    {"fingerprint": "3f2a9c0e11d2a7b4", "id": "c0", "line": 1, "status": "ok", ...}

so each line says which run made it, and the file stays one record a line.
Before a run appends to an existing file it reads the head of each line
(the fingerprint, id and line number; never a whole record, so memory stays
bounded however large the records or the file) and decides:

* no file, or an empty one: the run starts it;
* every line of one run: that run's fingerprint (:attr:`Output.found`); the
  caller resumes it when it is its own (:meth:`Output.claim`), and refuses
  it otherwise, saying so;
* anything else (other text, another tool's JSON Lines): refused;
* a last line cut short by a crash: dropped when the run is resumed.

``restart`` empties the file instead (``--force``).  The file is locked
(``flock``) from the moment it is opened, so two runs on one file cannot both
write: the second is refused at once.  Only a regular file is written: a
symbolic link, a device or a FIFO is refused before anything is read from it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

from .errors import InputError, OutputError
from .feed import MAX_LINE

#: The record field that holds the fingerprint, first in every record.
FIELD = "fingerprint"
#: Hex digits of the fingerprint: 64 bits tell runs apart; the full hash would
#: add 48 bytes to every record.
DIGITS = 16
#: The first read of a line: a record's head (fingerprint, id, line, status)
#: is about 100 bytes with an id of ordinary length.
HEAD = 64 * 1024
#: The longest head read: an id comes from one input line, which is at most
#: :data:`~summarizer.feed.MAX_LINE` long (10 MB), so a longer head is no record.
MAX_HEAD = MAX_LINE + HEAD
#: Blocks in which the rest of a record is skipped and an input hashed.
BLOCK = 1 << 20

_LEAD = b'{"' + FIELD.encode() + b'": "'
# The head of a record as json.dumps writes it (the default separators): the
# fingerprint, the id when the item has one (a JSON string, read by the json
# module's scanner: a regular expression over it kept a backtracking state
# per character, 1.8 GB for an id of 10 MB), the line and the status.
_START = re.compile(r'\{"' + FIELD + r'": "([0-9a-f]{' + str(DIGITS) + r'})", ')
_REST = re.compile(r'"line": ([0-9]+), "status": "(?:ok|error)"')
_DECODER = json.JSONDecoder()


def _parse(head: bytes) -> tuple[str, str] | None:
    """(fingerprint, key) of the record whose line starts with ``head``; None
    when it is no record's head (or, cut short, not a whole one)."""
    text = head.decode("utf-8", "replace")
    m = _START.match(text)
    if m is None:
        return None
    pos, item_id = m.end(), None
    if text.startswith('"id": "', pos):
        try:
            item_id, pos = _DECODER.raw_decode(text, pos + len('"id": '))
        except ValueError:  # the string does not end in the head
            return None
        if not text.startswith(", ", pos):
            return None
        pos += 2
    rest = _REST.match(text, pos)
    if rest is None:
        return None
    return m[1], f"id:{item_id}" if item_id is not None else f"line:{int(rest[1])}"


def input_digest(path: str | os.PathLike) -> str:
    """The SHA-256 of the bytes of the file at ``path``, read in blocks.

    Raises:
        InputError: when the file cannot be read.
    """
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while block := f.read(BLOCK):
                h.update(block)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return h.hexdigest()


def fingerprint(digest: str, shape: Mapping[str, object]) -> str:
    """The fingerprint of a run on an input of ``digest`` with the options in
    ``shape`` (names and values; the values are compared by their repr)."""
    data = {"format": 1, "input": digest, "options": {k: repr(v) for k, v in shape.items()}}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:DIGITS]


class Output:
    """An output file, open and locked: the keys of the records in it
    (``done``), the fingerprint of the run that made them (``found``, None
    when there are none), and :meth:`write` once :meth:`claim` accepted it.
    Use as a context manager; the lock goes with :meth:`close`."""

    def __init__(self, path: Path, f: BinaryIO, found: str | None, done: frozenset[str], good: int) -> None:
        self.path = path
        self.found = found
        self.done = done
        self._f = f
        self._good = good
        self._lead: bytes | None = None

    def claim(self, fp: str) -> None:
        """Take the file for the run of fingerprint ``fp``: a last line cut
        short is dropped, and records are appended after the others.

        Raises:
            OutputError: when the records in it are another run's.
        """
        if self.found is not None and self.found != fp:
            raise OutputError(
                f"{self.path}: holds the records of another batch (another input or other options); "
                "pass --force to start it over, or give another -o"
            )
        try:
            self._f.truncate(self._good)
            self._f.seek(self._good)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self._lead = _LEAD + fp.encode() + b'", '

    def write(self, record: str) -> None:
        """Append one record (a JSON object on one line, as :func:`~summarizer.batches.work`
        makes it) with the fingerprint first, and flush it."""
        if self._lead is None:
            raise RuntimeError("Output.write before Output.claim")
        self._f.write(self._lead + record[1:].encode("utf-8") + b"\n")
        self._f.flush()

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> Output:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_output(path: str | os.PathLike, *, restart: bool = False, inputs: Iterable[str | os.PathLike] = ()) -> Output:
    """Open and lock the output file at ``path`` (made when missing), and read
    what is in it (see the module docstring); ``restart`` empties it instead.

    Raises:
        OutputError: for a symbolic link, a file that is not regular or is
            one of ``inputs``, a file another run holds, or a file that is
            not a batch output (unless ``restart``).
    """
    p = Path(path)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(p, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(f"{p}: is a symbolic link; give the real path") from None
        raise OutputError(f"cannot write {p}: {exc.strerror or exc}") from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise OutputError(f"{p}: is not a regular file (a device, a FIFO); leave -o out to print the records")
    f = os.fdopen(fd, "r+b")
    try:
        for item in inputs:  # compared by the open file: a link, a hard link, /dev/stdin
            try:
                other = os.stat(item)
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                raise OutputError(f"{p}: is one of the inputs; refusing to overwrite it")
        _lock(fd, p)
        if restart:
            f.truncate(0)
            return Output(p, f, None, frozenset(), 0)
        found, done, good = _scan(f, p)
        return Output(p, f, found, done, good)
    except BaseException:
        f.close()
        raise


def _lock(fd: int, p: Path) -> None:
    """An exclusive lock on the open file, refused at once when another run holds it."""
    if sys.platform == "win32":  # no flock there: the fingerprint alone guards the file
        return
    import fcntl  # POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputError(
            f"{p}: another summarizer batch is writing it; wait for it to end, or give another -o"
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):  # a file system without locks
            raise OutputError(f"cannot lock {p}: {exc.strerror or exc}") from None


def _not_ours(p: Path, n: int) -> OutputError:
    return OutputError(
        f"{p}: is not the output of a summarizer batch (line {n}); pass --force to replace it, or give another -o"
    )


def _scan(f: BinaryIO, p: Path) -> tuple[str | None, frozenset[str], int]:
    """(fingerprint, keys of the records, bytes of whole records) of an open output."""
    keys: set[str] = set()
    found: str | None = None
    good = 0
    n = 0
    while True:
        head, eof = _head(f)
        if not head:
            break
        n += 1
        parsed = _parse(head)
        if parsed is None:
            if eof and (_LEAD.startswith(head) or head.startswith(_LEAD)):
                break  # a record cut short while its head was written
            raise _not_ours(p, n)
        fp, key = parsed
        if found is None:
            found = fp
        elif fp != found:
            raise _not_ours(p, n)  # two runs' records in one file: no batch writes that
        size, ended = len(head), head.endswith(b"\n")
        while not ended:
            rest = f.readline(BLOCK)
            size += len(rest)
            ended = rest.endswith(b"\n")
            if not rest:
                break
        if not ended:
            break  # the last record, cut short
        keys.add(key)
        good += size
    return found, frozenset(keys), good


def _head(f: BinaryIO) -> tuple[bytes, bool]:
    """The start of the next line, long enough to hold a record's head when
    it is one, and whether the file ended in it."""
    want = HEAD
    head = f.readline(want)
    while len(head) == want and not head.endswith(b"\n") and want < MAX_HEAD:
        if not head.startswith(_LEAD) or _parse(head) is not None:
            return head, False
        more = min(want, MAX_HEAD - want)  # doubling: a head is read O(log) times, in linear time
        head += f.readline(more)
        want += more
    return head, len(head) < want and not head.endswith(b"\n")
