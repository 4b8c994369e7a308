"""Normalisation of text for matching (never for display).

Arabic: diacritics and tatweel removed; alef forms (أ إ آ ٱ) -> ا,
hamza on a waw or a yeh (ؤ ئ) -> ء (مسؤول and مسئول are one word), ta
marbuta ة -> ه, alef maqsura ى and Persian yeh ی -> ي, Persian keheh
ک -> ك; Arabic-Indic and Persian digits -> ASCII digits.  All scripts:
compatibility forms (NFKC), Latin/Greek/Cyrillic accents removed, case
folded.  Invisible format characters that may sit inside a word (Unicode
category Cf: zero-width non-joiner and joiner, the bidi marks and
embeddings pasted from right-to-left text, soft hyphen, a stray
byte-order mark) are part of the word and removed: جن, ZWNJ, دي is جندي,
and الحكو, RLM, مة is الحكومة.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_LATIN_GREEK_ACCENTS = re.compile("[\u0300-\u036f]")
#: The invisible format characters, Unicode category Cf (as of Unicode 15.1;
#: a test checks the running Python's tables): they join or mark inside a
#: word without being a letter (Persian and Indic text use ZWNJ / ZWJ; a soft
#: hyphen is an invisible break point; right-to-left text carries the bidi
#: marks U+200E, U+200F, U+061C and embeddings U+202A-U+202E; text pasted
#: from some editors carries U+FEFF or U+2060).  All but the zero-width space
#: U+200B, which separates words as a space does.
FORMAT_RANGES = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200C, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
INVISIBLE = "".join(chr(c) for a, b in FORMAT_RANGES for c in range(a, b + 1))
# Letters of the scripts written without spaces between words (Chinese
# characters, Japanese kana): each is a token of its own, as ROUGE counts them
# for these languages (terms pair neighbours, see terms.Analyzer).
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CJK = re.compile(f"[{CJK}]")
# Counting words of such text: each letter is one, so is each run of other
# letters or digits ("12人" is two words).
_CJK_WORD = re.compile(f"[{CJK}]|[^\\s{CJK}]*[^\\W_{CJK}][^\\s{CJK}]*")
#: Combining marks kept after one base character; the rest of a longer run
#: is dropped (:func:`cap_marks`).  Real text needs few: at most 3 in every
#: text of the shared data (Hindi; 2 in Arabic, a shadda and its vowel),
#: and pointed Hebrew with cantillation 4.  Unicode's normalisation sorts a
#: run of marks in time growing with the square of its length: 64 KB of
#: harakat or of "zalgo" marks after one letter took 9 and 7 s, 3.5x a
#: doubling.
MAX_MARKS = 4
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        # Persian yeh and keheh, as Arabic typed on a Persian keyboard (and
        # Persian itself) writes them: one word either way
        "ی": "ي",
        "ک": "ك",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        **dict.fromkeys(INVISIBLE, ""),  # deleted
    }
)


#: A character outside the basic multilingual plane.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: :func:`normalize` leaves shorter strings as they are: a run of 64 marks
#: sorts in no time (the quadratic cost bites at thousands), and checking
#: every word tripled the time of :func:`normalize`.
_UNCHECKED = 64


@functools.lru_cache(maxsize=1)
def _long_mark_runs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a run of more than :data:`MAX_MARKS` combining marks
    (categories Mn, Mc, Me), the marks to keep as group 1: of the basic
    multilingual plane's marks alone, and of all.  The first reads 1 MB in
    14 ms, the second (sre tests astral ranges one by one) in 190 ms, so it
    is used only for text with an astral character."""
    ranges: list[tuple[int, int]] = []
    start = None
    # every mark is in these planes (the basic and supplementary multilingual
    # ones, and the variation selectors supplement); reading them takes 15 ms
    for cp in (*range(0x300, 0x20000), *range(0xE0100, 0xE01F0), 0x110000):
        is_mark = cp < 0x110000 and unicodedata.category(chr(cp))[0] == "M"
        if is_mark and start is None:
            start = cp
        elif not is_mark and start is not None:
            ranges.append((start, cp - 1))
            start = None

    def run(spans: list[tuple[int, int]]) -> re.Pattern[str]:
        marks = "[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in spans) + "]"
        return re.compile(f"({marks}{{{MAX_MARKS}}}){marks}+")

    return run([r for r in ranges if r[1] < 0x10000]), run(ranges)


