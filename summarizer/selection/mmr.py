"""Maximal marginal relevance under a budget: the selector of one report's
sentences (:mod:`.single`) and of a fused story's groups
(:mod:`summarizer.fusion.pick`).

The two thresholds of "said already" live here, side by side:
:data:`NEAR_COPY` within one report, :data:`SAID_ALREADY` across a story.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..budget import Budget

#: Within one report: the cosine similarity of tf-idf stems at which a
#: sentence says what one already chosen says, so verbatim repeats and near
#: copies are never taken twice.
NEAR_COPY = 0.9
#: Across a story's reports: the similarity of two groups' sentences at which
#: one counts as said already by the other and is skipped (different reports
#: word one fact differently, so the bar is lower than :data:`NEAR_COPY`).
SAID_ALREADY = 0.5

Row = Callable[[int], np.ndarray]


@dataclass(frozen=True)
class Selection:
    """What :func:`choose` took, in the order taken, and how many items
    ranked above the last one taken were passed over for their length."""

    chosen: tuple[int, ...]
    too_long: int = 0
    shortest: int = 0  # words of the shortest item (for the message when nothing fits)


def choose(
    scores: Sequence[float] | np.ndarray,
    similarity: np.ndarray | Row,
    lengths: Sequence[int],
    budget: Budget,
    *,
    redundancy: float = 0.0,
    said_already: float = NEAR_COPY,
) -> Selection:
    """Maximal marginal relevance (Carbonell and Goldstein, 1998) under ``budget``.

    Repeatedly takes the item with the best ``score - redundancy * (its
    highest similarity to an item already taken)``; an item at least
    ``said_already`` similar to a taken one is never taken.  Ties go to the
    earlier item, so the choice is deterministic.  Under a strict word
    budget an item longer than the words left is passed over (counted in
    :attr:`Selection.too_long`) and shorter ones are still tried.

    ``similarity`` is a dense matrix, or a function giving one item's row of
    it (so long documents never need the whole matrix).
    """
    row: Row = similarity if callable(similarity) else (lambda i: similarity[i])
    n = len(scores)
    s = np.nan_to_num(np.asarray(scores, dtype=float), nan=-np.inf)  # a NaN score is never taken
    length = np.asarray(lengths, dtype=np.int64)
    limit = budget.max_sentences(n)
    taken: list[int] = []
    words = 0
    too_long = 0
    closest = np.zeros(n)
    free = np.ones(n, dtype=bool)
    while free.any() and len(taken) < limit and not budget.full(words):
        value = np.where(free, s - redundancy * closest, -np.inf)
        if budget.words is not None and budget.strict:
            over = free & (length > budget.words - words)
            if over.any():
                # Left out for good; those ranked above the next pick count as passed over.
                fitting = np.where(over, -np.inf, value)
                too_long += int(np.count_nonzero(value[over] > fitting.max()))
                free &= ~over
                value = fitting
        best = int(np.argmax(value))  # argmax takes the first of equals
        if not np.isfinite(value[best]):
            break
        free[best] = False
        taken.append(best)
        words += int(length[best])
        closest = np.maximum(closest, np.asarray(row(best), dtype=float).ravel())
        free &= closest < said_already
    return Selection(tuple(taken), too_long, int(length.min()) if n else 0)
