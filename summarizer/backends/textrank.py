"""TextRank and LexRank on sumy, fed our sentences and our terms.

sumy does the ranking (its ``TextRankSummarizer`` / ``LexRankSummarizer``
and their power methods); we give it

* our sentences, wrapped so that two identical sentences from different
  places stay two (sumy's ``Sentence`` hashes by text), and
* our terms (normalised, stop words out, stemmed), so that it works offline
  for Arabic and every language we have a stemmer for,

and replace only the building of the similarity matrix with a sparse
vectorised one (sumy's compares every pair in a Python loop).  With
``similarity="sumy"`` the matrix is exactly sumy's (a test pins it); the
default, ``"tfidf"``, weighs shared stems by idf (cosine of tf-idf vectors),
which ranks better on the Arabic and English reference sets (see
``benchmarks/``).
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..budget import Budget
from ..pipeline import Analysis, analyse
from ..similarity import cosine, term_matrix, tfidf
from ..types import Document, Summary
from .base import extract_best

SIMILARITIES = ("tfidf", "sumy")
PRIORS = ("position", "uniform")
#: Documents longer than this are ranked in consecutive blocks of BLOCK
#: sentences (each block's scores scaled by its share of the document), so
#: memory and time stay linear in the length.
LONG = 2000
BLOCK = 1000


class _Terms:
    """A sumy tokenizer whose words are our precomputed terms."""

    def __init__(self, terms: Dict[str, Tuple[str, ...]]) -> None:
        self._terms = terms

    def to_words(self, text: str) -> Tuple[str, ...]:
        return self._terms.get(text, ())

    def to_sentences(self, paragraph: str) -> Tuple[str, ...]:  # pragma: no cover - unused
        return (paragraph,)


def _blocks(n: int) -> List[range]:
    if n <= LONG:
        return [range(n)]
    return [range(k, min(n, k + BLOCK)) for k in range(0, n, BLOCK)]


def _blockwise(analysis: Analysis, rate) -> List[float]:
    """``rate(sentences, terms)`` over blocks of a long document, scaled to sum to one."""
    n = len(analysis.sentences)
    out: List[float] = []
    for block in _blocks(n):
        sents = analysis.sentences[block.start : block.stop]
        terms = analysis.terms[block.start : block.stop]
        scores = rate(sents, terms)
        out.extend(float(x) * len(block) / n for x in scores)
    return out


def _sumy_document(sentences, terms):
    """A sumy document of our sentences; each sentence hashes by its own identity."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    class KeyedSentence(Sentence):
        __slots__ = ("key",)

        def __eq__(self, other: object) -> bool:
            return self is other

        def __hash__(self) -> int:
            return id(self)

    tokenizer = _Terms({})
    keyed = []
    for s, t in zip(sentences, terms):
        tokenizer._terms[s.text.strip()] = t
        ks = KeyedSentence(s.text, tokenizer)
        ks.key = s.index
        keyed.append(ks)
    return ObjectDocumentModel((Paragraph(keyed),)), keyed


def sumy_edge_matrix(words: Sequence[Sequence[str]]) -> np.ndarray:
    """sumy's TextRank edge weights, vectorised.

    ``count of shared words (with repeats) / (log |s1| + log |s2|)``, the raw
    count where both sentences have a single word.
    """
    counts, _ = term_matrix(words)
    shared = np.asarray((counts @ counts.T).todense())
    lengths = np.array([len(w) for w in words], dtype=np.float64)
    with np.errstate(divide="ignore"):
        logs = np.where(lengths > 0, np.log(np.maximum(lengths, 1.0)), 0.0)
    norm = logs[:, None] + logs[None, :]
    out = np.zeros_like(shared)
    nz = shared > 0
    small = np.isclose(norm, 0.0)
    out[nz & small] = shared[nz & small]
    big = nz & ~small
    out[big] = shared[big] / norm[big]
    return out


def tfidf_edge_matrix(words: Sequence[Sequence[str]]) -> np.ndarray:
    """Cosine similarity of tf-idf vectors, with no self-loops."""
    counts, _ = term_matrix(words)
    sim = cosine(tfidf(counts))
    np.fill_diagonal(sim, 0.0)
    return sim


def _textrank_class():
    from sumy.summarizers.text_rank import TextRankSummarizer

    class Vectorised(TextRankSummarizer):
        """sumy's TextRank with a vectorised similarity matrix."""

        similarity = "tfidf"
        prior = "uniform"

        def _create_matrix(self, document):  # noqa: D401 - sumy's hook
            words = [self._to_words_set(s) for s in document.sentences]
            n = len(words)
            edges = sumy_edge_matrix(words) if self.similarity == "sumy" else tfidf_edge_matrix(words)
            edges = edges / (edges.sum(axis=1)[:, None] + self._ZERO_DIVISION_PREVENTION)
            if self.prior == "position":
                # The random surfer restarts at sentence i with odds 1/(i+1):
                # position-biased PageRank (``key`` is the index in the document).
                jump = 1.0 / (np.array([s.key for s in document.sentences], dtype=np.float64) + 1.0)
                jump = jump / jump.sum()
            else:
                jump = np.full(n, 1.0 / n)
            return (1.0 - self.damping) * jump[None, :] + self.damping * edges

    return Vectorised