def _kept(m: re.Match[str]) -> str:
    return m.group(1)


def cap_marks(text: str) -> str:
    """``text`` with every run of combining marks after one base character
    cut to its first :data:`MAX_MARKS` (a word buried under "zalgo" marks, a
    letter under a thousand harakat), in time linear in its length; any
    other text as it is.  Documents are made so (:class:`summarizer.types.Document`)."""
    basic, every = _long_mark_runs()
    runs = every if _ASTRAL.search(text) else basic
    return text if runs.search(text) is None else runs.sub(_kept, text)


def normalize(text: str) -> str:
    """Fold ``text`` for matching: NFKC, case fold, Arabic letter and digit folding."""
    if len(text) > _UNCHECKED:
        text = cap_marks(text)
    text = unicodedata.normalize("NFKD", text)
    # ؤ and ئ are a waw and a yeh under a hamza (U+0654) to NFKD: the hamza,
    # not its seat, is the letter (مسؤول / مسئول are one word), before the
    # marks go
    text = text.replace("\u0648\u0654", "\u0621").replace("\u064a\u0654", "\u0621")
    text = _LATIN_GREEK_ACCENTS.sub("", text)
    text = unicodedata.normalize("NFKC", _ARABIC_MARKS.sub("", text))
    return text.translate(_FOLD).casefold()


def fold_pattern(pattern: str) -> str:
    """A regular expression for normalised text, written in ordinary
    spelling: its non-ASCII runs (the words) are folded as :func:`normalize`
    folds text, its ASCII (the regex syntax) is left alone.  So a pattern
    may say نتائج and still match the normalised نتايج."""
    return re.sub(r"[^\x00-\x7f]+", lambda m: normalize(m.group()), pattern)


@functools.lru_cache(maxsize=1)
def word_pattern() -> re.Pattern[str]:
    """:func:`word_regex`, compiled."""
    return re.compile(word_regex())


@functools.lru_cache(maxsize=1)
def word_regex() -> str:
    """A regular expression for one word: it starts with a letter or digit and
    continues with letters, digits, combining marks (needed for Devanagari
    and other Indic scripts, whose vowel signs are not alphanumeric to
    Python's ``\\w``: ``\\w+`` cuts मिनट into म and नट) and the
    :data:`INVISIBLE` joiners (a zero-width non-joiner inside an Arabic or
    Persian word does not cut it in two).  A Chinese character or a kana is
    a word of its own (:data:`CJK`)."""
    marks = []
    start = None
    for cp in range(0x300, 0x3000):
        is_mark = unicodedata.category(chr(cp)) in ("Mn", "Mc")
        if is_mark and start is None:
            start = cp
        elif not is_mark and start is not None:
            marks.append((start, cp - 1))
            start = None
    ranges = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in marks)
    return f"[{CJK}]|[^\\W_{CJK}](?:[^\\W_{CJK}]|[{ranges}{INVISIBLE}])*"


def tokenize(text: str) -> list[str]:
    """Split already-normalised text into word tokens (letters, digits, marks)."""
    return word_pattern().findall(text)


def words(text: str) -> list[str]:
    """Normalise, then tokenise."""
    return tokenize(normalize(text))


def has_words(text: str) -> bool:
    """Whether ``text`` has a letter or a digit anywhere (white space,
    punctuation and invisible format characters alone are no text)."""
    return any(ch.isalnum() for ch in text)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a letter of a script written without spaces (:data:`CJK`)."""
    return _CJK.search(text) is not None


def count_words(text: str) -> int:
    """Number of words, as people count them: white-space separated, and in
    Chinese and Japanese one a character (a budget of 100 words is 100
    characters there, not 100 sentences)."""
    if not has_cjk(text):
        return len(text.split())
    return sum(1 for _ in _CJK_WORD.finditer(text))


def cut_words(text: str, limit: int) -> str:
    """The first ``limit`` words of one line of ``text`` (counted as
    :func:`count_words` counts), white space collapsed where there is no CJK."""
    if not has_cjk(text):
        return " ".join(text.split()[:limit])
    end = 0
    for k, m in enumerate(_CJK_WORD.finditer(text)):
        if k == limit:
            break
        end = m.end()
    return text[:end].strip()


__all__ = [
    "cap_marks",
    "count_words",
    "cut_words",
    "fold_pattern",
    "has_cjk",
    "has_words",
    "normalize",
    "tokenize",
    "words",
]
