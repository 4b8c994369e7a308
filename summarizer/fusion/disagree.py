"""Weekdays and dates in sentences, and where sentences stating one fact disagree on them.

Figures (numbers, percentages) are compared by the quantity they count
(:mod:`summarizer.text.quantities`, :meth:`.support.Evidence.disagreements`);
a weekday needs no key: two sentences that state the same fact and name
different days disagree on when it happened, and so do two that date it to
different days of the year (``12 March`` / ``13 March``).  The days are read with each
language's own table (``weekdays`` and ``prefixes`` of its file in
:mod:`summarizer.text.lang`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from ..text.dates import day_dates
from ..text.lang import get
from ..text.normalize import normalize
from ..types import Disagreement


@functools.lru_cache(maxsize=32)
def _table(language: str) -> tuple[Mapping[str, str], str]:
    lang = get(language)
    return {normalize(w): day for w, day in lang.weekdays.items()}, normalize(lang.prefixes)


def _weekday_of(word: str, language: str) -> str | None:
    days, prefixes = _table(language)
    w = normalize(word)
    return days.get(w) or (days.get(w[1:]) if w[:1] and w[:1] in prefixes else None)


def weekdays(text: str, language: str) -> set[str]:
    """The weekdays ``text`` names, as English names."""
    return {d for word in re.findall(r"\w+", text) if (d := _weekday_of(word, language))}


def weekday_disagreements(items: Sequence[tuple[str, str]], language: str) -> tuple[Disagreement, ...]:
    """A flag when ``(source id, sentence)`` pairs of ``language`` that state
    one fact name days that no two sources share; it lists each day as
    written with the sources that name it."""
    by_source: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for source, text in items:
        for word in re.findall(r"\w+", text):
            day = _weekday_of(word, language)
            if day:
                by_source.setdefault(source, set()).add(day)
                written.setdefault(day, word)
    return _flag(by_source, written, "weekday", "day", every_pair=True)


def date_disagreements(items: Sequence[tuple[str, str]], language: str) -> tuple[Disagreement, ...]:
    """A flag when ``(source id, sentence)`` pairs of ``language`` that state
    one fact date it to days of the year (:func:`~summarizer.text.dates.day_dates`:
    ``12 March``, ``March 13``) and two of the sources share none (1 June,
    1 June, 2 June); it lists each date as first written with the sources
    that give it.  A sentence that also dates something else (arrested on 3
    May, charged on 5 May) agrees with one that gives either date.  (Days of
    the week keep the stricter rule the disagreement set was measured with:
    a flag only when no two sources share one.)"""

    by_source: dict[str, set[tuple[int, int]]] = {}
    written: dict[tuple[int, int], str] = {}
    for source, text in items:
        for day, shown in day_dates(text, language).items():
            by_source.setdefault(source, set()).add(day)
            written.setdefault(day, shown)
    return _flag(by_source, written, "date", "date", every_pair=False)


def _flag(
    by_source: Mapping[str, set], written: Mapping, kind: str, quantity: str, every_pair: bool
) -> tuple[Disagreement, ...]:
    """One flag, listing every value with its sources, when two sources give
    values none of which they share: any two (``every_pair=False``: 1 June,
    1 June and 2 June) or every two (``True``)."""
    ids = sorted(by_source)
    apart = [not (by_source[a] & by_source[b]) for x, a in enumerate(ids) for b in ids[x + 1 :]]
    if not apart or not (all(apart) if every_pair else any(apart)):
        return ()
    holders: dict = {}
    for s in ids:
        for value in sorted(by_source[s]):
            holders.setdefault(value, []).append(s)
    values = tuple((written[v], tuple(holders[v])) for v in sorted(holders))
    return (Disagreement(kind, values, quantity),)