def _lexrank_class():
    from sumy.summarizers.lex_rank import LexRankSummarizer

    class Vectorised(LexRankSummarizer):
        """sumy's LexRank (idf-modified cosine, threshold) without the pair loop."""

        def _create_matrix(self, sentences, threshold, tf_metrics, idf_metrics):
            vocab: Dict[str, int] = {}
            for s in sentences:
                for w in s:
                    vocab.setdefault(w, len(vocab))
            n = len(sentences)
            tf = np.zeros((n, len(vocab)))
            for i, metrics in enumerate(tf_metrics):
                for w, v in metrics.items():
                    tf[i, vocab[w]] = v
            weights = np.zeros(len(vocab))
            for w, j in vocab.items():
                weights[j] = idf_metrics.get(w, 0.0)
            vec = tf * weights
            norms = np.sqrt((vec * vec).sum(axis=1))
            dot = vec @ vec.T
            denom = norms[:, None] * norms[None, :]
            with np.errstate(invalid="ignore", divide="ignore"):
                cos = np.where(denom > 0, dot / np.where(denom > 0, denom, 1.0), 0.0)
            np.fill_diagonal(cos, 1.0)  # sumy rates a sentence against itself as 1
            matrix = (cos > threshold).astype(float)
            degrees = matrix.sum(axis=1)
            degrees[degrees == 0] = 1.0
            return matrix / degrees[:, None]

    return Vectorised


class TextRankBackend:
    """TextRank (Mihalcea and Tarau, 2004) on sumy, over our sentences and stems.

    Args:
        language: ISO 639-1 code; detected when ``None``.
        similarity: ``"tfidf"`` (default) or ``"sumy"`` (sumy's own edge weight).
        damping: PageRank damping factor.
        prior: where the random surfer restarts: ``"position"`` (default;
            sentence i with odds 1/(i+1), so openings weigh more, as they do
            in news and encyclopedia articles) or ``"uniform"`` (the original
            TextRank; with ``similarity="sumy"`` this is exactly sumy's).
    """

    name = "textrank"

    def __init__(
        self,
        *,
        language: Optional[str] = None,
        similarity: str = "tfidf",
        damping: float = 0.85,
        prior: str = "position",
        **_: object,
    ) -> None:
        if similarity not in SIMILARITIES:
            raise ValueError(f"unknown similarity {similarity!r}; choose {', '.join(SIMILARITIES)}")
        if prior not in PRIORS:
            raise ValueError(f"unknown prior {prior!r}; choose {', '.join(PRIORS)}")
        if not 0.0 <= damping < 1.0:
            raise ValueError(f"damping must be in [0, 1); got {damping!r}")
        self.language = language
        self.similarity = similarity
        self.damping = damping
        self.prior = prior

    def scores(self, analysis: Analysis) -> List[float]:
        """TextRank score of each sentence of ``analysis``."""
        if not analysis.sentences:
            return []
        summarizer = _textrank_class()()
        summarizer.similarity = self.similarity
        summarizer.damping = self.damping
        summarizer.prior = self.prior

        def rate(sentences, terms):
            doc, keyed = _sumy_document(sentences, terms)
            ratings = summarizer.rate_sentences(doc)
            return [ratings[k] for k in keyed]

        return _blockwise(analysis, rate)

    def summarize(self, document: Document, budget: Budget) -> Summary:
        a = analyse(document, language=self.language)
        return extract_best(a, self.scores(a), budget, self.name, similarity=self.similarity)


class LexRankBackend:
    """LexRank (Erkan and Radev, 2004) on sumy, over our sentences and stems."""

    name = "lexrank"

    def __init__(self, *, language: Optional[str] = None, threshold: float = 0.1, **_: object) -> None:
        self.language = language
        self.threshold = threshold

    def scores(self, analysis: Analysis) -> List[float]:
        if not analysis.sentences:
            return []
        summarizer = _lexrank_class()()
        summarizer.threshold = self.threshold

        def rate(sentences, terms):
            _, keyed = _sumy_document(sentences, terms)
            words = [summarizer._to_words_set(s) for s in keyed]
            tf = summarizer._compute_tf(words)
            idf = summarizer._compute_idf(words)
            matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
            return summarizer.power_method(matrix, summarizer.epsilon)

        return _blockwise(analysis, rate)

    def summarize(self, document: Document, budget: Budget) -> Summary:
        a = analyse(document, language=self.language)
        return extract_best(a, self.scores(a), budget, self.name)
