"""ROUGE-N, ROUGE-L and ROUGE-Lsum for any script.

Tokens are the project's normalised words (NFKC, case folded, accents and
Arabic diacritics removed, alef/hamza, ta marbuta and alef maqsura folded,
Arabic-Indic digits mapped), so Arabic scores like English does.  Words
longer than three characters are stemmed when a stemmer is chosen, the
convention of ``rouge-score``; with English text and ``stemmer="porter"``
the scores equal ``rouge-score``'s with ``use_stemmer=True`` (a test checks
hundreds of pairs to 1e-6).

Multiple references: ``aggregate="mean"`` (default) averages precision,
recall and F over the references, the convention of the data README;
``"max"`` keeps, per ROUGE type, the reference with the best F
(``rouge-score``'s ``score_multi``).

ROUGE-Lsum treats each line of a text as a sentence and counts the union
LCS of each reference sentence against all candidate sentences, without
double counting, as ROUGE-1.5.5 and ``rouge-score`` do.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

from ..text.normalize import count_words, cut_words, normalize, tokenize
from ..text.terms import make_stemmer

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
_NGRAM = re.compile(r"^rouge([1-9])$")


class Score(NamedTuple):
    precision: float
    recall: float
    fmeasure: float


ZERO = Score(0.0, 0.0, 0.0)


def _f(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


class TokenizerLike(Protocol):
    def tokenize(self, text: str) -> list[str]: ...


class Tokenizer:
    """Normalised word tokens, stemmed when longer than three characters.

    Args:
        stemmer: ``"none"``, ``"porter"`` (English, as rouge-score), ``"auto"``
            (Snowball for the language, see :mod:`summarizer.text.terms`) or
            ``"isri"`` (Arabic roots).
        language: used by ``"auto"``.
    """

    def __init__(self, stemmer: str = "none", language: str = "en") -> None:
        self.stemmer = stemmer
        self._stem: Callable[[str], str] | None = None
        if stemmer != "none":
            stem = make_stemmer(language, stemmer)
            self._stem = functools.lru_cache(maxsize=100_000)(lambda t: normalize(stem(t)))

    def tokenize(self, text: str) -> list[str]:
        tokens = tokenize(normalize(text))
        if self._stem is None:
            return tokens
        stem = self._stem
        return [stem(t) if len(t) > 3 else t for t in tokens]


def default_stemmer(language: str | None) -> str:
    """The reporting convention: Porter for English, none for other languages."""
    return "porter" if (language or "en") == "en" else "none"


def ngrams(tokens: Sequence[str], n: int) -> Counter:
    return Counter(zip(*(tokens[i:] for i in range(n)))) if n > 1 else Counter(tokens)


def score_ngrams(reference: Counter, candidate: Counter) -> Score:
    overlap = sum(min(c, candidate[g]) for g, c in reference.items() if g in candidate)
    p = overlap / max(sum(candidate.values()), 1)
    r = overlap / max(sum(reference.values()), 1)
    return Score(p, r, _f(p, r))


def _lcs_columns(a: Sequence[str], b: Sequence[str]) -> list[int]:
    """Bit-parallel LCS vectors (Allison and Dix, 1986): after the first ``j``
    tokens of ``b``, ``columns[j]`` has in its low ``i`` bits as many zeros as
    the LCS of ``a[:i]`` and ``b[:j]``."""
    masks: dict[str, int] = {}
    for i, x in enumerate(a):
        masks[x] = masks.get(x, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    columns = [v]
    for y in b:
        m = masks.get(y)
        if m:
            u = v & m
            v = ((v + u) | (v - u)) & full
        columns.append(v)
    return columns


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence, bit-parallel."""
    if not a or not b:
        return 0
    return len(a) - bin(_lcs_columns(a, b)[-1]).count("1")


def score_lcs(reference: Sequence[str], candidate: Sequence[str]) -> Score:
    if not reference or not candidate:
        return ZERO
    n = lcs_length(reference, candidate)
    p, r = n / len(candidate), n / len(reference)
    return Score(p, r, _f(p, r))


def _lcs_indices(ref: Sequence[str], can: Sequence[str]) -> list[int]:
    """Indices into ``ref`` of one LCS, with rouge-score's tie-breaking.

    The DP table is never built: each cell the backtrack reads comes from
    the bit-parallel vectors (:func:`_lcs_columns`) with one mask and one
    bit count.
    """
    columns = _lcs_columns(ref, can)

    def cell(i: int, j: int) -> int:
        return i - bin(columns[j] & ((1 << i) - 1)).count("1")

    out: list[int] = []
    i, j = len(ref), len(can)
    while i > 0 and j > 0:
        if ref[i - 1] == can[j - 1]:
            out.append(i - 1)
            i -= 1
            j -= 1
        elif cell(i, j - 1) > cell(i - 1, j):
            j -= 1
        else:
            i -= 1
    return out


