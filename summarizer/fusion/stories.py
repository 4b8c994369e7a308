"""Telling which reports tell the same story, from five reports to a day's feed of thousands.

Decisions are made on whole reports, never on a single pair of sentences:

1. **A representation of each report**: tf-idf (sublinear term frequency,
   inverse document frequency over the feed's reports of its language) of
   its content stems and of pairs of adjacent stems (names and phrases:
   "Air France", "الحوار الاستراتيجي"), title included, over its first
   :data:`REPORT_SENTENCES` sentences.  Terms that more than
   :data:`COMMON_SHARE` of the reports of its language use (at least
   :data:`COMMON_FLOOR` reports) say nothing about which story a report
   tells and are left out.  In a feed of fewer than :data:`SMALL_FEED`
   reports of a language, frequencies are counted as if it had that many.
   Counting within a language makes a report weigh
   the same whatever other languages share the feed: counted over the whole
   seven-language MultiLing feed, Arabic words were rarer than in Arabic
   alone, and a small change of Arabic stop words was enough to merge the
   Haiti and Chile earthquake stories there (F1 0.982 -> 0.929) but not in
   Arabic alone.
2. **A similarity that means the same in every language** (a story is told
   in one language: each language's reports are grouped on their own): the
   cosine of two reports divided by their *background*, the mean cosine of
   each to the more alike half of the other reports of its language (at
   most :data:`SAMPLE` of them).  A language without a stemmer, or with a
   short stop list, shares more or fewer words by chance, and so does a
   feed of long encyclopaedic articles; the more alike half, not all, so
   that reports of another kind in the same feed do not dilute it.  The
   background is pulled toward :data:`BACKGROUND` as if
   :data:`BACKGROUND_WEIGHT` more reports had it, and in a feed of fewer
   than :data:`SMALL_FEED` reports of a language as if the reports it lacks
   had it; and it is at most :data:`MAX_BACKGROUND`.  When two reports both carry a date, the similarity is divided
   by ``1 + days apart / DATE_SCALE``, and once they are more than
   :data:`DATE_SCALE` days apart by ``2 ** (days apart / DATE_SCALE)``: a
   report two years later must be twice as alike to join, ten years later
   32 times.
3. **Grouping that does not chain**: reports are taken in date order (then
   as given), each joining the story whose *average* similarity to it is
   highest if that is at least :data:`JOIN` (in units of the background),
   else starting a story; then every report is moved to the story it now
   fits best, until nothing moves (at most :data:`PASSES` rounds); then
   whole stories whose average similarity is at least :data:`JOIN` are
   joined (a story told in two bursts).  Only stories that share terms with
   a report are scored, through an inverted index, so the cost grows with
   the number of reports, not its square.
4. **Duplicates**: reports with the same body text, and reports of one
   story whose cosine is at least :data:`DUPLICATE`, are one report: the
   first (by date, then as given) stays, the others are listed as its copies.
5. **Shared facts where words and dates do not decide**: a report without a
   date can be on the same subject as a story but about another event (the
   seeds: talks on US forces in Iraq in 2021, and again in 2024), and so can
   reports of one day (a day's feed: two floods, or the 106 EASC articles on
   ten broad subjects, all dated one day, came out as 13 stories, B-cubed
   precision 0.12).  Such a report stays with a story only when it states a
   fact that another report of the story states: :data:`FACTS` or more of
   its sentences pair up with the other's (cosine of at least
   :data:`FACT_LINK` with :data:`FACT_TERMS` content terms in common, a pair
   of at least :data:`FACT_STRONG` counting double).  Reports dated more
   than :data:`CLOSE_DAYS` apart need no such confirmation (a story's later
   turns restate little: the MultiLing clusters follow one event over weeks,
   their reports mostly on different days), nor do undated reports of at
   most :data:`FACTS` sentences (a headline, an alert, a feed item's lead: to
   pass, every sentence would have to be told again elsewhere; undated
   MultiLing reports cut to their title and first two sentences were
   B-cubed F1 0.22-0.26 with reports of fewer than FACTS trusted, 0.80-0.90
   with this, the other feeds unchanged); such a report dated close to
   another needs one shared fact.  The EASC articles dated one day: 0.97;
   the MultiLing feeds with their dates unchanged.

6. **Look-alike events apart**: a story of one kind of event (two
   earthquakes in one region, two rehab stays, two title fights) shares
   its words; its events differ in their *signature*, the names and
   figures its reports give (capitalised words after a sentence's first,
   tokens with a digit).  Each story of at least :data:`SPLIT_STORY`
   reports is cut in two by average-link clustering of the cosines of
   its reports' signatures (tf-idf within the story: a name every report
   gives weighs nothing), and the cut is kept when the mean cosine across
   it is below :data:`APART` times the mean within its two parts, each
   part of at least :data:`SPLIT_PART` reports; the parts are cut again
   the same way; only stories most of whose reports give at least
   :data:`SIGNATURE_NAMES` names and figures are cut, and only reports in a
   script with capitals whose signature holds a name take part
   (figures alone cut undated Arabic, Hebrew and Hindi MultiLing stories:
   F1 0.642 -> 0.592, 0.572 -> 0.490, 0.647 -> 0.547).  Two parts with a
   dated report each within :data:`TURN_DAYS` days of each other are turns
   of one story and stay one (a MultiLing story's second week names new
   people); parts whose dates only overlap as spans, each report of one
   months from every report of the other, are two events (two murder
   trials in 2011-13 and 2013: ECB+ dev F1 0.891 -> 0.910, its two halves
   unchanged).  Reports
   without a name (scripts without capitals) follow the part their words
   are nearest.  On the ECB+ dev feed (21 topics of
   two look-alike events each) B-cubed F1 0.710 -> 0.903, precision 0.56
   -> 0.87; odd and even topics apart 0.743 -> 0.952 and 0.760 -> 0.880;
   APART from 0.25 to 0.4 gives 0.89-0.90; the MultiLing and EASC feeds
   unchanged.

Constants were chosen on the MultiLing 2011 feeds of seven languages, the
EASC articles (106 subjects that must stay apart) and the seeds; see
``benchmarks/stories.py`` and ``benchmarks/results/stories.md``.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import itertools
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..pipeline import Analysis
from ..similarity import l2_rows, smooth_idf
from .across import DIGITS, Encoder, join, lead
from .pool import build_pool, links

#: Only a report's first sentences describe its story (and bound the cost).
REPORT_SENTENCES = 200
#: Terms used by more than this share of the reports (and at least
#: COMMON_FLOOR of them) are left out of the representation.
COMMON_SHARE = 0.2
COMMON_FLOOR = 100
#: Sentences a report's lead is taken from (a lead is about 300 characters).
LEAD_SENTENCES = 10
#: Reports of a language each report's background is measured against.
SAMPLE = 256
#: The background similarity assumed before the feed is seen, and how many
#: reports' worth of weight that assumption has.
BACKGROUND = 0.03
BACKGROUND_WEIGHT = 10
#: The largest background: one above it was measured on reports of the
#: report's own story, which is then most of the feed (the dev feeds of many
#: stories: at most 0.065; a synthetic English feed with one story of 150
#: reports among 200: 0.2, and that story came out in 10 parts).
MAX_BACKGROUND = 0.08
#: A language with fewer reports than this in a feed is read as if the
#: reports it lacks were there, on other stories: they hold none of its
#: terms (inverse document frequencies over SMALL_FEED reports) and are as
#: alike to its reports as BACKGROUND (the weight of that prior in each
#: report's background).  A story handed over alone has no other story to be
#: told from: the words all its reports use weighed almost nothing, its
#: reports' background was the story itself, and the least alike of them
#: left it (MultiLing clusters of ten reports, each one story: 17 of 70 kept
#: whole, 63 with this; see ``benchmarks/stories.py``).  Feeds with at least
#: this many reports of a language are read as before.
SMALL_FEED = 100
#: A report joins a story whose average similarity to it is at least this
#: many times the background.
JOIN = 0.85
#: Days over which the similarity of two dated reports halves, and beyond
#: which it halves again every as many days (see :func:`_decay`).
DATE_SCALE = 730.0
#: Rounds of moving reports to the story they fit best.
PASSES = 3
#: Cosine at which two reports of one story are copies of each other.
DUPLICATE = 0.9
#: Shared facts (see the module docstring).
FACT_LINK = 0.2
FACT_STRONG = 0.5
FACT_TERMS = 4
FACTS = 2
#: Reports dated at most this many days apart tell the same turn of a story
#: when they tell one: they must share facts (see the module docstring).
#: Reports of one story a few days apart often do not (each MultiLing
#: story's first week as a feed: B-cubed recall 1.00 with 1, 0.79-0.92 with
#: 3, 0.66-0.84 with 7 days).
CLOSE_DAYS = 1
#: A story is cut in two when the mean signature cosine across the cut is
#: below this share of the mean within its parts (see the module docstring;
#: ECB+ dev F1 0.892 at 0.25, 0.903 at 0.3, 0.899 at 0.35, 0.895 at 0.4).
APART = 0.3
#: The fewest reports a part cut from a story has (a single report apart is
#: an outlier, not an event).
SPLIT_PART = 2
#: Parts with a dated report each within this many days of each other are
#: turns of one story, never cut apart: without it the MultiLing English
#: and French stories lost a week of their reports each (F1 0.984 -> 0.971).
#: Overlapping date spans alone do not make turns: two ECB+ murder trials
#: (reports of 2011-10 and 2013-04, of 2013-01 and 2013-09) stayed one story
#: (ECB+ dev F1 0.891; 0.910 with the nearest pair of dates instead).
TURN_DAYS = 30
#: Stories of more reports than this are not cut (the cut holds a dense
#: matrix of the story's cosines: 2,000 reports, 32 MB).
SPLIT_MAX = 2000
#: Stories of fewer reports with names than this are not cut: parts of two
#: or three reports are too few to tell (the undated Greek MultiLing feed:
#: stories of 4 and 5 reports cut, F1 0.682 -> 0.671; with this, 0.694).
SPLIT_STORY = 6
#: A story is cut only when most of its reports give at least this many
#: names and figures: a whole report gives 26-37 (median, MultiLing en, el,
#: fr, cs; ECB+ 28), a feed item's title and two sentences 6-10 (90th
#: percentile 10-15), too few to tell events by (the MultiLing feed of such
#: items, undated: en 0.871 -> 0.786 and el 0.874 -> 0.813 when cut at 10;
#: at 15 unchanged, ECB+ 0.903; at 20 ECB+ 0.864).
SIGNATURE_NAMES = 15


@dataclass(frozen=True)
class Story:
    """Reports that tell one story.

    Attributes:
        reports: indices (into the reports given) of the story's reports, in
            the order given; copies are not among them.
        duplicates: ``(copy, original)`` index pairs: reports that repeat
            one of ``reports`` (same text, or nearly), cited once as the original.
    """

    reports: tuple[int, ...]
    duplicates: tuple[tuple[int, int], ...] = ()

    @property
    def size(self) -> int:
        """Reports in the story, copies included."""
        return len(self.reports) + len(self.duplicates)


Progress = Callable[[int], None]
#: Splits reports (indices) into the groups that share facts (see :func:`fact_groups`).
FactSplit = Callable[[list[int]], list[list[int]]]

#: Terms are hashed into this many columns (a stable hash: the same on every
#: machine and run), so no vocabulary of a large feed is held in memory.
BUCKETS = 1 << 24


@dataclass(frozen=True, eq=False)
class Profile:
    """What story grouping needs of a report, and no more (a few kilobytes).

    Attributes:
        language: the report's language.
        date: its date (see :attr:`summarizer.pipeline.Analysis.date`).
        key: a digest of its body text (reports with the same key are copies).
        terms: hashed ids of its terms (see the module docstring), ascending.
        counts: how often each occurs.
        names: hashed ids of its signature (see :func:`signature`), ascending.
        name_counts: how often each occurs.
        lead: its title and first sentences (:func:`.across.lead`), read
            by the sentence encoder when stories are joined across languages.
        named: whether it is written in a script with capitals and its
            signature holds a name (not figures only).
        figures: the numbers of its body (digits of every script as ASCII):
            a near copy that gives a number its original does not is no copy.
    """

    language: str
    date: datetime.date | None
    key: str
    terms: np.ndarray
    counts: np.ndarray
    names: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    name_counts: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    lead: str = ""
    named: bool = False
    figures: frozenset[str] = frozenset()


def profile(a: Analysis) -> Profile:
    """The :class:`Profile` of an analysed report."""
    grams: list[str] = []
    for sentence in (a.title_terms, *a.terms[:REPORT_SENTENCES]):
        grams.extend(sentence)
        grams.extend(f"{x} {y}" for x, y in itertools.pairwise(sentence))
    ids = np.fromiter((zlib.crc32(g.encode("utf-8")) % BUCKETS for g in grams), dtype=np.int64, count=len(grams))
    terms, counts = np.unique(ids, return_counts=True)
    body = "\n".join(" ".join(s.display.casefold().split()) for s in a.sentences)
    key = hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()
    named = signature(a)
    first = lead(a.title_text, [s.text for s in a.sentences[:LEAD_SENTENCES]])
    ids = np.fromiter((zlib.crc32(g.encode("utf-8")) % BUCKETS for g in named), dtype=np.int64, count=len(named))
    names, name_counts = np.unique(ids, return_counts=True)
    return Profile(
        a.language,
        a.date,
        key,
        terms.astype(np.int32),
        counts.astype(np.int32),
        names.astype(np.int32),
        name_counts.astype(np.int32),
        first,
        _cased(first) and any(not c.isdigit() for token in named for c in token[:1]),
        _figures(s.text for s in a.sentences),
    )


def _figures(texts: Iterable[str]) -> frozenset[str]:
    """The numbers of ``texts``, digits of every script as ASCII, thousands commas dropped."""
    return frozenset(n.replace(",", "") for text in texts for n in _NUMBER.findall(text.translate(DIGITS)))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


_TOKEN = re.compile(r"\w(?:[\w'’.,-]*\w)?")


def _cased(text: str) -> bool:
    """Whether most letters of ``text`` are of a script with capitals (Latin,
    Greek, Cyrillic): only there does a capital mark a name."""
    letters = [c for c in text if c.isalpha()]
    return 2 * sum(c.lower() != c.upper() for c in letters) > len(letters)


def signature(a: Analysis) -> list[str]:
    """The names and figures of a report (title and first
    :data:`REPORT_SENTENCES` sentences), case folded: its words that start
    with a capital letter and do not open their sentence, its all-capital
    words of two letters or more, and its tokens with a digit.  Scripts
    without capitals give figures only."""
    out: list[str] = []
    for text in (a.title_text or "", *(s.text for s in a.sentences[:REPORT_SENTENCES])):
        for k, token in enumerate(_TOKEN.findall(text)):
            if any(c.isdigit() for c in token) or (k > 0 and token[0].isupper() and len(token) > 1):
                out.append(token.translate(DIGITS).casefold())
                if out[-1][0].isdigit():
                    out[-1] = out[-1].replace(",", "")
    return out


def report_vectors(profiles: Sequence[Profile]) -> sparse.csr_matrix:
    """The L2-normalised tf-idf rows of the reports (see the module docstring)."""
    indptr = np.zeros(len(profiles) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(p.terms) for p in profiles])
    hashed = np.concatenate([p.terms for p in profiles])
    used, indices = np.unique(hashed, return_inverse=True)  # columns: the terms this feed uses
    data = np.concatenate([p.counts for p in profiles]).astype(float)
    counts = sparse.csr_matrix((data, indices.astype(np.int32), indptr), shape=(len(profiles), len(used)))
    # Document frequencies within each report's language: reports are grouped per language, so a
    # term weighs in a mixed feed what it weighs in a feed of its language alone.
    _, lang, reports = np.unique([p.language for p in profiles], return_inverse=True, return_counts=True)
    entry_lang = np.repeat(lang.astype(np.int16), np.diff(counts.indptr)) if len(reports) > 1 else None
    for k, n in enumerate(reports.tolist()):
        at = slice(None) if entry_lang is None else entry_lang == k  # this language's entries
        cols = counts.indices[at]
        df = np.bincount(cols, minlength=len(used))[cols]
        tf = counts.data[at]
        counts.data[at] = np.where(
            df <= max(COMMON_FLOOR, COMMON_SHARE * n), (1.0 + np.log(tf)) * smooth_idf(df, max(n, SMALL_FEED)), 0.0
        )
    counts.eliminate_zeros()
    return l2_rows(counts)


def _backgrounds(vectors: sparse.csr_matrix, languages: Sequence[str]) -> np.ndarray:
    """Each report's mean cosine to the more alike half of (at most SAMPLE,
    evenly spaced) other reports of its language, pulled toward :data:`BACKGROUND`
    (as if :data:`BACKGROUND_WEIGHT` more reports had it, or the reports the
    language lacks to make :data:`SMALL_FEED`), at most :data:`MAX_BACKGROUND`."""
    out = np.zeros(vectors.shape[0])
    langs = np.asarray(languages)
    for lang in sorted(set(languages)):
        rows = np.flatnonzero(langs == lang)
        step = max(1, len(rows) // SAMPLE)
        picked = rows[::step][:SAMPLE]
        sample_t = sparse.csr_matrix(vectors[picked].T)
        others = len(picked) - 1 if len(rows) > 1 else 0
        prior = max(BACKGROUND_WEIGHT, SMALL_FEED - len(rows))  # see SMALL_FEED
        for start in range(0, len(rows), 4096):
            block = rows[start : start + 4096]
            sims = np.asarray((vectors[block] @ sample_t).todense())
            sims[block[:, None] == picked[None, :]] = np.nan  # not itself
            if others:
                cut = np.nanmedian(sims, axis=1)
                mean = np.nanmean(np.where(sims >= cut[:, None], sims, np.nan), axis=1)
            else:
                mean = np.zeros(len(block))
            out[block] = (others * mean + prior * BACKGROUND) / (others + prior)
    return np.clip(out, 1e-6, MAX_BACKGROUND)


class _Clusters:
    """Stories being built: their sums of scaled report vectors, sizes and dates,
    with an inverted index from terms to the stories that use them."""

    def __init__(self, rows: sparse.csr_matrix, days: np.ndarray) -> None:
        self.rows = rows
        self.days = days
        self.sums: list[dict[int, float]] = []
        self.size: list[int] = []
        self.day_sum: list[float] = []
        self.dated: list[int] = []
        self.postings: dict[int, dict[int, float]] = {}
        self.of = np.full(rows.shape[0], -1, dtype=np.int64)

    def _terms(self, x: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.rows.indptr[x], self.rows.indptr[x + 1]
        return self.rows.indices[start:end], self.rows.data[start:end]

    def scores(self, x: int) -> dict[int, float]:
        """Average scaled similarity of report ``x`` to every story sharing a term
        with it (``x`` itself left out of its own story), date decay applied."""
        acc: dict[int, float] = {}
        for t, w in zip(*self._terms(x)):
            for c, v in self.postings.get(int(t), {}).items():
                acc[c] = acc.get(c, 0.0) + w * v
        own = int(self.of[x])
        if own >= 0:
            _, ws = self._terms(x)
            acc[own] = acc.get(own, 0.0) - float(ws @ ws)
        out: dict[int, float] = {}
        day = self.days[x]
        for c, total in acc.items():
            size = self.size[c] - (1 if c == own else 0)
            if size <= 0:
                continue
            s = total / size
            dated = self.dated[c] - (1 if c == own and not np.isnan(day) else 0)
            if not np.isnan(day) and dated > 0:
                mean = (self.day_sum[c] - (day if c == own else 0.0)) / dated
                s /= float(_decay(abs(day - mean)))
            out[c] = s
        return out

    def new(self) -> int:
        self.sums.append({})
        self.size.append(0)
        self.day_sum.append(0.0)
        self.dated.append(0)
        return len(self.sums) - 1

    def move(self, x: int, c: int) -> None:
        old = int(self.of[x])
        terms, weights = self._terms(x)
        day = self.days[x]
        if old >= 0:
            self._add(x, old, terms, -weights, day, -1)
        self._add(x, c, terms, weights, day, 1)
        self.of[x] = c

    def _add(self, x: int, c: int, terms: np.ndarray, weights: np.ndarray, day: float, sign: int) -> None:
        sums = self.sums[c]
        for t, w in zip(terms.tolist(), weights.tolist()):
            value = sums.get(t, 0.0) + w
            if sign < 0 and abs(value) < 1e-12:
                sums.pop(t, None)
                self.postings[t].pop(c, None)
            else:
                sums[t] = value
                self.postings.setdefault(t, {})[c] = value
        self.size[c] += sign
        if not np.isnan(day):
            self.day_sum[c] += sign * day
            self.dated[c] += sign


def _assign(rows: sparse.csr_matrix, days: np.ndarray, order: Sequence[int], progress: Progress | None) -> np.ndarray:
    clusters = _Clusters(rows, days)
    for k, x in enumerate(order):
        best, score = _best(clusters.scores(x))
        clusters.move(x, best if score >= JOIN else clusters.new())
        if progress is not None and k % 256 == 255:
            progress(256)
    for _ in range(PASSES):
        moved = 0
        for x in order:
            own = int(clusters.of[x])
            best, score = _best(clusters.scores(x))
            if score < JOIN:
                if clusters.size[own] == 1:
                    continue  # alone already
                best = clusters.new()
            if best != own:
                clusters.move(x, best)
                moved += 1
        if not moved:
            break
    _merge(clusters)
    if progress is not None:
        progress(len(order) % 256)
    return clusters.of


def _merge(clusters: _Clusters, rounds: int = 20) -> None:
    """Join whole stories whose average similarity (each report of one to
    each of the other) is at least :data:`JOIN`: a story told in two bursts
    can start as two, which moving single reports does not join."""
    for _ in range(rounds):
        live = [c for c in range(len(clusters.sums)) if clusters.size[c] > 0]
        if len(live) < 2:
            return
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, c in enumerate(live):
            items = clusters.sums[c]
            rows.extend([r] * len(items))
            cols.extend(items.keys())
            vals.extend(items.values())
        width = clusters.rows.shape[1]
        sums = sparse.csr_matrix((vals, (rows, cols)), shape=(len(live), width))
        size = np.array([clusters.size[c] for c in live], dtype=float)
        dated = np.array([clusters.dated[c] for c in live], dtype=float)
        mean_day = np.array([clusters.day_sum[c] for c in live]) / np.maximum(dated, 1)
        found: list[tuple[float, int, int]] = []
        for start in range(0, len(live), 1000):
            block = sparse.coo_matrix(sums[start : start + 1000] @ sums.T)
            a, b = block.row + start, block.col
            keep = a < b
            a, b, v = a[keep], b[keep], block.data[keep]
            link = v / (size[a] * size[b])
            both = (dated[a] > 0) & (dated[b] > 0)
            link[both] /= _decay(np.abs(mean_day[a[both]] - mean_day[b[both]]))
            good = link >= JOIN
            found.extend(zip(link[good].tolist(), a[good].tolist(), b[good].tolist()))
        if not found:
            return
        used: set[int] = set()
        for _, a, b in sorted(found, key=lambda t: (-t[0], t[1], t[2])):
            if a in used or b in used:
                continue
            used.update((a, b))
            keep_c, gone = live[a], live[b]
            for x in np.flatnonzero(clusters.of == gone).tolist():
                clusters.move(x, keep_c)


def _decay(days: float | np.ndarray) -> np.ndarray:
    """What the similarity of two dated reports ``days`` apart is divided by:
    ``1 + days / DATE_SCALE`` up to DATE_SCALE days, then ``2 ** (days /
    DATE_SCALE)`` (the larger of the two).  The first alone divided reports
    ten years apart by 6 only, too little in a small feed, where reports on
    one subject are ten times the background (see :data:`SMALL_FEED`): two
    reports of one valley's floods ten years apart became one story.  Within
    two years the two differ little, and the grouping of the dev feeds was
    chosen with the first."""
    x = np.asarray(days, dtype=float) / DATE_SCALE
    return np.maximum(1.0 + x, np.exp2(np.minimum(x, 1000.0)))  # 2 ** 1000: nothing is left; no overflow


def _best(scores: dict[int, float]) -> tuple[int, float]:
    best, value = -1, -np.inf
    for c in sorted(scores):  # ties to the oldest story
        if scores[c] > value:
            best, value = c, scores[c]
    return best, value


def group_stories(
    analyses: Sequence[Analysis], *, progress: Progress | None = None, encoder: Encoder | None = None
) -> list[Story]:
    """The stories of ``analyses``, largest first (ties: the earliest report).

    ``progress(n)`` is called as reports are grouped (``n`` more done).
    With a sentence ``encoder`` (:func:`.across.sentence_encoder`), stories
    of different languages that tell one event are one story
    (:mod:`.across`); without, a story is told in one language.
    Deterministic: the same reports in the same order give the same stories.
    """
    return group_profiles(
        [profile(a) for a in analyses],
        facts=lambda reports: [[reports[k] for k in part] for part in fact_groups([analyses[i] for i in reports])],
        progress=progress,
        encoder=encoder,
    )


def group_profiles(
    profiles: Sequence[Profile],
    *,
    facts: FactSplit | None = None,
    progress: Progress | None = None,
    encoder: Encoder | None = None,
) -> list[Story]:
    """:func:`group_stories` on profiles.  ``facts(reports)`` splits a
    story's reports (indices) into groups that share facts (see
    :func:`fact_groups`); without it, undated reports need no shared facts."""
    if not profiles:
        return []
    # Copies with the same body text are one report from the start.
    first_of: dict[str, int] = {}
    copy_of: dict[int, int] = {}
    for i in _date_order(profiles):
        key = profiles[i].key
        if key in first_of:
            copy_of[i] = first_of[key]
        else:
            first_of[key] = i
    unique = sorted(first_of.values())
    vectors = report_vectors([profiles[i] for i in unique])
    background = _backgrounds(vectors, [profiles[i].language for i in unique])
    scaled = sparse.csr_matrix(sparse.diags(1.0 / np.sqrt(background)) @ vectors)
    days = np.array([_day(profiles[i]) for i in unique], dtype=float)
    # A story is told in one language: each language's reports are grouped
    # on their own (cross-language grouping is not attempted).
    groups: dict[tuple[str, int], list[int]] = {}
    by_language: dict[str, list[int]] = {}
    for k, i in enumerate(unique):
        by_language.setdefault(profiles[i].language, []).append(k)
    for lang in sorted(by_language):
        rows = by_language[lang]
        local_order = sorted(range(len(rows)), key=lambda r: _date_key(profiles[unique[rows[r]]], unique[rows[r]]))
        labels = _assign(scaled[rows], days[rows], local_order, progress)
        for r in local_order:
            groups.setdefault((lang, int(labels[r])), []).append(rows[r])
    stories: list[Story] = []
    for members in groups.values():
        for story in _finish([unique[k] for k in members], vectors[members], profiles, facts):
            stories.extend(_split(story, unique, profiles, vectors))
    # Exact copies follow their original (itself perhaps a near copy of another).
    story_of = {i: s for s, story in enumerate(stories) for i in story.reports}
    root = {copy: original for story in stories for copy, original in story.duplicates}
    extra: dict[int, list[tuple[int, int]]] = {}
    for copy, original in copy_of.items():
        original = root.get(original, original)
        extra.setdefault(story_of[original], []).append((copy, original))
    stories = [
        Story(story.reports, tuple(sorted(story.duplicates + tuple(extra.get(s, ())))))
        for s, story in enumerate(stories)
    ]
    if encoder is not None:
        stories = _across(stories, profiles, encoder)
    return sorted(stories, key=lambda s: (-s.size, min(s.reports)))


def _across(stories: list[Story], profiles: Sequence[Profile], encoder: Encoder) -> list[Story]:
    """``stories`` joined across languages (see :mod:`.across`)."""
    first = [sorted(s.reports, key=lambda i: _date_key(profiles[i], i)) for s in stories]
    joined = join(
        first,
        [p.language for p in profiles],
        [p.lead for p in profiles],
        [set(p.names.tolist()) for p in profiles],
        encoder,
    )
    return [
        Story(
            tuple(sorted(i for k in group for i in stories[k].reports)),
            tuple(sorted(d for k in group for d in stories[k].duplicates)),
        )
        for group in joined
    ]


def _split(story: Story, unique: list[int], profiles: Sequence[Profile], vectors: sparse.csr_matrix) -> list[Story]:
    """``story`` in the stories of the different events it tells (see
    :func:`_apart`); each copy goes with its original."""
    row = {i: k for k, i in enumerate(unique)}
    parts = _apart([row[i] for i in story.reports], [profiles[i] for i in unique], vectors)
    if len(parts) == 1:
        return [story]
    out = []
    for part in parts:
        inside = {unique[k] for k in part}
        out.append(Story(tuple(sorted(inside)), tuple(d for d in story.duplicates if d[1] in inside)))
    return out


def _apart(members: list[int], profiles: Sequence[Profile], vectors: sparse.csr_matrix) -> list[list[int]]:
    """``members`` (rows of ``profiles`` and ``vectors``), one story, in the
    parts that tell different events (see the module docstring)."""
    named = [k for k in members if profiles[k].named]
    if 2 * sum(len(profiles[k].names) >= SIGNATURE_NAMES for k in members) < len(members):
        return [members]  # short items: too few names to tell events by
    if len(named) < SPLIT_STORY or len(members) > SPLIT_MAX:
        return [members]
    # tf-idf of the signatures within the story: a name all its reports give weighs nothing
    indptr = np.zeros(len(named) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(profiles[k].names) for k in named])
    used, cols = np.unique(np.concatenate([profiles[k].names for k in named]), return_inverse=True)
    tf = 1.0 + np.log(np.concatenate([profiles[k].name_counts for k in named]).astype(float))
    m = sparse.csr_matrix((tf, cols.astype(np.int32), indptr), shape=(len(named), len(used)))
    weight = smooth_idf(np.bincount(m.indices, minlength=len(used)), len(named)) - 1.0
    x = l2_rows(sparse.csr_matrix(m @ sparse.diags(weight)))
    sims = np.asarray((x @ x.T).todense())
    cut = _cut(sims, [profiles[k].date for k in named])
    if cut is None:
        return [members]
    parts = [[named[i] for i in side] for side in cut]
    # reports without a signature follow the part their words are nearest
    centres = [np.asarray(vectors[part].sum(axis=0)).ravel() / len(part) for part in parts]
    taking_part = set(named)
    for k in members:
        if k not in taking_part:
            near = [float((vectors[k] @ c)[0]) for c in centres]
            parts[int(np.argmax(near))].append(k)
    return [piece for part in parts for piece in _apart(sorted(part), profiles, vectors)]


def _cut(sims: np.ndarray, dates: Sequence[datetime.date | None]) -> tuple[list[int], list[int]] | None:
    """The two parts of the average-link cut of reports of cosines ``sims``,
    or ``None`` when they are not apart (see the module docstring)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - sims, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    label = fcluster(linkage(squareform(distance, checks=False), "average"), 2, "maxclust")
    a, b = np.flatnonzero(label == 1), np.flatnonzero(label == 2)
    if min(len(a), len(b)) < SPLIT_PART:
        return None
    within = [(sims[np.ix_(p, p)].sum() - len(p)) / (len(p) * (len(p) - 1)) for p in (a, b)]
    mean_within = (within[0] * len(a) + within[1] * len(b)) / (len(a) + len(b))
    if float(sims[np.ix_(a, b)].mean()) >= APART * mean_within:
        return None
    days = [[d.toordinal() for d in (dates[i] for i in p.tolist()) if d is not None] for p in (a, b)]
    if all(days) and np.abs(np.subtract.outer(days[0], days[1])).min() <= TURN_DAYS:
        return None  # turns of one story: a report of each within TURN_DAYS days
    return a.tolist(), b.tolist()


