"""Sparse term matrices and sentence similarity (numpy + scipy, no pair loops)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse


def term_matrix(
    docs: Sequence[Sequence[str]], vocabulary: dict[str, int] | None = None
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Counts of each term in each item, as a CSR matrix ``(items, terms)``."""
    vocab: dict[str, int] = {} if vocabulary is None else vocabulary
    rows: list[int] = []
    cols: list[int] = []
    for i, terms in enumerate(docs):
        for t in terms:
            j = vocab.get(t)
            if j is None:
                if vocabulary is not None:
                    continue
                j = vocab[t] = len(vocab)
            rows.append(i)
            cols.append(j)
    data = np.ones(len(rows), dtype=np.float64)
    m = sparse.csr_matrix((data, (rows, cols)), shape=(len(docs), len(vocab)))
    m.sum_duplicates()
    return m, vocab


def smooth_idf(df, n: int):
    """Smoothed inverse document frequency of a term in ``df`` of ``n`` items,
    ``log((1 + n) / (1 + df)) + 1`` (a number or an array of them)."""
    return np.log((1.0 + n) / (1.0 + np.asarray(df, dtype=np.float64))) + 1.0


def idf(counts: sparse.csr_matrix) -> np.ndarray:
    """:func:`smooth_idf` of every term (column) of a count matrix."""
    return smooth_idf(np.bincount(counts.indices, minlength=counts.shape[1]), counts.shape[0])


def l2_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)


def tfidf(counts: sparse.csr_matrix, weights: np.ndarray | None = None) -> sparse.csr_matrix:
    """L2-normalised tf-idf rows (log-scaled tf)."""
    w = idf(counts) if weights is None else weights
    tf = counts.copy()
    tf.data = 1.0 + np.log(tf.data)
    return l2_rows(sparse.csr_matrix(tf @ sparse.diags(w)))


def cosine(vectors: sparse.csr_matrix) -> np.ndarray:
    """Dense cosine similarity of L2-normalised rows."""
    return np.asarray((vectors @ vectors.T).todense())
