"""Fusion's rank stage: a story's sentence groups, scored.

The story's sentences that state the same thing are grouped
(:mod:`.group`); each group is scored by where the reports first tell it
-- the backend's ranking of each report's sentences -- by how many other
reports state it (:mod:`.support`), by its centrality and by its concept
density (:mod:`.concepts`).  The weights and their measurements are in
:mod:`summarizer.options`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..backends.base import Extractive
from ..errors import BackendError
from ..options import FusionOptions
from ..pipeline import Analysis
from ..similarity import l2_rows
from .concepts import concept_weights, concepts_of
from .group import Group, group
from .pool import Pool
from .support import Evidence, Support


@dataclass(frozen=True, eq=False)
class Ranking:
    """A story's groups and what ranking found about each (index-aligned).

    ``part`` are the reports (pool document indices) the brief is made of;
    ``depth`` the best place a report's ranking gives each group;
    ``supporters`` the other reports' sentences that state its fact and
    ``near`` the sentences linked to its representative.
    """

    pool: Pool
    pairs: sparse.csr_matrix
    part: tuple[int, ...]
    evidence: Evidence
    groups: tuple[Group, ...]
    score: np.ndarray
    depth: np.ndarray
    supporters: tuple[tuple[Support, ...], ...]
    near: tuple[tuple[int, ...], ...]
    concept_weights: dict[str, int]

    @property
    def analyses(self) -> list[Analysis]:
        """The analyses of the reports the brief is made of."""
        return [self.pool.analyses[d] for d in self.part]


def rank(
    pool: Pool, pairs: sparse.csr_matrix, part: Sequence[int], ranker: Extractive, options: FusionOptions
) -> Ranking:
    """Group the story's sentences (those of the reports ``part``) and score each group."""
    order = report_order(pool, part)
    place = sentence_places(pool, part, ranker)
    groups = group(pool, pairs, part, options.threshold, order)
    gv = _group_vectors(pool, groups)
    centroid = np.asarray(gv.sum(axis=0)).ravel()
    norm = np.linalg.norm(centroid) or 1.0
    centrality = np.asarray(gv @ (centroid / norm)).ravel()
    evidence = Evidence(pool, part)
    near = [_neighbours(pairs, g) for g in groups]
    supporters = [evidence.supporters(g.representative, near[i]) for i, g in enumerate(groups)]
    support = np.array([len(sup) for sup in supporters], dtype=float)  # other reports that state it
    corr = support / max(len(part) - 1, 1)
    first = [min(g.members, key=lambda m: (place[m], order[int(pool.owner[m])])) for g in groups]
    depth = np.array([float(place[m]) for m in first])
    order_of = np.array([order[int(pool.owner[m])] for m in first])
    score = -np.log2(1.0 + depth) - options.position * order_of + options.centrality * centrality
    score = score + options.corroboration * corr
    # the story's concept weights, once, for the density term and concept selection alike
    weights = _concept_weights(pool, part) if options.density or options.selection == "concepts" else {}
    if options.density:
        score = score + options.density * _density(pool, groups, weights)
    return Ranking(
        pool,
        pairs,
        tuple(part),
        evidence,
        tuple(groups),
        score,
        depth,
        tuple(tuple(s) for s in supporters),
        tuple(tuple(n) for n in near),
        weights,
    )


def report_order(pool: Pool, part: Sequence[int]) -> dict[int, float]:
    """Each report's place among ``part``, 0 (first) to 1 (last): by date when
    every report was handed one (:func:`given_date`), otherwise in the order
    they were handed over."""
    docs = list(part)
    dates = [given_date(pool.analyses[d]) for d in docs]
    if all(dates):
        docs = [d for _, d in sorted(zip(dates, docs))]
    span = max(len(docs) - 1, 1)
    return {d: k / span for k, d in enumerate(docs)}


def given_date(a: Analysis):  # -> datetime.date | None
    """The report's date when it was handed one (``Document.date``, read as a
    date: ``12 April 2024`` after ``5 March 2024``), else ``None``.

    A date found in the report's header lines is not used here: ordering the
    MultiLing clusters' reports by their datelines, instead of as handed
    over, cost 0.3 ROUGE-2 pooled at 250 words and 0.9 at 100."""
    return a.date if a.document.date else None


def sentence_places(pool: Pool, part: Sequence[int], ranker: Extractive) -> dict[int, int]:
    """Pool index -> the place the ranker gives that sentence in its report
    (0 = its best; ties by position)."""
    out: dict[int, int] = {}
    for d in part:
        a = pool.analyses[d]
        scores = list(ranker.scores(a))
        if len(scores) != len(a.sentences):
            raise BackendError(
                f"backend {ranker.name!r} gave {len(scores)} scores for {len(a.sentences)} sentences (one a sentence)"
            )
        span = pool.span(d)
        order = sorted(range(len(span)), key=lambda i: (-scores[i], i))  # those in the pool
        for place, i in enumerate(order):
            out[span.start + i] = place
    return out


def _concept_weights(pool: Pool, part: Sequence[int]) -> dict[str, int]:
    """The story's concepts and the number of reports stating each (:func:`.concepts.concept_weights`)."""

    per_report = []
    for d in part:
        found: set[str] = set()
        for i in pool.span(d):
            found |= concepts_of(pool.terms(i))
        per_report.append(found)
    return concept_weights(per_report)


def _density(pool: Pool, groups: list[Group], weights: dict[str, int]) -> np.ndarray:
    """Each group's concept weight (``weights``: :func:`_concept_weights`) per
    word of its sentence, the densest 1 (see :data:`summarizer.options.DENSITY`)."""

    dens = np.array(
        [
            sum(weights.get(c, 0) for c in concepts_of(pool.terms(g.representative)))
            / max(1, pool.words(g.representative))
            for g in groups
        ],
        dtype=float,
    )
    top = dens.max() if len(dens) else 0.0
    return dens / top if top > 0 else dens


def _group_vectors(pool: Pool, groups: list[Group]) -> sparse.csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    for g_i, g in enumerate(groups):
        rows.extend([g_i] * len(g.members))
        cols.extend(g.members)
    pick = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(groups), len(pool)))
    return l2_rows(sparse.csr_matrix(pick @ pool.vectors))


def _neighbours(pairs: sparse.csr_matrix, g: Group) -> list[int]:
    """Sentences linked to the group's representative, and its members."""
    row = pairs[g.representative]
    return [*row.indices.tolist(), *g.members]
