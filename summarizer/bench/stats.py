"""Confidence intervals and paired significance tests, seeded and reproducible."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Interval:
    mean: float
    low: float
    high: float


def bootstrap_ci(values: Sequence[float], *, seed: int = 0, samples: int = 2000, level: float = 0.95) -> Interval:
    """Mean of ``values`` with a percentile bootstrap interval (items resampled)."""
    x = np.asarray(values, dtype=float)
    if x.size == 0:
        return Interval(float("nan"), float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, x.size, size=(samples, x.size))
    means = x[idx].mean(axis=1)
    alpha = (1 - level) / 2
    lo, hi = np.quantile(means, [alpha, 1 - alpha])
    return Interval(float(x.mean()), float(lo), float(hi))


@dataclass(frozen=True)
class Comparison:
    """``a`` against ``b`` on the same items: mean difference and two-sided p-value."""

    difference: float
    p_value: float
    method: str

    def significant(self, alpha: float = 0.05) -> bool:
        return self.p_value < alpha


def paired_permutation(a: Sequence[float], b: Sequence[float], *, seed: int = 0, samples: int = 10000) -> Comparison:
    """Paired randomisation test: swap each item's two scores at random.

    The p-value counts the permutations whose absolute mean difference is at
    least the observed one (with the +1 correction, so it is never 0).
    """
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.shape != y.shape:
        raise ValueError("paired test needs the same items for both systems")
    d = x - y
    observed = float(d.mean()) if d.size else 0.0
    if d.size == 0:
        return Comparison(0.0, 1.0, "permutation")
    rng = np.random.default_rng(seed)
    signs = rng.choice((-1.0, 1.0), size=(samples, d.size))
    perm = np.abs((signs * d).mean(axis=1))
    p = (np.sum(perm >= abs(observed) - 1e-12) + 1) / (samples + 1)
    return Comparison(observed, float(p), "permutation")


def grouped_permutation(
    a: Sequence[float], b: Sequence[float], groups: Sequence[str], *, seed: int = 0, samples: int = 10000
) -> Comparison:
    """Paired randomisation test over groups of items that are not
    independent (MultiLing's seven languages translate the same ten
    stories): each group's mean difference is one observation, and all
    2^n sign flips are enumerated when there are at most 16 groups."""
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.shape != y.shape or len(groups) != x.size:
        raise ValueError("grouped test needs the same items for both systems and a group for each")
    by: dict[str, list[float]] = {}
    for g, d in zip(groups, x - y):
        by.setdefault(g, []).append(float(d))
    d = np.array([np.mean(v) for _, v in sorted(by.items())])
    if d.size == 0:
        return Comparison(0.0, 1.0, "story permutation")
    observed = float(d.mean())
    if d.size <= 16:
        signs = np.array(list(itertools.product((-1.0, 1.0), repeat=d.size)))
        perm = np.abs((signs * d).mean(axis=1))
        p = float(np.mean(perm >= abs(observed) - 1e-12))
    else:
        rng = np.random.default_rng(seed)
        signs = rng.choice((-1.0, 1.0), size=(samples, d.size))
        perm = np.abs((signs * d).mean(axis=1))
        p = float((np.sum(perm >= abs(observed) - 1e-12) + 1) / (samples + 1))
    return Comparison(observed, p, f"story permutation ({d.size} stories)")


def summary(values: Sequence[float], seed: int = 0) -> tuple[float, float, float]:
    ci = bootstrap_ci(values, seed=seed)
    return ci.mean, ci.low, ci.high
