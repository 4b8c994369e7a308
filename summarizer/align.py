"""Citations for generated text: which source sentences support a sentence.

A generated sentence is compared with every candidate source sentence by
content-word overlap after normalisation and stemming: the share of the
generated sentence's terms (weighted by idf over the candidates) that the
source sentence contains.  Sources scoring at least :data:`SUPPORT` are
cited, best first (at most :data:`MAX_CITATIONS`); if none does, the
sentence is marked unsupported and its best candidates, if any share
anything, are attached for the reader to check.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .similarity import smooth_idf
from .text.terms import analyzer
from .types import Citation, Disagreement, Sentence, SummarySentence

if TYPE_CHECKING:
    from .pipeline import Analysis

SUPPORT = 0.5
MAX_CITATIONS = 5

Candidate = tuple[Sentence, Sequence[str]]


def support_scores(text: str, candidates: Sequence[Candidate], language: str) -> list[float]:
    """idf-weighted share of the terms of ``text`` found in each candidate."""
    terms = set(analyzer(language).terms(text))
    if not terms or not candidates:
        return [0.0] * len(candidates)
    df: Counter = Counter()
    sets = [set(t) for _, t in candidates]
    for s in sets:
        df.update(s & terms)
    n = len(candidates)
    weight = {t: float(smooth_idf(df[t], n)) for t in terms}
    total = math.fsum(weight.values())  # fsum: the same whatever order a set of strings is visited in
    return [math.fsum(weight[t] for t in terms & s) / total for s in sets]


def align(
    text: str,
    candidates: Sequence[Candidate],
    language: str,
    *,
    score: float = 0.0,
    disagreements: tuple[Disagreement, ...] = (),
    threshold: float = SUPPORT,
) -> SummarySentence:
    """A :class:`SummarySentence` for generated ``text`` with citations from ``candidates``."""
    scores = support_scores(text, candidates, language)
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    good = [i for i in order if scores[i] >= threshold][:MAX_CITATIONS]
    supported = bool(good)
    if not good:
        good = [i for i in order[:2] if scores[i] > 0]
    cites = []
    for rank, i in enumerate(good):
        s = candidates[i][0]
        cites.append(
            Citation(s.doc_id, s.start, s.end, s.index, round(scores[i], 6), rank == 0 and supported, "aligned")
        )
    return SummarySentence(" ".join(text.split()), tuple(cites), score, supported, disagreements)


def candidates_of(analyses: Sequence[Analysis]) -> list[Candidate]:
    """Every body sentence of the analyses with its terms."""
    out: list[Candidate] = []
    for a in analyses:
        out.extend(zip(a.sentences, a.terms))
    return out
