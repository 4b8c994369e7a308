"""Many reports -> one cited brief per story.

Steps: analyse each report once; split the reports into stories
(:mod:`.stories`); pool a story's sentences and link similar ones
(:mod:`.pool`); group sentences that state the same thing (:mod:`.group`);
rank groups by where the reports first tell them -- the backend's ranking
of each report's sentences -- by corroboration, centrality and concept
density; pick them with the shared selection step under the budget, leaving
out (and replacing) any that states a fact already picked, never a fragment
(:mod:`summarizer.text.fragments`), shortening the best one when no whole
sentence fits a word cap; order them by the date their fact was first
reported, then where it is first told; write each as its first complete telling,
citing the sentence of each other report that states the same fact
(:mod:`.support`); flag other values of its figures' quantities, other
weekdays and other dates (:mod:`.support`, :mod:`.disagree`).
Every step is deterministic.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from scipy import sparse

from ..backends.base import Abstractive, Extractive
from ..budget import Budget
from ..errors import InputError, OptionError
from ..header import header
from ..pipeline import Analysis
from ..registry import Registry, default_registry
from ..selection import choose, shortened
from ..similarity import l2_rows
from ..text.lang import canonical as canonical_language
from ..timeline import story_dates
from ..types import Citation, Document, Summary, SummarySentence
from .across import sentence_encoder
from .cite_across import brief_language as brief_language_of
from .cite_across import cite_across
from .group import THRESHOLD, Group, group
from .lead import lead_group
from .pool import Pool, build_pool, links
from .stories import Story, group_stories
from .support import SAME, Evidence
from .updates import with_updates

DEFAULT_FUSION_BUDGET = Budget(sentences=5)
#: Ranks the sentences of each report when the backend writes new text
#: instead (an abstractive backend rewrites the groups fusion selects).
RANKER = "lead"

#: How groups are ranked.  A group's *depth* is the best place a report
#: gives it in the backend's ranking of that report's sentences (0 when
#: some report ranks it first; with ``lead``, where it tells it) and its
#: *report order* is that report's place among the reports (0 = first, 1 =
#: last; by date when every report was handed one, otherwise as handed over).  The
#: score is
#:
#:     -log2(1 + depth) - POSITION * report order + CENTRALITY * centrality
#:            + CORROBORATION * share of the other reports that support it
#:            + DENSITY * concept density (see there)
#:
#: where a report supports a group when one of its sentences states the
#: representative's fact (:mod:`.support`; the reports its citations list).
#: So the reports' openings come first, as a news editor reads them, earliest
#: report first; a fact every report gives gains as much as moving from the
#: eighth sentence to the opening (log2(1 + 7) = 3).  On the MultiLing dev
#: sets, ranking by centrality and corroboration first (position only as a
#: bonus) scored 0.8 ROUGE-2 below reading the reports' openings in turn;
#: sweeps of these weights (position 0-1, centrality 0-2, corroboration 0-3)
#: scored 17.2-17.65 pooled, against 17.49 for the round-robin lead
#: (``lead-rr``).  Corroboration is 3 because the dev sets barely respond to
#: it while same-day rewrites (the seeds) need it to bring up a fact all
#: reports state deep in the text.
POSITION = 0.5
CENTRALITY = 0.5
CORROBORATION = 3.0
#: Weight of a group's *concept density*: the weight of the concepts its
#: sentence holds (pairs of consecutive stems, each weighing the number of
#: reports that state it, at least three: :mod:`.concepts`) per word, the
#: densest group of the story scoring 1.  Of the reports' openings, the one
#: that says what most reports say comes first.  MultiLing pooled ROUGE-2 at
#: 100 words 12.59 -> 12.99 (story p = 0.22; weights 0.25 to 1: 12.79 to
#: 12.99), at 250 words 18.04 -> 18.13 (p = 0.70); seeds' briefs unchanged.
DENSITY = 0.5
#: MMR penalty for similarity to a group already taken, and the similarity
#: at which a group counts as said already and is skipped.
REDUNDANCY = 0.5
SAID_ALREADY = 0.5
#: Groups beyond the best this many are not considered for selection
#: (keeps the dense similarity of candidates small).
CANDIDATES = 300

#: Groups that state a fact a chosen group states (:func:`_distinct`) are
#: left out and the selection made again, at most this many times, so the
#: brief keeps its length.
REFILLS = 3

#: Sentence pairs at least this similar are linked in a story's pool (for
#: citation scores; groups need THRESHOLD).
LINK = 0.2

#: fuse()'s own options (the rest go to the backend).
OPTIONS = (
    "stories",
    "corroboration",
    "position",
    "centrality",
    "density",
    "redundancy",
    "threshold",
    "selection",
    "brief_language",
)
#: ``rank`` (the default) takes groups by their score (maximal marginal
#: relevance); ``concepts`` maximises the coverage of concepts many reports
#: state (:mod:`.concepts`) over the groups first told among a report's
#: first OPENING sentences (by the backend's ranking).  On MultiLing
#: (pooled ROUGE-2, 250 words, headlines above a date line read as titles)
#: ``rank`` scored 17.90 and ``concepts`` 17.31 (OPENING 1: 18.05, against
#: lead-rr's 18.22 story p = 0.58; OPENING 3: 17.06): see README "Quality".
SELECTIONS = ("rank", "concepts")
OPENING = 2
#: Groups whose sentence is shorter than this are taken only when nothing
#: longer is left: titles and datelines ("Saturday, January 8, 2005") are
#: sentences to a splitter (MultiLing pooled ROUGE-2: 17.87 without, 17.90
#: at 10, 17.62 at 14; before headlines above a date line were read as
#: titles, 17.45, 17.59 and 17.48).
MIN_WORDS = 10
SHORT_PENALTY = 1e3


def fuse(
    documents: Sequence[Document | Analysis],
    *,
    backend: str = "salience",
    budget: Budget | None = None,
    language: str | None = None,
    stories: bool = True,
    registry: Registry | None = None,
    corroboration: float = CORROBORATION,
    position: float = POSITION,
    centrality: float = CENTRALITY,
    density: float = DENSITY,
    redundancy: float = REDUNDANCY,
    threshold: float = THRESHOLD,
    selection: str = "rank",
    brief_language: str | None = None,
    **options: Any,
) -> tuple[Summary, ...]:
    """Fuse ``documents`` into one cited brief per story, largest story first.

    Args:
        documents: documents, or analyses of them (see :func:`summarizer.analyse`).
        backend: an extractive backend, whose ranking of each report's
            sentences decides where a report tells a fact (``lead``: in
            text order); or an abstractive one (``mt5``), which rewrites
            each selected group, its sentence then cited by alignment.
        budget: length of each brief (default: 5 sentences).
        language: ISO 639-1 code for every document (default: each one's own, else detected).
        stories: split the reports into stories first (default); ``False``
            makes one brief of everything.
        corroboration, position, centrality, density, redundancy, threshold:
            see the module constants.
        selection: ``"rank"`` (maximal marginal relevance over the groups'
            scores) or ``"concepts"`` (concept coverage, :mod:`.concepts`).
        brief_language: with the multilingual extra, the language a story
            told in several is briefed in (default: the one most of its
            reports are in); the reports in others are cited where they
            state a brief sentence (:mod:`.cite_across`).
        options: the backend's options.

    Raises:
        InputError: when two documents share an id or none has text.
        OptionError: for an option neither fusion nor the backend takes.
    """
    from ..api import as_analysis, as_documents, check_common, settle

    check_common(budget, language)
    docs = as_documents(documents)
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise InputError(f"document ids must be unique; repeated: {', '.join(dup)}")
    if not docs:
        raise InputError("fuse() needs at least one document")
    budget = budget or DEFAULT_FUSION_BUDGET
    weights = tuple(
        _weight(n, v)
        for n, v in (
            ("position", position),
            ("centrality", centrality),
            ("corroboration", corroboration),
            ("density", density),
        )
    )
    redundancy = _weight("redundancy", redundancy)
    if selection not in SELECTIONS:
        raise OptionError(f"unknown selection {selection!r}; choose {', '.join(SELECTIONS)}")
    threshold = _weight("threshold", threshold, high=1.0)
    reg = registry or default_registry()
    engine = _backend(reg, backend, options)
    ranker = engine if isinstance(engine, Extractive) else reg.create(RANKER)
    realiser = engine.realise if isinstance(engine, Abstractive) and not isinstance(engine, Extractive) else None
    from ..text.normalize import has_words

    if language is None:  # reports read together: a headline takes its neighbours' language (api.settle)
        plain = [d for d in docs if isinstance(d, Document) and has_words(d.text)]
        settled = {id(d): s for d, s in zip(plain, settle(plain))}
        docs = [settled.get(id(d), d) for d in docs]
    analyses = [as_analysis(d, language) for d in docs if isinstance(d, Analysis) or has_words(d.text)]
    if not analyses:
        raise InputError("none of the documents has any text")
    if brief_language is not None:
        try:
            brief_language = canonical_language(brief_language)
        except ValueError as exc:
            raise OptionError(f"brief language: {exc}") from None
    encoder = sentence_encoder()
    found = group_stories(analyses, encoder=encoder) if stories else [Story(tuple(range(len(analyses))))]
    out = []
    for k, story in enumerate(found):
        members = [analyses[i] for i in story.reports]
        pool = build_pool(members)
        pairs = links(pool, min(LINK, threshold))
        part = list(range(len(members)))
        if encoder is not None and len({a.language for a in members}) > 1:  # one language's sentences
            chosen_language = brief_language_of([a.language for a in members], brief_language)
            part = [d for d in part if members[d].language == chosen_language]
        brief = _brief(
            pool, pairs, part, budget, ranker, k, weights, redundancy, threshold, realiser, backend, selection
        )
        if encoder is not None and len(part) < len(members):  # cited in every language that states it
            others = [members[d] for d in range(len(members)) if d not in set(part)]
            brief = cite_across(brief, others, encoder)
        if story.duplicates:
            copies = tuple((analyses[c].id, analyses[o].id) for c, o in story.duplicates)
            brief = replace(brief, metadata=tuple(sorted((*brief.metadata, ("duplicates", copies)))))
        out.append(brief)
    return tuple(out)


def _weight(name: str, value: object, high: float = 1e6) -> float:
    from ..backends.base import number

    return number(name, value, 0.0, high)


def _backend(reg: Registry, name: str, options: dict[str, Any]) -> Extractive | Abstractive:
    try:
        return reg.create(name, **options)  # an unknown name fails here, listing the valid ones
    except OptionError as exc:
        raise OptionError(f"{exc}; fusion's own options: {', '.join(OPTIONS)}") from None


def _report_rank(pool: Pool, part: Sequence[int]) -> dict[int, float]:
    """Each report's place among ``part``, 0 (first) to 1 (last): by date when
    every report was handed one (:func:`_given_date`), otherwise in the order
    they were handed over."""
    docs = list(part)
    dates = [_given_date(pool.analyses[d]) for d in docs]
    if all(dates):
        docs = [d for _, d in sorted(zip(dates, docs))]
    span = max(len(docs) - 1, 1)
    return {d: k / span for k, d in enumerate(docs)}


def _sentence_ranks(pool: Pool, part: Sequence[int], ranker: Extractive) -> dict[int, int]:
    """Pool index -> the place the ranker gives that sentence in its report
    (0 = its best; ties by position)."""
    out: dict[int, int] = {}
    for d in part:
        a = pool.analyses[d]
        scores = list(ranker.scores(a))
        span = pool.span(d)
        order = sorted(range(len(span)), key=lambda i: (-scores[i], i))  # those in the pool
        for place, i in enumerate(order):
            out[span.start + i] = place
    return out


@dataclass(frozen=True)
class _Picked:
    chosen_groups: tuple[Group, ...]
    too_long: int = 0
    shortest: int = 0


def _concept_weights(pool: Pool, part: Sequence[int]) -> dict[str, int]:
    """The story's concepts and the number of reports stating each (:func:`.concepts.concept_weights`)."""
    from .concepts import concept_weights, concepts_of

    per_report = []
    for d in part:
        found: set[str] = set()
        for i in pool.span(d):
            found |= concepts_of(pool.terms(i))
        per_report.append(found)
    return concept_weights(per_report)


def _density(pool: Pool, groups: list[Group], weights: dict[str, int]) -> np.ndarray:
    """Each group's concept weight (``weights``: :func:`_concept_weights`) per
    word of its sentence, the densest 1 (see :data:`DENSITY`)."""
    from .concepts import concepts_of

    dens = np.array(
        [
            sum(weights.get(c, 0) for c in concepts_of(pool.terms(g.representative)))
            / max(1, pool.words(g.representative))
            for g in groups
        ],
        dtype=float,
    )
    top = dens.max() if len(dens) else 0.0
    return dens / top if top > 0 else dens


def _by_concepts(
    pool: Pool, groups: list[Group], weights: dict[str, int], score: np.ndarray, depth: np.ndarray, budget: Budget
) -> _Picked:
    """Concept coverage (:mod:`.concepts`) over the groups first told in a
    report's opening (:data:`OPENING`) by a sentence of :data:`MIN_WORDS` or
    more (all groups when none is); concepts weighted by the reports that
    state them anywhere (``weights``: :func:`_concept_weights`)."""
    from .concepts import Unit, concepts_of, select

    lengths = np.array([pool.words(g.representative) for g in groups])
    whole = ~_fragments(pool, groups)
    eligible = np.flatnonzero((depth < OPENING) & (lengths >= MIN_WORDS) & whole)
    if not len(eligible):
        eligible = np.flatnonzero(whole)
    eligible = eligible[np.argsort(-score[eligible], kind="stable")][:CANDIDATES]
    over = 0
    if budget.words is not None and budget.strict:  # a sentence longer than the cap can never be taken
        fits = lengths[eligible] <= budget.words
        over = int(np.count_nonzero(~fits))
        eligible = eligible[fits]
    cand = [groups[i] for i in eligible]
    units = [
        Unit(concepts_of(pool.terms(g.representative)), int(lengths[i]), float(score[i]))
        for i, g in zip(eligible, cand)
    ]
    exclusive: list[tuple[int, int]] = []
    if cand:
        reps = pool.vectors[[g.representative for g in cand]]
        sim = (reps @ reps.T).tocoo()
        exclusive = [(int(a), int(b)) for a, b, v in zip(sim.row, sim.col, sim.data) if a < b and v >= SAID_ALREADY]
    chosen = select(units, weights, budget, exclusive)
    shortest = int(lengths.min()) if len(lengths) else 0
    return _Picked(tuple(cand[k] for k in chosen), over if not chosen else 0, shortest)


def _brief(
    pool, pairs, part, budget, ranker, story_no, weights, redundancy, threshold, realiser, backend, selection
) -> Summary:
    w_pos, w_cent, w_corr, w_dens = weights
    rank = _report_rank(pool, part)
    place = _sentence_ranks(pool, part, ranker)
    groups = group(pool, pairs, part, threshold, rank)
    ndocs = len(part)
    gv = _group_vectors(pool, groups)
    centroid = np.asarray(gv.sum(axis=0)).ravel()
    norm = np.linalg.norm(centroid) or 1.0
    centrality = np.asarray(gv @ (centroid / norm)).ravel()
    evidence = Evidence(pool, part)
    near = [_neighbours(pairs, g) for g in groups]
    supporters = [evidence.supporters(g.representative, near[i]) for i, g in enumerate(groups)]
    support = np.array([len(sup) for sup in supporters], dtype=float)  # other reports that state it
    corr = support / max(ndocs - 1, 1)
    first = [min(g.members, key=lambda m: (place[m], rank[int(pool.owner[m])])) for g in groups]
    depth = np.array([float(place[m]) for m in first])
    order_of = np.array([rank[int(pool.owner[m])] for m in first])
    score = -np.log2(1.0 + depth) - w_pos * order_of + w_cent * centrality + w_corr * corr
    # the story's concept weights, once, for the density term and concept selection alike
    cweights = _concept_weights(pool, part) if w_dens or selection == "concepts" else {}
    if w_dens:
        score = score + w_dens * _density(pool, groups, cweights)
    lead = None  # the story's most corroborated fact (:mod:`.lead`), with the rank selection
    if selection == "concepts":
        picked = _by_concepts(pool, groups, cweights, score, depth, budget)
        chosen = _distinct(evidence, list(picked.chosen_groups))
    else:
        glen = np.array([pool.words(g.representative) for g in groups])
        sc = np.where(glen >= MIN_WORDS, score, score - SHORT_PENALTY)  # short lines last
        sc[_fragments(pool, groups)] = np.nan  # never a fragment (issue 35): an attribution alone, a quote's piece
        lead = lead_group(pool, groups, supporters, np.where(glen >= MIN_WORDS, sc, np.nan))  # taken first
        if lead is not None:
            sc[lead] = np.nanmax(sc) + 1.0
        order = np.argsort(-sc, kind="stable")[:CANDIDATES]
        cand = [groups[i] for i in order]
        reps = pool.vectors[[g.representative for g in cand]]
        sim = np.asarray((reps @ reps.T).todense())
        np.fill_diagonal(sim, 0.0)
        lengths = [pool.words(g.representative) for g in cand]
        values = sc[order].astype(float)
        for _ in range(REFILLS + 1):
            chose = choose(values, sim, lengths, budget, redundancy=redundancy, said_already=SAID_ALREADY)
            picked = _Picked(tuple(cand[i] for i in chose.chosen), chose.too_long, chose.shortest)
            chosen = _distinct(evidence, list(picked.chosen_groups))
            if len(chosen) == len(picked.chosen_groups):
                break
            kept = {id(g) for g in chosen}
            values[[i for i in chose.chosen if id(cand[i]) not in kept]] = np.nan  # said already: choose again
    gscore = {id(g): float(score[i]) for i, g in enumerate(groups)}
    gsupport = {id(g): supporters[i] for i, g in enumerate(groups)}
    gnear = {id(g): near[i] for i, g in enumerate(groups)}
    texts, cands = None, None
    if realiser is not None:
        from ..align import candidates_of

        texts = realiser([[pool.sentence(m).display for m in g.members] for g in chosen])
        cands = candidates_of([pool.analyses[d] for d in part])  # generated text is cited against the whole story
    analyses = [pool.analyses[d] for d in part]
    hdr = header(analyses, _report_centrality(pool, part))
    dates = dict(
        zip((a.id for a in analyses), story_dates([a.date for a in analyses]).trusted([a.date for a in analyses]))
    )
    told = []
    beyond = _beyond_target(pool, chosen, budget)
    for k, g in enumerate(chosen):
        generated = None if texts is None else (texts[k], cands)
        witnesses = evidence.witnesses(g.representative, gnear[id(g)], gsupport[id(g)])
        made = _sentence(pool, evidence, g, gsupport[id(g)], witnesses, gscore[id(g)], generated)
        made = with_updates(replace(made, date=_first_told(made, dates)), dates, pool)  # news that changed
        first_of = lead is not None and g is groups[lead]  # the lead, then the rest in time order
        told.append(((beyond[k], not first_of, _story_position(pool, g, made.date, hdr.first_date)), made))
    sentences = [made for _, made in sorted(told, key=lambda x: x[0])]
    if not sentences and picked.too_long and budget.words is not None:
        # no whole sentence fits the cap: the best group's first telling, shortened to it
        long = [pool.words(g.representative) >= MIN_WORDS for g in groups]
        whole = ~_fragments(pool, groups)
        best = max(range(len(groups)), key=lambda i: (bool(whole[i]), long[i], float(score[i]), -i))
        rep = pool.sentence(groups[best].representative)
        sentences = [shortened(rep, budget.words, float(score[best]), dates.get(rep.doc_id))]
    meta: dict[str, object] = {"story": story_no, "groups": len(groups), "documents": ndocs}
    if picked.too_long:
        meta.update(too_long=picked.too_long, shortest=picked.shortest)
    if lead is not None and sentences and sentences[0].text == pool.sentence(groups[lead].representative).display:
        meta["lead"] = True  # its first sentence stands apart from the time order (render.day_breaks)
    name = f"fusion+{backend}"  # fusion, and the backend that ranked (or rewrote) its sentences
    return Summary(
        tuple(sentences),
        name,
        tuple(a.id for a in analyses),
        tuple(sorted(meta.items())),
        language=analyses[0].language,
        title=hdr.title,
        first_date=hdr.first_date,
        last_date=hdr.last_date,
        doubtful_dates=hdr.doubtful_dates,
        outlets=hdr.outlets,
    )


def _report_centrality(pool: Pool, part: Sequence[int]) -> list[float]:
    """Each report's cosine to the story: its sentences' tf-idf summed and
    normalised, against the sum of all reports' (for the brief's title)."""
    rows = []
    for d in part:
        span = pool.span(d)
        v = np.asarray(pool.vectors[span.start : span.stop].sum(axis=0)).ravel()
        n = np.linalg.norm(v)
        rows.append(v / n if n else v)
    if not rows:
        return []
    m = np.vstack(rows)
    centre = m.sum(axis=0)
    n = np.linalg.norm(centre)
    return [float(x) for x in (m @ (centre / n if n else centre))]


def _beyond_target(pool: Pool, chosen: Sequence[Group], budget: Budget) -> list[int]:
    """0 for each chosen group inside the budget; for those that reach past a
    word *target* (``Budget(strict=False)``, whose last sentence may cross it),
    their place in the order they were chosen, from 1.  They go after the time-ordered brief, so
    a reader (or an evaluation) that stops at the target stops before them and
    not before the story's latest news: ordering a target's overshoot by date too
    cost 0.19 MultiLing pooled ROUGE-2 at 250 words."""
    if budget.words is None or budget.strict:
        return [0] * len(chosen)
    out, words = [], 0
    for k, g in enumerate(chosen):
        words += pool.words(g.representative)
        out.append(k + 1 if words > budget.words else 0)
    return out


def _first_told(s: SummarySentence, dates: dict[str, datetime.date | None]) -> datetime.date | None:
    """The earliest trusted date of the reports that state ``s`` (its
    representative and the citations of kind ``same``)."""
    found = [d for c in s.citations if c.representative or c.kind == "same" if (d := dates.get(c.source))]
    return min(found) if found else None


def _fragments(pool: Pool, groups: list[Group]) -> np.ndarray:
    """Which groups' sentences are fragments (:func:`~summarizer.text.fragments.fragment_reason`);
    none when all are (a story of fragments still gets a brief)."""
    from ..text.fragments import fragment_reason

    found = np.array([fragment_reason(pool.sentence(g.representative).text) is not None for g in groups], dtype=bool)
    return found if not found.all() else np.zeros(len(groups), dtype=bool)


def _group_vectors(pool: Pool, groups: list[Group]) -> sparse.csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    for g_i, g in enumerate(groups):
        rows.extend([g_i] * len(g.members))
        cols.extend(g.members)
    pick = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(groups), len(pool)))
    return l2_rows(sparse.csr_matrix(pick @ pool.vectors))


