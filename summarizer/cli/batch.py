"""``summarizer batch``: briefs of every item of a JSON Lines file, one
JSON record each, appended to ``-o FILE`` (resumable) or printed (its
options are in :mod:`.parser`)."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, TextIO

from ..batches import Outcome, Settings, count_lines, run_file, settings_for, spooled, story_items, unique_ids
from ..batches import run as run_items
from ..errors import InputError, OptionError
from ..feed import json_lines, json_lines_of
from ..progress import Advance, elapsed, progress
from ..types import display_text
from ..writing import check_output
from .console import PROG, Done, count
from .options import FORMAT_SUFFIXES, given_budget, summary_options
from .signals import terminated_unwinds


def run(args: argparse.Namespace, out: TextIO) -> Done:
    """Records appended to -o (resumable), or printed; one summary line on
    stderr at the end; exit code 3 when any item failed."""
    with terminated_unwinds():
        return Done(_batch(args, out))


def _batch(args: argparse.Namespace, out: TextIO) -> int:
    start = time.perf_counter()
    options = summary_options(args)
    budget = given_budget(args)
    settings = settings_for(args.backend, budget, args.language, not args.no_stories, options)
    output = getattr(args, "output", None)
    _check(args, output)
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
    got = Outcome()
    if args.feed and src is not None:
        tasks = unique_ids(story_items(src, settings))
        settings = replace(settings, stories=False)
    else:
        tasks = unique_ids(json_lines(src) if src is not None else items)
    for line in run_items(tasks, settings, workers=args.workers, engine=args.engine, address=args.address):
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
    where = f" to {display_text(output)}" if output else ""
    parts = [count(got.done + got.skipped, "item"), f"{got.done - got.failed} written{where}"]
    parts.append(f"{got.failed} failed (their records say why)" if got.failed else "0 failed")
    if got.skipped:
        parts.append(f"{got.skipped} there already")
    return f"{PROG}: batch: " + ", ".join([*parts, elapsed(seconds)])


def _check(args: argparse.Namespace, output: str | None) -> None:
    """Options that would be silently ignored, refused: ``--address`` without
    Ray, an output file named as another format (a batch writes JSON lines)."""
    if args.address and args.engine != "ray":
        raise OptionError(f"--address is where a Ray cluster runs: it needs --engine ray, not {args.engine}")
    suffix = Path(output).suffix.lower() if output else ""
    if FORMAT_SUFFIXES.get(suffix) in ("html", "markdown"):  # JSON lines are text, and JSON of a kind
        raise OptionError(f"batch writes JSON lines, not {FORMAT_SUFFIXES[suffix]}: name the output .jsonl")
