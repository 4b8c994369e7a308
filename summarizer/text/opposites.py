"""Words of opposite sense: "rose" / "fell", "ارتفع" / "انخفض".

Two sentences of one story can be the same words but for one of opposite
sense: "gold rises as the dollar weakens" / "gold falls as the dollar
weakens"; "الرئيس يدعو إلى المساواة" / "الرئيس يرفض المساواة".  No word is
denied, the figures agree, and enough words are shared to read as one fact.
Each language lists pairs of word lists of opposite sense
(:attr:`~summarizer.text.lang.Language.opposites`); :func:`poles` gives the
sides a sentence takes, and :func:`opposed` says whether two sentences take
opposite sides of one pair, neither taking the other's side too (a sentence
that holds both, "rose after falling", takes no side).

Words are matched as written (folded by :func:`~summarizer.text.normalize.normalize`),
with up to two of the language's one-letter ``clitics`` and its article
read off (``وارتفع``, ``بالارتفاع``, ``سيرتفع``): a stem would join unrelated
words (the Arabic stemmer gives ``يد``, "hand", for يدين, "condemns").

Support reads two sentences as opposed only when nothing else moved between
them (:meth:`summarizer.fusion.support.Evidence.contrary`): "Madrid beat
Barcelona" / "Barcelona lost to Madrid" say one thing.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .lang import get
from .normalize import normalize
from .terms import tokenize

#: A pole: (index of the pair in the language's ``opposites``, side 0 or 1).
Pole = tuple[int, int]


#: Clitics read off a word: at most this many, each leaving at least :data:`MIN_LETTERS` letters.
CLITICS = 2
MIN_LETTERS = 3


@functools.lru_cache(maxsize=32)
def _table(language: str) -> tuple[Mapping[str, frozenset[Pole]], str, str]:
    lang = get(language)
    out: dict[str, set[Pole]] = {}
    for k, pair in enumerate(lang.opposites):
        for side, listed in enumerate(pair):
            for word in listed.split():
                out.setdefault(normalize(word), set()).add((k, side))
    return {w: frozenset(p) for w, p in out.items()}, normalize(lang.clitics), normalize(lang.article)


def _forms(token: str, clitics: str, article: str) -> set[str]:
    """``token`` and what it is with up to :data:`CLITICS` of the language's
    clitics read off (``وبالارتفاع``, ``سيرتفع``, ``للارتفاع``: ل, then the
    article's ل), each form also without the article."""
    forms = {token}
    frontier = [token]
    for _ in range(CLITICS):
        frontier = [t[1:] for t in frontier if t[:1] and t[:1] in clitics and len(t) > MIN_LETTERS]
        forms.update(frontier)
    if article:
        forms |= {t[len(article) :] for t in forms if t.startswith(article) and len(t) - len(article) >= MIN_LETTERS}
    return forms


def poles(text: str, language: str) -> frozenset[Pole]:
    """The sides of the language's opposites that ``text`` takes."""
    table, clitics, article = _table(language)
    if not table:
        return frozenset()
    found: set[Pole] = set()
    for tok in tokenize(normalize(text)):
        for form in _forms(tok, clitics, article):
            found |= table.get(form, frozenset())
    return frozenset(found)


def opposed(a: frozenset[Pole], b: frozenset[Pole]) -> bool:
    """Whether two sentences with the sides ``a`` and ``b`` take opposite
    sides of one pair, neither taking the other's side of it too."""
    return any((k, 1 - s) in b and (k, 1 - s) not in a and (k, s) not in b for k, s in a)
