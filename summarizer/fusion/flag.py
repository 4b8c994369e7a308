"""Fusion's flag stage: what the reports say against each brief sentence.

Each brief sentence is flagged with the other values its figures'
quantities take in the story, other weekdays and other dates
(:meth:`.support.Evidence.flags`, :mod:`.disagree`), from what supports it
and from the sentences that witness a disagreement with it; and with a
toll that another report, dated another day, tells in other words, where
its values make an update (:func:`.updates.toll_witnesses`).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..types import Disagreement, SummarySentence
from .pick import Picked
from .rank import Ranking
from .updates import toll_witnesses, with_toll_updates


def flag(
    ranking: Ranking,
    picked: Picked,
    sentences: Sequence[SummarySentence],
    dates: Mapping[str, datetime.date | None] | None = None,
) -> tuple[SummarySentence, ...]:
    """``sentences`` (one per picked group, in that order) with their
    disagreement flags; with the reports' trusted ``dates``, a toll told
    otherwise on another day too, where it makes an update (:mod:`.updates`)."""
    out = []
    for g, s in zip(picked.chosen, sentences):
        out.append(replace(s, disagreements=flags_of(ranking, g, dates or {})))
    return tuple(out)


def flags_of(ranking: Ranking, g: int, dates: Mapping[str, datetime.date | None]) -> tuple[Disagreement, ...]:
    """The flags of group ``g`` 's representative (see :func:`flag`)."""
    evidence, support, owner = ranking.evidence, ranking.supporters[g], ranking.pool.owner
    rep = ranking.groups[g].representative
    witnesses = evidence.witnesses(rep, ranking.near[g], support)
    found = evidence.flags(rep, support, witnesses)
    taken = {int(owner[j]) for j in (rep, *witnesses, *(x.sentence for x in support))}
    tolls = toll_witnesses(evidence, rep, taken, dates) if dates else []
    if not tolls:
        return found
    return with_toll_updates(found, evidence.flags(rep, support, [*witnesses, *tolls]), dates)
