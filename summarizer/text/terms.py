"""Content terms for matching: normalised tokens, stop words removed, stemmed."""

from __future__ import annotations

import functools
from typing import Callable, List, Sequence

from .language import LANGUAGES, stop_words
from .normalize import tokenize, normalize

#: Languages whose stemmer comes from nltk's Snowball family.
_SNOWBALL = {"en", "fr", "de", "es", "it", "pt", "sv", "ar"}
#: Languages for which sumy ships its own stemmer.
_SUMY_STEMMERS = {"cs", "pl", "uk"}  # sumy's Greek one needs another package


def make_stemmer(language: str, kind: str = "auto") -> Callable[[str], str]:
    """A word -> stem function for ``language``.

    ``kind``: ``"auto"`` (Snowball where nltk has it, sumy's stemmer for
    Czech, Polish and Ukrainian, identity otherwise), ``"isri"``
    (nltk's ISRI root stemmer, Arabic), ``"porter"`` (nltk's Porter, as
    rouge-score uses), or ``"none"``.
    """
    if kind == "none":
        return _identity
    if kind == "isri":
        from nltk.stem.isri import ISRIStemmer

        return ISRIStemmer().stem
    if kind == "porter":
        from nltk.stem.porter import PorterStemmer

        return PorterStemmer().stem
    if kind != "auto":
        raise ValueError(f"unknown stemmer {kind!r}; choose auto, isri, porter or none")
    if language in _SNOWBALL:
        from nltk.stem.snowball import SnowballStemmer

        return SnowballStemmer(LANGUAGES[language]).stem
    if language in _SUMY_STEMMERS:
        from sumy.nlp.stemmers import Stemmer

        stem = Stemmer(LANGUAGES[language])
        try:
            stem("test")  # some of sumy's stemmers need a package of their own
        except (ValueError, ImportError, LookupError):
            return _identity
        return stem
    return _identity


def _identity(word: str) -> str:
    return word


class Analyzer:
    """Turns sentence text into content terms for one language.

    Stems are cached per analyser (each instance has its own cache, so there
    is no shared state between analysers).
    """

    def __init__(self, language: str, *, stemmer: str = "auto", stop: bool = True) -> None:
        self.language = language
        self._stops = stop_words(language) if stop else frozenset()
        self._stem = functools.lru_cache(maxsize=200_000)(make_stemmer(language, stemmer))

    def tokens(self, text: str) -> List[str]:
        return tokenize(normalize(text))

    def terms(self, text: str) -> List[str]:
        """Stems of the non-stop-word tokens of ``text``; bare numbers kept as they are."""
        out = []
        stem = self._stem
        for tok in tokenize(normalize(text)):
            if tok in self._stops or (len(tok) < 2 and not tok.isdigit()):
                continue
            out.append(tok if tok.isdigit() else normalize(stem(tok)))
        return out

    def terms_many(self, texts: Sequence[str]) -> List[List[str]]:
        return [self.terms(t) for t in texts]


@functools.lru_cache(maxsize=32)
def analyzer(language: str, stemmer: str = "auto") -> Analyzer:
    """A shared, read-only-in-effect analyser per (language, stemmer)."""
    return Analyzer(language, stemmer=stemmer)