def _day(p: Profile) -> float:
    return float(p.date.toordinal()) if p.date else float("nan")


def _date_key(p: Profile, index: int) -> tuple[int, int, int]:
    return (0, p.date.toordinal(), index) if p.date else (1, 0, index)


def _date_order(profiles: Sequence[Profile]) -> list[int]:
    return sorted(range(len(profiles)), key=lambda i: _date_key(profiles[i], i))


def _finish(
    members: list[int], vectors: sparse.csr_matrix, profiles: Sequence[Profile], facts: FactSplit | None
) -> list[Story]:
    """One grouped story: its near copies folded in, and its undated reports
    kept only where they share facts (see the module docstring); several
    stories when some do not."""
    order = sorted(range(len(members)), key=lambda k: _date_key(profiles[members[k]], members[k]))
    rank = {k: r for r, k in enumerate(order)}
    copies: dict[int, int] = {}
    if len(members) > 1:
        close = _at_least(vectors, DUPLICATE)
        for k in order:
            if k in copies:
                continue
            row = slice(close.indptr[k], close.indptr[k + 1])
            for j in close.indices[row].tolist():
                told = profiles[members[j]].figures <= profiles[members[k]].figures  # a new number is news
                if j != k and j not in copies and rank[j] > rank[k] and told:
                    copies[j] = k
    kept = [members[k] for k in order if k not in copies]
    parts = facts(kept) if facts is not None and len(kept) > 1 and _unconfirmed(kept, profiles) else [kept]
    out = []
    for part in parts:
        inside = set(part)
        dup = tuple((members[j], members[k]) for j, k in copies.items() if members[k] in inside)
        out.append(Story(tuple(sorted(part)), dup))
    return out


