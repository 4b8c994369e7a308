"""Baselines every table needs: the opening sentences, and a seeded random pick."""

from __future__ import annotations

import random
from typing import Optional

from ..budget import Budget
from ..pipeline import analyse
from ..types import Document, Summary
from .base import extract


class LeadBackend:
    """The first sentences of the body text, as many as the budget allows."""

    name = "lead"

    def __init__(self, *, language: Optional[str] = None, **_: object) -> None:
        self.language = language

    def summarize(self, document: Document, budget: Budget) -> Summary:
        a = analyse(document, language=self.language)
        n = len(a.sentences)
        chosen = budget.select(range(n), a.lengths, n)
        scores = [1.0 - i / max(n, 1) for i in range(n)]
        return extract(a, chosen, scores, self.name)


class RandomBackend:
    """Sentences drawn at random with a fixed seed: the floor of any table."""

    name = "random"

    def __init__(self, *, language: Optional[str] = None, seed: int = 0, **_: object) -> None:
        self.language = language
        self.seed = seed

    def summarize(self, document: Document, budget: Budget) -> Summary:
        a = analyse(document, language=self.language)
        n = len(a.sentences)
        order = list(range(n))
        random.Random(f"{self.seed}:{document.id}").shuffle(order)
        chosen = budget.select(order, a.lengths, n)
        return extract(a, chosen, [0.0] * n, self.name)
