"""Fusion's flag stage: what the reports say against each brief sentence.

Each brief sentence is flagged with the other values its figures'
quantities take in the story, other weekdays and other dates
(:meth:`.support.Evidence.flags`, :mod:`.disagree`), from what supports it
and from the sentences that witness a disagreement with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..types import SummarySentence
from .pick import Picked
from .rank import Ranking


def flag(ranking: Ranking, picked: Picked, sentences: Sequence[SummarySentence]) -> tuple[SummarySentence, ...]:
    """``sentences`` (one per picked group, in that order) with their disagreement flags."""
    out = []
    for g, s in zip(picked.chosen, sentences):
        rep = ranking.groups[g].representative
        witnesses = ranking.evidence.witnesses(rep, ranking.near[g], ranking.supporters[g])
        out.append(replace(s, disagreements=ranking.evidence.flags(rep, ranking.supporters[g], witnesses)))
    return tuple(out)
