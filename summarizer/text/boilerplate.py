"""Finding web-page boilerplate in scraped news, as ranges to skip.

The text is never rewritten: each logical line gets a role -- ``title``,
``body``, or the reason it is boilerplate -- so offsets stay those of the
original.  Rules, in order:

* lines that match a known page furniture phrase (copyright lines, the
  publisher's notices -- sign-up prompts, corrections --, comment prompts, "related
  articles", share buttons, "back to top", tag and keyword headings, bylines
  of the newsroom, publication stamps, image credits), in the page's language
  (its file in :mod:`summarizer.text.lang`) and in English;
* bare counters (``65``);
* markup of news archives (TREC/DUC SGML): a line of tags only (``<DOC>``,
  ``</P>``) or a tagged field of the record's header (``<DOCNO>
  APW19981016.0240 </DOCNO>``; a tagged date is a publication stamp); a
  tagged headline (``<HEADLINE> ... </HEADLINE>``) is the title;
* repeats of an earlier line (a headline printed twice);
* the footer: everything after a comment, "related" or source line that
  comes in the second half of the page;
* the title: the first plain line of three to 25 words without sentence
  punctuation (not a date, nor a dateline alone, ``CAIRO (Reuters) -``,
  which ends with a dash or a colon), or with it when a line holding only a date follows (a
  headline above its date: ``افراد البحرية البريطانية الى الوطن.`` then
  ``الخميس 5 أبريل 2007``); when the headline is known, only a line that
  says it again, and in text with no sentence punctuation at all, only a
  line shorter than the next paragraph (else it is that text's first
  paragraph);
* a line holding only a date before the text begins: a publication stamp,
  with or without a period (``الخميس 14 يوليو 2005.``);
* a line of two words or more in capitals only, with sentence punctuation:
  an editors' note (``(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)``);
* headings, captions and tag lines: other lines of at most
  :data:`HEADING_WORDS` words without sentence punctuation.

Within the first body sentence, :func:`dateline_length` finds a dateline
(``LONDON (Reuters) -``, ``WASHINGTON (AP) _``, ``ايلاف من لندن:``, ``بغداد - ``) to leave out of it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import find_date, opening_date
from .fragments import speech_verbs
from .lang import all_languages, get
from .normalize import fold_pattern, normalize

HEADING_WORDS = 10
TITLE_WORDS = (3, 25)
#: A line of at most this many words that holds a date is a date line.
DATE_LINE_WORDS = 6

#: The order in which reasons are tried (the first that matches is given).
REASONS = (
    "consent",
    "rights",
    "notice",
    "comments",
    "related",
    "link",
    "share",
    "navigation",
    "keywords",
    "byline",
    "source",
    "stamp",
    "credit",
)
#: Reasons whose phrases are looked for in lines of any length up to
#: FURNITURE_CHARS (a cookie notice runs to 30 words, a wire's credits to
#: 20, a copyright line to 30: "Copyright 2024 The Associated Press. All
#: rights reserved. This material may not be published, ..."), not only
#: short ones.  A language's ``rights`` phrases say so at the start of a
#: line, and so do its ``notice`` phrases (the publisher's word to the
#: reader: "Sign up to First Edition, our free daily newsletter - every
#: weekday morning ...", "This article was amended on 4 March to ..."),
#: and its ``link`` phrases: a link to another story inside the text, its
#: label and a colon before a headline of any length ("Lire aussi : ...").
LONG_REASONS = frozenset({"consent", "rights", "notice", "link", "byline"})
#: Page furniture is written in the page's language or in English (share
#: buttons, copyright lines): both lists apply.
FALLBACK = "en"
_COUNTER = re.compile(r"^[\d\s.,:%٪]+$")
#: One SGML/HTML tag, opening or closing, with its attributes.
TAG = r"</?[A-Za-z][\w.:-]{0,30}(?:\s[^<>]{0,200})?>"
_TAGS_ONLY = re.compile(rf"^(?:\s*{TAG})+\s*$")
_TAGGED = re.compile(r"^\s*<([A-Za-z][\w.:-]{0,30})(?:\s[^<>]{0,200})?>(.*?)</\1>\s*$", re.DOTALL)
#: Tags whose text is a headline, and tags of an archive's record header.
HEADLINE_TAGS = frozenset({"headline", "hl", "title", "head", "h1"})
HEADER_TAGS = frozenset({"docno", "docid", "doctype", "date_time", "datetime", "date", "fileid", "slug", "category"})
# A line that closes a quotation with a comma goes on in the next (wires:
# "``We will stay,''" then "said Singh."): no heading.
_QUOTE_GOES_ON = re.compile(r",\s*(?:''|[”\"»’])\s*$")
_END_PUNCT = re.compile(r"[.!?؟…۔。！？।॥][\"'”’»)\]}›]*$")
# A link's title after its label: "Read more: Flood warnings issued across the region".
_LINK_TITLE = re.compile(r"[:：]\s*\S+(?:\s+\S+){2,}")
#: Reasons after which, in the second half of a page, the rest is footer.
_FOOTER_REASONS = frozenset({"comments", "related", "keywords", "source", "share"})

Role = str


@functools.cache
def _furniture(code: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled furniture patterns for text in language ``code`` (every
    language's when ``None``).  The phrases are matched against normalised
    text; :func:`fold_pattern` folds their words the same way, so a language
    file may write نتائج or نتايج."""
    if code is None:
        langs = list(all_languages())
    else:
        langs = [get(code)] + ([get(FALLBACK)] if code != FALLBACK else [])
    return tuple(
        (reason, re.compile(fold_pattern(p)))
        for reason in REASONS
        for lang in langs
        for p in lang.furniture.get(reason, ())
    )


