"""Fusion's order stage: a story's brief told in the order it was first reported.

Each brief sentence gets the date of the first report that states it
(:func:`first_told`); the sentences go by that date (one the reports do not
date goes with the story's first day), then by where their first telling
sits in its report (:func:`story_position`); the brief's lead (:mod:`.lead`),
a fact of the story's first day, goes first.  Under a word *target*, the sentences that
reach past it go last (:func:`beyond_target`).  A figure whose values follow
one another over the story's days becomes an update, cited with its days
(:mod:`.updates`).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..budget import Budget
from ..types import SummarySentence
from .group import Group
from .pick import Picked
from .pool import Pool
from .rank import Ranking
from .updates import with_updates

Dates = Mapping[str, datetime.date | None]


def order(
    ranking: Ranking,
    picked: Picked,
    sentences: Sequence[SummarySentence],
    budget: Budget,
    dates: Dates,
    first: datetime.date | None,
) -> tuple[SummarySentence, ...]:
    """``sentences`` (one per picked group, in that order) dated and put in
    story order; ``dates`` are the reports' trusted dates, ``first`` the story's first day."""
    groups = [ranking.groups[g] for g in picked.chosen]
    beyond = beyond_target(ranking.pool, groups, budget)
    told = []
    for k, (g, s) in enumerate(zip(groups, sentences)):
        made = with_updates(replace(s, date=first_told(s, dates)), dates, ranking.pool)  # news that changed
        not_lead = picked.chosen[k] != picked.lead  # the lead, then the rest in time order
        told.append(((beyond[k], not_lead, story_position(ranking.pool, g, made.date, first)), made))
    return tuple(made for _, made in sorted(told, key=lambda x: x[0]))


def beyond_target(pool: Pool, chosen: Sequence[Group], budget: Budget) -> list[int]:
    """0 for each chosen group inside the budget; for those that reach past a
    word *target* (``Budget(strict=False)``, whose last sentence may cross it),
    their place in the order they were chosen, from 1.  They go after the time-ordered brief, so
    a reader (or an evaluation) that stops at the target stops before them and
    not before the story's latest news: ordering a target's overshoot by date too
    cost 0.19 MultiLing pooled ROUGE-2 at 250 words."""
    if budget.words is None or budget.strict:
        return [0] * len(chosen)
    out, words = [], 0
    for k, g in enumerate(chosen):
        words += pool.words(g.representative)
        out.append(k + 1 if words > budget.words else 0)
    return out


def first_told(s: SummarySentence, dates: Dates) -> datetime.date | None:
    """The earliest trusted date of the reports that state ``s`` (its
    representative and the citations of kind ``same``)."""
    found = [d for c in s.citations if c.representative or c.kind == "same" if (d := dates.get(c.source))]
    return min(found) if found else None


def story_position(
    pool: Pool, g: Group, date: datetime.date | None, first: datetime.date | None
) -> tuple[int, float, int]:
    """Where a brief sentence goes (issue 35: in the order it was first
    reported): after the date of the first report that states it (``date``;
    one the story's reports do not date goes with its ``first`` day), then
    where its first telling (the representative) sits in its report,
    relative to the report's length, then pool order.

    Within a day, not the median position of all its sentences: a story's main fact, the
    opening of the first report, is restated deep in later reports as
    background ("Air France Flight 447, which crashed on June 1, ..."), and
    the median put it last (MultiLing pooled ROUGE-2, the brief cut to the
    budget: 18.13 -> 18.43 at 250 words, 12.99 -> 13.20 at 100)."""
    day = date or first
    return (day.toordinal() if day else 0, float(pool.relpos[g.representative]), int(g.representative))
