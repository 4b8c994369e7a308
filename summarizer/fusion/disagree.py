"""Weekdays in sentences, and where sentences stating one fact disagree on them.

Figures (numbers, percentages) are compared by the quantity they count
(:mod:`summarizer.text.quantities`, :meth:`.support.Evidence.disagreements`);
a weekday needs no key: two sentences that state the same fact and name
different days disagree on when it happened.  The days are read with each
language's own table (``weekdays`` and ``prefixes`` of its file in
:mod:`summarizer.text.lang`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from ..text.lang import get
from ..text.normalize import normalize
from ..types import Disagreement


@functools.lru_cache(maxsize=32)
def _table(language: str) -> tuple[Mapping[str, str], str]:
    lang = get(language)
    return {normalize(w): day for w, day in lang.weekdays.items()}, normalize(lang.prefixes)


def _day(word: str, language: str) -> str | None:
    days, prefixes = _table(language)
    w = normalize(word)
    return days.get(w) or (days.get(w[1:]) if w[:1] and w[:1] in prefixes else None)


def weekdays(text: str, language: str) -> set[str]:
    """The weekdays ``text`` names, as English names."""
    return {d for word in re.findall(r"\w+", text) if (d := _day(word, language))}


def weekday_disagreements(items: Sequence[tuple[str, str]], language: str) -> tuple[Disagreement, ...]:
    """A flag when ``(source id, sentence)`` pairs of ``language`` that state
    one fact name days that no two sources share; it lists each day as
    written with the sources that name it."""
    by_source: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for source, text in items:
        for word in re.findall(r"\w+", text):
            day = _day(word, language)
            if day:
                by_source.setdefault(source, set()).add(day)
                written.setdefault(day, word)
    ids = sorted(by_source)
    if len(ids) < 2 or all(by_source[a] & by_source[b] for x, a in enumerate(ids) for b in ids[x + 1 :]):
        return ()
    holders: dict[str, list[str]] = {}
    for s in ids:
        for day in sorted(by_source[s]):
            holders.setdefault(day, []).append(s)
    values = tuple((written[day], tuple(holders[day])) for day in sorted(holders))
    return (Disagreement("weekday", values, "day"),)
