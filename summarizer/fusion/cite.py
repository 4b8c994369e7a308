"""Fusion's cite stage: each picked group as a brief sentence with its citations.

A brief sentence is its group's representative (its first complete
telling), citing itself and the best supporting sentence of each other
report that states the same fact (:mod:`.support`).  When the backend
writes new text (an abstractive ``realiser``), the generated sentence is
cited by alignment against the story's sentences (:mod:`summarizer.align`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..align import align, candidates_of
from ..types import Citation, SummarySentence
from .pick import Picked
from .rank import Ranking

#: Writes one sentence for each group, given the sentences of its members.
Realiser = Callable[[list[list[str]]], Sequence[str]]


def cite(ranking: Ranking, picked: Picked, realiser: Realiser | None = None) -> tuple[SummarySentence, ...]:
    """The picked groups' brief sentences, in the order picked (no flags yet: :mod:`.flag`)."""
    if realiser is not None:
        return _generated(ranking, picked, realiser)
    pool = ranking.pool
    out = []
    for g in picked.chosen:
        first = pool.sentence(ranking.groups[g].representative)
        citations = [Citation(first.doc_id, first.start, first.end, first.index, 1.0, True, "same")]
        for sup in ranking.supporters[g]:
            s = pool.sentence(sup.sentence)
            citations.append(Citation(s.doc_id, s.start, s.end, s.index, round(sup.score, 6), False, sup.kind))
        out.append(SummarySentence(first.display, tuple(citations), float(ranking.score[g]), True))
    return tuple(out)


def _generated(ranking: Ranking, picked: Picked, realiser: Realiser) -> tuple[SummarySentence, ...]:
    """The realiser's sentence for each picked group, cited against the whole story."""

    pool = ranking.pool
    groups = [ranking.groups[g] for g in picked.chosen]
    texts = realiser([[pool.sentence(m).display for m in g.members] for g in groups])
    cands = candidates_of(ranking.analyses)
    out = []
    for g, text in zip(picked.chosen, texts):
        lang = pool.analyses[int(pool.owner[ranking.groups[g].representative])].language
        out.append(align(text, cands, lang, score=float(ranking.score[g])))
    return tuple(out)
