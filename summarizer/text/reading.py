"""Reading text files: UTF-8 (with or without BOM) or Windows-1256, checked."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError

#: Encodings tried in order when none is given.
AUTO_ENCODINGS = ("utf-8-sig", "cp1256")
#: Files larger than this are refused (a brief of a 200 MB file is a mistake).
MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md")


def decode(data: bytes, *, name: str = "<input>", encoding: str | None = None) -> str:
    """Decode ``data``; with no ``encoding``, try UTF-8 (BOM allowed), then Windows-1256.

    Raises:
        InputError: for binary data or bytes that no candidate encoding decodes.
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    candidates = (encoding,) if encoding else AUTO_ENCODINGS
    for enc in candidates:
        try:
            text = data.decode(enc)
        except LookupError:
            raise InputError(f"unknown encoding {enc!r}") from None
        except UnicodeDecodeError:
            continue
        if enc == "utf-8" and text.startswith("\ufeff"):
            text = text[1:]
        if enc == "cp1256" and not _plausible_cp1256(text):
            continue
        return text
    tried = ", ".join(candidates)
    raise InputError(f"{name}: cannot decode the file as {tried}; pass --encoding")


def _plausible_cp1256(text: str) -> bool:
    """Windows-1256 decodes almost any bytes; accept it only for mostly-letter text."""
    if not text:
        return True
    letters = sum(ch.isalpha() or ch.isspace() or ch.isdigit() for ch in text)
    return letters / len(text) > 0.75


def read_text(path: str | os.PathLike, *, encoding: str | None = None) -> str:
    """Read one file as text (see :func:`decode`)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise InputError(f"{p}: is a directory")
        if size > MAX_BYTES:
            raise InputError(f"{p}: file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    return decode(data, name=str(p), encoding=encoding)


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Turn files and directories into a sorted list of text files.

    A directory contributes its ``*.txt``/``*.text``/``*.md`` files (not
    recursively), sorted by name.

    Raises:
        InputError: for a missing path or a directory without text files.
    """
    files: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(f"{p}: directory has no text files ({', '.join(TEXT_SUFFIXES)})")
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return files
