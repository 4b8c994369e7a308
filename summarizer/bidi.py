"""Showing right-to-left text in terminals that do not do it themselves.

Most terminals (xterm, tmux, the Linux console, many SSH clients) print
characters left to right in the order they arrive and do not join Arabic
letters.  :func:`visual` turns one line of logical-order text into what such
a terminal must be sent: Arabic letters shaped (``arabic-reshaper``), then
runs reordered for display -- right-to-left text reversed with brackets
mirrored, embedded left-to-right runs (Latin words, numbers such as
``2021/07/23`` or ``2.5``) kept in their own order.  This is a simplified
form of the Unicode bidirectional algorithm that covers news text.
"""

from __future__ import annotations

import unicodedata

_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _strength(ch: str) -> str:
    """``R`` right-to-left letter, ``L`` left-to-right letter, ``E`` digit, ``N`` neutral."""
    bidi = unicodedata.bidirectional(ch)
    if bidi in ("R", "AL"):
        return "R"
    if bidi == "L":
        return "L"
    if bidi in ("EN", "AN"):
        return "E"
    return "N"


def is_rtl(text: str) -> bool:
    """Whether the first letter of ``text`` (digits aside) is right-to-left."""
    for ch in text:
        s = _strength(ch)
        if s in ("L", "R"):
            return s == "R"
    return False


_OPEN = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}


def _as_strong(t: str) -> str:
    return "R" if t == "E" else t  # numbers act as right-to-left on their neighbours


def _resolve(line: str, base: str) -> list[str]:
    types = [_strength(c) for c in line]
    n = len(line)
    # A single separator between digits belongs to the number: 2021/07/23, 2.5, 1,000.
    for i in range(1, n - 1):
        if types[i] == "N" and line[i] in "/.,:" and types[i - 1] == "E" and types[i + 1] == "E":
            types[i] = "E"
    # Paired brackets take one direction (simplified rule N0 of Unicode's algorithm).
    stack: list[int] = []
    for i, ch in enumerate(line):
        if ch in _OPEN:
            stack.append(i)
        elif stack and _OPEN.get(line[stack[-1]]) == ch:
            o = stack.pop()
            inner = {_as_strong(t) for t in types[o + 1 : i] if t != "N"}
            prev = next((_as_strong(t) for t in reversed(types[:o]) if t != "N"), base)
            if base in inner or not inner:
                d = base
            else:
                d = prev if prev != base else base
            types[o] = types[i] = d
    resolved = list(types)
    i = 0
    while i < n:
        if types[i] != "N":
            i += 1
            continue
        j = i
        while j < n and types[j] == "N":
            j += 1
        before = _as_strong(types[i - 1]) if i > 0 else base
        after = _as_strong(types[j]) if j < n else base
        fill = before if before == after else base
        for k in range(i, j):
            resolved[k] = fill
        i = j
    return resolved


def _runs(line: str, base: str) -> list[tuple[str, str]]:
    """(direction, text) runs: ``R`` reads right to left, ``L`` and ``E`` left to right."""
    runs: list[tuple[str, str]] = []
    for ch, d in zip(line, _resolve(line, base)):
        if runs and runs[-1][0] == d:
            runs[-1] = (d, runs[-1][1] + ch)
        else:
            runs.append((d, ch))
    return runs


def _reverse(text: str) -> str:
    return text[::-1].translate(_MIRROR)


def visual(line: str) -> str:
    """One line of logical-order text in display order for a left-to-right terminal."""
    if not any(_strength(c) == "R" for c in line):
        return line
    try:
        import arabic_reshaper

        line = arabic_reshaper.reshape(line)
    except ImportError:  # shaping is cosmetic; order is what matters
        pass
    base = "R" if is_rtl(line) else "L"
    runs = _runs(line, base)
    if base == "R":
        return "".join(_reverse(t) if d == "R" else t for d, t in reversed(runs))
    return "".join(_reverse(t) if d == "R" else t for d, t in runs)
