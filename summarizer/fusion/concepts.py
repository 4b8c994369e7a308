"""Concepts: what many reports of a story say, for density and coverage.

A *concept* is a pair of consecutive content terms of a sentence (stems,
stop words out: "central bank", "bank rais"); its weight is the number of
reports that state it, and only concepts stated by at least :data:`MIN_DF`
reports count (fewer when a story has fewer reports).  Fusion's rank stage
scores a group's concept density with them (:mod:`.rank`), and the
``concepts`` selection covers as much of their weight as the budget allows
(:mod:`summarizer.selection.coverage`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

#: A concept counts when at least this many reports state it.
MIN_DF = 3


def concepts_of(terms: Sequence[str]) -> frozenset[str]:
    """The concepts of a sentence: its pairs of consecutive content terms."""
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(terms) if not (a.isdigit() and b.isdigit()))


def concept_weights(per_report: Sequence[set[str]], min_df: int = MIN_DF) -> dict[str, int]:
    """Concept -> number of reports stating it, for those stated by enough of them
    (``min_df``, or all but one report when there are fewer)."""
    counts: dict[str, int] = {}
    for concepts in per_report:
        for c in concepts:
            counts[c] = counts.get(c, 0) + 1
    need = max(2, min(min_df, len(per_report) - 1))
    return {c: n for c, n in counts.items() if n >= need}
