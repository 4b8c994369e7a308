"""The one selection step: scored items -> the ones a summary takes.

Every extractive path ends here -- one report scored by any backend, and
the groups of a fused story -- so the budget, redundancy control and
citations behave the same everywhere.  :func:`choose` is maximal marginal
relevance under the budget; :func:`extract` turns a report's chosen
sentences into a cited :class:`~summarizer.types.Summary`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .budget import Budget
from .header import header
from .pipeline import Analysis
from .similarity import term_matrix, tfidf
from .text.shorten import ELLIPSIS, cut_end
from .types import Citation, Sentence, Summary, SummarySentence, display_text

#: Cosine similarity of tf-idf stems at which a sentence says what one
#: already chosen says: verbatim repeats and near copies are never taken twice.
SAID_ALREADY = 0.9

Row = Callable[[int], np.ndarray]


@dataclass(frozen=True)
class Selection:
    """What :func:`choose` took, in the order taken, and how many items
    ranked above the last one taken were passed over for their length."""

    chosen: tuple[int, ...]
    too_long: int = 0
    shortest: int = 0  # words of the shortest item (for the message when nothing fits)


def choose(
    scores: Sequence[float],
    similarity: np.ndarray | Row,
    lengths: Sequence[int],
    budget: Budget,
    *,
    redundancy: float = 0.0,
    said_already: float = SAID_ALREADY,
) -> Selection:
    """Maximal marginal relevance (Carbonell and Goldstein, 1998) under ``budget``.

    Repeatedly takes the item with the best ``score - redundancy * (its
    highest similarity to an item already taken)``; an item at least
    ``said_already`` similar to a taken one is never taken.  Ties go to the
    earlier item, so the choice is deterministic.  Under a strict word
    budget an item longer than the words left is passed over (counted in
    :attr:`Selection.too_long`) and shorter ones are still tried.

    ``similarity`` is a dense matrix, or a function giving one item's row of
    it (so long documents never need the whole matrix).
    """
    row: Row = similarity if callable(similarity) else (lambda i: similarity[i])
    n = len(scores)
    s = np.nan_to_num(np.asarray(scores, dtype=float), nan=-np.inf)  # a NaN score is never taken
    length = np.asarray(lengths, dtype=np.int64)
    limit = budget.max_sentences(n)
    taken: list[int] = []
    words = 0
    too_long = 0
    closest = np.zeros(n)
    free = np.ones(n, dtype=bool)
    while free.any() and len(taken) < limit and not budget.full(words):
        value = np.where(free, s - redundancy * closest, -np.inf)
        if budget.words is not None and budget.strict:
            over = free & (length > budget.words - words)
            if over.any():
                # Left out for good; those ranked above the next pick count as passed over.
                fitting = np.where(over, -np.inf, value)
                too_long += int(np.count_nonzero(value[over] > fitting.max()))
                free &= ~over
                value = fitting
        best = int(np.argmax(value))  # argmax takes the first of equals
        if not np.isfinite(value[best]):
            break
        free[best] = False
        taken.append(best)
        words += int(length[best])
        closest = np.maximum(closest, np.asarray(row(best), dtype=float).ravel())
        free &= closest < said_already
    return Selection(tuple(taken), too_long, int(length.min()) if n else 0)


def sentence_rows(analysis: Analysis) -> Row:
    """One row at a time of the cosine similarity of ``analysis``'s
    sentences (tf-idf of stems, self excluded); identical sentences, even
    without content terms, count as 1."""
    vectors = tfidf(term_matrix(analysis.terms)[0])
    same: dict[str, list[int]] = {}
    for s in analysis.sentences:
        same.setdefault(s.display.casefold(), []).append(s.index)

    def row(i: int) -> np.ndarray:
        r = np.asarray(sparse.csr_matrix(vectors @ vectors[i].T).todense()).ravel()
        for j in same[analysis.sentences[i].display.casefold()]:
            r[j] = 1.0
        r[i] = 0.0
        return r

    return row


def shortened(sentence: Sentence, words: int, score: float = 0.0, date: datetime.date | None = None) -> SummarySentence:
    """``sentence`` cut to at most ``words`` words (at a clause boundary
    near the limit, else a word: :func:`~summarizer.text.shorten.cut_end`),
    for a word cap that leaves room for no whole sentence: its text the
    kept part and an ellipsis, its citation covering exactly the kept part,
    marked ``shortened``."""
    end = sentence.start + cut_end(sentence.text, words)
    kept = sentence.text[: end - sentence.start]
    cite = Citation(sentence.doc_id, sentence.start, end, sentence.index, 1.0, True)
    return SummarySentence(display_text(kept) + ELLIPSIS, (cite,), score, date=date, shortened=True)


def usable(analysis: Analysis, scores: Sequence[float]) -> list[float]:
    """``scores`` with those of fragments (:func:`~summarizer.text.fragments.fragment_reason`:
    an attribution alone, a piece of a quotation, a web address) made NaN, never
    to be taken; as they are when every sentence is one."""
    from .text.fragments import fragment_reason

    out = np.asarray(scores, dtype=float).copy()
    bad = np.array([fragment_reason(s.text) is not None for s in analysis.sentences], dtype=bool)
    if len(bad) and not bad.all():
        out[bad] = np.nan
    return out.tolist()


def extract(
    analysis: Analysis,
    scores: Sequence[float],
    budget: Budget,
    backend: str,
    *,
    redundancy: float = 0.0,
    **metadata: object,
) -> Summary:
    """The summary of one report: its best sentences under ``budget`` (see
    :func:`choose`), in document order, each citing itself.

    When no sentence fits a word cap, the best one is shown shortened to
    it (:func:`shortened`): a valid budget never fails.
    """
    n = len(analysis.sentences)
    if len(scores) != n:
        raise ValueError(f"{backend}: {len(scores)} scores for {n} sentences")
    ok = usable(analysis, scores)
    picked = choose(ok, sentence_rows(analysis), analysis.lengths, budget, redundancy=redundancy)
    out = []
    if n and not picked.chosen and budget.words is not None:
        best = int(np.argmax(np.nan_to_num(ok, nan=-np.inf)))
        out.append(shortened(analysis.sentences[best], budget.words, float(scores[best]), analysis.date))
    for i in sorted(picked.chosen):
        s = analysis.sentences[i]
        cite = Citation(s.doc_id, s.start, s.end, s.index, 1.0, True)
        out.append(SummarySentence(s.display, (cite,), float(scores[i]), date=analysis.date))
    meta = {"language": analysis.language, **metadata}
    if picked.too_long:
        meta["too_long"] = picked.too_long
    hdr = header([analysis])
    return Summary(
        tuple(out),
        backend,
        (analysis.document.id,),
        tuple(sorted(meta.items())),
        language=analysis.language,
        title=hdr.title,
        first_date=hdr.first_date,
        last_date=hdr.last_date,
        outlets=hdr.outlets,
    )
