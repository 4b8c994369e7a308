"""Content terms for matching: normalised tokens, stop words removed, stemmed."""

from __future__ import annotations

import functools
from collections.abc import Callable

from .lang import Language, get
from .language import stop_words
from .normalize import has_cjk, normalize, tokenize, word_pattern

STEMMER_KINDS = ("auto", "isri", "porter", "none")


def make_stemmer(language: str, kind: str = "auto") -> Callable[[str], str]:
    """A word -> stem function for ``language``.

    ``kind``: ``"auto"`` (the language's own choice, see
    :class:`~summarizer.text.lang.Language`: nltk's Snowball, sumy's
    stemmer, or none), ``"isri"`` (nltk's ISRI root stemmer, Arabic),
    ``"porter"`` (nltk's Porter, as rouge-score uses), or ``"none"``.
    """
    if kind not in STEMMER_KINDS:
        raise ValueError(f"unknown stemmer {kind!r}; choose {', '.join(STEMMER_KINDS)}")
    if kind == "none":
        return _identity
    if kind == "isri":
        # heavy: nltk (and sumy), only for the stemmer a language asks for (here and below)
        from nltk.stem.isri import ISRIStemmer

        return ISRIStemmer().stem
    if kind == "porter":
        from nltk.stem.porter import PorterStemmer

        return PorterStemmer().stem
    lang = get(language)
    stem = _auto_stemmer(lang)
    if lang.stem_endings and stem is not _identity:
        return functools.partial(_unfold_ending, stem=stem, endings=tuple(lang.stem_endings.items()))
    return stem


def _auto_stemmer(lang: Language) -> Callable[[str], str]:
    """The stemmer ``lang`` chooses (see :class:`~summarizer.text.lang.Language`)."""
    if lang.stemmer == "snowball":
        from nltk.stem.snowball import SnowballStemmer

        return SnowballStemmer(lang.name).stem
    if lang.stemmer == "prefixes":
        return functools.partial(_strip_clitics, clitics=frozenset(lang.clitics))
    if lang.stemmer == "suffixes":
        endings = sorted({normalize(x) for x in lang.suffixes.split()} - {""}, key=len, reverse=True)
        return functools.partial(_strip_suffix, suffixes=tuple(endings))
    if lang.stemmer == "sumy":
        from sumy.nlp.stemmers import Stemmer

        stem = Stemmer(lang.name)
        try:
            stem("test")  # some of sumy's stemmers need a package of their own
        except (ValueError, ImportError, LookupError):
            return _identity
        return functools.partial(_cased_only, stem=stem)
    return _identity


def _unfold_ending(word: str, stem: Callable[[str], str], endings: tuple[tuple[str, str], ...]) -> str:
    """``stem(word)``, the word's ending first written back as the stemmer
    reads it (``Language.stem_endings``); callers normalise the stem, so
    every spelling of a word ends as one term."""
    for folded, spelled in endings:
        if word.endswith(folded):
            return stem(word[: -len(folded)] + spelled)
    return stem(word)


def _cased_only(word: str, stem: Callable[[str], str]) -> str:
    """``stem(word)`` for a word in lower case; a word of a script without
    case (القاعدة, 北京 in a Czech report) as it is: sumy's Czech stemmer
    leaves such a word unstemmed too, but warns on stderr for each one."""
    return stem(word) if word.islower() else word


def _identity(word: str) -> str:
    return word


def _strip_clitics(word: str, clitics: frozenset[str]) -> str:
    """Up to two leading one-letter clitics off ``word``, keeping at least three letters."""
    for _ in range(2):
        if len(word) > 3 and word[0] in clitics:
            word = word[1:]
        else:
            break
    return word


def _strip_suffix(word: str, suffixes: tuple[str, ...]) -> str:
    """``word`` less the longest of ``suffixes`` (longest first) that leaves
    at least :data:`SUFFIX_STEM` letters."""
    for ending in suffixes:
        if word.endswith(ending) and len(word) - len(ending) >= SUFFIX_STEM:
            return word[: -len(ending)]
    return word


#: The ``"suffixes"`` stemmer leaves at least this many letters.
SUFFIX_STEM = 3

#: Tokens longer than this are not words (a run of digits, a URL without
#: breaks, base64): they are cut to this length, so that stemming and
#: hashing cost stays bounded per token.
MAX_TOKEN = 64


class Analyzer:
    """Turns sentence text into content terms for one language.

    Stems are cached per analyser (each instance has its own cache, so there
    is no shared state between analysers).
    """

    def __init__(self, language: str, *, stemmer: str = "auto", stop: bool = True) -> None:
        self.language = language
        self._stops = stop_words(language) if stop else frozenset()
        self._stem = functools.lru_cache(maxsize=200_000)(make_stemmer(language, stemmer))

    def tokens(self, text: str) -> list[str]:
        return tokenize(normalize(text))

    def terms(self, text: str) -> list[str]:
        """Stems of the non-stop-word tokens of ``text``; bare numbers kept as
        they are.  In text written without spaces (Chinese, Japanese), each
        pair of neighbouring characters is a term, unless one of the two is
        a stop word (的, の): a single character says too little, and no
        word list is at hand to cut the text into words."""
        norm = normalize(text)
        if has_cjk(norm):
            return self._cjk_terms(norm)
        out = []
        stem = self._stem
        for tok in tokenize(norm):
            if tok in self._stops or (len(tok) < 2 and not tok.isdigit()):
                continue
            tok = tok[:MAX_TOKEN]
            out.append(tok if tok.isdigit() else normalize(stem(tok)))
        return out

    def _cjk_terms(self, norm: str) -> list[str]:
        """:meth:`terms` of text with CJK letters: pairs of neighbouring
        characters, and the other tokens (a number, a Latin name) as
        :meth:`terms` makes them."""
        out: list[str] = []
        stops = self._stops
        toks = list(word_pattern().finditer(norm))
        for k, m in enumerate(toks):
            tok = m.group()
            if len(tok) == 1 and has_cjk(tok):
                nxt = toks[k + 1].group() if k + 1 < len(toks) and toks[k + 1].start() == m.end() else ""
                if has_cjk(nxt) and tok not in stops and nxt not in stops and tok + nxt not in stops:
                    out.append(tok + nxt)
            else:
                out.extend(self.terms(tok))  # one token, already normalised: the rule of every other text
        return out


@functools.lru_cache(maxsize=32)
def analyzer(language: str, stemmer: str = "auto") -> Analyzer:
    """A shared, read-only-in-effect analyser per (language, stemmer)."""
    return Analyzer(language, stemmer=stemmer)
