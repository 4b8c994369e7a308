"""Fusion's pick stage: the groups a story's brief takes, under the budget.

With ``selection="rank"`` the groups are taken by their score with maximal
marginal relevance (:func:`summarizer.selection.choose`); with
``"concepts"`` by concept coverage (:func:`summarizer.selection.coverage.select`).
With ``rank``, the story's most corroborated fact (:mod:`.lead`) is taken
first.  Either way a fragment is never taken (:mod:`summarizer.text.fragments`),
short lines (titles, datelines) only when nothing longer is left, and a
group that states a fact a chosen one states is left out and the choice
made again (:func:`distinct`).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..budget import Budget
from ..selection import SAID_ALREADY, choose
from ..selection.coverage import Unit, select
from ..text.fragments import fragment_reason
from .concepts import concepts_of
from .lead import lead_group, opening_groups
from .rank import Ranking
from .support import SAME, Evidence

#: Groups beyond the best this many are not considered for selection
#: (keeps the dense similarity of candidates small).
CANDIDATES = 300
#: Groups that state a fact a chosen group states (:func:`distinct`) are
#: left out and the selection made again, at most this many times, so the
#: brief keeps its length.
REFILLS = 3
#: With ``selection="concepts"``, the groups first told among a report's
#: first OPENING sentences (by the backend's ranking) are the candidates.
#: On MultiLing (pooled ROUGE-2, 250 words) OPENING 2 scored 17.31, 1 18.05
#: (against lead-rr's 18.22, story p = 0.58), 3 17.06.
OPENING = 2
#: Groups whose sentence is shorter than this are taken only when nothing
#: longer is left: titles and datelines ("Saturday, January 8, 2005") are
#: sentences to a splitter (MultiLing pooled ROUGE-2: 17.87 without, 17.90
#: at 10, 17.62 at 14; before headlines above a date line were read as
#: titles, 17.45, 17.59 and 17.48).
MIN_WORDS = 10
SHORT_PENALTY = 1e3


@dataclass(frozen=True)
class Picked:
    """The groups taken (indices into :attr:`Ranking.groups`, in the order
    taken), how many better-ranked ones were too long for a word cap and the
    words of the shortest group (for the note when nothing fits)."""

    chosen: tuple[int, ...]
    too_long: int = 0
    shortest: int = 0
    #: the group the brief leads with (:mod:`.lead`), taken first; ``None`` without one
    lead: int | None = None


def pick(
    ranking: Ranking,
    budget: Budget,
    selection: str,
    redundancy: float,
    *,
    dates: Mapping[str, datetime.date | None] | None = None,
    first: datetime.date | None = None,
) -> Picked:
    """The groups the brief takes (see the module docstring); with the
    reports' trusted ``dates`` (by id) and the story's ``first`` day, the lead
    is looked for among the groups first reported on that day
    (:func:`~summarizer.fusion.lead.opening_groups`; among all without them)."""
    if selection == "concepts":  # no lead
        picked = _by_concepts(ranking, budget)
        return Picked(distinct(ranking, picked.chosen), picked.too_long, picked.shortest)
    opening = None
    if dates is not None:
        opening = opening_groups(ranking.pool, ranking.groups, ranking.supporters, dates, first)
    return _by_rank(ranking, budget, redundancy, opening)


def _by_rank(ranking: Ranking, budget: Budget, redundancy: float, opening: np.ndarray | None) -> Picked:
    pool, groups = ranking.pool, ranking.groups
    glen = np.array([pool.words(g.representative) for g in groups])
    sc = np.where(glen >= MIN_WORDS, ranking.score, ranking.score - SHORT_PENALTY)  # short lines last
    sc[fragments(ranking)] = np.nan  # never a fragment (issue 35): an attribution alone, a quote's piece
    whole = np.where(glen >= MIN_WORDS, sc, np.nan)
    lead = lead_group(pool, groups, ranking.supporters, whole, opening)  # taken first
    if lead is not None:
        sc[lead] = np.nanmax(sc) + 1.0
    order = np.argsort(-sc, kind="stable")[:CANDIDATES]
    reps = pool.vectors[[groups[i].representative for i in order]]
    sim = np.asarray((reps @ reps.T).todense())
    np.fill_diagonal(sim, 0.0)
    lengths = [pool.words(groups[i].representative) for i in order]
    values = sc[order].astype(float)
    for _ in range(REFILLS + 1):
        chose = choose(values, sim, lengths, budget, redundancy=redundancy, said_already=SAID_ALREADY)
        taken = tuple(int(order[i]) for i in chose.chosen)
        chosen = distinct(ranking, taken)
        if len(chosen) == len(taken):
            break
        kept = set(chosen)
        values[[i for i in chose.chosen if int(order[i]) not in kept]] = np.nan  # said already: choose again
    return Picked(chosen, chose.too_long, chose.shortest, lead)


def _by_concepts(ranking: Ranking, budget: Budget) -> Picked:
    """Concept coverage over the groups first told in a report's opening
    (:data:`OPENING`) by a sentence of :data:`MIN_WORDS` or more (all groups
    when none is); concepts weighted by the reports that state them anywhere."""

    pool, groups, score = ranking.pool, ranking.groups, ranking.score
    lengths = np.array([pool.words(g.representative) for g in groups])
    whole = ~fragments(ranking)
    eligible = np.flatnonzero((ranking.depth < OPENING) & (lengths >= MIN_WORDS) & whole)
    if not len(eligible):
        eligible = np.flatnonzero(whole)
    eligible = eligible[np.argsort(-score[eligible], kind="stable")][:CANDIDATES]
    over = 0
    if budget.words is not None and budget.strict:  # a sentence longer than the cap can never be taken
        fits = lengths[eligible] <= budget.words
        over = int(np.count_nonzero(~fits))
        eligible = eligible[fits]
    reps = [groups[i].representative for i in eligible]
    units = [Unit(concepts_of(pool.terms(r)), int(lengths[i]), float(score[i])) for i, r in zip(eligible, reps)]
    exclusive: list[tuple[int, int]] = []
    if len(eligible):
        vectors = pool.vectors[reps]
        sim = (vectors @ vectors.T).tocoo()
        exclusive = [(int(a), int(b)) for a, b, v in zip(sim.row, sim.col, sim.data) if a < b and v >= SAID_ALREADY]
    chosen = select(units, ranking.concept_weights, budget, exclusive)
    shortest = int(lengths.min()) if len(lengths) else 0
    return Picked(tuple(int(eligible[k]) for k in chosen), over if not chosen else 0, shortest)


def fragments(ranking: Ranking) -> np.ndarray:
    """Which groups' sentences are fragments (:func:`~summarizer.text.fragments.fragment_reason`);
    none when all are (a story of fragments still gets a brief)."""

    pool = ranking.pool
    found = np.array(
        [fragment_reason(pool.sentence(g.representative).text) is not None for g in ranking.groups], dtype=bool
    )
    return found if not found.all() else np.zeros(len(ranking.groups), dtype=bool)


def distinct(ranking: Ranking, chosen: Sequence[int]) -> tuple[int, ...]:
    """The chosen groups less any whose representative states the same fact
    as one chosen before it (two groups can tell one fact in words too
    different to group): a brief says each thing once."""
    kept: list[int] = []
    for g in chosen:
        rep = ranking.groups[g].representative
        if not any(said(ranking.evidence, ranking.groups[k].representative, rep) for k in kept):
            kept.append(g)
    return tuple(kept)


def said(evidence: Evidence, k: int, g: int) -> bool:
    """Whether sentence ``g`` says nothing that the brief's sentence ``k`` does
    not: it states the same fact (:meth:`Evidence.judge`, ``same``), or
    :data:`SAME` of its weighted content is in ``k`` ("Twelve people died in
    the floods" after "A storm hit the coast, killing twelve people in
    floods") and it neither contradicts ``k`` nor gives another value of one
    of its quantities (a new toll is news)."""
    s = evidence.judge(k, g)
    if s is not None and s.kind == "same":
        return True
    return evidence.coverage(g, k)[0] >= SAME and not evidence.contrary(k, g) and not evidence.other_values(k, g)
