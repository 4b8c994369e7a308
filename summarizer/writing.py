"""Writing result files: checked before the work starts, replaced atomically.

A result file is written to a temporary file beside it and renamed over it
only when complete, so an interrupted run or a full disk never leaves a
half-written file, and an old file survives a failed run.  A path that is
one of the run's inputs is refused, and so is an existing file unless the
caller allows replacing it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output(path: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = (), replace: bool = False) -> Path:
    """The output path, checked before any work is done.

    Raises:
        OutputError: when the path is an input, a folder, an existing file
            (unless ``replace``), or in a folder that does not exist or
            cannot be written.
    """
    p = Path(path)
    if not str(path):
        raise OutputError("the output path is empty")
    for item in inputs:
        q = Path(item)
        if _same(p, q) or p.resolve() == q.resolve():
            raise OutputError(f"{p}: is one of the inputs; refusing to overwrite it")
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
