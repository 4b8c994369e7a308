"""Figures in sentences, and where supporting sentences disagree on them.

Values are read as written (never computed): weekdays, percentages, years
and other numbers (clock times and durations are left out).  Supporting
sentences disagree on a kind of value when two of their sources each give
values of that kind and share none of them; the flag names every value with
the sources that give it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.normalize import fold_pattern, normalize
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
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
# Clock times and durations (11:02, 5h 34' 28", 12'06"): parts of one value,
# not figures of their own.
# Every alternative starts at the first digit of a run (the look-behind), so
# a 20,000-digit number is read once, not once per digit.
_TIME = re.compile(
    r"(?<!\d)(?:"
    r"\d+\s*h\b(?:\s*\d+\s*['′’])?(?:\s*\d+\s*[\"″”])?"  # 5h, 5h 34', 5h 34' 28"
    r"|\d+\s*['′’]\s*\d+\s*[\"″”]?"  # 12' 06"
    r"|\d{1,2}:\d{2}(?::\d{2})?"  # 11:02, 11:02:30
    r")"
)
# Matched against normalised text: fold_pattern folds the words the same way
# (بالمائة becomes بالمايه).
_PERCENT_AFTER = re.compile(fold_pattern(r"\s*(?:%|٪|بالمائة|بالمئة|في المئة|في المائة|percent|per cent)"))


def _number(text: str) -> str:
    return re.sub(r"[,٬](?=\d{3}\b)", "", text).replace("٫", ".")


def values(text: str) -> dict[str, set[str]]:
    """Values by kind (``weekday``, ``percent``, ``year``, ``number``) as normalised strings."""
    norm = normalize(text)
    out: dict[str, set[str]] = {}
    for word in re.findall(r"\w+", norm):
        day = _WEEKDAYS.get(word) or _WEEKDAYS.get(word[1:] if word[:1] in "وب" else "")
        if day:
            out.setdefault("weekday", set()).add(day)
    norm = _TIME.sub(" ", norm)
    for m in _NUMBER.finditer(norm):
        value = _number(m.group())
        if _PERCENT_AFTER.match(norm, m.end()):
            kind = "percent"
        elif re.fullmatch(r"(19|20)\d\d", value):
            kind = "year"
        elif re.fullmatch(r"\d+(?:\.\d+)?", value) and float(value) >= 10:
            kind = "number"
        else:
            continue  # small counts, and times or codes such as 06.34.14
        out.setdefault(kind, set()).add(value)
    return out


def figures(text: str) -> set[str]:
    """Numbers (not years or small counts) and percentages: the figures a fact rests on."""
    v = values(text)
    return v.get("number", set()) | {p + "%" for p in v.get("percent", set())}


def _display(kind: str, value: str, texts: Sequence[str]) -> str:
    if kind == "weekday":
        for t in texts:
            for word in re.findall(r"\w+", t):
                w = normalize(word)
                if _WEEKDAYS.get(w) == value or _WEEKDAYS.get(w[1:]) == value:
                    return word
    return value + ("%" if kind == "percent" else "")


def disagreements(items: Sequence[tuple[str, str]]) -> tuple[Disagreement, ...]:
    """Disagreements among ``(source id, sentence text)`` pairs."""
    by_source: dict[str, dict[str, set[str]]] = {}
    texts: dict[str, list[str]] = {}
    for source, text in items:
        for kind, vals in values(text).items():
            by_source.setdefault(kind, {}).setdefault(source, set()).update(vals)
        texts.setdefault(source, []).append(text)
    out = []
    for kind in ("weekday", "percent", "number", "year"):
        sources = by_source.get(kind, {})
        if len(sources) < 2:
            continue
        ids = sorted(sources)
        clash = any(not (sources[a] & sources[b]) for x, a in enumerate(ids) for b in ids[x + 1 :])
        if not clash:
            continue
        holders: dict[str, list[str]] = {}
        for s in ids:
            for v in sorted(sources[s]):
                holders.setdefault(v, []).append(s)
        shown = tuple(
            (_display(kind, v, [t for s in holders[v] for t in texts[s]]), tuple(holders[v])) for v in sorted(holders)
        )
        out.append(Disagreement(kind, shown))
    return tuple(out)
