"""Which sentences of a story state what a brief sentence states.

A brief sentence is written from one report's sentence (its
*representative*).  Another report's sentence supports it when it states
the same fact, judged two ways:

``same``
    the two sentences cover each other: each holds at least :data:`SAME` of
    the other's words (content terms less bare numbers, which are compared
    as figures below), every term weighted by how rare it
    is in the story (``log((N + 1) / df)`` over its N sentences, so words
    the whole story uses -- the flight, the country -- weigh nothing);
``same`` also, when the two report one claim in the same words: the
    clause after "that" (the language's ``complementizers``: ``أن``, ``že``)
    opens with the same :data:`CLAIM_WORDS` content words (as written, stop
    words skipped), and each sentence holds at least :data:`CLAIM_COVER` of the
    other's weighted content ("al-Kadhimi affirmed that his country no
    longer needs foreign forces ..." / "al-Kadhimi said that his country no
    longer needs US combat forces ...": the rest of each sentence differs);
``figure``
    the sentence states a figure of the brief sentence about the same thing
    -- the same value counting the same quantity (228 people / 228 on
    board; 2,500 troops / ألفين وخمسمئة جندي; see
    :mod:`summarizer.text.quantities`) -- and holds at least
    :data:`FIGURE_COVER` of the brief sentence's content.

Shared words or a shared number alone are not support: sentences of one
topic share many (the flight, the fifteen sailors) while stating other
facts.  Nor does a sentence support one it contradicts on its face: one
that numbers a named thing otherwise (stage 15 for stage 13), one that
denies a word the other states ("did not attend" / "attended", see
:mod:`summarizer.text.negation`), one that takes a word of opposite sense
("rises" / "falls" where nothing else moved, see :mod:`summarizer.text.opposites`),
or a near copy that differs in one
word only ("halts" / "resumes" evacuations: the changed word is the news;
a spelling variant, one letter off, or a word the language's quantities
table counts as the same, km / kilometres, is the same word).  Each
report is cited once, by its sentence that supports best.
``benchmarks/citations.py`` measures precision and recall against the
hand-checked pairs of ``benchmarks/data/citations.jsonl``.
"""

from __future__ import annotations

import difflib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..text.lang import get
from ..text.language import stop_words
from ..text.negation import denied
from ..text.normalize import normalize, words
from ..text.opposites import Pole, opposed, poles
from ..text.quantities import Quantity, quantities, same_class, same_quantity
from ..types import Disagreement
from .disagree import date_disagreements, weekday_disagreements
from .pool import Pool

#: Share of each sentence's weighted content the other must hold to state the same fact.
SAME = 0.5
#: Share of the brief sentence's weighted content a sentence stating one of
#: its figures must hold as well.
FIGURE_COVER = 0.4
#: A sentence of a report that does not support the brief sentence, gives
#: another value of one of its figures (the same quantity) and holds at
#: least this share of its weighted content, and it this share of the
#: sentence's, witnesses a disagreement: it is flagged, never cited ("fined
#: the company 10 million dollars on Monday over the data leak" / "a fine
#: of 12 million dollars on Monday over the data leak").
WITNESS = FIGURE_COVER
#: How many words after "that" two reported claims share to be one claim,
#: and the share of each other's weighted content their sentences hold
#: (on the hand-checked pairs, the claims shared so: 4 pairs that support, 1
#: partial, none that does not).
CLAIM_WORDS = 3
CLAIM_COVER = 0.2
#: The content words of a claim's opening are looked for this many words after "that".
CLAIM_REACH = 8
#: A near copy that changes as many words, at most this many, in one place
#: tells another fact (see :meth:`Evidence._one_word_swapped`).  Of the ANS
#: headline pairs (train split), one word for one: 0.3% of the paraphrases,
#: 9.8% of the changed facts; two for two as well: 1.4% and 11.2% (any one
#: or two for one or two: 2.3% and 14.1%, but on the ECB+ feed that took
#: restatements naming one man otherwise, "LaSalle" / "the 36-year-old
#: driver", for other facts).
SWAPPED = 2
#: Counts below this (3 ministers, 5 days) recur by chance; they support
#: nothing on their own (percentages always count).
MIN_FIGURE = 10
#: A value stated by more sentences of a story than this is no evidence of
#: one fact (and looking it up stays cheap on a text made of one number).
COMMON_FIGURE = 50