def _story_position(
    pool: Pool, g: Group, date: datetime.date | None, first: datetime.date | None
) -> tuple[int, float, int]:
    """Where a brief sentence goes (issue 35: in the order it was first
    reported): after the date of the first report that states it (``date``;
    one the story's reports do not date goes with its ``first`` day), then
    where its first telling (the representative) sits in its report,
    relative to the report's length, then pool order.

    Within a day, not the median position of all its sentences: a story's main fact, the
    opening of the first report, is restated deep in later reports as
    background ("Air France Flight 447, which crashed on June 1, ..."), and
    the median put it last (MultiLing pooled ROUGE-2, the brief cut to the
    budget: 18.13 -> 18.43 at 250 words, 12.99 -> 13.20 at 100)."""
    day = date or first
    return (day.toordinal() if day else 0, float(pool.relpos[g.representative]), int(g.representative))


def _given_date(a: Analysis) -> datetime.date | None:
    """The report's date when it was handed one (``Document.date``, read as a
    date: ``12 April 2024`` after ``5 March 2024``), else ``None``.

    A date found in the report's header lines is not used here: ordering the
    MultiLing clusters' reports by their datelines, instead of as handed
    over, cost 0.3 ROUGE-2 pooled at 250 words and 0.9 at 100."""
    return a.date if a.document.date else None


