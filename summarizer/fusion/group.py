"""Grouping sentences that state the same thing across reports.

Leader clustering over the sparse similarity links: sentences are visited in
report order; each joins the group whose leader it resembles most (cosine of
tf-idf stems at least ``threshold``) if that group has no sentence of its
report yet, and otherwise leads a new group.  Verbatim and near copies score
near 1, rewrites of one wire story 0.5-0.8, paraphrases sharing the key
content words from about 0.35.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

import numpy as np
from scipy import sparse

from .pool import Pool

THRESHOLD = 0.35


@dataclass(frozen=True)
class Group:
    """Sentences (pool indices) that say the same thing; ``representative`` is one of them."""

    members: Tuple[int, ...]
    representative: int


def group(pool: Pool, pairs: sparse.csr_matrix, docs: Sequence[int], threshold: float = THRESHOLD) -> List[Group]:
    """Groups of the sentences of documents ``docs`` (pool order)."""
    wanted = set(docs)
    leaders: List[int] = []
    leader_of: Dict[int, int] = {}  # leader -> group number
    members: List[List[int]] = []
    owners: List[set] = []
    indptr, indices, data = pairs.indptr, pairs.indices, pairs.data
    for i in range(len(pool)):
        d = int(pool.owner[i])
        if d not in wanted:
            continue
        best, best_sim = -1, threshold
        for k in range(indptr[i], indptr[i + 1]):
            j = int(indices[k])
            g = leader_of.get(j)
            if g is None or data[k] < best_sim or d in owners[g]:
                continue
            if data[k] > best_sim or (data[k] == best_sim and g < best):
                best, best_sim = g, float(data[k])
        if best < 0:
            leader_of[i] = len(members)
            leaders.append(i)
            members.append([i])
            owners.append({d})
        else:
            members[best].append(i)
            owners[best].add(d)
    return [Group(tuple(m), _representative(pool, pairs, m)) for m in members]


def _representative(pool: Pool, pairs: sparse.csr_matrix, members: List[int]) -> int:
    """The member most like the others, preferring complete sentences of
    ordinary length; ties go to the earliest report."""
    if len(members) == 1:
        return members[0]
    sub = pairs[members][:, members].toarray()
    best, best_key = members[0], None
    for k, i in enumerate(members):
        text = pool.sentence(i).text.rstrip()
        words = pool.words(i)
        clean = (text[-1:] in ".!?؟…\"”»'") + (8 <= words <= 60)
        key = (round(float(sub[k].sum()), 9) + 0.05 * clean, -k)
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best
