"""What a backend is: a scorer of sentences, or a writer of new text.

Extractive backends only rate the sentences of an analysed report
(:class:`Extractive`); the shared selection step
(:func:`summarizer.selection.extract`) picks under the budget, removes
repeats and cites.  So one report and a fused story of many take the same
path, and any extractive backend ranks inside fusion.  Abstractive
backends write new text (:class:`Abstractive`): a summary of each report,
and one sentence for each group of sentences fusion selects.

Backends are built from keyword options by a
:class:`~summarizer.registry.Registry`, which refuses options a backend does
not take.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..budget import Budget
from ..errors import OptionError
from ..types import Summary

if TYPE_CHECKING:  # annotations only: the registry and --help need no text pipeline
    from ..pipeline import Analysis


@runtime_checkable
class Extractive(Protocol):
    """Rates sentences.

    ``scores(analysis)`` gives one number per sentence of the analysis,
    higher is better.  A class attribute ``redundancy`` (default 0) is the
    weight with which the selection step penalises likeness to sentences
    already chosen (maximal marginal relevance); verbatim repeats and near
    copies are never chosen twice whatever it is.
    """

    name: str

    def scores(self, analysis: Analysis) -> Sequence[float]: ...


@runtime_checkable
class Abstractive(Protocol):
    """Writes new text, cited afterwards by alignment to the sources."""

    name: str

    def generate(self, analyses: Sequence[Analysis], budget: Budget) -> list[Summary]:
        """One summary per analysed report."""
        ...

    def realise(self, groups: Sequence[Sequence[str]]) -> list[str]:
        """One sentence for each group of sentences that say the same thing."""
        ...


Backend = Extractive | Abstractive


def number(
    name: str, value: object, low: float, high: float, *, low_open: bool = False, high_open: bool = False
) -> float:
    """``value`` as a float, checked to lie in the range; an :class:`OptionError` naming ``name`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise OptionError(f"{name} must be a number, not {value!r}")
    v = float(value)
    too_low = v <= low if low_open else v < low
    too_high = v >= high if high_open else v > high
    if v != v or too_low or too_high:
        lo, hi = "(" if low_open else "[", ")" if high_open else "]"
        raise OptionError(f"{name} must be in {lo}{low:g}, {high:g}{hi}, not {value!r}")
    return v


def choice(name: str, value: object, choices: Sequence[str]) -> str:
    """``value`` if it is one of ``choices``; an :class:`OptionError` naming them otherwise."""
    if value not in choices:
        raise OptionError(f"unknown {name} {value!r}; choose {', '.join(choices)}")
    return str(value)
