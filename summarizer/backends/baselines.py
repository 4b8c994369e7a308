"""Baselines every table needs: the opening sentences, and a seeded random pick."""

from __future__ import annotations

import random

from ..errors import OptionError
from ..pipeline import Analysis


class LeadBackend:
    """The first sentences of the body text: the earlier, the better."""

    name = "lead"

    def scores(self, analysis: Analysis) -> list[float]:
        n = len(analysis.sentences)
        return [1.0 - i / max(n, 1) for i in range(n)]


class RandomBackend:
    """Sentences in a random order fixed by ``seed`` and the document's id: the floor of any table."""

    name = "random"

    def __init__(self, *, seed: int = 0) -> None:
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise OptionError(f"seed must be a whole number, not {seed!r}")
        self.seed = seed

    def scores(self, analysis: Analysis) -> list[float]:
        n = len(analysis.sentences)
        order = list(range(n))
        random.Random(f"{self.seed}:{analysis.document.id}").shuffle(order)
        out = [0.0] * n
        for rank, i in enumerate(order):
            out[i] = float(n - rank)
        return out
