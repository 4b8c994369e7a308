"""Fusion's assemble stage: a story's ordered sentences -> its :class:`Summary`.

The brief gets its header (title, first and last date, reports, outlets:
:mod:`summarizer.header`), its sources and what the steps found (groups,
reports, sentences too long for a word cap).  When no whole sentence fits
a word cap, the best group's first telling is shown shortened to it.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..budget import Budget
from ..header import Header, header
from ..selection import shortened
from ..timeline import story_dates
from ..types import Summary, SummarySentence
from .pick import MIN_WORDS, Picked, fragments
from .rank import Ranking


@dataclass(frozen=True)
class Heading:
    """A story's header and each report's trusted date (by report id)."""

    header: Header
    dates: dict[str, datetime.date | None]


def heading(ranking: Ranking) -> Heading:
    """The story's header (its title from its most central report) and its reports' trusted dates."""
    analyses = ranking.analyses
    given = [a.date for a in analyses]
    hdr = header(analyses, report_centrality(ranking))
    return Heading(hdr, dict(zip((a.id for a in analyses), story_dates(given).trusted(given))))


def assemble(
    ranking: Ranking,
    picked: Picked,
    sentences: Sequence[SummarySentence],
    budget: Budget,
    head: Heading,
    story_no: int,
    backend: str,
) -> Summary:
    """The story's brief (``backend``: the one that ranked or rewrote its sentences)."""
    if not sentences and picked.too_long and budget.words is not None:
        sentences = [_shortened_best(ranking, budget.words, head)]
    meta: dict[str, object] = {"story": story_no, "groups": len(ranking.groups), "documents": len(ranking.part)}
    if picked.too_long:
        meta.update(too_long=picked.too_long, shortest=picked.shortest)
    hdr = head.header
    return Summary(
        tuple(sentences),
        f"fusion+{backend}",
        tuple(a.id for a in ranking.analyses),
        tuple(sorted(meta.items())),
        language=ranking.analyses[0].language,
        **hdr.fields(),
        too_long=picked.too_long,
        lead=_leads(ranking, picked, sentences),
    )


def _leads(ranking: Ranking, picked: Picked, sentences: Sequence[SummarySentence]) -> bool:
    """Whether the brief's first sentence is its lead (:mod:`.lead`)."""
    if picked.lead is None or not sentences:
        return False
    return sentences[0].text == ranking.pool.sentence(ranking.groups[picked.lead].representative).display


def _shortened_best(ranking: Ranking, words: int, head: Heading) -> SummarySentence:
    """No whole sentence fits the cap: the best group's first telling, shortened to it."""
    pool, groups, score = ranking.pool, ranking.groups, ranking.score
    long = [pool.words(g.representative) >= MIN_WORDS for g in groups]
    whole = ~fragments(ranking)
    best = max(range(len(groups)), key=lambda i: (bool(whole[i]), long[i], float(score[i]), -i))
    rep = pool.sentence(groups[best].representative)
    return shortened(rep, words, float(score[best]), head.dates.get(rep.doc_id))


def report_centrality(ranking: Ranking) -> list[float]:
    """Each report's cosine to the story: its sentences' tf-idf summed and
    normalised, against the sum of all reports' (for the brief's title)."""
    pool = ranking.pool
    rows = []
    for d in ranking.part:
        span = pool.span(d)
        v = np.asarray(pool.vectors[span.start : span.stop].sum(axis=0)).ravel()
        n = np.linalg.norm(v)
        rows.append(v / n if n else v)
    if not rows:
        return []
    m = np.vstack(rows)
    centre = m.sum(axis=0)
    n = np.linalg.norm(centre)
    return [float(x) for x in (m @ (centre / n if n else centre))]
