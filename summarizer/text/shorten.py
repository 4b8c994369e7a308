"""A sentence cut to a number of words, at a clause boundary where one is near.

Used when a word cap leaves no room for any whole sentence (the brief then
shows the best sentence's opening, marked as shortened) and for a story's
title when no report has a headline (its lead sentence's opening).  The cut
is an offset into the text, so a citation covers exactly what is shown.
"""

from __future__ import annotations

import re

from .normalize import CJK, has_cjk

ELLIPSIS = "…"
#: Punctuation after which a clause ends: comma, semicolon, colon, dash, in
#: Latin, Arabic and CJK writing.
_CLAUSE_END = re.compile(r"[,;:،؛、，；：–—]$")
_TRAILING = re.compile(r"[\s,;:،؛、，；：–—\-\"'“”«»(\[]+$")
_WORD = re.compile(r"\S+")
# Words as count_words counts them in Chinese and Japanese: one a letter.
_CJK_TOKEN = re.compile(f"[{CJK}]|[^\\s{CJK}]*[^\\W_{CJK}][^\\s{CJK}]*")
#: A clause boundary is used when it keeps at least this share of the words
#: allowed; otherwise the cut falls at the last word that fits (a clause of
#: 3 words out of 30 says less than the first 30 words).
CLAUSE_SHARE = 0.5


def cut_end(text: str, words: int) -> int:
    """Where to end ``text`` so that it keeps at most ``words`` words (at
    least one): after the last clause that fits when it keeps
    :data:`CLAUSE_SHARE` of them, else after the last word that fits;
    trailing punctuation and spaces left out.  ``len(text)`` when it fits
    whole."""
    tokens = list((_CJK_TOKEN if has_cjk(text) else _WORD).finditer(text))
    if len(tokens) <= words:
        return len(text.rstrip())
    limit = max(1, words)
    end = tokens[limit - 1].end()
    for k in range(limit - 1, max(1, int(limit * CLAUSE_SHARE)) - 2, -1):
        if _CLAUSE_END.search(tokens[k].group()):
            end = tokens[k].end()
            break
    trimmed = _TRAILING.sub("", text[:end])
    return len(trimmed) if trimmed else tokens[0].end()
