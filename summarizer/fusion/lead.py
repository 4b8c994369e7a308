"""The lead of a story's brief (issue 35, point 8).

A brief opens with the story's most corroborated fact: of the groups that
may be taken (whole sentences of :data:`~summarizer.fusion.pick.MIN_WORDS`
words or more) and were first reported on the story's first day
(:func:`opening_groups`), the one that the most reports state (its
representative's report and those that support it, :mod:`.support`), the
best scored of those first.  Selection takes it before anything else, and
the brief puts it first; the other sentences follow in the order their
facts were first reported (:func:`summarizer.fusion.order.story_position`),
so the lead never comes before a fact reported on an earlier day.

Taken from every day, the most corroborated fact was often background that
later reports restate, and on MultiLing English the lead came before an
earlier-reported fact in 6 of 10 briefs (15.0% of adjacent pairs inverted
at 5 sentences); from the first day 0 of 10, with the seeds' lead the
planned withdrawal that the first reports state.  A sentence
that opens with a conjunction or a linking word needing the sentence before
it (``While ...``, ``But ...``; ``فيما ...``, ``وفي ...``: the language's
``dangling_openers`` and ``dangling_prefixes``) never leads: its dateline
removed, ``فيما انطلقت ...`` reads as half a sentence.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping, Sequence

import numpy as np

from ..text.fragments import speech_verbs
from ..text.lang import get
from ..text.language import stop_words
from ..text.normalize import normalize, words
from .group import Group
from .pool import Pool
from .support import Support

#: Only the first characters of a sentence are read for its opening word.
_OPENING = 80


@functools.cache
def _openers(language: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """The language's dangling openers (normalised), its prefix letters, and
    the words a prefixed first word dangles with (openers, stop words, speech verbs)."""
    lang = get(language)
    openers = frozenset(normalize(w) for w in lang.dangling_openers)
    prefixes = normalize(lang.dangling_prefixes)
    after = openers | (stop_words(language) | speech_verbs(language) if prefixes else frozenset())
    return openers, prefixes, after


def dangling(text: str, language: str) -> bool:
    """Whether ``text`` opens with a word that ties it to a sentence before
    it: one of the language's ``dangling_openers`` (``While``, ``فيما``), or
    one of its ``dangling_prefixes`` written onto an opener, a stop word or
    a speech verb (``وفي``, ``وقال``, ``وبينما``)."""
    found = words(text[:_OPENING])
    if not found:
        return False
    first = found[0]
    openers, prefixes, after = _openers(language)
    if first in openers:
        return True
    return bool(prefixes) and first[:1] in prefixes and first[1:] in after


def opening_groups(
    pool: Pool,
    groups: Sequence[Group],
    supporters: Sequence[Sequence[Support]],
    dates: Mapping[str, datetime.date | None],
    first: datetime.date | None,
) -> np.ndarray:
    """Which groups were first reported on the story's ``first`` day: the
    earliest trusted date (``dates``, by report id) of the reports that
    state it (its representative's and those of its ``same`` supporters) is
    not after it.  A group no report dates goes with the first day, as
    :func:`summarizer.fusion.order.story_position` puts it."""
    out = np.ones(len(groups), dtype=bool)
    if first is None:
        return out
    for k, (g, sup) in enumerate(zip(groups, supporters)):
        sentences = [g.representative, *(s.sentence for s in sup if s.kind == "same")]
        found = [d for i in sentences if (d := dates.get(pool.analyses[int(pool.owner[i])].id))]
        out[k] = not found or min(found) <= first
    return out


def lead_group(
    pool: Pool,
    groups: Sequence[Group],
    supporters: Sequence[Sequence[Support]],
    scores: np.ndarray,
    opening: np.ndarray | None = None,
) -> int | None:
    """The index of the group that leads the brief: among those with a
    finite score in ``scores`` (not a fragment, not a short line) and, where
    any is, first reported on the story's first day (``opening``, from
    :func:`opening_groups`), the one the most reports state, the best scored
    first, that does not open with a dangling word; ``None`` when there is none."""
    reports = np.array([len(s) for s in supporters], dtype=float)
    can = np.isfinite(scores)
    for i in np.flatnonzero(can).tolist():
        rep = groups[i].representative
        can[i] = not dangling(pool.sentence(rep).text, pool.analyses[int(pool.owner[rep])].language)
    if opening is not None and (can & opening).any():
        can &= opening  # a fact of the first day, where one can lead
    ranked = sorted(np.flatnonzero(can).tolist(), key=lambda i: (-reports[i], -float(scores[i]), i))
    return int(ranked[0]) if ranked else None