def score_lsum(reference: Sequence[Sequence[str]], candidate: Sequence[Sequence[str]]) -> Score:
    """Summary-level LCS over sentences (lists of tokens)."""
    m = sum(map(len, reference))
    n = sum(map(len, candidate))
    if not m or not n:
        return ZERO
    count_r: Counter = Counter()
    count_c: Counter = Counter()
    for s in reference:
        count_r.update(s)
    for s in candidate:
        count_c.update(s)
    cand_sets = [set(c) for c in candidate]
    hits = 0
    for r in reference:
        union = set()
        rset = set(r)
        for c, cset in zip(candidate, cand_sets):
            if rset & cset:
                union.update(_lcs_indices(r, c))
        for k in sorted(union):
            t = r[k]
            if count_c[t] > 0 and count_r[t] > 0:
                hits += 1
                count_c[t] -= 1
                count_r[t] -= 1
    p, rc = hits / n, hits / m
    return Score(p, rc, _f(p, rc))


class RougeScorer:
    """Scores predictions against one or more references.

    Args:
        types: any of ``rouge1``..``rouge9``, ``rougeL``, ``rougeLsum``;
            checked here, not at scoring time.
        language: the text's language (for the ``"auto"`` stemmer and the
            default stemmer convention).
        stemmer: ``None`` for the convention (Porter for English, none
            otherwise), or see :class:`Tokenizer`.
        aggregate: ``"mean"`` or ``"max"`` over references.
        tokenizer: any object with ``tokenize(text) -> list[str]``.
    """

    def __init__(
        self,
        types: Sequence[str] = ROUGE_TYPES,
        *,
        language: str | None = None,
        stemmer: str | None = None,
        aggregate: str = "mean",
        tokenizer: TokenizerLike | None = None,
    ) -> None:
        bad = [t for t in types if t not in ("rougeL", "rougeLsum") and not _NGRAM.match(t)]
        if bad or not types:
            raise ValueError(f"unknown ROUGE type(s) {bad or types!r}; use rouge1..rouge9, rougeL or rougeLsum")
        if aggregate not in ("mean", "max"):
            raise ValueError(f"aggregate must be 'mean' or 'max', not {aggregate!r}")
        self.types = tuple(types)
        self.aggregate = aggregate
        self.tokenizer = tokenizer or Tokenizer(
            stemmer if stemmer is not None else default_stemmer(language), language or "en"
        )

    def _lines(self, text: str) -> list[list[str]]:
        tok = self.tokenizer.tokenize
        return [tok(line) for line in text.split("\n") if line]

    def _one(self, ref_lines: list[list[str]], pred_lines: list[list[str]]) -> dict[str, Score]:
        # Tokens never cross a line break, so the flat token list is the
        # lines' tokens joined: each text is tokenised once.
        ref_t = [t for line in ref_lines for t in line]
        pred_t = [t for line in pred_lines for t in line]
        out: dict[str, Score] = {}
        for t in self.types:
            if t == "rougeL":
                out[t] = score_lcs(ref_t, pred_t)
            elif t == "rougeLsum":
                out[t] = score_lsum(ref_lines, pred_lines)
            else:
                n = int(t[5:])
                out[t] = score_ngrams(ngrams(ref_t, n), ngrams(pred_t, n))
        return out

    def score(self, *, prediction: str, references: str | Sequence[str]) -> dict[str, Score]:
        """Scores of ``prediction``; an empty prediction or reference scores 0."""
        refs = [references] if isinstance(references, str) else list(references)
        if not refs:
            return dict.fromkeys(self.types, ZERO)
        pred_lines = self._lines(prediction)
        each = [self._one(self._lines(r), pred_lines) for r in refs]
        if len(each) == 1:
            return each[0]
        out = {}
        for t in self.types:
            scores = [e[t] for e in each]
            if self.aggregate == "max":
                out[t] = max(scores, key=lambda s: s.fmeasure)
            else:
                k = len(scores)
                out[t] = Score(*(sum(s[i] for s in scores) / k for i in range(3)))
        return out


def truncate_words(text: str, limit: int) -> str:
    """The first ``limit`` words of ``text``, keeping its line breaks (sentences)."""
    out: list[str] = []
    left = limit
    for line in text.split("\n"):
        if left <= 0:
            break
        n = count_words(line)
        if not n:
            continue
        out.append(cut_words(line, left))
        left -= min(n, left)
    return "\n".join(out)


def rouge(prediction: str, references: str | Sequence[str], **options: object) -> dict[str, Score]:
    """One-off scoring: ``RougeScorer(**options).score(...)``."""
    return RougeScorer(**options).score(prediction=prediction, references=references)  # type: ignore[arg-type]
