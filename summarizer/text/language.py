"""Languages the library knows, and detection by script when none is given."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from typing import Dict, FrozenSet, Optional

from .normalize import words

#: ISO 639-1 code -> the language's English name (as sumy and nltk spell it).
LANGUAGES: Dict[str, str] = {
    "ar": "arabic",
    "cs": "czech",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "he": "hebrew",
    "hi": "hindi",
    "it": "italian",
    "pl": "polish",
    "pt": "portuguese",
    "sk": "slovak",
    "sv": "swedish",
    "uk": "ukrainian",
}
_BY_NAME = {name: code for code, name in LANGUAGES.items()}

# The first word of a character's Unicode name tells its script.
_SCRIPT_LANGUAGE = {
    "ARABIC": "ar",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "GREEK": "el",
    "CYRILLIC": "uk",
}
_LATIN = ("en", "fr", "cs", "de", "es", "it", "pt", "pl", "sk", "sv")


def canonical(language: str) -> str:
    """Map ``"Arabic"``, ``"ar"`` or ``"ar-EG"`` to ``"ar"``.

    Raises:
        ValueError: for a language the library does not know; the message
            lists the known ones.
    """
    key = language.strip().lower().replace("_", "-")
    if key in LANGUAGES:
        return key
    if key in _BY_NAME:
        return _BY_NAME[key]
    base = key.split("-")[0]
    if base in LANGUAGES:
        return base
    known = ", ".join(sorted(LANGUAGES))
    raise ValueError(f"unknown language {language!r}; known: {known}")


def detect(text: str, default: str = "en") -> str:
    """Guess the language of ``text`` from its letters.

    The dominant script decides (Arabic, Hebrew, Devanagari, Greek,
    Cyrillic); Latin-script text is told apart by which language's stop words
    it uses most.
    """
    scripts: Counter = Counter()
    for ch in text[:20000]:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts[name.split(" ")[0]] += 1
    if not scripts:
        return default
    script, _ = scripts.most_common(1)[0]
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    if script != "LATIN":
        return default
    tokens = words(text[:20000])
    best, best_hits = default, 0
    for code in _LATIN:
        stops = stop_words(code)
        hits = sum(1 for t in tokens if t in stops)
        if hits > best_hits:
            best, best_hits = code, hits
    return best


# Languages for which sumy ships no list: a short list of our own.
_OWN_STOPS = {
    "hi": "के का की को में से पर और है हैं था थे थी एक यह वह ये वे इस उस जो ने कि भी तो नहीं "
    "हो गया गई गए कर किया लिए साथ द्वारा बाद अपने इसके उनके जा रहा रही रहे कहा",
}


@functools.lru_cache(maxsize=None)
def stop_words(language: str) -> FrozenSet[str]:
    """Normalised stop words for ``language`` (sumy's lists), empty if none ship."""
    from importlib import resources

    name = LANGUAGES.get(language)
    if language in _OWN_STOPS:
        return frozenset(words(_OWN_STOPS[language]))
    if name is None:
        return frozenset()
    try:
        data = resources.files("sumy").joinpath(f"data/stopwords/{name}.txt").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    found = set()
    for line in data.splitlines():
        found.update(words(line))
    return frozenset(found)


def resolve(language: Optional[str], text: str) -> str:
    """The canonical code of ``language``, or the detected language of ``text``."""
    return canonical(language) if language else detect(text)
