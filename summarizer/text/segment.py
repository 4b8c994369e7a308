"""Sentence segmentation with character offsets, for any script.

Two steps, both on offsets into the untouched text:

1. :func:`logical_lines` finds lines as the author meant them.  A blank line
   ends a paragraph.  Inside a paragraph, a single line break is a soft wrap
   (a space) when the paragraph is hard-wrapped -- its lines are all short,
   and the line before the break fills most of the width without ending in
   sentence punctuation; otherwise (a headline, a list, one paragraph per
   line) it ends the line.
2. :func:`split_sentences` cuts a logical line at ``. ! ? ؟ … ։`` (and
   Greek's question mark ``;``) followed by white space or the end, and at
   ``。！？． । ። ፧ ။`` anywhere (scripts written without spaces), though not
   inside Chinese and Japanese quotes and brackets (``「……。……」``); a spaced
   ellipsis ``. . .`` is one mark; closing quotes and brackets stay with their sentence; a
   period glued to the Arabic word after it is a cut too (a missing space),
   as is one glued between a small letter and a capitalised word
   (``raised.The``: tags stripped without a space), outside addresses.
   It does not cut at ``، ؛ , :``, inside numbers (``2.5``, ``2021/07/23``),
   after initials (``George W. Bush``), after dotted abbreviations followed
   by a lower-case word (``U.S. House``), inside and after initials of any
   script, one or two letters a piece (``Η.Π.Α.``, ``सी.एम.पी.``, ``ق.م.``; in
   a cased script not before a capitalised function word), after initials
   written with spaces (``z. B.``, ``a. C.``, ``أ. د.``) and a capital of
   any script (``В. Путин``), after the abbreviations of the text's
   language (``např.``, Arabic ``د.``; see :mod:`summarizer.text.lang`),
   and of English in Latin-script text (``Sgt.``, ``St.``), unless a
   capitalised sentence starter follows (``Pitt & Co. It ...``), or after
   a day written as an ordinal before a month in languages that write days
   so (``7. července``, ``8. Juli``) and an ordinal before a German noun
   (``5. Jahrhundert``).  A lone letter of a script without case right
   after a number is a unit or an era (``عام 1783 م.``) and may end one.

Every step is linear in the length of the text: no pattern can backtrack
over a run of the same character, and look-arounds read a bounded number of
characters.  Sentences longer than :data:`MAX_WORDS` words or
:data:`MAX_CHARS` characters (a page with no punctuation, a pasted table)
are cut into pieces below both limits, at a clause mark where there is one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from .dates import month_words
from .lang import Language, get
from .normalize import normalize

Range = tuple[int, int]

#: Lines of a hard-wrapped paragraph are at most this long.
WRAP_MAX = 100
#: A wrapped line fills at least this share of its paragraph's widest line.
WRAP_FILL = 0.6
#: No sentence is longer than this.  The longest sentences of the shared
#: reference data have 247 words and 1,381 characters.
MAX_WORDS = 300
MAX_CHARS = 3000
#: An abbreviation is at most this many characters before its period.
MAX_ABBREVIATION = 12
#: A year's abbreviation (``Language.year_abbreviations``) among the first
#: this many words of its sentence belongs to a date phrase that opens it.
#: On UD PUD pl, the sentences that open with one ("W 1955 r. Mishima ...")
#: have at most 5 words before it; the sentences ending in one have more.
YEAR_PHRASE_WORDS = 5

_TERMINAL = ".!?؟…۔\u037e\u0589。！？．።፧፨။।॥"
_CLOSERS = "\"'”’»)]}›」』"
#: Full stops of scripts written without spaces, which end a sentence
#: anywhere: Chinese and Japanese (fullwidth forms too), Devanagari, Ethiopic
#: (``።``, its question mark ``፧``, paragraph mark ``፨``), Myanmar (``။``).
_UNSPACED_STOPS = "。！？．।॥።፧፨။"
_CJK_STOPS = "。！？．"
_END_RE = re.compile(
    # A run of sentence marks is matched from its first character only (the
    # look-behind), so a run of 30,000 dots is read once, not 30,000 times.
    # A spaced ellipsis (". . .", ". . . ." after a word's period) is one
    # mark: never cut in its middle.  ";" is Greek's question mark (its own
    # U+037E folds to it): a sentence end only in a language that has it in
    # Language.sentence_marks.  Armenian ends a sentence with "։" (U+0589).
    r"(?<![.!?;؟…۔\u037e\u0589])(?:\.(?:[ \u00a0]\.){2,}|[.!?;؟…۔\u037e\u0589]+)[\"'”’»)\]}›]*(?=\s|$)"
    # Full stops of scripts written without spaces end a sentence anywhere
    # (a fullwidth point between digits is a decimal point: see split_sentences).
    f"|(?<![{_UNSPACED_STOPS}])[{_UNSPACED_STOPS}]+"
    r"[\"'”’»)\]}›」』》〉】）]*"
    # A period glued to the Arabic word after it ("ومدني.تكبد", "1948.وقد",
    # "«للعرب».يتفرع", "فلسطين .يعتبر") also ends a sentence: the missing
    # space is a typo -- unless a Latin letter or another dot comes before it
    # ("U.S.", "...") or it is inside initials ("ق.م.", see _is_abbreviation).
    r"|(?<![A-Za-z.])[.!؟](?=[\u0621-\u064a])"
    # So is one glued between a small letter and a capitalised word
    # ("raised.The", "Λονδίνου.Τελικός"; tags stripped without a space leave
    # this): see _glued_cut.
    r"|(?<=[^\W\d_]{2})[.!?](?=[^\W\d_]{3})"
)
# A line ends at \n, \r\n or a lone \r (old Mac files; some of the shared data).
_NEWLINE = re.compile(r"\r\n?|\n")
# A blank line: two line ends with only spaces between.  "\r\n" is one line
# end, never "\r" then "\n" (a Windows file's every line break would be a
# paragraph break, and its hard wraps would never be joined).
_EOL = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_RE = re.compile(_EOL + r"[ \t\f\v\u00a0]*" + _EOL + r"\s*")
_NEXT_WORD = re.compile(r"\s{0,40}(\S{1,40})")
_CLAUSE = re.compile(r"[،؛;,:](?=\s)")


def _strip(text: str, start: int, end: int) -> Range:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[Range]:
    out = []
    pos = 0
    for m in _BLANK_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [r for r in (_strip(text, a, b) for a, b in out) if r[0] < r[1]]


def logical_lines(
    text: str, standalone: Callable[[str], bool] | None = None, language: Language | None = None
) -> list[Range]:
    """Ranges of the lines the author meant, joining the soft wraps of hard-wrapped text.

    ``standalone(line)`` may name physical lines that are never joined to a
    neighbour (page furniture such as a date stamp or an image credit).  A
    wrapped line that ends in an abbreviation of ``language`` ("said Sen." /
    "Edward Kennedy") goes on in the next, unless that one is indented (a
    new paragraph): the sentence splitter then decides, as inside a line.
    """
    result: list[Range] = []
    for p_start, p_end in _paragraphs(text):
        lines = []
        starts = []  # where each physical line starts, its indentation included
        pos = p_start
        while pos > 0 and text[pos - 1] in " \t":
            pos -= 1
        while pos < p_end:
            nl = _NEWLINE.search(text, pos, p_end)
            stop = p_end if nl is None else nl.start()
            a, b = _strip(text, max(pos, p_start), stop)
            if a < b:
                lines.append((a, b))
                starts.append(pos)
            pos = p_end if nl is None else nl.end()
        if not lines:
            continue
        width = max(b - a for a, b in lines)
        wrapped = width <= WRAP_MAX and len(lines) > 1
        alone = [bool(standalone and standalone(text[a:b])) for a, b in lines]
        cur_start, cur_end = lines[0]
        for k, (a, b) in enumerate(lines[1:], start=1):
            prev_len = cur_end - starts[k - 1]  # the last physical line, indent included
            soft = (
                wrapped
                and not alone[k]
                and not alone[k - 1]
                and prev_len >= WRAP_FILL * width
                and (
                    text[cur_end - 1] not in _TERMINAL + _CLOSERS
                    or (
                        language is not None
                        and a == starts[k]  # the next line is not indented
                        and _is_abbreviation(text, cur_start, cur_end - 1, language)
                    )
                )
            )
            if soft:
                cur_end = b
            else:
                result.append((cur_start, cur_end))
                cur_start, cur_end = a, b
        result.append((cur_start, cur_end))
    return result


def _is_abbreviation(text: str, start: int, dot: int, language: Language | None) -> bool:
    """Whether the ``.`` at ``dot`` ends an abbreviation rather than a sentence."""
    if text[dot] != "." or (dot + 1 < len(text) and text[dot + 1] == "."):
        return False
    w = dot
    floor = max(start, dot - MAX_ABBREVIATION - 1)
    while w > floor and _in_word(text[w - 1]):
        w -= 1
    if w == floor and w > start and _in_word(text[w - 1]):
        return False  # a long word, not an abbreviation
    word = text[w:dot]
    if not word or not word[0].isalpha():
        return False
    if _initial_next(text, dot + 1) and _initials(word):
        return True  # inside initials: the first period of ق.م. (BC), glued to the next letter
    bare = word.replace(".", "").replace(_TATWEEL, "").lower()
    if len(bare) == 1 and not bare.isupper() and not bare.islower() and _after_number(text, start, w):
        # In a script without case, a letter right after a number is a unit
        # or an era ("عام 1783 م.", "51د 03ث."): a sentence may end there,
        # unless the abbreviation goes on with another letter ("2480 ق. م،",
        # "700 ق.م تقريبا").  (A cased script tells by the next word: "w
        # 1492 r. Krzysztof", see below.)
        return _letter_next(text, dot + 1, language)
    if language is not None and bare in language.year_abbreviations and _after_number(text, start, w):
        # "w 1492 r.": part of a date phrase that opens its sentence ("W 1492
        # r. Krzysztof Kolumb ..."), the end of one later in it ("zmarł w
        # 1399 r. Rycerz ...")
        return len(text[start:w].split()) <= YEAR_PHRASE_WORDS and not _starter_next(text, dot, language)
    if "." not in word and _spaced_initial_next(text, dot + 1, word, language):
        return True  # initials written with spaces: "z. B.", "a. C.", "v. Chr.", "А. И.", "أ. د."
    if len(word) == 1 and word.isupper():
        # An initial of any script ("George W. Bush", "В. Путин", "Κ. Μητσοτάκης"),
        # unless a capitalised function word follows a letter inside a
        # sentence ("you and I. Did you ..."); a letter opening its sentence
        # labels it ("Q. What is his name? A. His name is ...").
        return not text[start:w].strip() or not _starter_next(text, dot, language)
    if "." in word and ((len(bare) <= 4 and word.isascii()) or _initials(word)):
        # "U.S." / "e.g.": a sentence end only when a capitalised function
        # word follows ("... in the U.S. The law"), not "U.S. House".
        return not _starter_next(text, dot, language)
    # A listed abbreviation, unless a capitalised function word follows: a
    # title never ends a sentence, but "Co.", "v. Chr." and "Mrd." may
    # ("Pitt & Co. It closed", "um 50 v. Chr. Die Römer").
    return language is not None and bare in _abbreviations(language.code) and not _starter_next(text, dot, language)


_TATWEEL = "\u0640"
_SPACES = " \u00a0"


def _starter_next(text: str, dot: int, language: Language | None) -> bool:
    """Whether the word after ``dot`` is a capitalised sentence starter of
    the language (``The``, ``Die``): the word of a new sentence."""
    if language is None or not language.sentence_starters:
        return False
    m = _NEXT_WORD.match(text, dot + 1)
    nxt = m.group(1).strip("\"'“‘„«(").rstrip(",;:") if m else ""
    return nxt[:1].isupper() and nxt.lower() in language.sentence_starters


def _after_number(text: str, start: int, w: int) -> bool:
    """Whether the word at ``w`` follows a number, glued or after one space."""
    if w > start and text[w - 1] in _SPACES:
        w -= 1
    return w > start and text[w - 1].isdigit()


def _letter_next(text: str, i: int, language: Language | None) -> bool:
    """Whether a lone letter (not a conjunction written apart, as ``و``
    often is) comes at ``i``, after at most one space: the rest of an
    abbreviation such as ``ق. م`` or ``ق.م`` (BC)."""
    if i < len(text) and text[i] in _SPACES:
        i += 1
    if i >= len(text) or not text[i].isalpha():
        return False
    j = i + 1
    while j < len(text) and (text[j] == _TATWEEL or unicodedata.category(text[j])[0] == "M"):
        j += 1
    if j < len(text) and text[j].isalpha():
        return False
    return language is None or text[i] not in language.conjunctions


def _spaced_initial_next(text: str, i: int, word: str, language: Language | None) -> bool:
    """Whether ``word`` (one letter, or two capitals as ``EE. UU.``) is the
    first piece of initials written with a space: at ``i`` one space and
    the next piece, one or two letters and a period (``z. B.``, ``a. C.``,
    ``А. И.``, ``أ. د.``), or an abbreviation of the language (``v. Chr.``)."""
    if not (len(word) == 1 or (len(word) == 2 and word.isupper())):
        return False
    if i >= len(text) or text[i] not in _SPACES:
        return False
    if _initial_next(text, i + 1):
        return True
    j = i + 1
    while j < len(text) and j - i <= MAX_ABBREVIATION and text[j].isalpha():
        j += 1
    return (
        j < len(text)
        and text[j] == "."
        and language is not None
        and text[i + 1 : j].lower() in _abbreviations(language.code)
    )


def _initial_next(text: str, i: int) -> bool:
    """Whether one or two letters (with their marks) and a period start at
    ``i``: the next piece of initials."""
    letters = 0
    for c in text[i : i + 8]:
        if c == ".":
            return 1 <= letters <= 2
        if c.isalpha():
            letters += 1
        elif unicodedata.category(c)[0] != "M":
            return False
    return False


def _in_word(c: str) -> bool:
    """A letter, a combining mark (Devanagari vowel signs are not letters to
    ``str.isalpha``) or a period, walking back over an abbreviation."""
    return c.isalpha() or c == "." or unicodedata.category(c)[0] == "M"


def _initials(word: str) -> bool:
    """Whether ``word`` (its last period left off) is initials in any script:
    pieces of one or two letters each, with their marks (a Latin letter
    written in Devanagari takes one or two: सी, एम), ``Η.Π.Α`` (the USA in
    Greek), ``सी.एम.पी`` (C.M.P. in Hindi)."""
    return all(1 <= sum(c.isalpha() for c in piece) <= 2 for piece in word.split("."))


def _is_ordinal_day(text: str, start: int, dot: int, language: Language | None) -> bool:
    """Whether the ``.`` at ``dot`` follows a number written as an ordinal:
    a day of one or two digits before a month of the language (``7.
    července 2005``), or, where the language writes ordinals before its
    capitalised nouns (``Language.ordinal_nouns``), a number of up to three
    digits before a capitalised word that starts no sentence (``im 5.
    Jahrhundert``, ``den 45. Präsidenten``; not ``stieg auf 12. Die ...``)."""
    if language is None or not language.ordinal_days or text[dot] != ".":
        return False
    w = dot
    while w > start and dot - w < 4 and text[w - 1].isdigit():
        w -= 1
    if not 1 <= dot - w <= 3 or (w > start and text[w - 1].isalnum()):
        return False
    m = _NEXT_WORD.match(text, dot + 1)
    if m is None:
        return False
    if dot - w <= 2 and normalize(m.group(1).strip(".,;:")) in month_words(language.code):
        return True
    return language.ordinal_nouns and m.group(1)[:1].isupper() and not _starter_next(text, dot, language)


@functools.cache
def _abbreviations(code: str) -> frozenset[str]:
    """The language's abbreviations; Latin-script text also quotes English
    titles and names ("Sgt. Smith", "St. Petersburg"), so English's apply too."""
    language = get(code)
    if "LATIN" in language.scripts and code != "en":
        return language.abbreviations | get("en").abbreviations
    return language.abbreviations


