"""Writing result files: checked before the work starts, replaced atomically.

A result file is written to a temporary file beside it and renamed over it
only when complete, so an interrupted run or a full disk never leaves a
half-written file, and an old file survives a failed run.  A path that is
one of the run's inputs (by any name: a link, a hard link, the file standard
input reads, a file inside an input folder) is refused, and so is an
existing file unless the caller allows replacing it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def is_stdin(path: str | os.PathLike) -> bool:
    """Whether the file at ``path`` is the one standard input reads (``< FILE``),
    compared by device and inode."""
    try:
        a = os.fstat(sys.stdin.fileno())
        b = os.stat(path)
    except (AttributeError, OSError, ValueError):  # no stdin, a stream without a file, no such path
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _inside(p: Path, folder: Path) -> bool:
    """Whether the existing file ``p`` is in ``folder`` or below it, by its
    path or, for a file with other hard links, by its inode."""
    try:
        if p.resolve().is_relative_to(folder.resolve()):
            return True
        st = p.stat()
    except (OSError, RuntimeError):
        return False
    if st.st_nlink < 2:  # no other name: it is where its path says
        return False
    for root, _, files in os.walk(folder):  # links are not followed
        for name in files:
            with contextlib.suppress(OSError):
                other = os.lstat(os.path.join(root, name))
                if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                    return True
    return False


def check_output(path: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = (), replace: bool = False) -> Path:
    """The output path, checked before any work is done.

    ``inputs`` are the files and folders the run reads, ``-`` for standard
    input: an output that is one of them (by its path, a symbolic or hard
    link, or the file standard input reads), or an existing file inside an
    input folder, is refused even with ``replace``.

    Raises:
        OutputError: when the path is an input, a folder, an existing file
            (unless ``replace``), or in a folder that does not exist or
            cannot be written.
    """
    p = Path(path)
    if not str(path):
        raise OutputError("the output path is empty")
    given = [str(item) for item in inputs]
    named = [Path(item) for item in given if item != "-"]
    if "-" in given and is_stdin(p):
        raise OutputError(f"{p}: is standard input, one of the inputs; refusing to overwrite it")
    for q in named:
        if _same(p, q) or p.resolve() == q.resolve():
            raise OutputError(f"{p}: is one of the inputs; refusing to overwrite it")
    for q in named:
        if q.is_dir() and p.exists() and _inside(p, q):
            raise OutputError(f"{p}: is inside the input folder {q}; refusing to overwrite it")
    if p.is_dir():
        raise OutputError(f"{p}: is a folder; give a file name")
    if p.exists() and not p.is_file():
        raise OutputError(f"{p}: is not a regular file (a device, a FIFO); refusing to replace it")
    if p.is_symlink():
        raise OutputError(f"{p}: is a symbolic link; give the real path")
    if p.exists() and not replace:
        raise OutputError(f"{p}: exists; pass --force to replace it")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{p}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{p}: cannot write in {parent} (permission denied)")
    return p


def write_atomic(path: str | os.PathLike, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file and a rename.

    Raises:
        OutputError: with the reason, when the data cannot be written in full.
    """
    p = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    parent = p.parent if str(p.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=parent)
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        if p.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, p.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, p)
        tmp = None
    except OSError as exc:
        raise OutputError(f"cannot write {p}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
