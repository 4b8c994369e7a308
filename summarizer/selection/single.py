"""One report's summary: its scored sentences -> the ones it takes, cited.

:func:`extract` takes a backend's scores of a report's sentences, leaves out
fragments (:func:`usable`), chooses with maximal marginal relevance
(:func:`.mmr.choose`) under the budget and cites each chosen sentence; when
no whole sentence fits a word cap, the best one is shown shortened to it
(:func:`shortened`).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..budget import Budget
from ..errors import BackendError
from ..header import header
from ..pipeline import Analysis
from ..similarity import term_matrix, tfidf
from ..text.fragments import fragment_reason
from ..text.shorten import ELLIPSIS, cut_end
from ..types import Citation, Sentence, Summary, SummarySentence, display_text
from .mmr import Row, choose


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
        raise BackendError(f"backend {backend!r} gave {len(scores)} scores for {n} sentences (one a sentence)")
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
        **hdr.fields(),
        too_long=picked.too_long,
    )
