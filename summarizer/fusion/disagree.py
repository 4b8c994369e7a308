"""Weekdays in sentences, and where sentences stating one fact disagree on them.

Figures (numbers, percentages) are compared by the quantity they count
(:mod:`summarizer.text.quantities`, :meth:`.support.Evidence.disagreements`);
a weekday needs no key: two sentences that state the same fact and name
different days disagree on when it happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.normalize import normalize
from ..types import Disagreement

_WEEKDAYS = {
    "الاحد": "sunday",
    "الاثنين": "monday",
    "الثلاثاء": "tuesday",
    "الاربعاء": "wednesday",
    "الخميس": "thursday",
    "الجمعه": "friday",
    "السبت": "saturday",
    **{d: d for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")},
}


def _day(word: str) -> str | None:
    w = normalize(word)
    return _WEEKDAYS.get(w) or _WEEKDAYS.get(w[1:] if w[:1] in "وب" else "")


def weekdays(text: str) -> set[str]:
    """The weekdays ``text`` names, as English names."""
    return {d for word in re.findall(r"\w+", text) if (d := _day(word))}


def weekday_disagreements(items: Sequence[tuple[str, str]]) -> tuple[Disagreement, ...]:
    """A flag when ``(source id, sentence)`` pairs that state one fact name
    days that no two sources share; it lists each day as written with the
    sources that name it."""
    by_source: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for source, text in items:
        for word in re.findall(r"\w+", text):
            day = _day(word)
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
