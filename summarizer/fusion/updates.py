"""Updates: a figure that changed from one day to the next (issue 35, point 7).

Reports of a story told over several days give new values of one quantity
as the news moves on: at least 400 killed on 1 October, 500 on 3 October.
Such values are news, not a disagreement.  Of the values a brief sentence's
flag lists (:meth:`.support.Evidence.disagreements`), they are an
:class:`~summarizer.types.Update` when they follow one another in time:
every source of each value is dated (the story's trusted dates,
:mod:`summarizer.timeline`) and each value's last day comes before the
next value's first day, by at most :data:`MAX_GAP_DAYS`.  Two values told on one day (or on overlapping
days, or by an undated report) stay a disagreement: that is sources
disagreeing, not news changing.

The sentences that give a later (or earlier) value without being cited
for the brief sentence -- the flag's *witnesses*, which say it in other
words -- are cited as kind ``update``: a reader checks each value of the
update against its report.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Mapping
from dataclasses import replace

from ..types import Citation, Disagreement, SummarySentence, Update
from .pool import Pool

#: Kinds of flags that may be updates (weekdays and dates are told, not counted).
COUNTED = ("number", "percent")
#: A value follows the one before it within this many days to update it: a
#: toll climbs over days, a week or two (the MultiLing English tsunami toll,
#: 80,000 then 120,000 a week later).  On the dev sets' briefs, 5 flags had
#: values on different days: 3 were the depths of two earthquakes 37 days to
#: 5 months apart (Czech, Greek, French M005), which stay disagreements; the
#: 2 left, 2 days apart, are another thing's figure (a Czech stage number
#: read as a count; two sums raised in a telethon).
MAX_GAP_DAYS = 14


def update_of(flag: Disagreement, dates: Mapping[str, datetime.date | None]) -> Update | None:
    """``flag`` as an update when its values follow one another in time
    (see the module), else ``None``."""
    if flag.kind not in COUNTED:
        return None
    spans = []
    for value, ids in flag.values:
        days = [dates.get(i) for i in ids]
        if not days or any(d is None for d in days):
            return None
        known = [d for d in days if d is not None]
        spans.append((min(known), max(known), value, ids))
    spans.sort(key=lambda x: (x[0], x[1]))
    if any(a[1] >= b[0] for a, b in itertools.pairwise(spans)):
        return None  # two values on one day: the sources disagree
    if any((b[0] - a[1]).days > MAX_GAP_DAYS for a, b in itertools.pairwise(spans)):
        return None  # months apart: not one figure moving on
    return Update(flag.kind, tuple((value, first, ids) for first, _, value, ids in spans), flag.quantity)


def with_updates(s: SummarySentence, dates: Mapping[str, datetime.date | None], pool: Pool) -> SummarySentence:
    """``s`` with its flags that are updates made :class:`Update` s, and
    their witnesses cited (kind ``update``)."""
    kept: list[Disagreement] = []
    found: list[Update] = []
    cited = {(c.source, c.start) for c in s.citations}
    extra: list[Citation] = []
    for flag in s.disagreements:
        update = update_of(flag, dates)
        if update is None:
            kept.append(flag)
            continue
        found.append(update)
        for source, start, end in flag.witnesses:
            index = _sentence_index(pool, source, start)
            if index is not None and (source, start) not in cited:
                cited.add((source, start))
                extra.append(Citation(source, start, end, index, 0.0, False, "update"))
    if not found:
        return s
    return replace(s, citations=(*s.citations, *extra), disagreements=tuple(kept), updates=tuple(found))


def _sentence_index(pool: Pool, source: str, start: int) -> int | None:
    """The index of the sentence of report ``source`` that starts at ``start``."""
    for a in pool.analyses:
        if a.id == source:
            return next((x.index for x in a.sentences if x.start == start), None)
    return None
