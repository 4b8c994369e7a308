"""Reading text: bounded on every kind of input, decoded with care.

* Bounded: files, standard input, pipes, FIFOs and devices are read in
  chunks and refused past :data:`MAX_BYTES` (a file's stated size is not
  trusted: it is 0 for a pipe or ``/dev/zero``).  A FIFO with no writer
  does not hang silently: after a second a note on stderr says what it is
  waiting for.
* Decoded with care (:mod:`summarizer.text.decoding`): a byte-order mark
  decides, else UTF-16 by its bytes, UTF-8, or Windows-1256 when the bytes
  read as Arabic; anything else is an error that names ``--encoding``.  A
  PDF, an office document, an archive, compressed data, an image or a
  program is named as such, and binary data refused, from the first bytes
  read: ``/dev/urandom`` is not read to the limit first.
* Folders: their text files, sorted; symbolic links and anything that is
  not a regular file are passed over and listed, not followed.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..types import display_text
from .decoding import HEAD, codec_name, decode, refuse_binary

__all__ = ["CHUNK", "MAX_BYTES", "codec_name", "decode", "expand_paths", "read_bytes", "read_stdin", "read_text"]

#: Inputs larger than this are refused (a brief of a 200 MB file is a mistake).
MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
#: Bytes read at a time.
CHUNK = 1 << 16
#: Seconds to wait on a FIFO before saying so on stderr.
FIFO_NOTICE = 1.0
#: An argument that is a web address, not a path.
WEB_ADDRESS = re.compile(r"(?i)(https?|ftp)://")


def _mb(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"


def read_stream(stream: BinaryIO, *, name: str, limit: int = MAX_BYTES, encoding: str | None = None) -> bytes:
    """All of ``stream``, refused once it passes ``limit`` bytes, or as soon
    as its first bytes are no text in ``encoding`` (``None``: the one they
    show; see :func:`~summarizer.text.decoding.refuse_binary`).

    Raises:
        InputError: past the limit, for binary data, or when reading fails.
    """
    codec = None if encoding is None else codec_name(encoding)
    parts: list[bytes] = []
    size = 0
    try:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            parts.append(chunk)
            if size - len(chunk) < HEAD <= size:  # the first bytes are in: text or not?
                _refuse_binary(b"".join(parts), name, codec)
            if size > limit:
                raise InputError(f"{name}: more than {_mb(limit)}; refusing to read on (split it, or summarise a part)")
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    data = b"".join(parts)
    if size < HEAD:
        _refuse_binary(data, name, codec)
    return data


def _refuse_binary(data: bytes, name: str, codec: str | None) -> None:
    """:func:`~summarizer.text.decoding.refuse_binary` on a stream's first
    bytes, and 64 NUL bytes in a row refused in any encoding (``/dev/zero``)."""
    try:
        refuse_binary(data, codec)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    if b"\x00" * 64 in data[:CHUNK]:
        raise InputError(f"{name}: looks like a binary file, not text")


def _open(path: Path) -> BinaryIO:
    """Open ``path`` for reading; a FIFO that has no writer yet gets a note on stderr."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISFIFO(mode):
        return path.open("rb")
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["file"] = path.open("rb")
        except OSError as exc:
            box["error"] = exc

    opener = threading.Thread(target=target, daemon=True)
    opener.start()
    opener.join(FIFO_NOTICE)
    if opener.is_alive():
        sys.stderr.write(f"summarizer: waiting for a writer on the FIFO {display_text(str(path))} (Ctrl-C to stop)\n")
        while opener.is_alive():
            opener.join(0.2)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["file"]  # type: ignore[return-value]


def read_bytes(path: str | os.PathLike, *, limit: int = MAX_BYTES, encoding: str | None = None) -> bytes:
    """The bytes of the file, pipe, FIFO or device at ``path``, at most
    ``limit``, that open as text in ``encoding`` (:func:`read_stream`).

    Raises:
        InputError: missing, a folder, unreadable, binary, or too large.
    """
    p = Path(path)
    try:
        with _open(p) as f:
            return read_stream(f, name=str(p), limit=limit, encoding=encoding)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None


def read_stdin(*, encoding: str | None = None, limit: int = MAX_BYTES) -> str:
    """Standard input, bounded and decoded (a note on stderr when it is a terminal)."""
    if sys.stdin is None:
        raise InputError("<stdin>: there is no standard input")
    if sys.stdin.isatty():
        sys.stderr.write("summarizer: reading the report from the terminal; end it with Ctrl-D\n")
    data = read_stream(sys.stdin.buffer, name="<stdin>", limit=limit, encoding=encoding)
    return decode(data, name="<stdin>", encoding=encoding)


def read_text(path: str | os.PathLike, *, encoding: str | None = None) -> str:
    """Read one file as text (see :func:`read_bytes` and :func:`decode`)."""
    return decode(read_bytes(path, encoding=encoding), name=str(path), encoding=encoding)


def expand_paths(paths: Iterable[str | os.PathLike], skipped: list[tuple[str, str]] | None = None) -> list[Path]:
    """Turn files and folders into a list of files to read.

    A folder contributes its ``*.txt``/``*.text``/``*.md`` files and saved pages (``*.html``, ``*.htm``; not
    recursively), sorted by name.  Inside a folder, symbolic links and
    anything that is not a regular file are passed over, with the reason
    appended to ``skipped`` when given; a path named directly is read as it is.

    Raises:
        InputError: for a missing path, an unreadable folder, or a folder without text files.
    """
    files: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            try:
                entries = sorted(p.iterdir())
            except OSError as exc:
                raise InputError(f"{p}: cannot list the folder ({exc.strerror or exc})") from None
            found = []
            for f in entries:
                if f.suffix.lower() not in TEXT_SUFFIXES:
                    continue
                try:
                    mode = f.lstat().st_mode
                except OSError as exc:
                    reason = f"cannot read ({exc.strerror or exc})"
                else:
                    if stat.S_ISREG(mode):
                        found.append(f)
                        continue
                    reason = "a symbolic link, not followed" if stat.S_ISLNK(mode) else "not a regular file"
                if skipped is not None:
                    skipped.append((str(f), reason))
            if not found:
                raise InputError(f"{p}: folder has no text files ({', '.join(TEXT_SUFFIXES)})")
            files.extend(found)
        elif p.exists() or p.is_symlink():
            files.append(p)
        elif WEB_ADDRESS.match(str(item)):
            raise InputError(
                f"{item}: is a web address; summarizer reads files (save the page as .html and give its path)"
            )
        else:
            raise InputError(f"{p}: no such file or folder")
    return files
