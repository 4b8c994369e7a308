"""``summarizer batch``: briefs of every item of a JSON Lines file, one
JSON record each, appended to ``-o FILE`` (resumable) or printed."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from ..errors import InputError
from ..types import display_text
from .console import PROG, Done, count
from .options import add_summary, given_budget, summary_options
from .signals import terminated_unwinds

if TYPE_CHECKING:
    from ..batches import Outcome, Settings
    from ..progress import Advance


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
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


def run(args: argparse.Namespace, out: TextIO) -> Done:
    """Records appended to -o (resumable), or printed; one summary line on
    stderr at the end; exit code 3 when any item failed."""
    with terminated_unwinds():
        return Done(_batch(args, out))


def _batch(args: argparse.Namespace, out: TextIO) -> int:
    import time

    from ..batches import count_lines, run_file, settings_for
    from ..progress import progress

    start = time.perf_counter()
    options = summary_options(args)
    budget = given_budget(args)
    settings = settings_for(args.backend, budget, args.language, not args.no_stories, options)
    output = getattr(args, "output", None)
    with contextlib.ExitStack() as stack:
        src, items = _source(args, output, stack)
        total = count_lines(src) if src is not None and not args.feed else None
        with progress(total, "batch", show=args.progress, plain=True) as advance:
            if output is not None and src is not None:
                got = run_file(
                    src,
                    output,
                    settings,
                    workers=args.workers,
                    engine=args.engine,
                    address=args.address,
                    feed=args.feed,
                    restart=getattr(args, "force", False),
                    progress=advance,
                )
            else:
                got = _print_records(args, src, items, settings, out, advance)
    sys.stderr.write(_batch_summary(got, output, time.perf_counter() - start) + "\n")
    return 3 if got.failed else 0


def _source(
    args: argparse.Namespace, output: str | None, stack: contextlib.ExitStack
) -> tuple[Path | None, Iterator[tuple[int, object]]]:
    """The input file (a spooled copy of stdin where one is needed), or the
    items of stdin read as they come."""
    from ..batches import spooled
    from ..feed import json_lines_of
    from ..writing import check_output

    items: Iterator[tuple[int, object]] = iter(())
    if args.input != "-":
        src = Path(args.input)
        if not src.is_file():
            raise InputError(f"{src}: no such file" if not src.exists() else f"{src}: not a regular file")
        return src, items
    if output is not None:
        check_output(output, inputs=["-"], replace=True)  # before standard input is read
    stream = _stdin_items()
    # resuming needs the input's fingerprint, and stories all of the
    # feed, before the first record: a copy first; else read as it comes
    if output is not None or args.feed:
        return stack.enter_context(spooled(stream)), items
    return None, json_lines_of(stream, "<stdin>")


def _print_records(
    args: argparse.Namespace,
    src: Path | None,
    items: Iterator[tuple[int, object]],
    settings: Settings,
    out: TextIO,
    advance: Advance,
) -> Outcome:
    """Each item's record printed to ``out`` as it comes."""
    from dataclasses import replace

    from ..batches import Outcome, run, story_items, unique_ids
    from ..feed import json_lines

    got = Outcome()
    if args.feed and src is not None:
        tasks = unique_ids(story_items(src, settings))
        settings = replace(settings, stories=False)
    else:
        tasks = unique_ids(json_lines(src) if src is not None else items)
    for line in run(tasks, settings, workers=args.workers, engine=args.engine, address=args.address):
        out.write(line + "\n")
        bad = '"status": "error"' in line
        got.done += 1
        got.failed += bad
        advance(failed=int(bad))
    return got


def _stdin_items() -> BinaryIO:
    """Standard input as bytes, for batch (a note when it is a terminal)."""
    if sys.stdin is None:
        raise InputError("<stdin>: there is no standard input")
    if sys.stdin.isatty():
        sys.stderr.write(f"{PROG}: reading items from the terminal, one JSON line each; end with Ctrl-D\n")
    return sys.stdin.buffer


def _batch_summary(got: Outcome, output: str | None, seconds: float) -> str:
    """``summarizer: batch: 120 items, 118 written to out.jsonl, 2 failed (...), 41 s``."""
    from ..progress import elapsed

    where = f" to {display_text(output)}" if output else ""
    parts = [count(got.done + got.skipped, "item"), f"{got.done - got.failed} written{where}"]
    parts.append(f"{got.failed} failed (their records say why)" if got.failed else "0 failed")
    if got.skipped:
        parts.append(f"{got.skipped} there already")
    return f"{PROG}: batch: " + ", ".join([*parts, elapsed(seconds)])