#: Furniture is short: longer lines are never matched against the phrases
#: (which also bounds the cost of each pattern per line).
FURNITURE_CHARS = 300


def furniture_reason(line: str, language: str | None = None) -> str | None:
    """Why ``line`` is page furniture, or ``None`` when it is not
    (``language``: the page's; every known language's phrases when ``None``)."""
    if len(line) > FURNITURE_CHARS:
        return None
    norm = normalize(line).strip(" \t:-|*")
    if not norm:
        return "empty"
    if _COUNTER.match(norm):
        return "counter"
    patterns = _furniture(language) if len(norm.split()) <= 12 else _long_furniture(language)
    for reason, pattern in patterns:
        if pattern.search(norm):
            return reason
    return _pieces_reason(line, language)


#: What joins the pieces of a page's header line ("By X | Reuters | Updated ...").
_PIECES = re.compile(r"\s+[|·•]\s+")


def _pieces_reason(line: str, language: str | None) -> str | None:
    """The first piece's reason when ``line`` is pieces of furniture or dates
    joined by bars or dots (``By John Smith | Reuters | Updated 10:32 GMT``),
    else ``None``."""
    pieces = _PIECES.split(line.strip())
    if len(pieces) < 2:
        return None
    reasons = [
        furniture_reason(x, language) or ("stamp" if _date_line(x, language or FALLBACK) else None) for x in pieces
    ]
    return reasons[0] if all(reasons) else None


