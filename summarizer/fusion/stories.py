"""Telling which reports are about the same story.

Two reports belong together when at least :data:`MIN_LINKS` of their
sentences pair up with cosine similarity of at least :data:`LINK` (the same
facts told twice), a pair of at least :data:`STRONG` (a copied sentence)
counting double; stories are the connected groups of reports.  A report
that shares less than that with every other one is a story of its own.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .pool import Pool

LINK = 0.2
STRONG = 0.5
MIN_LINKS = 2


def stories(pool: Pool, pairs: sparse.csr_matrix) -> list[list[int]]:
    """Document indices of each story, largest story first (ties: earliest report)."""
    ndocs = len(pool.analyses)
    coo = pairs.tocoo()
    a, b = pool.owner[coo.row], pool.owner[coo.col]
    keep = (a < b) & (coo.data >= LINK)
    weight = np.where(coo.data[keep] >= STRONG, 2.0, 1.0)
    counts = sparse.coo_matrix((weight, (a[keep], b[keep])), shape=(ndocs, ndocs)).tocsr()
    counts.sum_duplicates()
    edges = counts >= MIN_LINKS
    _, labels = connected_components(edges, directed=False)
    groups: dict = {}
    for d, label in enumerate(labels):
        groups.setdefault(int(label), []).append(d)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))
