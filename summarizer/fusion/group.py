"""Grouping sentences that state the same thing across reports.

Leader clustering over the sparse similarity links: sentences are visited in
report order; each joins the group whose leader it resembles most (cosine of
tf-idf stems at least ``threshold``) if that group has no sentence of its
report yet, and otherwise leads a new group.  Verbatim and near copies score
near 1, rewrites of one wire story 0.5-0.8, paraphrases sharing the key
content words from about 0.35.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scipy import sparse

from .pool import Pool

THRESHOLD = 0.35


@dataclass(frozen=True)
class Group:
    """Sentences (pool indices) that say the same thing; ``representative`` is one of them."""

    members: tuple[int, ...]
    representative: int


def group(
    pool: Pool,
    pairs: sparse.csr_matrix,
    docs: Sequence[int],
    threshold: float = THRESHOLD,
    rank: dict[int, float] | None = None,
) -> list[Group]:
    """Groups of the sentences of documents ``docs`` (pool order); ``rank``
    orders the reports (earliest first) when choosing representatives."""
    wanted = set(docs)
    leaders: list[int] = []
    leader_of: dict[int, int] = {}  # leader -> group number
    members: list[list[int]] = []
    owners: list[set] = []
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
    rank = rank or {}
    return [Group(tuple(m), _representative(pool, m, rank)) for m in members]


def _representative(pool: Pool, members: list[int], rank: dict[int, float]) -> int:
    """The group's first telling: of its complete sentences of ordinary
    length (when it has any), the one nearest the top of its report, the
    earliest report first.  Reports tell a fact most fully where they first
    give it (later mentions lean on it: "the statement", "he said"); on the
    MultiLing dev sets this also scored higher than the member most like
    the others."""

    def key(i: int):
        text = pool.sentence(i).text.rstrip()
        clean = text[-1:] in ".!?؟…\"”»'" and 8 <= pool.words(i) <= 60
        d = int(pool.owner[i])
        return (not clean, int(pool.local[i]), rank.get(d, d), i)

    return min(members, key=key)
