"""Concept coverage: the units that together say most of what many reports say.

Selection maximises the total weight of the concepts covered (pairs of
consecutive stems, :mod:`summarizer.fusion.concepts`) -- each counted once
however many chosen units hold it -- under the budget (Gillick and Favre,
2009), with the units' own scores as a small tie-break; units too alike to
both stand in a brief (:data:`.mmr.SAID_ALREADY`) exclude each other.  It
is solved exactly with ``scipy.optimize.milp`` up to :data:`EXACT_UNITS`
units; beyond that by the cost-scaled greedy (the better of it and the
best single unit is within (1 - 1/e)/2 of the optimum, Khuller, Moss and
Naor, 1999), so 1,000-report stories stay fast and every run gives the
same answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..budget import Budget

#: The exact solver is used up to this many units.
EXACT_UNITS = 400
#: Weight of a unit's own score against one report's worth of concept weight.
TIE_BREAK = 1e-3


@dataclass(frozen=True)
class Unit:
    """Something that can be chosen: its concepts, its length in words, its score."""

    concepts: frozenset[str]
    words: int
    score: float


def select(
    units: Sequence[Unit],
    weights: dict[str, int],
    budget: Budget,
    exclusive: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """Indices of the units to take (see the module docstring).  When the
    budget has room left after the solution (every weighted concept covered,
    or a word target, ``strict=False``, to reach), the remaining units are
    added by what they add, then by score, while they fit."""
    if not units:
        return []
    limit = budget.max_sentences(len(units))
    cap = budget.words if budget.words is not None else None
    if len(units) <= EXACT_UNITS:
        chosen = _exact(units, weights, cap, limit, exclusive)
    else:
        chosen = _greedy(units, weights, cap, limit, exclusive)
    return _fill(units, weights, chosen, budget, exclusive)


def _gain(units, weights, i, covered) -> float:
    return sum(weights.get(c, 0) for c in units[i].concepts - covered) + TIE_BREAK * units[i].score


def _exact(units, weights, cap, limit, exclusive) -> list[int]:
    from scipy.optimize import Bounds, LinearConstraint, milp  # heavy: 0.4 s, only for the exact program
    from scipy.sparse import coo_matrix

    used = sorted({c for u in units for c in u.concepts if c in weights})
    index = {c: k for k, c in enumerate(used)}
    n, m = len(units), len(used)
    # variables: x_0..x_{n-1} (units), y_0..y_{m-1} (concepts); minimise -objective
    scores = np.array([u.score for u in units], dtype=float)
    objective = -np.concatenate([TIE_BREAK * scores, np.array([weights[c] for c in used], dtype=float)])
    rows, cols, vals = [], [], []
    for k in range(m):  # y_k <= sum of x_i holding concept k
        rows.append(k)
        cols.append(n + k)
        vals.append(1.0)
    for i, u in enumerate(units):
        for c in u.concepts:
            if c in index:
                rows.append(index[c])
                cols.append(i)
                vals.append(-1.0)
    r = m
    lower, upper = [-np.inf] * m, [0.0] * m
    if cap is not None:
        for i, u in enumerate(units):
            rows.append(r)
            cols.append(i)
            vals.append(float(u.words))
        lower.append(-np.inf)
        upper.append(float(cap))
        r += 1
    if limit < n:
        for i in range(n):
            rows.append(r)
            cols.append(i)
            vals.append(1.0)
        lower.append(-np.inf)
        upper.append(float(limit))
        r += 1
    for a, b in exclusive:
        rows += [r, r]
        cols += [a, b]
        vals += [1.0, 1.0]
        lower.append(-np.inf)
        upper.append(1.0)
        r += 1
    constraints = []
    if r:
        matrix = coo_matrix((vals, (rows, cols)), shape=(r, n + m)).tocsr()
        constraints.append(LinearConstraint(matrix, lower, upper))
    res = milp(objective, constraints=constraints, integrality=np.ones(n + m), bounds=Bounds(0, 1))
    if res.x is None:  # pragma: no cover - a 0/1 program with x = 0 feasible always has a solution
        return _greedy(units, weights, cap, limit, exclusive)
    return [i for i in range(n) if res.x[i] > 0.5]


def _greedy(units, weights, cap, limit, exclusive) -> list[int]:
    blocked: dict[int, set[int]] = {}
    for a, b in exclusive:
        blocked.setdefault(a, set()).add(b)
        blocked.setdefault(b, set()).add(a)
    chosen: list[int] = []
    covered: set[str] = set()
    words = 0
    free = set(range(len(units)))
    while free and len(chosen) < limit:
        best, best_ratio = -1, 0.0
        for i in sorted(free):
            if cap is not None and words + units[i].words > cap:
                continue
            g = _gain(units, weights, i, covered)
            ratio = g / max(units[i].words, 1)
            if g > 0 and ratio > best_ratio:
                best, best_ratio = i, ratio
        if best < 0:
            break
        chosen.append(best)
        covered |= units[best].concepts
        words += units[best].words
        free.discard(best)
        free -= blocked.get(best, set())
    single = max(
        (i for i in range(len(units)) if cap is None or units[i].words <= cap),
        key=lambda i: (_gain(units, weights, i, set()), -i),
        default=None,
    )
    if single is not None and _value(units, weights, [single]) > _value(units, weights, chosen):
        return [single]
    return chosen


def _value(units, weights, chosen) -> float:
    covered = set().union(*(units[i].concepts for i in chosen)) if chosen else set()
    return sum(weights.get(c, 0) for c in covered)


def _fill(units, weights, chosen, budget: Budget, exclusive) -> list[int]:
    blocked = {b for a, b in exclusive if a in chosen} | {a for a, b in exclusive if b in chosen}
    words = sum(units[i].words for i in chosen)
    covered = set().union(*(units[i].concepts for i in chosen)) if chosen else set()
    rest = sorted(
        (i for i in range(len(units)) if i not in chosen and i not in blocked),
        key=lambda i: (-_gain(units, weights, i, covered), -units[i].score, i),
    )
    out = list(chosen)
    limit = budget.max_sentences(len(units))
    for i in rest:
        if budget.full(words) or len(out) >= limit:
            break
        if i in blocked or not budget.fits(words, units[i].words):
            continue
        out.append(i)
        words += units[i].words
        blocked |= {b for a, b in exclusive if a == i} | {a for a, b in exclusive if b == i}
    return out