@dataclass(frozen=True)
class Support:
    """A sentence (pool index) that supports a brief sentence, how, and how well."""

    sentence: int
    kind: str  # "same" or "figure"
    score: float


class Evidence:
    """Term weights and figures of one story's sentences (computed once, read many times)."""

    def __init__(self, pool: Pool, part: Sequence[int]) -> None:
        self.pool = pool
        self.members = [i for d in part for i in pool.span(d)]
        df: Counter[str] = Counter()
        for i in self.members:
            df.update(set(pool.terms(i)))
        n = max(len(self.members), 1)
        self.weight = {t: math.log((n + 1) / c) for t, c in df.items()}
        self._quantities: dict[int, tuple[Quantity, ...]] = {}
        self._figures: dict[int, list[Quantity]] = {}
        self._words: dict[int, tuple[frozenset[str], float]] = {}
        self._labels: dict[int, dict[str | None, set[float]]] = {}
        self._denied: dict[int, frozenset[str]] = {}
        self._claims: dict[int, frozenset[tuple[str, ...]]] = {}
        self._poles: dict[int, frozenset[Pole]] = {}

    @cached_property
    def by_value(self) -> dict[float, list[int]]:
        """Sentences by the values of their figures (candidates for ``figure`` support)."""
        out: dict[float, list[int]] = {}
        for i in self.members:
            for value in {q.value for q in self.figures(i)}:
                out.setdefault(value, []).append(i)
        return {v: found for v, found in out.items() if len(found) <= COMMON_FIGURE}

    def quantities(self, i: int) -> tuple[Quantity, ...]:
        got = self._quantities.get(i)
        if got is None:
            s = self.pool.sentence(i)
            lang = self.pool.analyses[int(self.pool.owner[i])].language
            got = self._quantities[i] = quantities(s.text, lang)
        return got

    def figures(self, i: int) -> list[Quantity]:
        """The distinct figures of sentence ``i`` that can support: counts of at
        least :data:`MIN_FIGURE` and percentages."""
        got = self._figures.get(i)
        if got is None:
            keep = {
                (q.value, q.kind, q.noun, q.roles): q
                for q in self.quantities(i)
                if q.kind == "percent" or (q.kind == "number" and q.value >= MIN_FIGURE)
            }
            got = self._figures[i] = list(keep.values())
        return got

    def coverage(self, i: int, j: int) -> tuple[float, float]:
        """(share of i's weighted content in j, share of j's in i)."""
        (ti, wi), (tj, wj) = self._content(i), self._content(j)
        w = self.weight
        small, large = (ti, tj) if len(ti) <= len(tj) else (tj, ti)
        shared = math.fsum(w.get(t, 0.0) for t in small if t in large)  # see _content
        return (shared / wi if wi else 0.0, shared / wj if wj else 0.0)

    def _content(self, i: int) -> tuple[frozenset[str], float]:
        """Content terms less bare numbers (figures are compared as quantities), and their weight.

        Weights over a set of terms are added with :func:`math.fsum`, whose
        result does not depend on the order: a set of strings is visited in
        an order that changes from one Python process to the next (hash
        randomisation), and a plain sum's last bits with it, which flipped
        comparisons of equal shares and so changed briefs from run to run.
        """
        got = self._words.get(i)
        if got is None:
            terms = frozenset(t for t in self.pool.terms(i) if not t.isdigit())
            got = self._words[i] = (terms, math.fsum(self.weight.get(t, 0.0) for t in terms))
        return got

    def judge(self, rep: int, j: int) -> Support | None:
        """How sentence ``j`` supports sentence ``rep``, if it does (never
        when the two contradict each other on their face, see
        :meth:`contrary`)."""
        into, back = self.coverage(rep, j)
        if min(into, back) >= SAME:
            found = Support(j, "same", min(into, back))
        elif into >= FIGURE_COVER and self._shares_figure(rep, j):
            found = Support(j, "figure", into)
        elif min(into, back) >= CLAIM_COVER and self.same_claim(rep, j):
            found = Support(j, "same", min(into, back))
        else:
            return None
        return None if self.contrary(rep, j) or self._other_thing(rep, j) else found

    def claims(self, i: int) -> frozenset[tuple[str, ...]]:
        """The openings of the claims sentence ``i`` reports: the first
        :data:`CLAIM_WORDS` content words (as written, numbers aside) within
        :data:`CLAIM_REACH` words after each of its language's complementizers."""
        got = self._claims.get(i)
        if got is None:
            lang = self.pool.analyses[int(self.pool.owner[i])].language
            opens = {normalize(w) for w in get(lang).complementizers}
            found: set[tuple[str, ...]] = set()
            if opens:
                stops = stop_words(lang)
                toks = words(self.pool.sentence(i).text)
                for k, tok in enumerate(toks):
                    if tok not in opens:
                        continue
                    window = toks[k + 1 : k + 1 + CLAIM_REACH]
                    run = tuple(w for w in window if w not in stops and not w.isdigit())[:CLAIM_WORDS]
                    if len(run) == CLAIM_WORDS:
                        found.add(run)
            got = self._claims[i] = frozenset(found)
        return got

    def same_claim(self, rep: int, j: int) -> bool:
        """Whether the two sentences report a claim that opens with the same words."""
        return bool(self.claims(rep) & self.claims(j))

    def contrary(self, rep: int, j: int) -> bool:
        """Whether ``j`` says otherwise than ``rep`` on its face: it numbers a
        thing ``rep`` names by number otherwise (stage 15 for stage 13), one
        of the two denies a word the other states, one takes a word of
        opposite sense to one of the other's with nothing else moved
        ("rises" / "falls", "يدعو" / "يرفض": :meth:`_opposed`), or the two are the same
        words but one, swapped for another word ("halts" / "resumes"), and
        give the same figures (with another figure as well, one word swapped
        is who said it as often as what happened: another account, whose
        figure is flagged)."""
        return (
            self._other_label(rep, j)
            or self._denies(rep, j)
            or self._denies(j, rep)
            or self._opposed(rep, j)
            or (self._one_word_swapped(rep, j) and not self.other_values(rep, j))
        )

    def denied(self, i: int) -> frozenset[str]:
        """The content terms sentence ``i`` denies ("not attend": attend)."""
        got = self._denied.get(i)
        if got is None:
            lang = self.pool.analyses[int(self.pool.owner[i])].language
            got = self._denied[i] = denied(self.pool.sentence(i).text, lang)
        return got

    def _opposed(self, rep: int, j: int) -> bool:
        """Whether the two take opposite sides of a pair of the language's
        opposites (:func:`~summarizer.text.opposites.opposed`) with nothing
        else moved: every content word (numbers aside) in a place where the
        two differ is missing from the other sentence.  A word that moved is
        a role that changed, and then the two may tell one fact from either
        side ("Madrid beat Barcelona" / "Barcelona lost to Madrid"; "the
        euro fell against the dollar" / "the dollar rose against the euro")."""
        if not opposed(self.poles(rep), self.poles(j)):
            return False
        a, b, edits = self._edits(rep, j)
        moved_a = {t for _, i0, i1, _, _ in edits for t in a[i0:i1]} & set(b)
        moved_b = {t for _, _, _, j0, j1 in edits for t in b[j0:j1]} & set(a)
        return not moved_a and not moved_b

    def _edits(self, rep: int, j: int) -> tuple[list[str], list[str], list[tuple[str, int, int, int, int]]]:
        """The content terms of ``rep`` and ``j`` (numbers aside) and the places
        where they differ (:class:`difflib.SequenceMatcher` opcodes other than ``equal``)."""
        a = [t for t in self.pool.terms(rep) if not t.isdigit()]
        b = [t for t in self.pool.terms(j) if not t.isdigit()]
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        return a, b, [op for op in ops if op[0] != "equal"]

    def poles(self, i: int) -> frozenset[Pole]:
        """The sides of its language's opposites sentence ``i`` takes."""
        got = self._poles.get(i)
        if got is None:
            lang = self.pool.analyses[int(self.pool.owner[i])].language
            got = self._poles[i] = poles(self.pool.sentence(i).text, lang)
        return got

    def _denies(self, i: int, j: int) -> bool:
        """Whether ``i`` denies a term that ``j`` states without denying it."""
        mine = self.denied(i)
        if not mine:
            return False
        theirs = self.denied(j)
        return any(_inflected(t, d) for t in self.pool.terms(j) if t not in theirs for d in mine)

    def _one_word_swapped(self, rep: int, j: int) -> bool:
        """Whether the content words of ``rep`` and ``j`` (numbers aside) are
        the same but in one place, where as many words of each, at most
        :data:`SWAPPED`, are others ("halts" / "resumes", "San Diego" / "Los
        Angeles"): none of them a form, a spelling variant or a word the
        quantities table counts as the same of one across, and at least two
        words unchanged around them.  One word for two is not taken: news
        names one person or thing in other words ("LaSalle" / "the
        36-year-old driver")."""
        a, b, edits = self._edits(rep, j)
        if len(edits) != 1:
            return False
        tag, i0, i1, j0, j1 = edits[0]
        if tag != "replace" or not i1 - i0 == j1 - j0 <= SWAPPED or len(a) - (i1 - i0) < 2:
            return False
        lang = self.pool.analyses[int(self.pool.owner[rep])].language
        return not any(
            _inflected(x, y) or _spelling_variant(x, y) or same_class(x, y, lang) for x in a[i0:i1] for y in b[j0:j1]
        )

    def _other_measures(self, rep: int, j: int) -> bool:
        """Whether ``j`` gives other values than ``rep`` of two or more of its
        quantities and the same value of none: another thing told the same
        way (one rider's "54 km in 1 hour 12 minutes", another's "7.9 km in
        8 minutes"), not another account of one thing, which differs in a
        figure and agrees on the rest.  Such a sentence witnesses nothing."""
        mine = [q for q in self.quantities(rep) if q.kind in ("number", "percent")]
        if len(mine) < 2:
            return False
        other: set[str] = set()
        for r in self.quantities(j):
            for q in mine:
                if same_quantity(q, r, strict=True):
                    if q.value == r.value:
                        return False
                    other.add(q.quantity)
        return len(other) >= 2

    def _other_thing(self, rep: int, j: int) -> bool:
        """Whether ``j`` tells another thing the same way (:meth:`_other_measures`)
        and each of the two names something the other does not (one rider
        and another): not a restatement of ``rep``, nor a disagreement."""
        if not self._other_measures(rep, j):
            return False
        (ti, _), (tj, _) = self._content(rep), self._content(j)
        return bool(ti - tj) and bool(tj - ti)

    def other_values(self, i: int, j: int) -> bool:
        """Whether ``j`` gives another value of a quantity ``i`` gives (strictly the same quantity)."""
        theirs = [r for r in self.quantities(j) if r.kind in ("number", "percent")]
        return any(
            q.value != r.value and same_quantity(q, r, strict=True)
            for q in self.quantities(i)
            if q.kind in ("number", "percent")
            for r in theirs
        )

    def labels(self, i: int) -> dict[str | None, set[float]]:
        """What sentence ``i`` names by number (stage, flight) -> the numbers it gives."""
        got = self._labels.get(i)
        if got is None:
            got = self._labels[i] = {}
            for q in self.quantities(i):
                if q.kind == "label":
                    got.setdefault(q.noun, set()).add(q.value)
        return got

    def _other_label(self, rep: int, j: int) -> bool:
        """Whether ``j`` names a thing ``rep`` names (stage, flight) only by other numbers."""
        mine = self.labels(rep)
        if not mine:
            return False
        return any(noun in mine and not (values & mine[noun]) for noun, values in self.labels(j).items())

    def _shares_figure(self, rep: int, j: int) -> bool:
        theirs: dict[float, list[Quantity]] = {}
        for r in self.figures(j):
            theirs.setdefault(r.value, []).append(r)
        return any(same_quantity(q, r) for q in self.figures(rep) for r in theirs.get(q.value, ()))

    def supporters(self, rep: int, candidates: Iterable[int]) -> list[Support]:
        """The best supporting sentence of each other report among ``candidates``
        and the sentences sharing a figure with ``rep``; in pool order."""
        owner = self.pool.owner
        own = int(owner[rep])
        pool_ids = set(candidates)
        for q in self.figures(rep):
            pool_ids.update(self.by_value.get(q.value, ()))
        best: dict[int, Support] = {}
        for j in sorted(pool_ids):
            d = int(owner[j])
            if d == own:
                continue
            s = self.judge(rep, j)
            if s is not None and (d not in best or _rank(s) > _rank(best[d])):
                best[d] = s
        return sorted(best.values(), key=lambda s: s.sentence)

    def witnesses(self, rep: int, candidates: Iterable[int], support: Sequence[Support]) -> list[int]:
        """Sentences among ``candidates`` that witness a disagreement with
        ``rep`` (see :data:`WITNESS`): of each report that neither wrote
        ``rep`` nor supports it, the one that covers it best; in pool order."""
        mine = self.figures(rep)
        if not mine:
            return []
        owner = self.pool.owner
        skip = {int(owner[rep])} | {int(owner[s.sentence]) for s in support}
        best: dict[int, tuple[float, int]] = {}
        for j in sorted(set(candidates)):
            d = int(owner[j])
            if d in skip or not any(
                r.value != q.value and same_quantity(q, r, strict=True) for q in mine for r in self.figures(j)
            ):
                continue
            cover = min(self.coverage(rep, j))
            if (
                cover >= WITNESS
                and (d not in best or cover > best[d][0])
                and not self.contrary(rep, j)
                and not self._other_measures(rep, j)
            ):
                best[d] = (cover, j)
        return sorted(j for _, j in best.values())

    def flags(self, rep: int, support: Sequence[Support], witnesses: Sequence[int] = ()) -> tuple[Disagreement, ...]:
        """Every disagreement of the brief sentence ``rep`` with what supports
        it and what ``witnesses`` it: other values of its figures' quantities,
        and other weekdays and dates among the sentences that state the same fact."""

        pool = self.pool
        same = [pool.sentence(rep)] + [pool.sentence(s.sentence) for s in support if s.kind == "same"]
        language = pool.analyses[int(pool.owner[rep])].language
        figures = self.disagreements(rep, [s.sentence for s in support], witnesses)
        told = [(x.doc_id, x.text) for x in same]
        return figures + weekday_disagreements(told, language) + date_disagreements(told, language)

    def disagreements(
        self, rep: int, support: Sequence[int], witnesses: Sequence[int] = ()
    ) -> tuple[Disagreement, ...]:
        """Figures of the brief sentence that the sentences that support it
        (pool indices) or witness a disagreement with it give other values
        of, for the same quantity; each flag lists every value with the
        sources that give it, names the quantity and gives the span of each
        witness it rests on."""
        pool = self.pool
        out = []
        seen: set[str] = set()
        witnessing = set(witnesses)
        for q in self.quantities(rep):
            if q.kind in ("year", "label") or q.quantity in seen:
                continue
            holders: dict[float, tuple[str, list[str]]] = {q.value: (q.shown, [pool.sentence(rep).doc_id])}
            spans: list[tuple[str, int, int]] = []
            for j in [*support, *witnesses]:
                doc = pool.sentence(j).doc_id
                theirs = [r for r in self.quantities(j) if same_quantity(q, r, strict=True)]
                if any(r.value == q.value for r in theirs):
                    theirs = [
                        r for r in theirs if r.value == q.value
                    ]  # it gives this value (and others of other things)
                for r in theirs:
                    _, ids = holders.setdefault(r.value, (r.shown, []))
                    if doc not in ids:
                        ids.append(doc)
                if theirs and j in witnessing:
                    x = pool.sentence(j)
                    spans.append((x.doc_id, x.start, x.end))
            if len(holders) > 1:
                seen.add(q.quantity)
                values = tuple((shown, tuple(ids)) for _, (shown, ids) in sorted(holders.items()))
                out.append(Disagreement(q.kind, values, q.quantity, tuple(spans)))
        return tuple(out)


def _inflected(a: str, b: str) -> bool:
    """Whether two stems are one word, or one with up to two letters written
    before it (Arabic verbs: يحضر / سيحضر / حضر)."""
    short, long = sorted((a, b), key=len)
    return a == b or (long.endswith(short) and len(long) - len(short) <= 2 and len(short) >= 3)


def _spelling_variant(a: str, b: str) -> bool:
    """Whether two words are one letter, or two letters swapped, apart
    (امريكيه / اميركيه, color / colour)."""
    if len(a) == len(b):
        off = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(off) <= 1 or (
            len(off) == 2 and off[1] == off[0] + 1 and a[off[0]] == b[off[1]] and a[off[1]] == b[off[0]]
        )
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _rank(s: Support) -> tuple[int, float]:
    return (s.kind == "same", s.score)
