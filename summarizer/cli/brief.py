"""``summarizer brief``: a cited brief of one report, or of several (fused,
one brief a story)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from ..budget import Budget
from .console import PROG, Done, count
from .inputs import read_inputs, warn_foreign
from .options import add_inputs, add_output, add_summary, brief_options, output_format

if TYPE_CHECKING:
    from ..pipeline import Analysis
    from ..types import Document, Summary


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from ..render import FORMATS

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


def run(args: argparse.Namespace, out: TextIO) -> Done:
    from ..orchestrate import briefs
    from ..registry import default_registry

    fmt = output_format(args)
    settings = brief_options(args)
    reg = default_registry()
    reg.options(args.backend)  # an unknown backend fails before any file is read
    docs, skipped = read_inputs(args.inputs, args.encoding, args.input_format)
    analyses = _analyses(docs, args)
    warn_foreign(docs, args.language)
    summaries = briefs(analyses, settings, reg)
    budget = settings.budget_for(len(analyses))
    _notes(summaries, budget)
    write(analyses, summaries, fmt, out, bidi=args.bidi, skipped=skipped)
    return Done(0, count(len(summaries), "brief"))


def _analyses(docs: Sequence[Document], args: argparse.Namespace) -> list[Analysis]:
    """Every report analysed, with a progress bar (by default only for a feed of more than 50)."""
    from ..pipeline import analyse
    from ..progress import progress

    analyses = []
    show = args.progress if args.progress is not None else (None if len(docs) > 50 else False)  # a bar for feeds
    with progress(len(docs), "reading reports", show=show) as advance:
        for d in docs:
            analyses.append(analyse(d, language=args.language))
            advance()
    return analyses


def _notes(summaries: Sequence[Summary], budget: Budget) -> None:
    """Say on stderr when sentences were left out because they exceed the word cap."""
    for k, s in enumerate(summaries, 1):
        n = s.too_long
        if n:
            which = f"brief {k}: " if len(summaries) > 1 else ""
            what = "nothing fits" if not s.sentences else f"{n} higher-ranked sentence(s) left out"
            sys.stderr.write(f"{PROG}: note: {which}{what}: longer than the {budget.words} words allowed\n")


def write(
    analyses: Sequence[Analysis],
    summaries: Sequence[Summary],
    fmt: str,
    out: TextIO,
    *,
    bidi: str,
    skipped: Sequence[tuple[str, str]] = (),
) -> None:
    """The briefs in format ``fmt`` (json, html, markdown or text) to ``out``."""
    from ..render import render_text, to_json, to_markdown

    if fmt == "json":
        out.write(to_json(analyses, summaries, skipped=skipped) + "\n")
    elif fmt == "html":
        from ..html import to_html

        out.write(to_html(analyses, summaries))
    elif fmt == "markdown":
        out.write(to_markdown(analyses, summaries))
    else:
        render_text(analyses, summaries, out, bidi=bidi)
