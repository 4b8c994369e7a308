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

from collections.abc import Callable, Sequence

import numpy as np

from ..pipeline import Analysis
from ..similarity import cosine, term_matrix, tfidf
from ..types import Sentence
from .base import choice, number

SIMILARITIES = ("tfidf", "sumy")
PRIORS = ("position", "uniform")
#: Documents longer than this are ranked in consecutive blocks of BLOCK
#: sentences (each block's scores scaled by its share of the document), so
#: memory and time stay linear in the length.
LONG = 2000
BLOCK = 1000

Rate = Callable[[Sequence[Sentence], Sequence[Sequence[str]]], Sequence[float]]


class _Terms:
    """A sumy tokenizer whose words are our precomputed terms."""

    def __init__(self, terms: dict[str, tuple[str, ...]]) -> None:
        self._terms = terms

    def to_words(self, text: str) -> tuple[str, ...]:
        return self._terms.get(text, ())

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:  # pragma: no cover - unused
        return (paragraph,)


def _blocks(n: int) -> list[range]:
    if n <= LONG:
        return [range(n)]
    return [range(k, min(n, k + BLOCK)) for k in range(0, n, BLOCK)]


def _blockwise(analysis: Analysis, rate: Rate) -> list[float]:
    """``rate(sentences, terms)`` over blocks of a long document, scaled to sum to one."""
    n = len(analysis.sentences)
    out: list[float] = []
    for block in _blocks(n):
        sents = analysis.sentences[block.start : block.stop]
        terms = analysis.terms[block.start : block.stop]
        scores = rate(sents, terms)
        out.extend(float(x) * len(block) / n for x in scores)
    return out


def tie_identical(scores: Sequence[float], terms: Sequence[Sequence[str]]) -> list[float]:
    """Give sentences with the same terms exactly the same score (their mean).

    Under a uniform prior, two identical sentences are interchangeable in
    the graph, so their ranks are equal in exact arithmetic; the power
    method's rounding can tell them apart in the last bits, differently on
    different machines.  This makes the equality exact everywhere.
    """
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, t in enumerate(terms):
        groups.setdefault(tuple(t), []).append(i)
    out = [float(x) for x in scores]
    for members in groups.values():
        if len(members) > 1:
            mean = sum(out[i] for i in members) / len(members)
            for i in members:
                out[i] = mean
    return out


def _sumy_document(sentences: Sequence[Sentence], terms: Sequence[Sequence[str]]):
    """A sumy document of our sentences; each sentence hashes by its own identity."""
    # heavy: sumy and nltk, only when TextRank or LexRank runs (here and below)
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    class KeyedSentence(SumySentence):
        __slots__ = ("key",)

        def __eq__(self, other: object) -> bool:
            return self is other

        def __hash__(self) -> int:
            return id(self)

    tokenizer = _Terms({})
    keyed = []
    for s, t in zip(sentences, terms):
        tokenizer._terms[s.text.strip()] = tuple(t)
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

        def _create_matrix(self, document):
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
            vocab: dict[str, int] = {}
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


def lexrank_ratings(summarizer, sentences) -> list[float]:
    """LexRank scores of sumy ``sentences`` by a sumy ``LexRankSummarizer``:
    the steps of its ``__call__``, which returns only the top sentences."""
    words = [summarizer._to_words_set(s) for s in sentences]
    tf = summarizer._compute_tf(words)
    idf = summarizer._compute_idf(words)
    matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
    return [float(x) for x in summarizer.power_method(matrix, summarizer.epsilon)]


class TextRankBackend:
    """TextRank (Mihalcea and Tarau, 2004) on sumy, over our sentences and stems.

    Args:
        similarity: ``"tfidf"`` (default) or ``"sumy"`` (sumy's own edge weight).
        damping: PageRank damping factor, in [0, 1).
        prior: where the random surfer restarts: ``"position"`` (default;
            sentence i with odds 1/(i+1), so openings weigh more, as they do
            in news and encyclopedia articles) or ``"uniform"`` (the original
            TextRank; with ``similarity="sumy"`` this is exactly sumy's).
    """

    name = "textrank"

    def __init__(self, *, similarity: str = "tfidf", damping: float = 0.85, prior: str = "position") -> None:
        self.similarity = choice("similarity", similarity, SIMILARITIES)
        self.prior = choice("prior", prior, PRIORS)
        self.damping = number("damping", damping, 0.0, 1.0, high_open=True)

    def scores(self, analysis: Analysis) -> list[float]:
        """TextRank score of each sentence of ``analysis``."""
        if not analysis.sentences:
            return []
        summarizer = _textrank_class()()
        summarizer.similarity = self.similarity
        summarizer.damping = self.damping
        summarizer.prior = self.prior

        def rate(sentences: Sequence[Sentence], terms: Sequence[Sequence[str]]) -> list[float]:
            doc, keyed = _sumy_document(sentences, terms)
            ratings = summarizer.rate_sentences(doc)
            return [ratings[k] for k in keyed]

        scores = _blockwise(analysis, rate)
        return tie_identical(scores, analysis.terms) if self.prior == "uniform" else scores


class LexRankBackend:
    """LexRank (Erkan and Radev, 2004) on sumy, over our sentences and stems.

    Args:
        threshold: cosine above which two sentences are linked, in [0, 1).
    """

    name = "lexrank"

    def __init__(self, *, threshold: float = 0.1) -> None:
        self.threshold = number("threshold", threshold, 0.0, 1.0, high_open=True)

    def scores(self, analysis: Analysis) -> list[float]:
        if not analysis.sentences:
            return []
        summarizer = _lexrank_class()()
        summarizer.threshold = self.threshold

        def rate(sentences: Sequence[Sentence], terms: Sequence[Sequence[str]]) -> list[float]:
            _, keyed = _sumy_document(sentences, terms)
            return lexrank_ratings(summarizer, keyed)

        return tie_identical(_blockwise(analysis, rate), analysis.terms)
