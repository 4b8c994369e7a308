"""All sentences of several reports in one pool, with sparse similarity links."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..pipeline import Analysis
from ..similarity import term_matrix, tfidf
from ..types import Sentence

#: Candidate pairs are found in blocks of this many sentences (bounds memory).
BLOCK = 2000
#: Only a report's first sentences enter the pool: news puts the news first,
#: and a report of 30,000 sentences (a pasted log) must not swamp the story.
POOL_SENTENCES = 200
#: Terms in more than POOL_COMMON_SHARE of the pool's sentences (and at least
#: POOL_COMMON_FLOOR of them) are left out of the similarity: they weigh little,
#: and they would make the pair product dense.  No pool of the reference
#: data comes near the floor.
POOL_COMMON_SHARE = 0.1
POOL_COMMON_FLOOR = 200


@dataclass(frozen=True, eq=False)
class Pool:
    """Sentences of all documents, indexed 0..N-1."""

    analyses: tuple[Analysis, ...]
    owner: np.ndarray  # document index of each sentence
    local: np.ndarray  # index of the sentence in its document
    relpos: np.ndarray  # local / number of sentences in the document
    vectors: sparse.csr_matrix  # L2-normalised tf-idf rows
    first: np.ndarray  # pool index of each document's first sentence

    def __len__(self) -> int:
        return len(self.owner)

    def sentence(self, i: int) -> Sentence:
        return self.analyses[int(self.owner[i])].sentences[int(self.local[i])]

    def words(self, i: int) -> int:
        return self.analyses[int(self.owner[i])].lengths[int(self.local[i])]

    def span(self, d: int) -> range:
        """The pool indices of report ``d``'s sentences."""
        end = int(self.first[d + 1]) if d + 1 < len(self.first) else len(self.owner)
        return range(int(self.first[d]), end)

    def terms(self, i: int) -> Sequence[str]:
        return self.analyses[int(self.owner[i])].terms[int(self.local[i])]


def build_pool(analyses: Sequence[Analysis]) -> Pool:
    owner: list[int] = []
    local: list[int] = []
    relpos: list[float] = []
    first: list[int] = []
    terms = []
    for d, a in enumerate(analyses):
        n = len(a.sentences)
        first.append(len(owner))
        for s, t in zip(a.sentences[:POOL_SENTENCES], a.terms[:POOL_SENTENCES]):
            owner.append(d)
            local.append(s.index)
            relpos.append(s.index / max(n, 1))
            terms.append(t)
    counts, _ = term_matrix(terms)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    keep = np.flatnonzero(df <= max(POOL_COMMON_FLOOR, POOL_COMMON_SHARE * counts.shape[0]))
    if len(keep) < counts.shape[1]:
        counts = sparse.csr_matrix(counts[:, keep])
    return Pool(
        tuple(analyses),
        np.asarray(owner, dtype=np.int64),
        np.asarray(local, dtype=np.int64),
        np.asarray(relpos, dtype=float),
        tfidf(counts),
        np.asarray(first, dtype=np.int64),
    )


def links(pool: Pool, threshold: float) -> sparse.csr_matrix:
    """Pairs of sentences with cosine similarity at least ``threshold``
    (symmetric, no self-pairs), computed block by block."""
    n = len(pool)
    v = pool.vectors
    vt = sparse.csr_matrix(v.T)
    parts = []
    for start in range(0, n, BLOCK):
        block = sparse.csr_matrix(v[start : start + BLOCK] @ vt)
        block.data[block.data < threshold] = 0.0
        block.eliminate_zeros()
        parts.append(block)
    m = sparse.csr_matrix(sparse.vstack(parts)) if parts else sparse.csr_matrix((0, 0))
    m.setdiag(0.0)
    m.eliminate_zeros()
    return m
