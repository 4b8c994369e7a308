"""What every command shares on the way out: the program's name in
messages, how a command ended (:class:`Done`), and standard output made
safe to write to (closed, or in an encoding that cannot hold every
character)."""

from __future__ import annotations

import codecs
import io
import os
import sys
from dataclasses import dataclass
from typing import TextIO

from ..errors import OutputError
from ..types import display_text

PROG = "summarizer"


@dataclass(frozen=True)
class Done:
    """How a command ended: its exit code, and what its output holds ("2
    briefs"), said when -o writes it."""

    code: int
    made: str = ""


def count(n: int, one: str, many: str | None = None) -> str:
    """``1 brief``, ``2 briefs``, ``3 stories``."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def one_line(exc: BaseException) -> str:
    """An error's message as one line, shown safely."""
    return display_text(str(exc))


class EscapingStdout(io.TextIOBase):
    """Standard output in an encoding that cannot write every character
    (``PYTHONIOENCODING=ascii``, a Latin-1 locale): those it cannot are
    written as escapes (``\\u0642``), and a note on stderr says so, once."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._noted = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    def write(self, text: str) -> int:
        if not self._noted:
            try:
                text.encode(self._stream.encoding)
            except UnicodeEncodeError:
                self._noted = True
                sys.stderr.write(
                    f"{PROG}: note: standard output's encoding ({self._stream.encoding}) cannot hold every "
                    "character; those it cannot are written as \\u escapes (set PYTHONIOENCODING=utf-8)\n"
                )
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()


def stdout(*, needed: bool) -> TextIO:
    """Standard output to write to.  Closed (``>&-``): an error when the
    command writes its result there (``needed``), else a sink for what it
    prints beside the file it writes.  In an encoding that cannot write
    every character: escapes with a note (:class:`EscapingStdout`)."""
    stream = sys.stdout
    if stream is None:
        if needed:
            raise OutputError("standard output is closed; give -o FILE or leave stdout open")
        return io.StringIO()
    try:
        encoding = codecs.lookup(stream.encoding or "ascii").name
    except LookupError:
        encoding = "ascii"
    if encoding.startswith(("utf-", "gb18030")) or not isinstance(stream, io.TextIOWrapper):
        return stream
    stream.reconfigure(errors="backslashreplace")
    return EscapingStdout(stream)  # type: ignore[return-value]


def quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that Python's exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass
