"""When a story happened: its reports' dates, the doubtful ones set apart.

A report's date is the one it was handed (``Document.date``) or the one its
header writes (:attr:`summarizer.pipeline.Analysis.date`: a stamp, a
dateline; never a date its body tells as history).  Within a story, a date
far from all the others is still doubtful -- a stamp misread, a page's
archive date, history run into a dateline -- and is neither the story's
first nor last date nor a sentence's date: :func:`story_dates` says which.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

#: A date is doubtful when it is more than FAR_MEDIAN days from the median
#: of its story's dates *and* more than FAR_OTHERS days from every other
#: report's date, in a story of at least MIN_DATED dated reports (with two,
#: neither can be told wrong).  Measured on the MultiLing dev sets (real
#: datelines of stories followed for up to three years, seven languages):
#: the largest gap between a true dateline and its nearest dated neighbour
#: is 865 days (Arabic M001, two of its reports undated), and the one date
#: doubtful is the Hindi translation's misprint of 2007 for 2010 (1,110
#: days from the rest); a date read from history (a 1998 report's "coup in
#: 1973", "in 1994") is years from the rest.
FAR_MEDIAN = 30
FAR_OTHERS = 1000
MIN_DATED = 3


@dataclass(frozen=True)
class StoryDates:
    """A story's first and last trusted dates, and which reports' dates are doubtful (their indices)."""

    first: datetime.date | None
    last: datetime.date | None
    doubtful: frozenset[int] = frozenset()

    def trusted(self, dates: Sequence[datetime.date | None]) -> list[datetime.date | None]:
        """``dates`` with the doubtful ones made ``None``."""
        return [None if k in self.doubtful else d for k, d in enumerate(dates)]


def median_day(days: Sequence[int]) -> float:
    ordered = sorted(days)
    mid = len(ordered) // 2
    return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def story_dates(dates: Sequence[datetime.date | None]) -> StoryDates:
    """The first and last dates of a story's reports (``dates``, ``None``
    where unknown), leaving out the doubtful ones (see :data:`FAR_MEDIAN`)."""
    dated = [(k, d.toordinal()) for k, d in enumerate(dates) if d is not None]
    doubtful: set[int] = set()
    if len(dated) >= MIN_DATED:
        mid = median_day([day for _, day in dated])
        for k, day in dated:
            nearest = min(abs(day - other) for j, other in dated if j != k)
            if abs(day - mid) > FAR_MEDIAN and nearest > FAR_OTHERS:
                doubtful.add(k)
    kept = [d for k, d in enumerate(dates) if d is not None and k not in doubtful]
    return StoryDates(min(kept) if kept else None, max(kept) if kept else None, frozenset(doubtful))
