"""Finding web-page boilerplate in scraped news, as ranges to skip.

The text is never rewritten: each logical line gets a role -- ``title``,
``body``, or the reason it is boilerplate -- so offsets stay those of the
original.  Rules, in order:

* lines that match a known page furniture phrase (comment prompts, "related
  articles", share buttons, "back to top", tag and keyword headings, bylines
  of the newsroom, publication stamps, image credits), in Arabic and English;
* bare counters (``65``);
* repeats of an earlier line (a headline printed twice);
* the footer: everything after a comment, "related" or source line that
  comes in the second half of the page;
* the title: the first plain line of three to 25 words without sentence
  punctuation;
* headings, captions and tag lines: other lines of at most
  :data:`HEADING_WORDS` words without sentence punctuation.

Within the first body sentence, :func:`dateline_length` finds a dateline
(``LONDON (Reuters) -``, ``ايلاف من لندن:``, ``بغداد - ``) to leave out of it.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from .normalize import fold_pattern, normalize

HEADING_WORDS = 10
TITLE_WORDS = (3, 25)

# Phrases matched against the normalised line (see normalize.normalize);
# fold_pattern folds their words the same way when they are compiled, so
# they may be written in either spelling (نتائج or نتايج).
_FURNITURE = {
    "comments": [
        r"اترك تعليق", r"اضف تعليق", r"عدد التعليقات", r"جميع التعليقات", r"التعليقات المنشوره",
        r"شروط النشر", r"لن يتم نشر", r"الحقول الالزاميه", r"لم يتم العثور علي نتائج",
        r"\bleave a (comment|reply)\b", r"\b\d* ?comments?\b", r"\bpost a comment\b",
        r"\byour email address will not be published\b",
    ],
    "related": [
        r"(مواضيع|مقالات|اخبار|موضوعات) ذات صله", r"اقرا (ايضا|المزيد)", r"^في اخبار$",
        r"\brelated (articles|stories|posts|news)\b", r"^read (more|also)\b", r"^see also\b",
        r"^more (from|on)\b",
    ],
    "share": [
        r"^شارك", r"^تابعونا", r"^اشترك", r"\bshare (this|on)\b", r"^share$", r"^follow us\b",
        r"^subscribe\b", r"^sign up\b",
    ],
    "navigation": [
        r"زر الذهاب الي الاعلي", r"تحميل المزيد", r"^اخبار العالم$", r"\bback to top\b",
        r"^load more\b", r"^advertisement$", r"^click here\b", r"all rights reserved", r"©",
    ],
    "keywords": [r"كلمات مفتاحيه", r"الكلمات الدلاليه", r"^الوسوم", r"^(tags|keywords)\s*:?"],
    "byline": [r"^فريق التحرير$", r"^(by|from) [\w .]{2,40}$"],
    "source": [r"^المصدر\s*[:|]", r"^source\s*:"],
    "stamp": [
        r"اخر تحديث", r"^تم (النشر|التحديث)", r"^(published|updated|last updated)\b",
    ],
    "credit": [
        r"[-/|،,]\s*(رويترز|ا ف ب|فرانس برس|الاناضول|اسوشيتد برس|getty( images)?|reuters|afp|ap)\s*$",
        r"\b(photo|image)\s*:", r"^(صوره|الصوره)\s*[:|]",
    ],
}
_COMPILED = [(reason, re.compile(fold_pattern(p))) for reason, pats in _FURNITURE.items() for p in pats]
_COUNTER = re.compile(r"^[\d\s.,:%٪]+$")
_END_PUNCT = re.compile(r"[.!?؟…][\"'”’»)\]}›]*$")
#: Reasons after which, in the second half of a page, the rest is footer.
_FOOTER_REASONS = frozenset({"comments", "related", "keywords", "source", "share"})

Role = str


def furniture_reason(line: str) -> Optional[str]:
    """Why ``line`` is page furniture, or ``None`` when it is not."""
    norm = normalize(line).strip(" \t:-|*")
    if not norm:
        return "empty"
    if _COUNTER.match(norm):
        return "counter"
    words = len(norm.split())
    for reason, pattern in _COMPILED:
        if words <= 12 and pattern.search(norm):
            return reason
    return None


# A dateline opens a report: a place (and an agency) then a dash, or an
# outlet "from" a place then a colon.  Kept narrow on purpose: a colon after
# any few words would also cut "The minister said: ...".
_DASH = r"\s+[-–—ـ]+\s+"
_DATELINE = [
    # WASHINGTON (AP) - / BAGHDAD, July 22 (Reuters) -- / LONDON:
    re.compile(r"^[A-Z][A-Z.'\- ]{1,30}(,[\w ]{1,20})?(\s*\([^()\n]{1,30}\))?(" + _DASH + r"|:\s+)"),
    # بغداد - / واشنطن (رويترز) - / London, England - : one to three words, then a dash
    re.compile(r"^[^\W\d_]+([,،]? [^\W\d_]+){0,2}(\s*\([^()\n]{1,30}\))?" + _DASH),
    # ايلاف من لندن: / القدس العربي من بغداد:
    re.compile(r"^[^\W\d_]+( [^\W\d_]+)? من [^\W\d_]+( [^\W\d_]+)?\s*:\s+"),
]
_MIN_REST_WORDS = 6
_SPEECH = frozenset(normalize(w) for w in (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أفاد", "أفادت", "صرح", "صرحت",
))
_NEAR_DASH = re.compile(r"^(\S+\s+){0,7}?\S*" + _DASH)


def dateline_length(sentence: str) -> int:
    """How many leading characters of a report's first sentence are its
    dateline (0 when it has none).  What follows must still be a sentence of
    at least six words, and a dash must not come back within eight words:
    ``Nature - in its widest sense - is ...`` opens with an aside, not a
    dateline."""
    words = sentence.split(None, 1)
    if words and normalize(words[0]) in _SPEECH:  # "an official from the ministry said: ..."
        return 0
    for pattern in _DATELINE:
        m = pattern.match(sentence)
        if m:
            rest = sentence[m.end():]
            if len(rest.split()) >= _MIN_REST_WORDS and not _NEAR_DASH.match(rest):
                return m.end()
    return 0


def _key(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(line)).split())


def classify_lines(text: str, lines: Sequence[Tuple[int, int]]) -> List[Role]:
    """One role per logical line: ``"title"``, ``"body"`` or a boilerplate reason."""
    roles: List[Role] = []
    seen = set()
    footer = False
    title_found = False
    half = len(text) / 2
    for start, end in lines:
        line = text[start:end]
        if footer:
            roles.append("footer")
            continue
        reason = furniture_reason(line)
        key = _key(line)
        if reason is None and key and key in seen:
            reason = "repeat"
        if key:
            seen.add(key)
        if reason is not None:
            roles.append(reason)
            if reason in _FOOTER_REASONS and start >= half:
                footer = True
            continue
        words = len(line.split())
        punctuated = bool(_END_PUNCT.search(line))
        if not title_found and not punctuated and TITLE_WORDS[0] <= words <= TITLE_WORDS[1]:
            title_found = True
            roles.append("title")
            continue
        if not punctuated and words <= HEADING_WORDS:
            roles.append("heading")
            continue
        title_found = True  # body text has begun: no title after it
        roles.append("body")
    return roles
