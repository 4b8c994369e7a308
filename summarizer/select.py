"""Choosing sentences under a budget with redundancy control (MMR)."""

from __future__ import annotations

from typing import Callable, List, Sequence, Union

import numpy as np

from .budget import Budget


def mmr(
    scores: Sequence[float],
    similarity: Union[np.ndarray, Callable[[int], np.ndarray]],
    lengths: Sequence[int],
    budget: Budget,
    *,
    redundancy: float = 0.5,
    max_similarity: float = 1.01,
) -> List[int]:
    """Maximal marginal relevance (Carbonell and Goldstein, 1998).

    Repeatedly takes the item with the best ``score - redundancy * (its
    highest similarity to an item already taken)``; items more similar than
    ``max_similarity`` to a taken one are never taken.  Ties go to the
    earlier item, so the choice is deterministic.  Under a word budget, items
    are added until the budget is reached (the last may cross it).

    ``similarity`` is a dense matrix, or a function giving one item's row of
    it (so long documents never need the whole matrix).
    """
    row = similarity if callable(similarity) else (lambda i: similarity[i])
    n = len(scores)
    s = np.asarray(scores, dtype=float)
    limit = budget.max_sentences(n)
    taken: List[int] = []
    words = 0
    closest = np.zeros(n)
    free = np.ones(n, dtype=bool)
    while free.any() and len(taken) < limit:
        if budget.words is not None and words >= budget.words:
            break
        value = np.where(free, s - redundancy * closest, -np.inf)
        best = int(np.argmax(value))  # argmax takes the first of equals
        if not np.isfinite(value[best]):
            break
        free[best] = False
        taken.append(best)
        words += lengths[best]
        closest = np.maximum(closest, np.asarray(row(best)).ravel())
        free &= closest < max_similarity
    return taken
