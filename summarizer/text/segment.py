"""Sentence segmentation with character offsets, for Arabic and Latin scripts.

Two steps, both on offsets into the untouched text:

1. :func:`logical_lines` finds lines as the author meant them.  A blank line
   ends a paragraph.  Inside a paragraph, a single line break is a soft wrap
   (a space) when the paragraph is hard-wrapped -- its lines are all short,
   and the line before the break fills most of the width without ending in
   sentence punctuation; otherwise (a headline, a list, one paragraph per
   line) it ends the line.
2. :func:`split_sentences` cuts a logical line at ``. ! ? ؟ …`` followed by
   white space or the end; closing quotes and brackets stay with their
   sentence; a period glued to the Arabic word after it is a cut too (a
   missing space).  It does not cut at ``، ؛ , :``, inside numbers (``2.5``,
   ``2021/07/23``), after initials (``George W. Bush``) or after common
   abbreviations (``Mr.``, ``U.S.`` followed by a lower-case word).
"""

from __future__ import annotations

import re
from typing import Callable, List, Optional, Tuple

Range = Tuple[int, int]

#: Lines of a hard-wrapped paragraph are at most this long.
WRAP_MAX = 100
#: A wrapped line fills at least this share of its paragraph's widest line.
WRAP_FILL = 0.6

_TERMINAL = ".!?؟…"
_CLOSERS = "\"'”’»)]}›"
_END_RE = re.compile(
    r"[.!?؟…]+[\"'”’»)\]}›]*(?=\s|$)"
    # A period glued to the Arabic word after it ("ومدني.تكبد", "1948.وقد",
    # "«للعرب».يتفرع", "فلسطين .يعتبر") also ends a sentence: Arabic has no
    # dotted abbreviations, so the missing space is a typo -- unless a Latin
    # letter or another dot comes before it ("U.S.", "...").
    r"|(?<![A-Za-z.])[.!؟](?=[\u0621-\u064a])"
)
_BLANK_RE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen sen rep gov lt col sgt capt cmdr adm inc ltd corp co "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al fig approx dept est "
    "mt ft univ assn bros".split()
)

_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you this that these those there in on at but and "
    "however his her its their our after before when while if as for".split()
)


def _strip(text: str, start: int, end: int) -> Range:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str) -> List[Range]:
    out = []
    pos = 0
    for m in _BLANK_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [r for r in (_strip(text, a, b) for a, b in out) if r[0] < r[1]]


def logical_lines(
    text: str, standalone: Optional[Callable[[str], bool]] = None
) -> List[Range]:
    """Ranges of the lines the author meant, joining the soft wraps of hard-wrapped text.

    ``standalone(line)`` may name physical lines that are never joined to a
    neighbour (page furniture such as a date stamp or an image credit).
    """
    result: List[Range] = []
    for p_start, p_end in _paragraphs(text):
        lines = []
        pos = p_start
        while pos < p_end:
            nl = text.find("\n", pos, p_end)
            stop = p_end if nl < 0 else nl
            a, b = _strip(text, pos, stop)
            if a < b:
                lines.append((a, b))
            pos = stop + 1
        if not lines:
            continue
        width = max(b - a for a, b in lines)
        wrapped = width <= WRAP_MAX and len(lines) > 1
        alone = [bool(standalone and standalone(text[a:b])) for a, b in lines]
        cur_start, cur_end = lines[0]
        for k, (a, b) in enumerate(lines[1:], start=1):
            prev_len = cur_end - _line_start(text, cur_end)
            soft = (
                wrapped
                and not alone[k]
                and not alone[k - 1]
                and prev_len >= WRAP_FILL * width
                and text[cur_end - 1] not in _TERMINAL + _CLOSERS
            )
            if soft:
                cur_end = b
            else:
                result.append((cur_start, cur_end))
                cur_start, cur_end = a, b
        result.append((cur_start, cur_end))
    return result


def _line_start(text: str, end: int) -> int:
    nl = text.rfind("\n", 0, end)
    return nl + 1


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    """Whether the ``.`` at ``dot`` ends an abbreviation rather than a sentence."""
    if text[dot] != "." or (dot + 1 < len(text) and text[dot + 1] == "."):
        return False
    w = dot
    while w > start and (text[w - 1].isalpha() or text[w - 1] == "."):
        w -= 1
    word = text[w:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper() and word.isascii():
        return True  # an initial: "George W. Bush"
    bare = word.replace(".", "").lower()
    if "." in word and len(bare) <= 4 and word.isascii():
        # "U.S." / "e.g.": a sentence end only when a capitalised function
        # word follows ("... in the U.S. The law"), not "U.S. House".
        nxt = _next_word(text, dot + 1).strip("\"'“‘(")
        return not (nxt[:1].isupper() and nxt.lower() in _SENTENCE_STARTERS)
    return bare in _ABBREVIATIONS and word.isascii()


def _next_word(text: str, pos: int) -> str:
    m = re.compile(r"\s*(\S+)").match(text, pos)
    return m.group(1) if m else ""


def split_sentences(text: str, start: int = 0, end: int = -1) -> List[Range]:
    """Sentence ranges inside ``text[start:end]`` (white space trimmed)."""
    if end < 0:
        end = len(text)
    out: List[Range] = []
    pos = start
    for m in _END_RE.finditer(text, start, end):
        if _is_abbreviation(text, start, m.start()):
            continue
        a, b = _strip(text, pos, m.end())
        if a < b:
            out.append((a, b))
        pos = m.end()
    a, b = _strip(text, pos, end)
    if a < b:
        out.append((a, b))
    # A piece with no letter or digit (a stray "..." or "*"), or a single
    # word, joins the sentence before it.
    merged: List[Range] = []
    for a, b in out:
        piece = text[a:b]
        if merged and (not any(ch.isalnum() for ch in piece) or len(piece.split()) == 1):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and not any(ch.isalnum() for ch in text[merged[0][0] : merged[0][1]]):
        merged[1] = (merged[0][0], merged[1][1])
        merged.pop(0)
    return merged


def segment(text: str, standalone: Optional[Callable[[str], bool]] = None) -> List[Range]:
    """All sentence ranges of ``text``: logical lines, then sentences inside each."""
    out: List[Range] = []
    for a, b in logical_lines(text, standalone):
        out.extend(split_sentences(text, a, b))
    return out