def _unconfirmed(kept: list[int], profiles: Sequence[Profile]) -> bool:
    """Whether some of ``kept`` must share facts to stay together (see
    :func:`fact_groups`): one has no date, or its date does not join it to
    the others (:func:`_later_turns`)."""
    days = [p.date.toordinal() for p in (profiles[i] for i in kept) if p.date is not None]
    return len(days) < len(kept) or not all(turn for turn, _ in _later_turns(days))


def _later_turns(days: Sequence[int]) -> list[tuple[bool, bool]]:
    """For each day, whether it is more than :data:`CLOSE_DAYS` after the
    earliest and whether before the latest.  Reports dated so apart are one
    story by their words (a story's later turns); joining each to the
    earliest or the latest it is that far from joins every such pair, the
    two ends being then that far apart too."""
    if not days:
        return []
    first, last = min(days), max(days)
    return [(d - first > CLOSE_DAYS, last - d > CLOSE_DAYS) for d in days]


def _at_least(vectors: sparse.csr_matrix, threshold: float, block: int = 2000) -> sparse.csr_matrix:
    """The pairs of rows whose dot product is at least ``threshold``, block by block."""
    vt = sparse.csr_matrix(vectors.T)
    parts = []
    for start in range(0, vectors.shape[0], block):
        part = sparse.csr_matrix(vectors[start : start + block] @ vt)
        part.data[part.data < threshold] = 0.0
        part.eliminate_zeros()
        parts.append(part)
    return sparse.csr_matrix(sparse.vstack(parts))