def _neighbours(pairs: sparse.csr_matrix, g: Group) -> list[int]:
    """Sentences linked to the group's representative, and its members."""
    row = pairs[g.representative]
    return [*row.indices.tolist(), *g.members]


def _distinct(evidence: Evidence, chosen: list[Group]) -> list[Group]:
    """The chosen groups less any whose representative states the same fact
    as one chosen before it (two groups can tell one fact in words too
    different to group): a brief says each thing once."""
    kept: list[Group] = []
    for g in chosen:
        if not any(_said(evidence, k.representative, g.representative) for k in kept):
            kept.append(g)
    return kept


def _said(evidence: Evidence, k: int, g: int) -> bool:
    """Whether sentence ``g`` says nothing that the brief's sentence ``k`` does
    not: it states the same fact (:meth:`Evidence.judge`, ``same``), or
    :data:`SAME` of its weighted content is in ``k`` ("Twelve people died in
    the floods" after "A storm hit the coast, killing twelve people in
    floods") and it neither contradicts ``k`` nor gives another value of one
    of its quantities (a new toll is news)."""
    s = evidence.judge(k, g)
    if s is not None and s.kind == "same":
        return True
    return evidence.coverage(g, k)[0] >= SAME and not evidence.contrary(k, g) and not evidence.other_values(k, g)


def _sentence(
    pool: Pool, evidence: Evidence, g: Group, supporters, witnesses, score: float, generated=None
) -> SummarySentence:
    """The brief sentence of group ``g``: its representative first, then the
    best supporting sentence of each other report (see :mod:`.support`); or,
    when ``generated`` is ``(text, candidates)``, that text cited by
    alignment against the candidates.  Its flags come from what supports it
    and what ``witnesses`` a disagreement with it."""
    rep = g.representative
    flags = evidence.flags(rep, supporters, witnesses)
    if generated is not None:
        from ..align import align

        text, cands = generated
        lang = pool.analyses[int(pool.owner[rep])].language
        return align(text, cands, lang, score=score, disagreements=flags)
    first = pool.sentence(rep)
    citations = [Citation(first.doc_id, first.start, first.end, first.index, 1.0, True, "same")]
    for sup in supporters:
        s = pool.sentence(sup.sentence)
        citations.append(Citation(s.doc_id, s.start, s.end, s.index, round(sup.score, 6), False, sup.kind))
    return SummarySentence(first.display, tuple(citations), score, True, flags)
