"""The command line's grammar: the options every command takes, and each
command's own (added by its module's ``add_parser``)."""

from __future__ import annotations

import argparse

from ..errors import SummarizerError
from .backends import add_parser as add_backends
from .batch import add_parser as add_batch
from .brief import add_parser as add_brief
from .console import PROG
from .convert import add_parser as add_convert
from .stories import add_parser as add_stories


class UsageError(SummarizerError):
    """A command line argparse cannot read."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like our other errors
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _version() -> str:
    from .. import __version__

    return f"{PROG} {__version__}"


def _common() -> Parser:
    """Options that work before or after the command (their defaults are
    left unset, so a subcommand does not overwrite what came before it)."""
    c = Parser(add_help=False)
    c.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of errors")
    c.add_argument("--version", action="version", version=_version())
    c.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="write the output to FILE (atomically; never over an input) instead of stdout",
    )
    c.add_argument("--force", action="store_true", default=argparse.SUPPRESS, help="let -o replace an existing file")
    return c


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``summarizer`` and every command."""
    from ..bench.cli import add_bench_parser

    common = _common()
    p = Parser(prog=PROG, description="Short, cited briefs of news reports.", parents=[common])
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for add in (add_brief, add_stories, add_batch, add_convert, add_backends):
        add(sub, common)
    add_bench_parser(sub, common)
    return p
