"""Many reports -> one cited brief per story, as a list of stages.

:func:`fuse_analyses` splits the reports into stories (:mod:`.stories`);
:func:`story_brief` runs each story through the stages, each its own
module taking and returning frozen types:

pool (:mod:`.pool`: the story's sentences and their similarity links) ->
rank (:mod:`.rank`: groups of sentences that state one thing, scored) ->
pick (:mod:`.pick`: the groups the budget takes, never a fragment, each
fact once) -> cite (:mod:`.cite`: each as its first complete telling,
citing every report that states it) -> flag (:mod:`.flag`: other values,
weekdays, dates) -> order (:mod:`.order`: the order it was first reported)
-> assemble (:mod:`.assemble`: header and summary); a story told in
several languages is then cited across them (:mod:`.cite_across`).

Every step is deterministic.  :func:`fuse` is the library's entry point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..backends.base import Abstractive, Backend, Extractive
from ..budget import Budget
from ..documents import prepare
from ..options import BriefOptions
from ..pipeline import Analysis
from ..registry import DEFAULT_BACKEND, Registry, default_registry
from ..types import Document, Summary
from .across import Encoder, sentence_encoder
from .assemble import assemble, heading
from .cite import cite
from .cite_across import brief_language, cite_across
from .flag import flag
from .order import order
from .pick import pick
from .pool import build_pool, links
from .rank import rank
from .stories import Story, group_stories

#: Ranks the sentences of each report when the backend writes new text
#: instead (an abstractive backend rewrites the groups fusion selects).
RANKER = "lead"
#: Sentence pairs at least this similar are linked in a story's pool (for
#: citation scores; groups need the grouping threshold).
LINK = 0.2


def fuse(
    documents: Sequence[Document | Analysis],
    *,
    backend: str = DEFAULT_BACKEND,
    budget: Budget | None = None,
    language: str | None = None,
    registry: Registry | None = None,
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
        registry: where ``backend`` is looked up (default: the built-in one).
        options: fusion's own (``stories``, ``position``, ``centrality``,
            ``corroboration``, ``density``, ``redundancy``, ``threshold``,
            ``selection``, ``brief_language``: see :mod:`summarizer.options`)
            and the backend's.

    Raises:
        InputError: when two documents share an id or none has text.
        OptionError: for an option neither fusion nor the backend takes.
    """
    settings = BriefOptions.of(backend=backend, budget=budget, language=language, **options)
    reg = registry or default_registry()
    engine = settings.engine(reg, single=False)
    ready = prepare(documents, language)
    return ready.marked(fuse_analyses(ready.analyses, settings, engine, reg))


def fuse_analyses(
    analyses: Sequence[Analysis], options: BriefOptions, engine: Backend, registry: Registry
) -> tuple[Summary, ...]:
    """Analysed reports -> one brief per story (see the module docstring)."""
    encoder = sentence_encoder()
    whole = Story(tuple(range(len(analyses))))
    found = group_stories(analyses, encoder=encoder) if options.fusion.stories else [whole]
    ranker = engine if isinstance(engine, Extractive) else _lead(registry)
    out = []
    for k, story in enumerate(found):
        brief = story_brief([analyses[i] for i in story.reports], k, options, engine, ranker, encoder)
        if story.duplicates:
            copies = tuple((analyses[c].id, analyses[o].id) for c, o in story.duplicates)
            brief = replace(brief, duplicates=copies)
        out.append(brief)
    return tuple(out)


def story_brief(
    members: Sequence[Analysis],
    story_no: int,
    options: BriefOptions,
    engine: Backend,
    ranker: Extractive,
    encoder: Encoder | None,
) -> Summary:
    """One story's brief: the stages in turn."""
    fusion, budget = options.fusion, options.fusion_budget
    realiser = engine.realise if isinstance(engine, Abstractive) and not isinstance(engine, Extractive) else None
    pool = build_pool(members)
    pairs = links(pool, min(LINK, fusion.threshold))
    part = briefed_reports(members, encoder, fusion.brief_language)
    ranking = rank(pool, pairs, part, ranker, fusion)
    head = heading(ranking)
    picked = pick(ranking, budget, fusion.selection, fusion.redundancy, dates=head.dates, first=head.header.first_date)
    sentences = flag(ranking, picked, cite(ranking, picked, realiser), head.dates)
    sentences = order(ranking, picked, sentences, budget, head.dates, head.header.first_date)
    brief = assemble(ranking, picked, sentences, budget, head, story_no, options.backend)
    if len(part) < len(members):  # cited in every language that states it
        assert encoder is not None
        brief = cite_across(brief, [members[d] for d in range(len(members)) if d not in set(part)], encoder)
    return brief


def briefed_reports(members: Sequence[Analysis], encoder: Encoder | None, wanted: str | None) -> list[int]:
    """The reports a story's brief is made of: all, or with the encoder, those
    of its brief language when the story is told in several (:mod:`.cite_across`)."""
    part = list(range(len(members)))
    if encoder is not None and len({a.language for a in members}) > 1:  # one language's sentences
        chosen = brief_language([a.language for a in members], wanted)
        part = [d for d in part if members[d].language == chosen]
    return part


def _lead(registry: Registry) -> Extractive:
    """The ranker of each report's sentences for an abstractive backend
    (:data:`RANKER`, from the built-in registry when ``registry`` has none)."""
    ranker = (registry if RANKER in registry else default_registry()).create(RANKER)
    assert isinstance(ranker, Extractive)
    return ranker
