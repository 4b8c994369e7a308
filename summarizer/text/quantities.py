"""Figures in a sentence and what each one counts.

A figure is a value as written -- digits in any script (``2,500``,
``٢٥٠٠``), digits with a scale word (``15 billion``, ``1.5 مليون``) or
number words (``fifteen``, ``ألفين وخمسمئة``) -- read into a number, never
computed from others.  Clock times and durations (``11:02``, ``5h 34'``) are
not figures.  A number that names (Flight 447, stage 13, Resolution 1723)
is a *label*, kept apart: two sentences that number one thing differently
speak of different things.

Each figure has a *key*: what it counts.  The *noun* is the first content
word after it in its clause (``2,500 troops``, ``228 people``), else the
nearest one before it (``a magnitude of 7.0``) or a currency sign
(``$10,000``).  The *roles* are the words of its clause that say what
happened to what was counted (``48 people were rescued``, ``killing 200,000``).
Both go through the language's ``quantities`` table, which folds words that
count the same thing into one class (troops and soldiers; dead, killed and
deaths; people, persons and "on board").  Two figures count the same
quantity when their roles agree and their nouns agree (see
:func:`same_quantity`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .dates import month_words
from .lang import Language, get, listed
from .language import stop_words
from .normalize import normalize, word_regex
from .terms import analyzer

#: How many tokens after a figure its noun may be (``2,500 US troops``).
NOUN_AFTER = 4
#: How many tokens before it, when nothing follows (``magnitude of 7.0``).
NOUN_BEFORE = 3
#: How many tokens before a number its label word may be, names between
#: (``رحلة الخطوط الجوية الفرنسية 447``).
LABEL_BEFORE = 4
#: How far (tokens, either side, within the clause) a role word may be.
ROLE_WINDOW = 4
#: How many tokens from a tally word (``toll``, ``حصيلة``) its role word may
#: be: "death toll", "toll of the dead", "حصيلة القتلى" (all within one or
#: two; three leaves room for an article or a clitic between).
TALLY_REACH = 3
#: The class of nouns that count people in general (``people``, ``persons``,
#: ``on board``): it agrees with any class of people (troops, passengers).
PEOPLE = "people"
ROLE = "role:"

_CLAUSE_END = frozenset('.,;:!?()[]{}،؛؟"“”«»—–')
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
# Clock times and durations: parts of one value, not figures of their own
# (every alternative starts at the first digit of a run, so this is linear).
_TIME = re.compile(
    r"(?<!\d)(?:"
    r"\d+\s*h\b(?:\s*\d+\s*['′’])?(?:\s*\d+\s*[\"″”])?"
    r"|\d+\s*['′’]\s*\d+\s*[\"″”]?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r")"
)
_YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class Quantity:
    """One figure of a sentence.

    Attributes:
        value: the number it writes (``2500.0``).
        text: as written (``"2,500"``, ``"ألفين وخمسمئة"``).
        start, end: its offsets in the sentence text.
        kind: ``"number"``, ``"percent"``, ``"year"`` or ``"label"`` (a
            number that names: Flight 447, stage 13).
        noun: the class (or stem) of what it counts, or ``None``; for a
            label, the stem of the word it numbers (``"stage"``).
        roles: the role classes of its clause (``"role:dead"``...).
    """

    value: float
    text: str
    start: int
    end: int
    kind: str
    noun: str | None
    roles: frozenset[str]

    @property
    def shown(self) -> str:
        """The value as a flag shows it: digits as written, number words as digits."""
        if any(c.isdigit() for c in self.text):
            return self.text + ("%" if self.kind == "percent" and "%" not in self.text else "")
        v = int(self.value) if self.value == int(self.value) else self.value
        return f"{v}" + ("%" if self.kind == "percent" else "")

    @property
    def quantity(self) -> str:
        """What it counts, for people: the roles and the noun (``"rescued passengers"``)."""
        parts = [r[len(ROLE) :] for r in sorted(self.roles)]
        if self.noun:
            parts.append(self.noun.split(":")[-1])
        return " ".join(parts) or self.kind


def same_quantity(a: Quantity, b: Quantity, *, strict: bool = False) -> bool:
    """Whether two figures count the same thing: the same kind, the same
    roles (both none, or one in common), and the same noun -- equal
    classes, or no noun on one side when both name a role, or (unless
    ``strict``) people in general against a kind of people.  Equal values
    of "228 people" and "228 passengers" agree; different values of them
    need not conflict (216 passengers and 12 crew make 228 people), so
    conflicts are looked for with ``strict``."""
    if a.kind != b.kind:
        return False
    if a.kind == "year":
        return True
    if (a.roles or b.roles) and not (a.roles & b.roles):
        return False
    if a.noun is None or b.noun is None:
        return bool(a.roles & b.roles) or (a.kind == "percent" and a.noun == b.noun)
    if a.noun == b.noun:
        return True
    return not strict and PEOPLE in (a.noun, b.noun) and _is_people(a.noun) and _is_people(b.noun)


def same_class(a: str, b: str, language: str) -> bool:
    """Whether two content terms (stems) are words that ``language``'s
    quantities table counts as one thing (km / kilometres, killed / dead)."""
    classes = _tables(language).classes
    return a in classes and classes.get(a) == classes.get(b)


def counting_word(term: str, language: str) -> bool:
    """Whether a content term (a stem) is a word of ``language``'s quantities
    table: one that says what a figure counts (killed, toll, people, km)."""
    return term in _tables(language).classes


def _is_people(noun: str) -> bool:
    return noun == PEOPLE or noun.startswith(PEOPLE + ":")


@dataclass(frozen=True)
class _Tables:
    language: Language
    classes: Mapping[str, str]  # stem -> class
    numbers: Mapping[str, int]  # normalised number word -> value
    plural_scales: frozenset[str]  # normalised
    percent: tuple[tuple[str, ...], ...]  # normalised percent phrases, as token tuples
    conjunctions: frozenset[str]
    prefixes: str
    stops: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]  # normalised
    labels: frozenset[str]  # stems
    tallies: frozenset[str]  # normalised
    article: str
    ordinals: tuple[str, ...]  # normalised ordinal suffixes, longest first


@functools.lru_cache(maxsize=32)
def _tables(language: str) -> _Tables:
    lang = get(language)
    stem = analyzer(language)._stem
    classes: dict[str, str] = {}
    for phrase, cls in lang.quantities.items():
        for word in normalize(phrase).split():  # table words count even where they are stop words
            classes.setdefault(normalize(stem(word)), cls)
            classes.setdefault(word, cls)
    return _Tables(
        lang,
        classes,
        {normalize(w): v for w, v in lang.number_words.items()},
        frozenset(normalize(w) for w in lang.plural_scales),
        tuple(tuple(normalize(p).split()) for p in lang.percent_words),
        frozenset(normalize(c) for c in lang.conjunctions),
        normalize(lang.prefixes),
        frozenset(stop_words(language)),
        month_words(language),
        frozenset(normalize(w) for w in lang.weekdays),
        frozenset(normalize(stem(normalize(w))) for w in lang.number_labels),
        frozenset(normalize(w) for w in lang.tallies),
        normalize(lang.article),
        tuple(sorted({normalize(w) for w in lang.ordinal_suffixes}, key=len, reverse=True)),
    )


#: Spaces that group thousands where a comma is the decimal sign (``1 600``,
#: with a no-break or a narrow no-break space too).
_GROUP_SPACE = " \u00a0\u202f"


@functools.cache
def _token(space_groups: bool = False) -> re.Pattern[str]:
    """A number (digits with separators; the Arabic comma separates thousands
    only before exactly three digits, 766،000, and lists otherwise, 3، 4;
    with ``space_groups``, a space before exactly three digits after one to
    three, 1 600 and 12 300 000, not 2005 300), a word (its combining marks
    included: Devanagari vowel signs are not ``\\w``, and ``\\w+`` cut मिनट
    into म and नट and read the abbreviation किमी० as a figure 0) or a sign."""
    spaced = rf"(?<!\d)\d{{1,3}}(?:[{_GROUP_SPACE}]\d{{3}}(?!\d))+(?:,\d+)?|" if space_groups else ""
    return re.compile(spaced + r"\d+(?:[.,٫٬]\d+|،\d{3}(?!\d))*|" + word_regex() + r"|[^\w\s]")


def quantities(text: str, language: str) -> tuple[Quantity, ...]:
    """The figures of ``text`` (one sentence) in order, each with its key."""
    t = _tables(language)
    comma = t.language.decimal_comma
    times = [m.span() for m in _TIME.finditer(text)]
    toks = [(m.start(), m.end(), m.group()) for m in _token(comma).finditer(text)]
    norms = [normalize(w) for _, _, w in toks]
    s = _Tokens(text, t, analyzer(language)._stem, comma, toks, norms, times, [a for a, _ in times])
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        value, j, ordinal = _figure(s, i) or (None, i + 1, False)  # "thousands of" is no figure
        if value is None:
            i += 1
            continue
        quantity, i = _classified(s, i, value, j, ordinal)
        if quantity is not None:
            out.append(quantity)
    return tuple(out)


@dataclass(frozen=True)
class _Tokens:
    """A sentence as :func:`quantities` reads it: its tokens ((start, end,
    text)), their normal forms, the language's tables and the spans of its
    times of day."""

    text: str
    t: _Tables
    stem: Callable[[str], str]
    comma: bool  # the language writes a decimal comma
    toks: list[tuple[int, int, str]]
    norms: list[str]
    times: list[tuple[int, int]]
    time_starts: list[int]

    def in_time(self, pos: int) -> bool:
        """Whether ``pos`` is inside a time of day (the spans do not overlap:
        look up the last one starting at or before ``pos``)."""
        k = bisect.bisect_right(self.time_starts, pos) - 1
        return k >= 0 and pos < self.times[k][1]

    def word_value(self, k: int) -> int | None:
        """The value of token ``k`` as a number word (``seven``), if it is one."""
        w = listed(self.norms[k], self.t.numbers, self.t.prefixes)
        return None if w is None else self.t.numbers[w]


def _figure(s: _Tokens, i: int) -> tuple[float | None, int, bool] | None:
    """The value read at token ``i`` (digits, times a scale word; number
    words; an ordinal), the token after it, and whether it is an ordinal;
    ``None`` at a plural scale ("thousands of", not a figure)."""
    toks, norms, t = s.toks, s.norms, s.t
    n = len(toks)
    start, _, raw = toks[i]
    value: float | None = None
    j = i + 1
    if raw[:1].isdigit() and not s.in_time(start):
        value = _digits(norms[i], s.comma)
        if value is not None and j < n and s.word_value(j) is not None and s.word_value(j) >= 1000:  # type: ignore[operator]
            value *= s.word_value(j)  # type: ignore[operator]
            j += 1
    elif s.word_value(i) is not None:
        if listed(norms[i], t.plural_scales, t.prefixes) is not None:
            return None
        value, j = _words(i, n, s.word_value, norms, t.conjunctions)
    ordinal = False
    if value is None and t.ordinals:
        value = _ordinal_word(norms[i], t)  # "thirteenth", "तेरहवें"
        ordinal = value is not None
    elif value is not None and raw[:1].isdigit() and j < n and _ordinal_ending(j, toks, norms, t):
        ordinal, j = True, j + 1  # "13th", "13e", "15 वाँ"
    return value, j, ordinal


def _classified(s: _Tokens, i: int, value: float, j: int, ordinal: bool) -> tuple[Quantity | None, int]:
    """The quantity of the figure at tokens ``i`` to ``j`` (a place, a
    percent, a year, a label or a count of its noun; ``None`` for a day of
    the month or a place of nothing), and the token to read on from."""
    toks, norms, t, stem = s.toks, s.norms, s.t, s.stem
    start = toks[i][0]
    last = j - 1
    text_of = s.text[start : toks[last][1]]
    if ordinal:  # a place (the 13th stage): a label of the thing it places, or part of a date
        place = None if _is_month(norms, i - 1, t) else _placed(j, toks, norms, t, stem)  # June 1st: a date
        if place is None:
            return None, j
        return Quantity(float(value), text_of, start, toks[last][1], "label", place, frozenset()), j
    kind = "number"
    after = j
    for phrase in (("%",), ("٪",), *t.percent):
        if tuple(norms[after : after + len(phrase)]) == phrase:
            kind, after = "percent", after + len(phrase)
            break
    if kind == "number" and j == i + 1 and _YEAR.fullmatch(norms[i]):
        kind = "year"
    elif kind == "number" and (_is_month(norms, j, t) or _is_month(norms, i - 1, t)):
        return None, j  # a day of the month ("12 January", "January 12"): part of a date
    label = _label(i, after, toks, norms, t, stem) if kind == "number" else None
    noun: str | None
    roles: frozenset[str]
    if label is not None:  # a name (Flight 447, stage 13, Resolution 1723), not a count
        kind, noun, roles = "label", label, frozenset()
    else:
        noun = _noun(i, after, toks, norms, t, stem, kind)
        roles = _roles(i, last, toks, norms, t, stem)
        tally = _tally(i, toks, norms, t, stem) if kind == "number" else None
        if tally is not None and not _counts_other(after, norms, t, stem, noun):
            roles = frozenset({tally})  # "the death toll ... has risen to 500": 500 dead
            noun = noun if noun is not None and _is_people(noun) else None
    return Quantity(float(value), text_of, start, toks[last][1], kind, noun, roles), max(j, i + 1)


def _counts_other(after: int, norms: list[str], t: _Tables, stem: Callable[[str], str], noun: str | None) -> bool:
    """Whether the figure counts a thing named by the word right after it
    (token ``after``) that is not people ("قتل عدد من المسلحين في غارات على 3
    مواقع": 3 sites), so a tally before it does not count it; a noun found
    before the figure or further on is a misreading the tally corrects
    ("the toll has risen to 500", "ارتفعت الحصيلة إلى 500 في زلزال ...")."""
    if noun is None or _is_people(noun) or after >= len(norms):
        return False
    return _content(after, norms, t, stem) == noun


def _label(i, after, toks, norms, t, stem) -> str | None:
    """What a number names, when it names rather than counts: after one of
    the language's ``number_labels``, directly or across a name (flight
    447, stage 13, رحلة الخطوط الجوية الفرنسية 447: that word's stem), or
    after a capitalised word that is not a measure, with nothing counted
    after it (Resolution 1723: its stem)."""
    if i == 0:
        return None
    nxt, prev = _around(i, after - 1, toks, norms, t, stem, NOUN_BEFORE, NOUN_AFTER)
    known = set(t.classes.values())
    if not prev or prev[0] in known or any(c in known for c in nxt):
        return None  # a measure (magnitude 7.0) or a count (447 passengers)
    for k in range(i - 1, max(i - 1 - LABEL_BEFORE, -1), -1):
        c = _content(k, norms, t, stem)
        if c in t.labels:
            return c
        if c is None or not _in_name(toks[k][2], norms[k], t):
            break
    if toks[i - 1][2][:1].isupper() and _content(i - 1, norms, t, stem) is not None:
        return prev[0]
    return None


def _tally(i, toks, norms, t, stem) -> str | None:
    """The role a tally counts when one comes before the figure at token
    ``i`` in its clause, no other figure between ("the death toll from
    Monday's earthquake has risen to 500", "ارتفاع حصيلة القتلى إلى 500"):
    the role word nearest the tally word, within :data:`TALLY_REACH` tokens
    of it and its clause, else the tally word's own role (``toll``: dead);
    ``None`` without a tally or a role."""
    for k in range(i - 1, -1, -1):
        if toks[k][2] in _CLAUSE_END or toks[k][2][:1].isdigit():
            return None
        if listed(norms[k], t.tallies, t.prefixes) is None:
            continue
        for d in range(1, TALLY_REACH + 1):
            for n in (k + d, k - d):
                if 0 <= n < i and not any(toks[m][2] in _CLAUSE_END for m in range(min(n, k), max(n, k) + 1)):
                    c = _content(n, norms, t, stem)
                    if c is not None and c.startswith(ROLE):
                        return c
        own = _content(k, norms, t, stem)
        return own if own is not None and own.startswith(ROLE) else None
    return None


def _ordinal_word(norm: str, t: _Tables) -> int | None:
    """The value of an ordinal written as a number word and an ordinal
    ending (``thirteenth``, ``तेरहवें``), else ``None``."""
    for suffix in t.ordinals:
        if norm.endswith(suffix) and len(norm) > len(suffix):
            value = t.numbers.get(norm[: -len(suffix)])
            if value is not None:
                return value
    return None


def _ordinal_ending(j, toks, norms, t) -> bool:
    """Whether token ``j`` is an ordinal ending of the number before it:
    written onto it (``13th``, ``13ο``), or after a space where the ending
    is no word of its own (Hindi ``15 वाँ``; not Greek ``13 ο``, "the")."""
    if norms[j] not in t.ordinals:
        return False
    glued = toks[j][0] == toks[j - 1][1]
    return glued or not (norms[j].isascii() or norms[j] in t.stops)


def _placed(j, toks, norms, t, stem) -> str | None:
    """What an ordinal places: the first content word after it, within
    :data:`NOUN_AFTER` tokens and its clause (its class or stem); ``None``
    for a month (``7th of July``: a date) or nothing."""
    for k in range(j, min(j + NOUN_AFTER, len(toks))):
        if toks[k][2] in _CLAUSE_END or _is_month(norms, k, t):
            return None
        c = _content(k, norms, t, stem)
        if c is not None:
            return c
    return None


def _in_name(raw: str, norm: str, t: _Tables) -> bool:
    """Whether a content word may be part of a name: capitalised, or written
    with the language's article (الفرنسية)."""
    return raw[:1].isupper() or bool(t.article and norm.startswith(t.article) and len(norm) > len(t.article) + 1)


def _is_month(norms, k, t) -> bool:
    return 0 <= k < len(norms) and listed(norms[k], t.months, t.prefixes) is not None


def _digits(norm: str, decimal_comma: bool = False) -> float | None:
    """The value of a number as written; ``decimal_comma``: see
    :attr:`summarizer.text.lang.Language.decimal_comma`."""
    s = re.sub(rf"[{_GROUP_SPACE}]", "", norm)
    s = re.sub(r"[,٬،](?=\d{3}(?:\D|$))", "", s).replace("٫", ".")
    if decimal_comma:
        s = re.sub(r"\.(?=\d{3}(?:\D|$))", "", s)  # 1.600
        if s.count(",") == 1 and "." not in s:
            s = s.replace(",", ".")  # 1,5
    if s.count(".") > 1 or "," in s:
        return None  # a code (06.34.14) or a list (3,4)
    try:
        return float(s)
    except ValueError:
        return None


def _words(i, n, word_value, norms, conjunctions) -> tuple[float, int]:
    """A run of number words from token ``i``: (value, index after the run)."""
    total = current = 0
    j = i
    while j < n:
        v = word_value(j)
        if v is None:
            if (norms[j] in conjunctions or norms[j] == "-") and j + 1 < n and word_value(j + 1) is not None:
                j += 1
                continue
            break
        if v >= 1000:
            total += max(current, 1) * v
            current = 0
        elif v >= 100:
            current = max(current, 1) * v
        else:
            current += v
        j += 1
    return float(total + current), j


def _content(k, norms, t, stem) -> str | None:
    """The class of token ``k`` (a table word), else its stem (a content word), else ``None``
    (a stop word, and a weekday or a month: when, not what is counted, "1,200 on Monday")."""
    w = norms[k]
    if not w[:1].isalpha() or len(w) < 2 or w in t.weekdays or w in t.months:
        return None
    if w in t.classes:
        return t.classes[w]
    s = normalize(stem(w))
    if s in t.classes:
        return t.classes[s]
    return None if w in t.stops else s


def _around(i, last, toks, norms, t, stem, reach_before, reach_after):
    """Content words (classes or stems) after the figure, then before it,
    nearest first, within the clause."""
    after: list[str] = []
    before: list[str] = []
    for rng, into in (
        (range(last + 1, min(last + 1 + reach_after, len(toks))), after),
        (range(i - 1, max(i - 1 - reach_before, -1), -1), before),
    ):
        for k in rng:
            if toks[k][2] in _CLAUSE_END or toks[k][2][:1].isdigit():
                break
            c = _content(k, norms, t, stem)
            if c is not None:
                into.append(c)
    return after, before


def _noun(i, after, toks, norms, t, stem, kind) -> str | None:
    """What the figure counts: a currency sign before it; nothing when a
    role word comes first after it (the role says it); else the first word
    of the language's table after it, then before it; else the first
    content word after it, then before it."""
    if i > 0 and toks[i - 1][2] in _CURRENCY:
        return _CURRENCY[toks[i - 1][2]]
    nxt, prev = _around(i, after - 1, toks, norms, t, stem, NOUN_BEFORE, NOUN_AFTER)
    if nxt and nxt[0].startswith(ROLE):
        return None  # "222,570 deaths", "310,000 injured": the role says what is counted
    known = set(t.classes.values())
    nouns_after = [c for c in nxt if not c.startswith(ROLE)]
    nouns_before = [c for c in prev if not c.startswith(ROLE)] if kind != "percent" else []  # 60% of ...
    for c in (*nouns_after, *nouns_before):
        if c in known:
            return c
    return (nouns_after or nouns_before or [None])[0]


def _roles(i, last, toks, norms, t, stem) -> frozenset[str]:
    """The nearest role word of the figure's clause, counted in content
    words (after the figure on a tie); a conjunction ends the search on
    its side ("48 were rescued and 12 are missing")."""
    best: tuple[int, int, str] | None = None
    for side, rng in (
        (0, range(last + 1, min(last + 1 + ROLE_WINDOW, len(toks)))),
        (1, range(i - 1, max(i - 1 - ROLE_WINDOW, -1), -1)),
    ):
        dist = 0
        for k in rng:
            if toks[k][2] in _CLAUSE_END or toks[k][2][:1].isdigit() or norms[k] in t.conjunctions:
                break
            c = _content(k, norms, t, stem)
            if c is None:
                continue
            if c.startswith(ROLE):
                if best is None or (dist, side) < best[:2]:
                    best = (dist, side, c)
                break
            dist += 1
    return frozenset({best[2]}) if best else frozenset()
