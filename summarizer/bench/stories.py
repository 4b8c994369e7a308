"""How well reports are grouped into stories, on labelled feeds.

A multi-document dataset is a labelled feed: every report of every cluster,
shuffled into one list (seeded), the cluster being the report's story.  The
grouping is scored with B-cubed precision, recall and F1 (Bagga and Baldwin,
1998: per report, the share of its predicted story that is its true story,
and the share of its true story that it was grouped with; averaged over
reports) and the adjusted Rand index, beside anchors run on the same feed:
everything in one story, every report alone, and average-link clustering of
tf-idf word vectors (cosine, merging while the mean link is at least 0.04;
the data README's anchor).
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from ..fusion.stories import group_stories
from ..pipeline import analyse
from ..similarity import idf, l2_rows, term_matrix
from ..text.language import detect, stop_words
from ..text.normalize import words
from ..types import Document
from .datasets import Item

if TYPE_CHECKING:
    from ..fusion.across import Encoder

ANCHOR_LINK = 0.04
#: The anchor builds a dense similarity matrix: it is skipped on feeds larger than this.
ANCHOR_MAX = 3000


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    ari: float
    stories: int
    seconds: float


def feed(items: Sequence[Item], *, seed: int = 0) -> tuple[list[Document], list[str]]:
    """Every report of every item, shuffled into one feed, and each one's true story (its item)."""
    docs: list[Document] = []
    gold: list[str] = []
    for item in items:
        for k, d in enumerate(item.documents):
            docs.append(Document(id=f"{item.id}#{k}", text=d.text, title=d.title, date=d.date, language=d.language))
            gold.append(item.id)
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    return [docs[i] for i in order], [gold[i] for i in order]


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of the labels ``pred`` against ``gold``."""
    if len(pred) != len(gold):
        raise ValueError("bcubed needs one predicted and one true label per report")
    if not pred:
        return 0.0, 0.0, 0.0
    both = Counter(zip(pred, gold))
    in_pred = Counter(pred)
    in_gold = Counter(gold)
    p = sum(both[(a, b)] ** 2 / in_pred[a] for a, b in both) / len(pred)
    r = sum(both[(a, b)] ** 2 / in_gold[b] for a, b in both) / len(pred)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def adjusted_rand(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> float:
    """The adjusted Rand index (Hubert and Arabie, 1985); 1.0 when both are one story or both all singletons."""
    n = len(pred)

    def pairs(x: float) -> float:
        return x * (x - 1) / 2

    index = sum(pairs(c) for c in Counter(zip(pred, gold)).values())
    a = sum(pairs(c) for c in Counter(pred).values())
    b = sum(pairs(c) for c in Counter(gold).values())
    total = pairs(n)
    expected = a * b / total if total else 0.0
    top = (a + b) / 2
    if top == expected:
        return 1.0
    return (index - expected) / (top - expected)


def labels(groups: Sequence[Sequence[int]], n: int) -> list[int]:
    """One label per report from groups of report indices."""
    out = [-1] * n
    for k, group in enumerate(groups):
        for i in group:
            out[i] = k
    missing = [i for i, v in enumerate(out) if v < 0]
    if missing:
        raise ValueError(f"{len(missing)} report(s) in no group")
    return out


def anchor(documents: Sequence[Document], threshold: float = ANCHOR_LINK) -> list[list[int]]:
    """Average-link clustering of tf-idf vectors of words (the data README's
    anchor): normalised words less the language's stop words, raw term
    frequency, smoothed idf, cosine; merged while the mean link is at least
    ``threshold``."""
    # heavy: scipy.cluster and scipy.spatial take 0.3 s to import, only for this anchor
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(documents) < 2:
        return [list(range(len(documents)))]
    tokens = []
    for d in documents:
        stops = stop_words(d.language or detect(d.text))
        tokens.append([w for w in words(d.text) if w not in stops])
    counts = term_matrix(tokens)[0]
    vectors = l2_rows(sparse.csr_matrix(counts @ sparse.diags(idf(counts))))
    sim = np.asarray((vectors @ vectors.T).todense())
    dist = np.clip(1.0 - sim, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    found = fcluster(linkage(squareform(dist, checks=False), "average"), 1.0 - threshold, "distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(found):
        groups[int(label)].append(i)
    return list(groups.values())


def score(
    groups: Sequence[Sequence[int]], gold: Sequence[str], seconds: float, only: Sequence[int] | None = None
) -> Scores:
    """The scores of ``groups`` against ``gold`` (on the reports ``only``, when given)."""
    pred = labels(groups, len(gold))
    keep = range(len(gold)) if only is None else only
    p_, g_ = [pred[i] for i in keep], [gold[i] for i in keep]
    p, r, f = bcubed(p_, g_)
    return Scores(p, r, f, adjusted_rand(p_, g_), len(set(p_)), seconds)


#: The name of our grouping with the multilingual sentence encoder.
WITH_ENCODER = "summarizer + encoder"


def methods(encoder: Encoder | None = None) -> dict[str, Callable[[list[Document]], list[list[int]]]]:
    """The grouping methods compared: ours (also with ``encoder``, when given) and the anchors."""

    def ours(documents: list[Document], with_encoder: Encoder | None = None) -> list[list[int]]:
        analyses = [analyse(d) for d in documents]
        found = group_stories(analyses, encoder=with_encoder)
        return [list(s.reports) + [c for c, _ in s.duplicates] for s in found]

    extra = {WITH_ENCODER: lambda docs: ours(docs, encoder)} if encoder is not None else {}
    return {
        "summarizer": ours,
        **extra,
        "average-link tf-idf 0.04": anchor,
        "one story": lambda docs: [list(range(len(docs)))],
        "every report alone": lambda docs: [[i] for i in range(len(docs))],
    }


def evaluate(
    documents: list[Document], gold: list[str], *, by: Sequence[str] | None = None, encoder: Encoder | None = None
) -> dict[str, dict[str, Scores]]:
    """Scores of every method of :func:`methods`, overall and for each value of ``by`` (a language per report)."""
    out: dict[str, dict[str, Scores]] = {}
    for name, method in methods(encoder).items():
        if name.startswith("average-link") and len(documents) > ANCHOR_MAX:
            continue
        start = time.perf_counter()
        groups = method(documents)
        seconds = time.perf_counter() - start
        out[name] = {"all": score(groups, gold, seconds)}
        for part in sorted(set(by or ())):
            only = [i for i, v in enumerate(by or ()) if v == part]
            out[name][part] = score(groups, gold, seconds, only)
    return out
