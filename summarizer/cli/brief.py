"""``summarizer brief``: a cited brief of one report, or of several (fused,
one brief a story).  Its options are in :mod:`.parser`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from ..budget import Budget
from ..formats import FORMATS
from ..html import to_html
from ..orchestrate import briefs
from ..pipeline import Analysis, analyse
from ..progress import progress
from ..registry import default_registry
from ..render import render_text, to_json, to_markdown
from ..types import Document, Summary
from .console import PROG, Done, count
from .inputs import read_inputs, warn_foreign
from .options import brief_options, output_format


def run(args: argparse.Namespace, out: TextIO) -> Done:
    fmt = output_format(args, FORMATS)
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
    if fmt == "json":
        out.write(to_json(analyses, summaries, skipped=skipped) + "\n")
    elif fmt == "html":
        out.write(to_html(analyses, summaries))
    elif fmt == "markdown":
        out.write(to_markdown(analyses, summaries))
    else:
        render_text(analyses, summaries, out, bidi=bidi)
