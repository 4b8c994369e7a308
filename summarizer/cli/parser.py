"""The command line's grammar: the options every command takes, and each
command's own.  Only the grammar: it imports nothing a command needs to
run, so that ``--help`` and ``--version`` stay light (each command's
module, which does the work, loads when the command runs)."""

from __future__ import annotations

import argparse
import os

from .. import __version__
from ..bench.args import add_bench_parser
from ..errors import SummarizerError
from ..formats import FORMATS, STORY_FORMATS
from .console import PROG
from .options import add_inputs, add_language, add_output, add_progress, add_summary


class UsageError(SummarizerError):
    """A command line argparse cannot read."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like our other errors
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _common() -> Parser:
    """Options that work before or after the command (their defaults are
    left unset, so a subcommand does not overwrite what came before it)."""
    c = Parser(add_help=False)
    c.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of errors")
    c.add_argument("--version", action="version", version=f"{PROG} {__version__}")
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
    common = _common()
    p = Parser(prog=PROG, description="Short, cited briefs of news reports.", parents=[common])
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for add in (_brief, _stories, _batch, _convert, _backends, add_bench_parser):
        add(sub, common)
    return p


def _brief(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    b = sub.add_parser("brief", help="print a brief of one or more reports", parents=[common])
    add_inputs(b)
    add_output(b, FORMATS)
    b.add_argument(
        "--brief-language",
        metavar="CODE",
        help="with the multilingual extra, the language a story told in several languages is briefed in "
        "(default: the one most of its reports are in); reports in the others are cited where they state it",
    )
    add_summary(b)


def _stories(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    st = sub.add_parser("stories", help="group reports into stories and list them", parents=[common])
    add_inputs(st)
    add_output(st, STORY_FORMATS)
    add_language(st)
    add_progress(st)


def _batch(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bt = sub.add_parser(
        "batch",
        help="briefs of every item of a JSON Lines file, one JSON line each (resumable)",
        parents=[common],
        description="Items are clusters {id, documents|reports} or reports {id, text}; with --feed the file is "
        "one feed of reports grouped into stories first. Records are appended to -o FILE line by line, each "
        "with the fingerprint of the input and options; running the same command again resumes, skipping ids "
        "already there. Another run's output, or any other file, is refused (--force starts over), and so is "
        "a file another batch is writing. Exit code 3 when any item failed (its record says why).",
    )
    bt.add_argument(
        "input",
        metavar="IN.jsonl",
        help=(
            "a JSON Lines file of items (or of reports, with --feed), a .json array of them, "
            "an RSS or Atom feed (.xml/.rss/.atom: an item a report), or - for JSON Lines on stdin"
        ),
    )
    bt.add_argument("--feed", action="store_true", help="the input is a feed of reports: group them into stories")
    bt.add_argument("--workers", "-j", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    bt.add_argument("--engine", choices=("process", "ray"), default="process", help="process pool, or Ray tasks")
    bt.add_argument("--address", help="a Ray cluster to run on (with --engine ray; default: a local Ray)")
    add_summary(bt)


def _convert(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cv = sub.add_parser(
        "convert",
        help="convert an mT5 model folder once for the fast CTranslate2 runtime (the mt5-fast extra)",
        parents=[common],
        description="Writes MODEL/ctranslate2 (or --to DIR); nothing is downloaded, no code from the folder runs. "
        "Afterwards --backend mt5 uses it on a GPU (runtime auto), and on the CPU runs in int8 by default.",
    )
    cv.add_argument("--model", required=True, help="the model folder (or a hub id already in the local cache)")
    cv.add_argument("--to", metavar="DIR", help="where to write the converted model (default: MODEL/ctranslate2)")
    cv.add_argument(
        "--quantization",
        choices=("float32", "int8"),
        default="float32",
        help="weights on disk: float32 (int8 is made when loading; exact output possible) or int8 (half the size)",
    )


def _backends(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sub.add_parser("backends", help="list the available backends", parents=[common])
