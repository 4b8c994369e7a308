"""What a sentence denies.

Sentences of one story often repeat each other word for word but for a
``not``: "the minister will attend" / "the minister will not attend".
Stop words (``not`` among them) are left out of the content terms that
support compares, so the two would read as one fact.  :func:`denied`
gives the content terms a sentence denies: the first content word (within
:data:`REACH` tokens) after each of the language's ``negations`` (``not``, ``never``, the ``t`` of
``didn't``; ``لم``, ``لن``, ``ليس``, also with a one-letter clitic glued
on, ``ولم``), as a stem.  A negation word in an idiom that denies nothing
(``not only``; ``لا تزال``, "still") or before a number (``No. 5`` names)
is skipped, a word saying "there is" after the negation is passed over
(the language's ``existentials``: ``لا يوجد تغيير`` denies تغيير, "change"),
and a figure is never a denied word (figures are compared as
figures).  English, Arabic, French, Spanish, Italian and Portuguese list
their negations; where the negation follows the verb (German ``nicht``)
no list is given and nothing is denied.
"""

from __future__ import annotations

import functools

from .lang import get, listed
from .normalize import normalize
from .terms import analyzer, tokenize

#: The denied word is the first content word within this many tokens after
#: the negation ("did not at all attend").
REACH = 4


@functools.lru_cache(maxsize=32)
def _tables(language: str) -> tuple[frozenset[str], frozenset[str], str, frozenset[str]]:
    lang = get(language)
    return (
        frozenset(normalize(w) for w in lang.negations),
        frozenset(normalize(w) for w in lang.negation_idioms),
        normalize(lang.prefixes),
        frozenset(normalize(w) for w in lang.existentials),
    )


def denied(text: str, language: str) -> frozenset[str]:
    """The content terms (stems, as :class:`~summarizer.text.terms.Analyzer`
    gives them) that ``text`` denies; empty for a language without a list
    of negations."""
    negations, idioms, prefixes, existentials = _tables(language)
    if not negations:
        return frozenset()
    toks = tokenize(normalize(text))
    terms = analyzer(language).terms
    out = set()
    for k, tok in enumerate(toks):
        if listed(tok, negations, prefixes) is None:
            continue
        after = toks[k + 1] if k + 1 < len(toks) else ""
        if after in idioms or after[:1].isdigit():
            continue
        for nxt in toks[k + 1 : k + 1 + REACH]:
            if nxt in negations or nxt in existentials:  # لا يوجد تغيير: no change
                continue
            got = terms(nxt)
            if got:
                if not got[0].isdigit():  # figures are compared as figures
                    out.add(got[0])
                break
    return frozenset(out)
