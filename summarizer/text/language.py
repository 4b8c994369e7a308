"""Which language a text is in, and its stop words.

The languages themselves live in :mod:`summarizer.text.lang`, one module
each; this module reads them.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter

from .lang import Language, all_languages, canonical, get
from .normalize import words

#: Detection reads at most this many characters, and counts at most LETTERS letters.
SAMPLE = 20_000
LETTERS = 3_000
#: Stop words are counted in this many first characters.
WORDS_SAMPLE = 5_000


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter: the first word of its Unicode name (ARABIC, LATIN...)."""
    return unicodedata.name(ch, "").split(" ")[0]


def dominant_script(text: str) -> str | None:
    """The script most of the first letters of ``text`` are written in
    (``"ARABIC"``, ``"LATIN"``...); ``None`` for a text without letters."""
    scripts: Counter = Counter()
    seen = 0
    for ch in text[:SAMPLE]:
        if ch.isalpha():
            scripts[_script(ch)] += 1
            seen += 1
            if seen >= LETTERS:
                break
    return scripts.most_common(1)[0][0] if scripts else None


def foreign_script(text: str, language: str) -> str | None:
    """The language ``text`` looks written in when its script is not one of
    ``language``'s (Arabic text given as English); ``None`` when it is, or
    when nothing tells."""
    script = dominant_script(text)
    if script is None or script in get(canonical(language)).scripts:
        return None
    found = detect(text, default="")
    return found or script.lower()


def detect(text: str, default: str = "en") -> str:
    """Guess the language of ``text`` from its letters.

    The dominant script decides (Arabic, Hebrew, Devanagari, Greek,
    Cyrillic...); among the languages that share it (Latin), the one whose
    telling words (:func:`telling_words`) and letters (:func:`telling_letters`)
    the text uses most.  ``default`` when nothing decides.
    """
    sample = text[:SAMPLE]
    script = dominant_script(sample)
    if script is None:
        return default
    candidates = [lang for lang in all_languages() if script in lang.scripts]
    if not candidates:
        return default
    if len(candidates) == 1:
        return candidates[0].code
    candidates.sort(key=lambda lang: (lang.code != default, lang.code))
    head = sample[:WORDS_SAMPLE]
    counts = Counter(words(head))
    chars = Counter(head.lower())
    best, best_hits = candidates[0].code, 0
    for lang in candidates:
        hits = sum(counts[t] for t in telling_words(lang.code)) + sum(chars[c] for c in telling_letters(lang.code))
        if hits > best_hits:
            best, best_hits = lang.code, hits
    return best


@functools.cache
def telling_words(language: str) -> frozenset[str]:
    """The words that tell ``language`` from the others of its script: its
    frequent and stop words that no other language of a script of its uses
    (``na`` is Czech, Slovak and Polish; ``de`` French, Spanish and
    Portuguese), normalised; one-letter words left out."""
    others = set().union(*(_function_words(o.code) for o in _script_mates(language)))
    return frozenset(w for w in _function_words(language) - others if len(w) > 1)


@functools.cache
def telling_letters(language: str) -> frozenset[str]:
    """The letters of ``language`` that no other language of a script of its
    writes (Czech ``ě ř ů``, Polish ``ł ą ę``...)."""
    others = set().union(*(o.letters for o in _script_mates(language)))
    return frozenset(set(get(language).letters) - others)


def _script_mates(language: str) -> list[Language]:
    """The other languages that write a script ``language`` writes."""
    mine = set(get(language).scripts)
    return [o for o in all_languages() if o.code != language and mine & set(o.scripts)]


def _function_words(language: str) -> frozenset[str]:
    return frozenset(words(get(language).frequent_words)) | stop_words(language)


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """Normalised stop words of ``language``: sumy's list (where the language
    uses it and sumy ships one) and the language's own."""
    from importlib import resources

    lang = get(language)
    found = set(words(lang.stop_words))
    if lang.sumy_stop_words:
        try:
            data = resources.files("sumy").joinpath(f"data/stopwords/{lang.name}.txt").read_text("utf-8")
        except (FileNotFoundError, ModuleNotFoundError):
            data = ""
        for line in data.splitlines():
            found.update(words(line))
    return frozenset(found)


def resolve(language: str | None, text: str) -> str:
    """The canonical code of ``language``, or the detected language of ``text``
    when ``language`` is ``None`` (an empty string is an error, not "detect")."""
    return canonical(language) if language is not None else detect(text)


__all__ = ["Language", "canonical", "detect", "get", "resolve", "stop_words"]