#: A list item's marker before its text: a bullet, a dash or star, or a
#: number or small letter with a point or parenthesis (``• ``, ``- ``,
#: ``1. ``, ``2) ``, ``b. ``, ``١) ``); the item is the sentence, not its
#: marker.  A capital with a point is an initial (``A. Smith``, ``M. Mella``),
#: and a number with a point is no marker in a language that writes ordinals
#: so (``13. září``, ``2. světová válka``: ``Language.ordinal_days``).
LIST_MARKER = re.compile(r"\s*(?:[•·▪◦‣●■□►*–—-]|\d{1,2}\)|(?P<number>\d{1,2}\.)|[a-z][.)])\s+(?=\w|[\"'“‘«(])")


def split_sentences(text: str, start: int = 0, end: int = -1, language: Language | None = None) -> list[Range]:
    """Sentence ranges inside ``text[start:end]`` (white space trimmed; a
    list item's marker at its start left out: see :data:`LIST_MARKER`)."""
    if end < 0:
        end = len(text)
    marker = LIST_MARKER.match(text, start, end)
    if marker and not (marker.group("number") and (language is None or language.ordinal_days)):
        start = marker.end()
    out: list[Range] = []
    pos = start
    cased = _capitalised(text, start, end)
    marks = language.sentence_marks if language else ""
    brackets: list[tuple[int, int]] | None = None  # read at the first full stop of Chinese or Japanese
    depth = k = 0
    for m in _END_RE.finditer(text, start, end):
        if text[m.start()] == ";" and ";" not in marks:
            continue  # a semicolon, not Greek's question mark
        if m.group() == "．" and text[m.end() : m.end() + 1].isdigit():
            continue  # a decimal point: "１．５"
        if text[m.start()] in _CJK_STOPS:
            if brackets is None:
                brackets = _bracket_events(text, start, end)
            while k < len(brackets) and brackets[k][0] < m.end():
                depth += brackets[k][1]
                k += 1
            if depth > 0:
                continue  # a full stop inside quotes or brackets: 「……。……」 goes on
        if text[m.end() - 1] in "」』" and text.startswith(_QUOTATIVE, m.end()):
            continue  # 「……。」と言った: the quotation goes on in its sentence
        if (
            _is_abbreviation(text, pos, m.start(), language)
            or _is_ordinal_day(text, start, m.start(), language)
            or (cased and _lower_after(text, m, end))
            or not _glued_cut(text, m, end)
        ):
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
    merged: list[Range] = []
    for a, b in out:
        if merged and (not _has_alnum(text, a, b) or _one_word(text, a, b)):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    # Nor is a leading piece without letters or digits, or a lone ordinal
    # ("2. světová válka" where a number's point is an ordinal's): it opens the next.
    if len(merged) > 1 and (not _has_alnum(text, *merged[0]) or _ORDINAL.fullmatch(text, *merged[0])):
        merged[1] = (merged[0][0], merged[1][1])
        merged.pop(0)
    return [piece for a, b in merged for piece in _cap(text, a, b)]


