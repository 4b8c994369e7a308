"""Pieces of text that are no sentence a brief can use on its own.

A splitter's sentences include pieces that say nothing alone: an
attribution (``said Singh.``, ``he said.``), a caption or a headline
word (``floodwaters.``, ``The A.N.C.``), a web address, a piece of a
quotation whose other half is in another sentence (``\\`\\`I saw his eyes.``,
``It's fine if we're not,''``), a piece that starts inside another
sentence (``in installing a new system ..., the chief executive said``).
:func:`fragment_reason` names the class of such a piece; selection never
takes one while a whole sentence is left (issue 35).

:func:`continues_quote` says when a piece continues the quotation before
it (``..., '' said Singh.`` on the next line, as wires write it), and
:func:`opens_quote` when a sentence opens a quotation that goes on in the
next ones: the pipeline makes them one sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from .lang import get
from .normalize import count_words, normalize, words

#: Fewer words than this is no statement: attributions ("Garcia said.",
#: "said Singh."), headline words ("floodwaters.", "The A.N.C."), "هذه هي":
#: every such piece issue 35 found on held-out briefs has one or two words.
#: At 4, "Markets shut early." was left out too; an attribution of three
#: words ("said the spokesman.") mostly starts inside its sentence.
MIN_WORDS = 3
#: An attribution that continues a quotation is at most this many words
#: ("said the airline's chief executive." is five).
ATTRIBUTION_WORDS = 6

_ADDRESS = re.compile(
    r"(?i)(?:https?://|www\.|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|co|uk|de|fr|eg|sa|ae)"
    r"\s?/|\b[\w.+-]+@[\w-]+\.[\w.]+)"
)
_OPENERS = "“«„‹"
_CLOSERS = "”»‟›"
# A piece that opens in the middle of a sentence: a letter of a cased
# script in lower case (Latin, Greek, Cyrillic), or continuing punctuation.
_INSIDE = re.compile(r"^\s*(?:[a-zà-ÿα-ωа-я]|[,;:)\]}]|''|”|»|\.\.\.|…)")
_BRAND = re.compile(r"^\s*[a-z]+[A-Z]")  # iPhone, eBay: a word, not a piece
_CLOSED = re.compile(r"(?:,\s*)?(?:''|”|\"|»)\s*$")
_ANY_QUOTE = re.compile(r"``|''|[“”«»]|(?<![^\W\d_])\"|\"(?![^\W\d_])")


def _open_quotes(text: str) -> int:
    """Quotations ``text`` opens less those it closes (wire, curly, guillemets)."""
    opened = text.count("``") + sum(text.count(c) for c in _OPENERS)
    return opened - text.count("''") - sum(text.count(c) for c in _CLOSERS)


# A straight quote between two letters is no quotation mark: Hebrew writes
# its gershayim so in acronyms (צה"ל, ארה"ב): 23 of the 27 "quote pieces"
# in the Hebrew MultiLing briefs were such words before this was told apart.
_STRAIGHT = re.compile(r'(?<![^\W\d_])"|"(?![^\W\d_])')


def _straight_quotes(text: str) -> int:
    return len(_STRAIGHT.findall(text))


def quotes_balanced(text: str) -> bool:
    """Whether every quotation ``text`` opens it also closes, and it closes
    none it did not open (wire ``\\`\\` ... ''``, curly, guillemets, straight)."""
    return not _straight_quotes(text) % 2 and _open_quotes(text) == 0


def opens_quote(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close (or holds an odd number of straight quotes)."""
    return _open_quotes(text) > 0 or bool(_straight_quotes(text) % 2)


def fragment_reason(text: str) -> str | None:
    """Why ``text`` is no usable sentence on its own, or ``None`` when it is one:
    ``"short"``, ``"address"``, ``"quote piece"`` or ``"starts inside"``."""
    if count_words(text) < MIN_WORDS:
        return "short"
    if _ADDRESS.search(text):
        return "address"
    if not quotes_balanced(text):
        return "quote piece"
    if _INSIDE.match(text) and not _BRAND.match(text):
        return "starts inside"
    return None


@functools.cache
def speech_verbs(language: str) -> frozenset[str]:
    """The language's speech verbs (``said``, ``قال``), normalised."""
    return frozenset(normalize(w) for w in get(language).speech_verbs)


def continues_quote(before: str, piece: str, speech: Collection[str] = ()) -> bool:
    """Whether ``piece`` continues the quotation that ``before`` ends with:
    ``before`` closes a quote (``... system,''``, ``... eyes.”``) and
    ``piece`` is an attribution of a few words without a quote of its own
    (``said Singh.``, ``Garcia said.``), or ``before`` closes it with a
    comma (the sentence goes on after it).  ``speech``: the language's
    speech verbs, normalised; when given, an attribution holds one of them,
    so a short sentence after a quotation stays apart (``He said ``I am
    here.'' Then he left.``)."""
    if not _CLOSED.search(before):
        return False
    if re.search(r",\s*(?:''|”|\"|»)\s*$", before):
        return True
    if count_words(piece) > ATTRIBUTION_WORDS or _ANY_QUOTE.search(piece):
        return False
    return not speech or any(w in speech for w in words(piece))
