"""Calendar dates as reports write them: ``2021/07/23``, ``Saturday, January 8, 2005``,
``الأحد 25 يوليو 2021``, ``Sobota, 8. ledna 2005``, ``יום שבת, ה-8 בינואר, 2005``.

:func:`find_date` reads one line: a day, a month (a name from the
language's file, see :mod:`summarizer.text.lang`, or a number) and a
four-digit year.  :func:`parse_date` reads a date given as metadata (ISO
``2021-07-23``, with or without a time, or anything :func:`find_date` reads).
:func:`day_dates` reads the days a sentence names, year or not (``on June 1``,
``يوم 12 مارس``), for flags of sentences that date one event otherwise.
Only what is written is read: no date is guessed from ``yesterday``.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator

from .lang import canonical, codes, get
from .normalize import normalize, tokenize, word_pattern

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_PIECES = re.compile(r"\d+(?:[^\W\d_]{1,3}(?![^\W\d_]))?|\D+")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|re|e)$")
# A clock time ("10:32", "07:41:00") holds no day of the month.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
#: A date is looked for in at most this many characters of a line.
WINDOW = 200
#: The years a report's date is read in, numeric or in words.  A date of
#: another calendar is no date of ours: Hijri (``15/9/1445 هـ``) or Solar
#: Hijri (``4 Farvardin 1403``) years taken as Gregorian put a report six
#: centuries from its story.  A line that gives both is read by its
#: Gregorian date (``الموافق 24/3/2024``).
_YEARS = (1900, 2100)


@functools.cache
def _months(language: str) -> dict[str, int]:
    return {normalize(name): number for name, number in get(language).months.items()}


@functools.cache
def month_words(language: str) -> frozenset[str]:
    """The first word of each way ``language`` writes a month, folded
    (``كانون الثاني``: ``كانون``): what a month looks like one token at a time."""
    return frozenset(normalize(name).split()[0] for name in get(language).months)


@functools.cache
def _day_words(language: str) -> dict[str, int]:
    return {normalize(name): number for name, number in get(language).day_words.items()}


def _make(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _in_years(year: int) -> bool:
    return _YEARS[0] <= year <= _YEARS[1]


def _numeric_dates(norm: str) -> Iterator[tuple[re.Match[str], datetime.date | None]]:
    """The numeric dates of ``norm`` whose year is in :data:`_YEARS`, those
    written year first first, each with its day (``None``: no such day)."""
    for m in _ISO.finditer(norm):
        if _in_years(int(m.group(1))):
            yield m, _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _DMY.finditer(norm):
        if _in_years(int(m.group(3))):
            yield m, _day_first(m)


def _day_first(m: re.Match[str]) -> datetime.date | None:
    """A numeric date with its year last: day first (23/07/2021, 05/06/2021
    is 5 June), or month first when day first is no date (10/16/1998, as US
    wires write it)."""
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return _make(year, second, first) or _make(year, first, second)


def _month_at(tokens: list[str], k: int, months: dict[str, int], prefixes: str) -> tuple[int | None, int]:
    """The month that token ``k`` names -- two words (``كانون الثاني``), one,
    or one after a one-letter prefix (Hebrew ``ב``) -- and how many tokens it
    takes; ``(None, 1)`` when it names none."""
    tok = tokens[k]
    pair = f"{tok} {tokens[k + 1]}" if k + 1 < len(tokens) else ""
    for name, width in ((pair, 2), (tok, 1), (tok[1:] if tok[:1] in prefixes else "", 1)):
        if name in months:
            return months[name], width
    return None, 1


def find_date(line: str, language: str) -> datetime.date | None:
    """The date written in ``line`` (a dateline or a publication stamp), if any.

    Numeric dates are read year first (``2021/07/23``) or day first
    (``23/07/2021``, ``23.07.2021``; month first only when day first is no
    date: ``10/16/1998``), their year from 1900 to 2100; otherwise the line must hold a month
    name of ``language`` (a one-letter prefix such as Hebrew ``ב`` allowed),
    a day from 1 to 31 (the one next to the month when there are several:
    "5 killed on March 4, 2024"; never a clock time) and a year from 1900
    to 2100.
    """
    norm = _CLOCK.sub(" ", normalize(line[:WINDOW]))
    numeric = next(_numeric_dates(norm), None)
    if numeric is not None:
        return numeric[1]
    months = _months(language)
    if not months:
        return None
    prefixes = get(language).prefixes
    day_words = _day_words(language)
    tokens = [piece for tok in tokenize(norm) for piece in _PIECES.findall(tok)]  # "फ़रवरी१५" -> month, day
    year = month = None
    days: dict[int, int] = {}  # token index -> the day it writes
    at, width = -1, 1  # where the month is
    for k, tok in enumerate(tokens):
        ordinal = _ORDINAL.match(tok)  # 1er, 21st
        if ordinal:
            days[k] = int(ordinal.group(1))
            continue
        if tok.isdigit():
            value = int(tok)
            if _in_years(value) and year is None:
                year = value
            elif 1 <= value <= 31 and len(tok) <= 2:
                days[k] = value
            continue
        if tok in day_words:
            days[k] = day_words[tok]
            continue
        if month is None:
            month, width = _month_at(tokens, k, months, prefixes)
            at = k
    if year is None or month is None or not days:
        return None
    day = days.get(at - 1, days.get(at + width, next(iter(days.values()))))
    return _make(year, month, day)


#: A line opens with its date when the date lies in its first this many
#: words ("Saturday, January 8, 2005", "الأحد 25 يوليو 2021", "8. ledna 2005").
OPENING_WORDS = 6


def opening_date(line: str, language: str) -> datetime.date | None:
    """The date ``line`` opens with, as a dateline does: its first word a
    weekday, a month, a day or a number of ``language`` (``Tuesday, January
    18, 2005 Through a telethon ...``), the date within
    :data:`OPENING_WORDS` words.  ``On September 11, 1973, the army ...``
    opens with a word, not a date: history the text tells, not its date."""
    words = line.split(None, OPENING_WORDS)[:OPENING_WORDS]
    if not words:
        return None
    tokens = tokenize(normalize(words[0]))
    if not tokens:
        return None
    first = _PIECES.findall(tokens[0])[0]
    rules = get(language)
    weekdays = {normalize(w) for w in rules.weekdays}
    names = {first, first[1:] if first[:1] in rules.prefixes else first}
    if not (first[:1].isdigit() or names & (weekdays | month_words(language) | set(_day_words(language)))):
        return None
    return find_date(" ".join(words), language)


def parse_date(value: str, language: str = "en") -> datetime.date | None:
    """A date given as metadata: ISO 8601 (``2021-07-23``, ``2021-07-23T10:00:00Z``,
    ``20210723``), a Unix time in seconds or milliseconds (``1627034400``, as
    APIs give it; the day in UTC), or as written, in ``language`` or in
    English (a feed's dates are English whatever its reports' language: RSS
    writes ``Mon, 04 Mar 2024 10:00:00 GMT``); its year from 1900 to 2100."""
    day = _read_date(value, language)
    return day if day is not None and _in_years(day.year) else None


def _read_date(value: str, language: str) -> datetime.date | None:
    """:func:`parse_date` of any year (a date as written is read only in :data:`_YEARS`)."""
    text = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T[\d:.+-]*Z?)?", text)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if re.fullmatch(r"\d{9,10}(?:\.\d+)?|\d{12,13}", text):
        return unix_day(float(text))
    return find_date(text, language) or (find_date(text, "en") if language != "en" else None)


#: What a date given as metadata may be (the end of :func:`date_problem`'s message).
DATE_FORMS = "ISO 8601 (2024-10-30), RSS's (Sun, 03 Mar 2024 10:00:00 GMT), a Unix time or a date as written"


def metadata_date(value: str, language: str | None = None) -> datetime.date | None:
    """A report's given date (``Document.date``): :func:`parse_date` in
    ``language`` or English, else in the first language that reads it (a
    report may be dated in a language other than its own, or its language
    be detected otherwise than the date's); ``None`` when none does."""
    return next((day for day in _readings(value, language) if _in_years(day.year)), None)


@functools.lru_cache(maxsize=4096)
def date_problem(value: str) -> str | None:
    """Why ``value``, a report's given date, cannot be used, or ``None`` when
    :func:`metadata_date` reads it.  The reason reads after the value:
    ``'9999-12-31' is out of range: ...``.  Cached: a feed gives one date
    to many reports, and each is read again when its document is made."""
    out_of_range = False
    for day in _readings(value, None):  # the first language that reads it in range will do
        if _in_years(day.year):
            return None
        out_of_range = True
    if out_of_range:
        return f"out of range: years run from {_YEARS[0]} to {_YEARS[1]}"
    if re.match(r"\s*\d{4}-\d{2}-\d{2}", value):
        return "no such day"
    return f"not a date we read: {DATE_FORMS}, from {_YEARS[0]} to {_YEARS[1]}"


def _readings(value: str, language: str | None) -> Iterator[datetime.date]:
    """The days ``value`` reads as, of any year: in ``language`` (when we
    read it), in English, then in every other language, one at a time."""
    first = _known(language) or "en"
    for code in dict.fromkeys([first, "en", *codes()]):
        day = _read_date(value, code)
        if day is not None:
            yield day


def _known(language: str | None) -> str | None:
    """``language`` as a code we read, else ``None`` (an unknown one is refused elsewhere)."""
    try:
        return canonical(language) if language else None
    except ValueError:
        return None


def unix_day(seconds: float) -> datetime.date | None:
    """The UTC day of a Unix time (in milliseconds when it is past 10**11, the year 5138 in seconds)."""
    if seconds > 1e11:
        seconds /= 1000.0
    try:
        return datetime.datetime.fromtimestamp(seconds, tz=datetime.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def day_dates(text: str, language: str) -> dict[tuple[int, int], str]:
    """The days of the year ``text`` names -- (month, day) -> as written --:
    a month name of ``language`` with a day (a number from 1 to 31, an
    ordinal such as ``1st``, or a day word) right before or after it, or a
    numeric date with its year (``2021/07/23``, ``23.07.2021``; not of
    another calendar: ``15/9/1445 هـ``).  A month without a day (``in March
    2005``) names no day."""
    out: dict[tuple[int, int], str] = {}
    norm = normalize(text)
    for m, found in _numeric_dates(norm):
        if found:
            out.setdefault((found.month, found.day), m.group(0))
    months = _months(language)
    if not months:
        return out
    prefixes = get(language).prefixes
    day_words = _day_words(language)
    shown: list[str] = []  # each token as the text writes it, for the flag
    tokens: list[str] = []
    for word in _words(text):
        pieces = _PIECES.findall(normalize(word))
        tokens += pieces
        shown += [word] if len(pieces) == 1 else pieces

    def day_of(tok: str) -> int | None:
        ordinal = _ORDINAL.match(tok)
        if ordinal:
            value = int(ordinal.group(1))
        elif tok.isdigit() and len(tok) <= 2:
            value = int(tok)
        else:
            value = day_words.get(tok, 0)
        return value if 1 <= value <= 31 else None

    k = 0
    while k < len(tokens):
        month, width = _month_at(tokens, k, months, prefixes)
        if month is None:
            k += 1
            continue
        before = day_of(tokens[k - 1]) if k > 0 else None
        after = day_of(tokens[k + width]) if k + width < len(tokens) else None
        day = before if before is not None else after
        if day is not None and _make(2000, month, day):  # 2000: a leap year, so 29 February is a day
            start = k - 1 if before is not None else k
            end = k + width + (0 if before is not None else 1)
            out.setdefault((month, day), " ".join(shown[start:end]))
        k += width
    return out


def _words(text: str) -> list[str]:
    """The words of ``text`` as written (what :func:`tokenize` finds in its folded form)."""
    return word_pattern().findall(text)
