"""The default single-document method: position, closeness to the opening,
centrality, with redundancy control.

News and encyclopaedia texts put what matters first, so position is the
strongest single signal (on the Arabic EASC references the first sentence is
chosen by two annotators in three, later ones by about one in three, and
centrality alone ranks barely above chance).  The
score of sentence ``i`` (0-based) is::

    position_weight / (i + 1)  +  cos(sentence, opening)  +  centrality_weight * n * textrank_i

where the opening is the title with the first sentence, ``cos`` is the
cosine of tf-idf vectors of stems, and ``n * textrank_i`` is the TextRank
score relative to a uniform one (1.0 = average).  Sentences are then picked
by MMR so that none repeats one already chosen.  Three constants; on EASC a
sweep of ``position_weight`` (2-8), ``redundancy`` (0-1) and centrality,
and a cross-validated linear scorer, all landed within half a point of
``lead`` without beating it, so the defaults stay simple and lead-like (see
``benchmarks/results/quality.md``).
"""

from __future__ import annotations

import numpy as np

from ..pipeline import Analysis
from ..similarity import term_matrix, tfidf
from .base import number
from .textrank import TextRankBackend


class SalienceBackend:
    """Position, closeness to the opening and (optionally) centrality; see the module docstring.

    Args:
        position_weight: weight of ``1 / (i + 1)``.
        centrality_weight: weight of the TextRank score relative to uniform (0: off).
        redundancy: MMR penalty for likeness to sentences already chosen.
    """

    name = "salience"

    def __init__(
        self,
        *,
        position_weight: float = 4.0,
        centrality_weight: float = 0.0,
        redundancy: float = 0.5,
    ) -> None:
        self.position_weight = number("position_weight", position_weight, 0.0, 1e6)
        self.centrality_weight = number("centrality_weight", centrality_weight, 0.0, 1e6)
        self.redundancy = number("redundancy", redundancy, 0.0, 1e6)

    def scores(self, analysis: Analysis) -> list[float]:
        n = len(analysis.sentences)
        if n == 0:
            return []
        opening = tuple(analysis.title_terms) + tuple(analysis.terms[0])
        vectors = tfidf(term_matrix([*analysis.terms, opening])[0])
        to_opening = np.asarray((vectors[:n] @ vectors[n].T).todense()).ravel()
        score = self.position_weight / (np.arange(n) + 1.0) + to_opening
        if self.centrality_weight:
            tr = np.asarray(TextRankBackend(prior="uniform").scores(analysis))
            score = score + self.centrality_weight * n * tr
        return [float(x) for x in score]
