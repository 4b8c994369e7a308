"""What a brief's header says: a title, the first and last date, how many
reports from how many outlets.

The title is the headline of the story's most central report (the one whose
words are closest to the whole story's), else of the next most central one
that has a headline; when no report has one, the opening of the most
central report's lead sentence (:data:`TITLE_WORDS` words at most).  Never a
file name, an id or a web address.  The dates are the reports' own (see
:mod:`summarizer.timeline`, which sets doubtful ones apart).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .pipeline import Analysis
from .text.shorten import ELLIPSIS, cut_end
from .timeline import story_dates
from .types import display_text

#: A title made from a lead sentence keeps at most this many words (the
#: headlines of the MultiLing reports have a median of 9 words, 90% have
#: at most 14).
TITLE_WORDS = 12
#: A first line that is a web address (ECB+ articles open with theirs, spaced
#: out: ``http://sports. espn. go. com / nba / ...``) is read as the report's
#: title, and story grouping reads it so (it names the outlet and often the
#: day: taking the next line instead lowered ECB+ dev B-cubed F1 from 0.910 to
#: 0.858), but a reader's title is never an address: the lead sentence is used.
_ADDRESS = re.compile(r"^\s*(?:https?\s*:\s*/\s*/|www\s*\.\s*\w)", re.IGNORECASE)
# A numeric date heading a headline ("2005/01/08 Tsunami aid ..."): the
# header shows the dates apart.
_LEADING_DATE = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+|^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+")


@dataclass(frozen=True)
class Header:
    title: str | None
    first_date: datetime.date | None
    last_date: datetime.date | None
    doubtful_dates: tuple[tuple[str, datetime.date], ...]
    outlets: int | None

    def fields(self) -> dict[str, Any]:
        """The header as :class:`~summarizer.types.Summary` keywords (every summary carries them)."""
        return {
            "title": self.title,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "doubtful_dates": self.doubtful_dates,
            "outlets": self.outlets,
        }


def lead_title(analysis: Analysis) -> str | None:
    """The opening of a report's first sentence, as a title (an ellipsis when cut)."""
    if not analysis.sentences:
        return None
    lead = analysis.sentences[0].display
    end = cut_end(lead, TITLE_WORDS)
    if end >= len(lead.rstrip()):
        return lead.rstrip().rstrip(".。") or None
    return lead[:end] + ELLIPSIS


def headline(analysis: Analysis) -> str | None:
    """The report's headline as shown in a header (a leading numeric date
    left out); ``None`` when it is a web address (:data:`_ADDRESS`)."""
    title = analysis.title_text
    if not title or _ADDRESS.match(title):
        return None
    return display_text(_LEADING_DATE.sub("", title)) or None


def outlets(analyses: Sequence[Analysis]) -> int | None:
    """Distinct web hosts of the reports' addresses (a report without one
    counts as its own outlet); ``None`` when no report has an address."""
    hosts = []
    for a in analyses:
        path = a.document.path or ""
        host = urlsplit(path).hostname if "://" in path else None
        hosts.append(host.removeprefix("www.") if host else None)
    if not any(hosts):
        return None
    return len({h for h in hosts if h}) + sum(h is None for h in hosts)


def header(analyses: Sequence[Analysis], centrality: Sequence[float] | None = None) -> Header:
    """The header of a brief of ``analyses`` (``centrality``: each report's
    closeness to the story, higher is more central; default: in order)."""
    order = list(range(len(analyses)))
    if centrality is not None:
        order.sort(key=lambda k: (-centrality[k], k))
    title = next((t for k in order if (t := headline(analyses[k]))), None)
    if title is None:
        title = next((t for k in order if (t := lead_title(analyses[k]))), None)
    dates = story_dates([a.date for a in analyses])
    doubtful = tuple((analyses[k].id, analyses[k].date) for k in sorted(dates.doubtful) if analyses[k].date)
    return Header(title, dates.first, dates.last, doubtful, outlets(analyses))  # type: ignore[arg-type]