@functools.cache
def _long_furniture(code: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns of :data:`LONG_REASONS` alone (for lines of more than 12 words)."""
    return tuple((reason, p) for reason, p in _furniture(code) if reason in LONG_REASONS)


# A dateline opens a report: a place (and an agency) then a dash, or an
# outlet "from" a place then a colon (per language, see lang/).  Kept narrow
# on purpose: a colon after any few words would also cut "The minister said: ...".
_DASH = r"\s+[-–—ـ]+\s+"
# News wires in plain ASCII (AP, NYT) write the dash as an underscore:
# WASHINGTON (AP) _ ... / NEW YORK _ ...; only after a place in capitals.
_WIRE_DASH = r"\s+(?:[-–—]+|_)\s+"
_PLACE = r"[^\W\d_]+([,،]? [^\W\d_]+){0,2}(\s*\([^()\n]{1,30}\))?"
# A news wire's dateline: a place (its first word capitalised; then a
# country, a date), the agency in brackets, a dash or an underscore.  Narrow
# enough to be looked for at the start of every paragraph, where wires that
# a feed runs together open their items (issue 35: a sentence another report
# repeats behind one went uncited, its place and agency weighing as content).
_WIRE = r"^[A-Z][\w.'\-]*( [A-Z][\w.'\-]*){0,2}(,[\w .]{1,20}){0,2}\s*\([^()\n]{1,30}\)" + _WIRE_DASH
_GENERIC_DATELINES = (
    # القاهرة - (د ب أ) - / بيروت ـ «القدس العربي»: / بغداد – الشرق الأوسط: / كتب - أحمد حسن: --
    # a place (or a byline's word) and a dash, then an agency in brackets or quotes, or a name and a colon
    r"^" + _PLACE + _DASH + r"(\([^()\n]{1,30}\)|«[^«»\n]{1,30}»|\"[^\"\n]{1,30}\")\s*[-–—ـ:]+\s+",
    r"^" + _PLACE + _DASH + r"[^\W\d_]+( [^\W\d_]+){0,2}\s*:\s+",
    # أنقرة/ الأناضول: a place, a slash, the agency
    r"^[^\W\d_]+( [^\W\d_]+)?\s*/\s+[^\W\d_]+(\s*[-–—ـ:]\s*|\s+)",
    # دبي، الإمارات العربية المتحدة (CNN)-- / WASHINGTON (CNN)--: up to four words, the agency, a dash
    r"^[^\W\d_]+([,،]? [^\W\d_]+){0,3}\s*\([^()\n]{1,30}\)\s*[-–—ـ]+\s*",
    # WASHINGTON (AP) - / BAGHDAD, July 22 (Reuters) -- / LONDON: / NEW YORK _
    r"^[A-Z][A-Z.'\- ]{1,30}(,[\w ]{1,20})?(\s*\([^()\n]{1,30}\))?(" + _WIRE_DASH + r"|:\s+)",
    # ANKARA, Turkey, Oct. 2 (AP) _ / Ankara, Turkey (AP) _ : a wire's dateline with a date, or not in capitals
    _WIRE,
    # بغداد - / واشنطن (رويترز) - / London, England - : one to three words, then a dash
    r"^[^\W\d_]+([,،]? [^\W\d_]+){0,2}(\s*\([^()\n]{1,30}\))?" + _DASH,
)
_MIN_REST_WORDS = 6
_NEAR_DASH = re.compile(r"^(\S+\s+){0,7}?\S*" + r"\s+(?:[-–—ـ]+|_)\s+")
#: A dateline is looked for in this many first characters of the sentence.
_DATELINE_WINDOW = 200


@functools.cache
def _wire_pattern() -> re.Pattern[str]:
    return re.compile(_WIRE)


@functools.cache
def _datelines(code: str) -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    lang = get(code)
    patterns = tuple(re.compile(p) for p in _GENERIC_DATELINES + lang.datelines)
    return patterns, speech_verbs(code)


def dateline_length(sentence: str, language: str = FALLBACK, *, wire_only: bool = False) -> int:
    """How many leading characters of a report's first sentence are its
    dateline (0 when it has none).  What follows must still be a sentence of
    at least six words, and a dash must not come back within eight words:
    ``Nature - in its widest sense - is ...`` opens with an aside, not a
    dateline.  ``wire_only``: only a news wire's dateline (``ANKARA, Turkey
    (AP) _``), as at the start of a later paragraph."""
    patterns, speech = _datelines(language)
    if wire_only:
        patterns = (_wire_pattern(),)
    head = sentence[:_DATELINE_WINDOW]
    words = head.split(None, 1)
    if words and normalize(words[0]) in speech:  # "an official from the ministry said: ..."
        return 0
    for pattern in patterns:
        m = pattern.match(head)
        if m:
            rest = sentence[m.end() :]
            if len(rest.split(None, _MIN_REST_WORDS)) >= _MIN_REST_WORDS and not _NEAR_DASH.match(rest[:400]):
                return m.end()
    return 0


#: A time of day opening a paragraph, as live pages stamp each entry (``12:58 GMT - ...``).
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|local time))?"


@functools.cache
def _label_pattern(code: str) -> re.Pattern[str]:
    labels = get(code).labels + (get(FALLBACK).labels if code != FALLBACK else ())
    words = "|".join((_CLOCK, *labels))
    return re.compile(
        rf"^\(?(?:{words})\)?\s*(?:[:|\-\u2013\u2014]+)\s+(?=\D)", re.IGNORECASE
    )  # not a range: 10:30 - 12:00


def label_length(sentence: str, language: str = FALLBACK) -> int:
    """How many leading characters of a paragraph's first sentence flag it
    rather than tell it (0 when none): a time of day (``12:58 GMT - ``,
    ``10.30 am: ``) or a label of the language or of English (``BREAKING:``,
    ``UPDATE - ``, ``عاجل | ``), before a colon, a bar or a dash, with a
    sentence of at least six words after it."""
    m = _label_pattern(language).match(sentence[:_DATELINE_WINDOW])
    if m and len(sentence[m.end() :].split(None, _MIN_REST_WORDS)) >= _MIN_REST_WORDS:
        return m.end()
    return 0


#: What may stand between a headline run into the text and the text (``Headline - The ...``).
_TITLE_SEPARATOR = re.compile(r"\s*[.:|\-\u2013\u2014]+\s*")


def title_length(sentence: str, title: str) -> int:
    """How many leading characters of a report's first sentence repeat its
    known headline ``title`` (0 when it does not open with it): the whole
    sentence when it is the headline however punctuated (``Quake hits
    Turkey.``), else the headline and the separator after it (``Quake hits
    Turkey - A strong earthquake ...``, ``Quake hits Turkey. A strong ...``
    when the text was run together).  Words are compared as the title line
    is (:func:`_key`); a headline that only opens the sentence, with no
    separator after it, is its subject, not a headline."""
    wanted = _key(title).split()
    if not wanted:
        return 0
    tokens = list(itertools.islice(re.finditer(r"\w+", sentence), len(wanted) + 1))
    if len(tokens) < len(wanted) or [_key(m.group()) for m in tokens[: len(wanted)]] != wanted:
        return 0
    end = tokens[len(wanted) - 1].end()
    if len(tokens) == len(wanted):
        return len(sentence)
    sep = _TITLE_SEPARATOR.match(sentence, end)
    return sep.end() if sep and sep.end() > end and not sentence[end : sep.end()].isspace() else 0


def _key(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(line)).split())


def _could_be_title(key: str, known: str | None, words: int, next_paragraph: int) -> bool:
    """Whether a plain line (``key``: :func:`_key` of it, ``words`` long) may
    be the title: when the headline is ``known``, only if it says the
    headline again (half of its words are the headline's: "Floods kill 42"
    under "Floods kill 42 | Example News"), not a first paragraph left
    without a period; and in text with no sentence punctuation, only if it
    is shorter than the next line longer than a heading (``next_paragraph``
    words; 0 when there is none, or the text is punctuated)."""
    if known is not None:
        headline = set(known.split())
        own = key.split()
        if sum(w in headline for w in own) * 2 < len(own):
            return False
    return not next_paragraph or words < next_paragraph


def _next_paragraphs(text: str, lines: Sequence[tuple[int, int]]) -> list[int]:
    """For each line, the length in words of the next line after it longer
    than a heading (0 when none), in one pass from the end."""
    out = [0] * len(lines)
    following = 0
    for k in range(len(lines) - 1, -1, -1):
        out[k] = following
        n = len(text[slice(*lines[k])].split())
        if n > HEADING_WORDS:
            following = n
    return out


def _date_line(line: str, language: str) -> bool:
    """Whether ``line`` holds only a date (``Friday, March 23, 2007``, ``الجمعة 23 مارس 2007``)."""
    return len(line.split()) <= DATE_LINE_WORDS and find_date(line, language) is not None


def _shouted(line: str) -> bool:
    """Whether ``line`` is written in a cased script (most of its letters,
    at least three, have case: not Arabic with an acronym in it) and every
    cased letter is a capital."""
    if not line.isupper():
        return False  # a small letter, or no cased letter: most lines end here, before any counting
    letters = [c for c in line if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)  # every cased letter is one (isupper above)
    return capitals >= max(3, 0.8 * len(letters))


def classify_lines(
    text: str, lines: Sequence[tuple[int, int]], language: str = FALLBACK, title: str | None = None
) -> list[Role]:
    """One role per logical line: ``"title"``, ``"body"`` or a boilerplate reason.

    ``title``: the headline when it is known (a page's ``<title>``); a line
    that repeats it is the title, however it is punctuated.
    """
    roles: list[Role] = []
    seen = set()
    known = _key(title) if title else None
    # Text with no sentence punctuation anywhere (some sites, some scrapes):
    # a first line is its title only when shorter than the line after it.
    punctuation = [bool(_END_PUNCT.search(text[a:b])) for a, b in lines]
    bare = not any(punctuation)
    next_paragraph = _next_paragraphs(text, lines) if bare else [0] * len(lines)
    footer = False
    title_found = False
    body = False
    half = len(text) / 2
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        if footer:
            roles.append("footer")
            continue
        reason = furniture_reason(line, language)
        role = _tag_role(line, language, title_found) if reason is None else None
        if role is None:
            key = _key(line)
            if reason is None and known and key == known and not title_found:
                role = "title"
            elif reason is None and key and key in seen:
                reason = "repeat"
            if key:
                seen.add(key)
            if role is None and reason is not None:
                role = reason
                # "Read more: <a headline>" inside the text is a link, not where the footer starts
                footer = (
                    reason in _FOOTER_REASONS
                    and start >= half
                    and not (reason == "related" and _LINK_TITLE.search(line))
                )
            elif role is None:
                shape = _Shape(key, known, punctuation[k], next_paragraph[k], title_found, body)
                role = _text_role(text, lines, k, language, shape)
        roles.append(role)
        title_found = title_found or role in ("title", "body")  # body text has begun: no title after it
        body = body or role == "body"
    return roles


def _tag_role(line: str, language: str, title_found: bool) -> Role | None:
    """The role of a line of markup (a headline tag, a record header's tag,
    tags alone), or ``None`` for any other line."""
    tagged = _TAGGED.match(line)
    tag = tagged.group(1).lower() if tagged else ""
    if tag in HEADLINE_TAGS and not title_found:
        return "title"
    if tag in HEADER_TAGS:
        return "stamp" if _date_line(tagged.group(2), language) else "markup"  # type: ignore[union-attr]
    if _TAGS_ONLY.match(line):
        return "markup"
    return None


@dataclass(frozen=True)
class _Shape:
    """What :func:`_text_role` knows of a line beside its text."""

    key: str  # :func:`_key` of the line
    known: str | None  # the headline, when known
    punctuated: bool  # it ends as a sentence does
    next_paragraph: int  # the words of the paragraph after it, in text with no punctuation
    title_found: bool
    body: bool  # body text has begun


#: How a dateline on a line of its own ends (``CAIRO (Reuters) -``, ``بغداد -``): no title does.
_DATELINE_ENDS = ("-", "\u2013", "\u2014", "_", ":", "\u0640")


def _text_role(text: str, lines: Sequence[tuple[int, int]], k: int, language: str, shape: _Shape) -> Role:
    """The role of line ``k``, no furniture, markup or repeat: the title by
    its shape, an editors' note, a date, a heading, or body."""
    line = text[slice(*lines[k])]
    words = len(line.split())
    if (
        not shape.title_found
        and TITLE_WORDS[0] <= words <= TITLE_WORDS[1]
        and (not shape.punctuated or (k + 1 < len(lines) and _date_line(text[slice(*lines[k + 1])], language)))
        and not line.rstrip().endswith(_DATELINE_ENDS)  # a dateline alone: "CAIRO (Reuters) -"
        and not (_date_line(line, language) and opening_date(line, language))  # a date above the text: a stamp
        and _could_be_title(shape.key, shape.known, words, shape.next_paragraph)
    ):
        return "title"
    if shape.punctuated and words >= 2 and _shouted(line):
        return "note"  # an editors' note in capitals: "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)"
    if not shape.body and _date_line(line, language):
        return "stamp"  # the report's date above its text, with or without a period
    if not shape.punctuated and words <= HEADING_WORDS and not _QUOTE_GOES_ON.search(line):
        return "heading"
    return "body"
