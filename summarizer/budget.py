"""How long a summary may be: a number of sentences, of words, or a ratio."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import BudgetError


@dataclass(frozen=True)
class Budget:
    """A summary length, validated once when it is made.

    Exactly one of ``sentences``, ``words`` or ``ratio`` is set.  ``ratio`` is
    a share of the document's sentences, in ``(0, 1]``.

    A word budget is a cap: a summary never has more words, and a sentence
    that would cross it is left out (a shorter one after it may still fit).
    ``strict=False`` makes it a target instead -- sentences are added until
    it is reached, so the last one may cross it -- which is what ROUGE
    evaluations expect, since they cut every summary to the budget
    themselves; the benchmark harness uses that.

    >>> Budget(sentences=3)
    Budget(sentences=3, words=None, ratio=None, strict=True)
    """

    sentences: int | None = None
    words: int | None = None
    ratio: float | None = None
    strict: bool = True

    def __post_init__(self) -> None:
        given = [n for n in ("sentences", "words", "ratio") if getattr(self, n) is not None]
        if len(given) != 1:
            raise BudgetError(
                "a budget takes exactly one of sentences, words or ratio"
                + (f" (got {', '.join(given)})" if given else "")
            )
        for name in ("sentences", "words"):
            value = getattr(self, name)
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise BudgetError(f"{name} must be a whole number, not {value!r}")
                if value < 1:
                    raise BudgetError(f"{name} must be at least 1, not {value}")
        if self.ratio is not None:
            r = self.ratio
            if isinstance(r, bool) or not isinstance(r, (int, float)) or not math.isfinite(r):
                raise BudgetError(f"ratio must be a number in (0, 1], not {r!r}")
            if not 0 < r <= 1:
                raise BudgetError(f"ratio must be in (0, 1], not {r}")
        if not isinstance(self.strict, bool):
            raise BudgetError(f"strict must be True or False, not {self.strict!r}")

    @classmethod
    def parse(cls, text: str) -> Budget:
        """Read ``"5"`` / ``"5s"`` (sentences), ``"100w"`` (words) or ``"0.2"`` (ratio)."""
        if not isinstance(text, str):
            raise BudgetError(f"Budget.parse() reads a string such as '5', '100w' or '0.2', not {type(text).__name__}")
        t = text.strip().lower()
        try:
            if t.endswith("w"):
                return cls(words=int(t[:-1]))
            if t.endswith("s"):
                return cls(sentences=int(t[:-1]))
            if "." in t:
                return cls(ratio=float(t))
            return cls(sentences=int(t))
        except BudgetError:
            raise  # read, but not a length that makes sense: its own message ("words must be ...")
        except ValueError:
            raise BudgetError(
                f"cannot read budget {text!r}: use N or Ns (sentences), Nw (words) or a ratio like 0.2"
            ) from None

    def max_sentences(self, available: int) -> int:
        """How many sentences this budget allows out of ``available``."""
        if self.sentences is not None:
            return min(self.sentences, available)
        if self.ratio is not None:
            return min(available, max(1, round(self.ratio * available)))
        return available

    def fits(self, used: int, length: int) -> bool:
        """Whether an item of ``length`` words may be added to ``used`` words."""
        if self.words is None:
            return True
        if self.strict:
            return used + length <= self.words
        return used < self.words

    def full(self, used: int) -> bool:
        """Whether ``used`` words leave no room for anything more."""
        return self.words is not None and used >= self.words

    def select(self, ranked: Iterable[int], lengths: Sequence[int], available: int) -> list[int]:
        """Take items in ``ranked`` order while the budget allows.

        ``lengths`` gives each item's word count.  Under a strict word
        budget an item that does not fit is passed over and later, shorter
        ones are still tried; otherwise items are added until it is reached.
        """
        limit = self.max_sentences(available)
        chosen: list[int] = []
        words = 0
        for i in ranked:
            if len(chosen) >= limit or self.full(words):
                break
            if not self.fits(words, lengths[i]):
                continue
            chosen.append(i)
            words += lengths[i]
        return chosen
