"""Which language a text is in, and its stop words.

The languages themselves live in :mod:`summarizer.text.lang`, one module
each; this module reads them.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType

from .lang import Language, all_languages, canonical, get
from .normalize import words

#: Detection reads at most this many characters, and counts at most LETTERS letters.
SAMPLE = 20_000
LETTERS = 3_000
#: Letters read to check that a text is in a script its given language writes.
CHECK_LETTERS = 300
#: Words and letters are counted in this many first characters.
WORDS_SAMPLE = 5_000
#: Among texts read together, a text whose language leads the next by less
#: than a whole vote (one word or letter of its own; sums of shares fall a
#: hair short of 1) takes the language most texts of its script have
#: (:func:`settle_languages`).
MARGIN = 0.9


_EMPTY: Mapping[str, float] = MappingProxyType({})


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter: the first word of its Unicode name (ARABIC, LATIN...)."""
    return unicodedata.name(ch, "").split(" ")[0]


def dominant_script(text: str, letters: int = LETTERS) -> str | None:
    """The script most of the first ``letters`` letters of ``text`` are
    written in (``"ARABIC"``, ``"LATIN"``...); ``None`` for a text without
    letters."""
    scripts: Counter = Counter()
    seen = 0
    for ch in text[:SAMPLE]:
        if ch.isalpha():
            scripts[_script(ch)] += 1
            seen += 1
            if seen >= letters:
                break
    return scripts.most_common(1)[0][0] if scripts else None


def foreign_script(text: str, language: str) -> str | None:
    """The language ``text`` looks written in when its script is not one of
    ``language``'s (Arabic text given as English); ``None`` when it is, or
    when nothing tells.  Reads the first :data:`CHECK_LETTERS` letters (a
    feed of 100,000 reports is checked in seconds)."""
    script = dominant_script(text, CHECK_LETTERS)
    if script is None or script in get(canonical(language)).scripts:
        return None
    return _of_script(text[:SAMPLE], script, default="")[0] or script.lower()


def detect(text: str, default: str = "en") -> str:
    """Guess the language of ``text`` from its letters.

    The dominant script decides (Arabic, Hebrew, Devanagari, Greek,
    Cyrillic...); among the languages that share it (Latin), the one the
    text's words and letters speak for most (:func:`evidence`).  ``default``
    when nothing decides.
    """
    return _detect(text, default)[0]


def _detect(text: str, default: str) -> tuple[str, float]:
    """:func:`detect`'s language and its lead in votes over the next one
    (infinite where the script alone decides)."""
    sample = text[:SAMPLE]
    script = dominant_script(sample)
    return (default, 0.0) if script is None else _of_script(sample, script, default)


def settle_languages(texts: Sequence[str], default: str = "en") -> list[str]:
    """The language of each of several texts read together (a feed, a
    folder): :func:`detect`'s, except where its words lead by less than
    :data:`MARGIN` votes -- a headline ("Stock markets fall as oil prices
    rise": Swedish by "fall") -- which takes the language most of the texts
    of its script were told to be with such a lead, when there are any."""
    found = [_detect(t, default) for t in texts]
    scripts = [dominant_script(t[:SAMPLE], CHECK_LETTERS) for t in texts]
    sure: dict[str | None, Counter[str]] = {}
    for (code, lead), script in zip(found, scripts):
        if lead >= MARGIN:
            sure.setdefault(script, Counter())[code] += 1
    out = []
    for (code, lead), script in zip(found, scripts):
        if lead < MARGIN and script in sure:
            code = sure[script].most_common(1)[0][0]
        out.append(code)
    return out


def _of_script(sample: str, script: str, default: str) -> tuple[str, float]:
    """The language of ``sample`` among those that write ``script`` and its
    lead in votes (see :func:`detect`)."""
    candidates = sorted(
        (lang.code for lang in all_languages() if script in lang.scripts), key=lambda c: (c != default, c)
    )
    if len(candidates) <= 1:
        return (candidates[0] if candidates else default), math.inf
    by_word, by_letter = evidence(script)
    head = sample[:WORDS_SAMPLE]
    score: dict[str, float] = dict.fromkeys(candidates, 0.0)
    for table, counts in ((by_word, Counter(words(head))), (by_letter, Counter(head.lower()))):
        for item, n in counts.items():
            for code, share in table.get(item, _EMPTY).items():
                score[code] += n * share
    best, best_score = candidates[0], 0.0
    for code in candidates:  # the default first, then by code: ties keep the earlier
        if score[code] > best_score:
            best, best_score = code, score[code]
    return best, best_score - max((score[c] for c in candidates if c != best), default=0.0)


@functools.cache
def evidence(script: str) -> tuple[Mapping[str, Mapping[str, float]], Mapping[str, Mapping[str, float]]]:
    """What each word and each letter says of the languages that write
    ``script``: ``(word -> {language: share}, letter -> {language: share})``.

    A language's words are its frequent and stop words (normalised, of two
    letters or more) and its letters those beyond a-z it writes; one
    occurrence is one vote, split evenly among the languages that have the
    word or letter (``les`` is French alone; ``de`` a third each to French,
    Spanish and Portuguese; ``é`` a sixth each to six languages, none to
    English).  So a long stop list weighs no more than a short one (sumy's
    run from 126 words to 609), yet shared words still point away from the
    languages that lack them.
    """
    langs = [lang for lang in all_languages() if script in lang.scripts]

    def shares(items_of: Callable[[Language], Iterable[str]]) -> Mapping[str, Mapping[str, float]]:
        owners: dict[str, list[str]] = {}
        for lang in langs:
            for item in items_of(lang):
                owners.setdefault(item, []).append(lang.code)
        # read-only: the tables are cached and shared by every caller
        return MappingProxyType(
            {item: MappingProxyType({code: 1.0 / len(codes) for code in codes}) for item, codes in owners.items()}
        )

    return (
        shares(lambda lang: sorted(w for w in _function_words(lang.code) if len(w) > 1)),
        shares(lambda lang: sorted(set(lang.letters))),
    )


def _function_words(language: str) -> frozenset[str]:
    return frozenset(words(get(language).frequent_words)) | stop_words(language)


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """Normalised stop words of ``language``: sumy's list (where the language
    uses it and sumy ships one) and the language's own."""
    from importlib import resources  # 12 ms to import: only when stop words are read, not for --help

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


__all__ = ["Language", "canonical", "detect", "get", "resolve", "settle_languages", "stop_words"]