def fact_groups(analyses: Sequence[Analysis]) -> list[list[int]]:
    """The reports of one story (positions in ``analyses``) in groups: each
    report with any report it shares facts with, and with those dated more
    than :data:`CLOSE_DAYS` from it; the undated short ones with each other
    and the earliest dated one (see the module docstring)."""

    pool = build_pool(analyses)
    pairs = sparse.triu(links(pool, FACT_LINK), k=1).tocoo()
    owner = pool.owner
    weight: dict[tuple[int, int], float] = {}
    for r, c, v in zip(pairs.row.tolist(), pairs.col.tolist(), pairs.data.tolist()):
        a, b = int(owner[r]), int(owner[c])
        if a == b or len(set(pool.terms(r)) & set(pool.terms(c))) < FACT_TERMS:
            continue
        key = (min(a, b), max(a, b))
        weight[key] = weight.get(key, 0.0) + (2.0 if v >= FACT_STRONG else 1.0)
    parent = list(range(len(analyses)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # an undated report of at most FACTS sentences (a headline, a feed item's
    # lead) would have to be told again whole: its words alone decide
    short = [len(a.sentences) <= FACTS for a in analyses]
    days = {k: a.date.toordinal() for k, a in enumerate(analyses) if a.date is not None}
    first = min(days, key=lambda k: (days[k], k)) if days else -1
    trusted = [k for k, a in enumerate(analyses) if a.date is None and short[k]]
    for k in trusted:  # with each other, and with the earliest dated report
        parent[find(k)] = find(first if first >= 0 else trusted[0])
    # reports dated more than CLOSE_DAYS apart tell a story's later turns: their words decide
    if days:
        last = max(days, key=lambda k: (days[k], -k))
        for k, (after_first, before_last) in zip(days, _later_turns(list(days.values()))):
            if after_first:
                parent[find(k)] = find(first)
            if before_last:
                parent[find(k)] = find(last)
    for (a, b), w in weight.items():
        # dated close together, a long report must state FACTS facts the other states, a short
        # one (a dated feed item) one
        need = 1 if (short[a] or short[b]) and a in days and b in days else FACTS
        if w >= need:
            parent[find(a)] = find(b)
    parts: dict[int, list[int]] = {}
    for k in range(len(analyses)):
        parts.setdefault(find(k), []).append(k)
    return list(parts.values())