_ORDINAL = re.compile(r"\d{1,3}\.")

#: Quotes and brackets of Chinese and Japanese: a full stop inside them ends
#: no sentence (「……。」, （……。……）, 《……！……》).
_BRACKETS = {"「": "」", "『": "』", "“": "”", "（": "）", "《": "》", "〈": "〉", "【": "】"}
#: Japanese particles that go on after a closing quote: 「……。」と言った.
_QUOTATIVE = ("と", "って")
_OPENER_BY_CLOSER = {c: o for o, c in _BRACKETS.items()}
_OPENER_RE = re.compile("[" + "".join(_BRACKETS) + "]")
_BRACKET_RE = re.compile("[" + "".join(_BRACKETS) + "".join(_BRACKETS.values()) + "]")


def _bracket_events(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The matched quotes and brackets of ``text[start:end]`` (:data:`_BRACKETS`)
    as events in order: ``(position, +1)`` where a pair opens, ``(position,
    -1)`` where it closes.  An opener never closed, or a closer never opened,
    is no pair (a stray 「 does not hold the rest of the line together)."""
    if not _OPENER_RE.search(text, start, end):
        return []
    stack: list[tuple[str, int]] = []
    open_count = dict.fromkeys(_BRACKETS, 0)
    events: list[tuple[int, int]] = []
    for m in _BRACKET_RE.finditer(text, start, end):
        c = m.group()
        if c in _BRACKETS:
            stack.append((c, m.start()))
            open_count[c] += 1
            continue
        opener = _OPENER_BY_CLOSER[c]
        if not open_count[opener]:
            continue
        while stack:
            o, pos = stack.pop()
            open_count[o] -= 1
            if o == opener:
                events.append((pos, 1))
                events.append((m.start(), -1))
                break
    events.sort()
    return events


def _capitalised(text: str, start: int, end: int) -> bool:
    """Whether the piece's first letter is a capital: its writer starts
    sentences so (an all lower-case text, as chats and some scrapes come,
    still has its sentences cut at every mark)."""
    for i in range(start, end):
        if text[i].isalpha():
            return text[i].isupper()
    return False


def _lower_after(text: str, m: re.Match[str], end: int) -> bool:
    """Whether the word after the sentence mark ``m`` starts with a small
    letter: then the mark ends no sentence.  A question, an exclamation or
    a trailing off inside a quotation is followed by its attribution ("Where
    is he?" she asked), a pause by the rest of the sentence ("We are...
    devastated"), and a period by the rest of one where it ends an
    abbreviation or an ordinal not listed (``12.50μμ. και``, ``od 4. až do
    26. června``).  Scripts with case only: Arabic and Hindi have no small
    letters, so there every mark still ends a sentence."""
    i = m.end()
    while i < end and text[i].isspace():
        i += 1
    while i < end and text[i] in "\"'“‘«„(":
        i += 1
    return i < end and text[i].islower()


def _glued_cut(text: str, m: re.Match[str], end: int) -> bool:
    """Whether the sentence mark ``m``, when a letter follows it with no
    space, ends a sentence: always before an Arabic letter (a typo); in a
    cased script when a small letter comes before it and a capitalised word
    after it, outside a web or mail address (``raised.The``, not
    ``www.Reuters.com``, ``e.g.Some``, ``node.Js``)."""
    i = m.end()
    if i >= end or text[i - 1] not in ".!?" or not text[i].isalpha() or "\u0621" <= text[i] <= "\u064a":
        return True  # white space after it, a full stop of a script without spaces, or Arabic
    if not (text[m.start() - 1].islower() and text[i].isupper() and text[i + 1 : i + 3].islower()):
        return False
    a, b = m.start(), i
    while a > 0 and not text[a - 1].isspace() and m.start() - a < 80:
        a -= 1
    while b < end and not text[b].isspace() and b - i < 80:
        b += 1
    token = text[a:b]
    return not ("/" in token or "@" in token or token.lower().startswith("www.") or token.count(".") > 1)


def _has_alnum(text: str, a: int, b: int) -> bool:
    return any(text[i].isalnum() for i in range(a, b))


#: Scripts written without spaces between words (Han, kana, Thai, Lao,
#: Khmer, Myanmar, fullwidth forms): a piece of them is not "one word".
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _one_word(text: str, a: int, b: int) -> bool:
    return not any(text[i].isspace() for i in range(a, b)) and not _UNSPACED.search(text, a, b)


def _cap(text: str, a: int, b: int) -> list[Range]:
    """``text[a:b]`` as one range, or cut into pieces of at most
    :data:`MAX_WORDS` words and :data:`MAX_CHARS` characters: at the last
    clause mark (``، ؛ ; , :``) in the second half of a piece, else at its
    last space, else (no space at all) at the character limit."""
    pieces: list[Range] = []
    while True:
        limit = _limit(text, a, b)
        if limit >= b:
            pieces.append((a, b))
            return pieces
        cut = -1
        half = a + (limit - a) // 2
        for m in _CLAUSE.finditer(text, half, limit):
            cut = m.end()
        if cut < 0:
            space = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
            cut = space if space > a else limit
        piece = _strip(text, a, cut)
        if piece[0] < piece[1]:
            pieces.append(piece)
        a, b = _strip(text, cut, b)
        if a >= b:
            return pieces


def _limit(text: str, a: int, b: int) -> int:
    """The end of the longest prefix of ``text[a:b]`` within both limits."""
    if b - a <= MAX_CHARS and text.count(" ", a, b) + text.count("\n", a, b) < MAX_WORDS:
        return b  # the usual case, decided at C speed
    stop = min(b, a + MAX_CHARS)
    words = 0
    in_word = False
    for i in range(a, stop):
        if text[i].isspace():
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
            if words > MAX_WORDS:
                return i
    return stop


def segment(
    text: str, standalone: Callable[[str], bool] | None = None, language: Language | None = None
) -> list[Range]:
    """All sentence ranges of ``text``: logical lines, then sentences inside each."""
    out: list[Range] = []
    for a, b in logical_lines(text, standalone, language):
        out.extend(split_sentences(text, a, b, language))
    return out
