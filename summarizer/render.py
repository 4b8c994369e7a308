"""Output: plain terminal text (rich, right-to-left aware), Markdown and JSON
(and a review page in HTML, :mod:`summarizer.html`).

The JSON shape (version 1) is stable; later versions only add keys::

    {"version": 1,
     "sources": [{"id": str, "path": str|null, "title": str|null, "language": str|null,
                  "origin": "html", "text": str}],   # origin and text: pages only
     "briefs": [{"sources": [source id, ...], "backend": str,
                 "title": str|null, "first_date": "YYYY-MM-DD"|null, "last_date": ...,
                 "reports": int, "outlets": int|null, "languages": [str],
                 "doubtful_dates": [{"source": id, "date": "YYYY-MM-DD"}],
                 "sentences": [{"text": str, "score": float, "supported": bool,
                                "date": "YYYY-MM-DD"|null, "shortened": bool,
                                "citations": [{"source": id, "start": int, "end": int,
                                               "sentence": int, "score": float,
                                               "representative": bool, "kind": str}],
                                "disagreements": [{"kind": str, "quantity": str,
                                                   "values": [{"value": str, "sources": [id]}],
                                                   "witnesses": [{"source": id, "start": int,
                                                                  "end": int}]}],
                                "updates": [{"kind": str, "quantity": str,
                                             "values": [{"value": str, "date": "YYYY-MM-DD",
                                                         "sources": [id]}]}]}]}]}

Offsets index the source text as decoded from its file (Python string
indices), so ``text[start:end]`` is the cited sentence.  The representative
(the sentence the brief sentence was written from) comes first; a
citation's ``kind`` is ``"same"`` (it states the same fact), ``"figure"``
(it states a figure of the sentence about the same thing) or ``"aligned"``
(generated text matched to it).  A disagreement's ``kind`` is ``"number"``,
``"percent"``, ``"weekday"`` or ``"date"``, its ``quantity`` names what the values
count (``"rescued passengers"``, ``"day"``), and its ``witnesses`` are the
sentences that give a value without being cited for the brief sentence
(they say it in other words), as spans of their sources.  An update is a
quantity whose values follow one another in time (a toll of at least 400
on 1 October, 500 on 3 October: :mod:`summarizer.fusion.updates`): its
values in time order, each with the day it was first reported; the
sentences giving them are cited (kind ``"update"`` when not already cited).
Values given on one day stay a disagreement.

A brief's ``title`` is its most central report's headline (else the
opening of that report's lead sentence); ``first_date`` and ``last_date``
the earliest and latest dates of its reports, leaving out the
``doubtful_dates`` (far from all the others: :mod:`summarizer.timeline`);
``outlets`` the distinct web hosts of its reports (``null`` when none has
an address); ``languages`` the languages it draws on, its own first (a
story told in several languages is briefed in one and cites the others).
A sentence's ``date`` is that of the first report stating it; ``shortened``
is true when a word cap left room for no whole sentence and it is its
source sentence's opening: ``text`` is then the cited span
followed by an ellipsis (``…``).
"""

from __future__ import annotations

import datetime
import re
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from .bidi import is_rtl, visual
from .pipeline import Analysis
from .safejson import dumps
from .timeline import story_dates
from .types import Document, Summary, SummarySentence, display_text

if TYPE_CHECKING:
    from .fusion.stories import Story


SourceLike = Analysis | Document


@dataclass(frozen=True)
class _Source:
    id: str
    path: str | None
    title: str | None
    language: str | None
    origin: str | None = None
    text: str = ""


def _source(x: SourceLike) -> _Source:
    """What a renderer shows of a source: an analysis knows its detected
    language and found title; a bare document only what it was given."""
    if isinstance(x, Analysis):
        d = x.document
        return _Source(x.id, d.path, x.title_text, x.language, d.origin, d.text)
    return _Source(x.id, x.path, x.title, x.language, x.origin, x.text)


def to_dict(
    sources: Sequence[SourceLike], summaries: Sequence[Summary], skipped: Sequence[tuple[str, str]] = ()
) -> dict:
    """The JSON-ready structure described in the module docstring."""
    srcs = [_source(x) for x in sources]
    return {
        "version": 1,
        "sources": [_source_dict(d) for d in srcs],
        "briefs": [
            {
                "sources": list(s.sources),
                "backend": s.backend,
                "title": s.title,
                "first_date": _iso(s.first_date),
                "last_date": _iso(s.last_date),
                "reports": len(s.sources),
                "outlets": s.outlets,
                "languages": brief_languages(s),
                "doubtful_dates": [{"source": src, "date": day.isoformat()} for src, day in s.doubtful_dates],
                "sentences": [_sentence_dict(x) for x in s.sentences],
                "duplicates": [{"id": c, "of": o} for c, o in s.duplicates],
                **({"left_out": list(s.left_out)} if s.left_out else {}),  # documents without words
            }
            for s in summaries
        ],
        "skipped": [{"path": path, "reason": reason} for path, reason in skipped],
    }


def _source_dict(d: _Source) -> dict:
    out: dict = {"id": d.id, "path": d.path, "title": d.title, "language": d.language}
    if d.origin:  # text extracted from a page: the offsets index this text, so it travels with them
        out.update(origin=d.origin, text=d.text)
    return out


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _sentence_dict(s: SummarySentence) -> dict:
    return {
        "text": s.text,
        "score": round(float(s.score), 6),
        "supported": s.supported,
        "date": _iso(s.date),
        "shortened": s.shortened,
        "citations": [
            {
                "source": c.source,
                "start": c.start,
                "end": c.end,
                "sentence": c.sentence,
                "score": round(float(c.score), 6),
                "representative": c.representative,
                "kind": c.kind,
            }
            for c in s.citations
        ],
        "disagreements": [
            {
                "kind": d.kind,
                "quantity": d.quantity,
                "values": [{"value": v, "sources": list(ids)} for v, ids in d.values],
                "witnesses": [{"source": src, "start": a, "end": b} for src, a, b in d.witnesses],
            }
            for d in s.disagreements
        ],
        "updates": [
            {
                "kind": u.kind,
                "quantity": u.quantity,
                "values": [{"value": v, "date": day.isoformat(), "sources": list(ids)} for v, day, ids in u.values],
            }
            for u in s.updates
        ],
    }


def to_json(
    sources: Sequence[SourceLike], summaries: Sequence[Summary], skipped: Sequence[tuple[str, str]] = ()
) -> str:

    return dumps(to_dict(sources, summaries, skipped), indent=2)


def _numbers(documents: Sequence[_Source]) -> dict[str, int]:
    return {d.id: i + 1 for i, d in enumerate(documents)}


def _markers(s: SummarySentence, numbers: dict[str, int]) -> str:
    nums = sorted({numbers[c.source] for c in s.citations if c.source in numbers})
    return "".join(f"[{n}]" for n in nums)


def _flags(s: SummarySentence, numbers: dict[str, int]) -> list[tuple[str, list[str]]]:
    """Each flag as a heading and its values, one per line ("48 [1][2]"):
    a value line holds one script, so an Arabic value reads right to left."""
    out: list[tuple[str, list[str]]] = []
    if not s.supported:
        out.append(("unsupported: no source sentence backs this generated sentence", []))
    for d in s.disagreements:
        sides = [f"{display_text(v)} " + "".join(f"[{numbers[i]}]" for i in ids if i in numbers) for v, ids in d.values]
        what = display_text(d.quantity) if d.quantity and d.quantity != d.kind else d.kind
        out.append((f"sources disagree on {what}:", sides))
    for u in s.updates:  # news that changed: each value with its day, in time order
        steps = [
            f"{'→ ' if k else ''}{display_text(v)} "
            + "".join(f"[{numbers[i]}]" for i in ids if i in numbers)
            + f" ({format_day(day)})"
            for k, (v, day, ids) in enumerate(u.values)
        ]
        what = display_text(u.quantity) if u.quantity and u.quantity != u.kind else u.kind
        out.append((f"updated: {what}:", steps))
    return out


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_day(day: datetime.date) -> str:
    """``3 October 2024``: a day no reader misreads (unlike 03/10/2024)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_span(first: datetime.date | None, last: datetime.date | None) -> str:
    """``3 October 2024``, ``1-3 October 2024``, ``30 September - 3 October 2024``; empty when undated."""
    if first is None or last is None:
        return format_day(first or last) if (first or last) else ""  # type: ignore[arg-type]
    if first == last:
        return format_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}-{format_day(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} - {format_day(last)}"
    return f"{format_day(first)} - {format_day(last)}"


@dataclass(frozen=True)
class Heading:
    """What a brief's header shows: its title, a line of details (which story,
    when, how many reports from how many outlets, which, how written) and
    notes (doubtful dates)."""

    title: str
    details: str
    notes: tuple[str, ...] = ()


def _heading(k: int, total: int, summary: Summary, numbers: dict[str, int]) -> Heading:
    """The header of brief ``k`` of ``total``: ``Floods hit the coast`` over
    ``Story 1 of 2 - 3-5 October 2024 - 4 reports from 3 outlets [1][2][3][5]
    and 1 copy - fusion+salience``; the copies left out of the brief are
    counted (the sources list says of which), so every listed source is
    accounted for."""
    covers = "".join(f"[{numbers[i]}]" for i in summary.sources if i in numbers)
    n = sum(c in numbers for c, _ in summary.duplicates)
    copies = f" and {n} {'copy' if n == 1 else 'copies'}" if n else ""
    label = f"Story {k} of {total}" if total > 1 else ""
    reports = len(summary.sources)
    count = f"{reports} report{'s' if reports != 1 else ''}"
    if summary.outlets is not None:
        count += f" from {summary.outlets} outlet{'s' if summary.outlets != 1 else ''}"
    parts = [label, format_span(summary.first_date, summary.last_date), f"{count} {covers}{copies}".strip()]
    parts.append(_languages_part(summary))
    parts.append(f"written by {summary.backend}")
    notes = tuple(
        f"date doubtful: {f'[{numbers[src]}] ' if src in numbers else ''}{format_day(day)}, far from the "
        "story's other reports (not counted in its dates)"
        for src, day in summary.doubtful_dates
    )
    if summary.left_out:  # given with it, no words: named, not lost
        notes += (f"left out, no words: {', '.join(display_text(i) for i in summary.left_out)}",)
    title = (
        capped(display_text(summary.title)) if summary.title else (f"Brief {k} of {total}" if total > 1 else "Brief")
    )
    return Heading(title, " - ".join(p for p in parts if p), notes)


def brief_languages(summary: Summary) -> list[str]:
    """The languages a brief draws on: its own first, then those of the
    reports of other languages it cites (:func:`summarizer.fusion.cite_across.drawn_on`)."""
    drawn = summary.meta("languages")
    if drawn:
        return list(drawn)  # type: ignore[call-overload]
    return [summary.language] if summary.language else []


def _languages_part(summary: Summary) -> str:
    """``in ar, drawing on ar + en`` for a brief that draws on several languages, else nothing."""
    found = brief_languages(summary)
    return f"in {found[0]}, drawing on {' + '.join(found)}" if len(found) > 1 else ""


def days_shown(summary: Summary) -> bool:
    """Whether the brief shows the day before its sentences: its story spans more than one day."""
    return summary.first_date is not None and summary.last_date is not None and summary.first_date != summary.last_date


#: The day line over sentences whose reports give no date, in a brief that shows days.
UNDATED = "Date not known"


def day_breaks(summary: Summary) -> list[str | None]:
    """For each sentence, the day line to show before it (``None``: none),
    when :func:`days_shown`: each time the date of its first report changes.

    A sentence whose reports are undated was placed among the story's first
    day's sentences by where its report tells it, so it stays under the day
    line before it (:data:`UNDATED` only when no day line is above it yet):
    one undated sentence between two of a day does not break the day in two.
    A brief's lead (:attr:`Summary.lead`: its most corroborated fact) is one
    first reported on the story's first day where the story has one; when it
    is not (a later fact leads, a sentence after it was reported earlier),
    it stands apart: the sentences after it start their own day lines."""
    if not days_shown(summary):
        return [None] * len(summary.sentences)
    out: list[str | None] = []
    shown = None
    for k, s in enumerate(summary.sentences):
        label = format_day(s.date) if s.date else (shown or UNDATED)
        out.append(label if label != shown else None)
        shown = None if k == 0 and summary.lead and _ahead(summary) else label
    return out


def _ahead(summary: Summary) -> bool:
    """Whether the brief's first sentence was first reported after one that
    follows it (an undated sentence goes with the story's first day, as
    :func:`summarizer.fusion.order.story_position` places it)."""
    first = summary.sentences[0].date
    later = (s.date or summary.first_date for s in summary.sentences[1:])
    return first is not None and any(d is not None and d < first for d in later)


def copies_of(summaries: Sequence[Summary], numbers: dict[str, int]) -> dict[str, str]:
    """Report id -> " - a copy of [n]" for the reports the briefs left out as copies."""
    return {c: f" - a copy of [{numbers[o]}]" for s in summaries for c, o in s.duplicates if o in numbers}


#: A source's title is shown to this many characters (a page's "title" may be its whole text).
SHOWN_TITLE = 300


def _title(d: _Source) -> str:
    return capped(display_text(d.title or (d.path or d.id)))


def capped(text: str) -> str:
    """``text`` cut to :data:`SHOWN_TITLE` characters, with an ellipsis where cut."""
    return text if len(text) <= SHOWN_TITLE else text[:SHOWN_TITLE].rstrip() + "\u2026"


def _name(d: _Source) -> str:
    """The file name (or id) of a source, safe to print; a web address whole
    (a feed item's link: its last part alone is often a number)."""
    if d.path and "://" in d.path:
        return display_text(d.path)
    return display_text(d.path.rsplit("/", 1)[-1] if d.path else d.id)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def md_escape(text: str) -> str:
    """``text`` as literal Markdown: on one line, HTML characters as entities
    (no tag or autolink survives) and Markdown punctuation backslashed (no
    link, image, emphasis or code span)."""
    text = display_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(sources: Sequence[SourceLike], summaries: Sequence[Summary]) -> str:
    """Briefs as Markdown; every piece of source text is escaped (see :func:`md_escape`)."""
    documents = [_source(x) for x in sources]
    numbers = _numbers(documents)
    lines: list[str] = []
    for k, summary in enumerate(summaries, 1):
        head = _heading(k, len(summaries), summary, numbers)
        lines.append(f"## {md_escape(head.title)}")
        lines.append("")
        lines.append(f"*{md_escape(head.details)}*")
        lines += [f"\n*{md_escape(note)}*" for note in head.notes]
        lines.append("")
        for day, s in zip(day_breaks(summary), summary.sentences):
            if day is not None:
                lines += [""] * (lines[-1] != "") + [f"**{md_escape(day)}**", ""]
            lines.append(f"- {md_escape(s.text)} {_markers(s, numbers)}".rstrip())
            for flag, sides in _flags(s, numbers):
                lines.append(f"  - *{md_escape(flag)}* " + "; ".join(md_escape(x) for x in sides))
        lines.append("")
    lines.append("## Sources")
    lines.append("")
    copies = copies_of(summaries, numbers)
    for d in documents:
        lines.append(
            f"{numbers[d.id]}. {md_escape(_name(d))} - {md_escape(_title(d))}{md_escape(copies.get(d.id, ''))}"
        )
    return "\n".join(lines) + "\n"


class _Printer:
    """Lines for people on a console: right-to-left lines reordered and
    right-aligned in ``visual`` mode (a terminal), storage order otherwise."""

    def __init__(self, out: TextIO, bidi: str, width: int | None) -> None:
        from rich.console import Console

        self.console = Console(file=out, width=width, highlight=False, soft_wrap=False)
        self.mode = bidi if bidi != "auto" else ("visual" if self.console.is_terminal else "logical")
        self.cols = max(20, (self.console.width or 80) - 2)

    def emit(self, text: str, style: str = "", indent: int = 0) -> None:
        from rich.text import Text

        console = self.console
        if self.mode == "logical":
            console.print(Text(" " * indent + text, style=style), soft_wrap=True)
            return
        rtl = is_rtl(text)
        for line in textwrap.wrap(text, width=self.cols - indent) or [""]:
            shown = visual(line)
            if rtl:
                console.print(Text(shown, style=style), justify="right", no_wrap=True, overflow="ignore")
            else:
                console.print(Text(" " * indent + shown, style=style), no_wrap=True, overflow="ignore")


def render_text(
    sources: Sequence[SourceLike],
    summaries: Sequence[Summary],
    out: TextIO,
    *,
    bidi: str = "auto",
    width: int | None = None,
) -> None:
    """Print briefs for people, with ``rich``.

    ``bidi``: ``"visual"`` reorders right-to-left lines for terminals that
    do not (see :mod:`summarizer.bidi`); ``"logical"`` prints text in
    storage order (for terminals that do bidi themselves, files and pipes);
    ``"auto"`` is visual on a terminal and logical otherwise.
    """
    documents = [_source(x) for x in sources]
    printer = _Printer(out, bidi, width)
    emit, console = printer.emit, printer.console
    numbers = _numbers(documents)

    for k, summary in enumerate(summaries, 1):
        head = _heading(k, len(summaries), summary, numbers)
        emit(head.title, "bold")
        emit(head.details, "dim")
        for note in head.notes:
            emit(f"! {note}", "yellow")
        console.print()
        for day, s in zip(day_breaks(summary), summary.sentences):
            if day is not None:
                emit(day, "bold")
            emit(f"{s.text} {_markers(s, numbers)}".rstrip())
            for flag, sides in _flags(s, numbers):
                emit(f"! {flag}", "yellow", indent=2)
                for side in sides:
                    emit(side, "yellow", indent=4)
            console.print()
    emit("Sources", "bold")
    copies = copies_of(summaries, numbers)
    for d in documents:
        name = _name(d)
        emit(f"[{numbers[d.id]}] {name}{copies.get(d.id, '')}", "dim")
        title = _title(d)
        if title and title != name:
            emit(title, "dim", indent=4)


# -- stories -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportInfo:
    """What a list of stories shows of one report."""

    id: str
    path: str | None
    title: str | None
    date: str | None  # ISO
    language: str
    lead: str | None = None  # the opening of its first sentence, a title when it has none


def _story_title(story: Story, infos: Sequence[ReportInfo]) -> str:
    """The headline of the story's first report that has one (earliest
    first), else the opening of the first one's lead sentence; never a file
    name (the id only when a report has no sentence at all)."""
    order = sorted(story.reports, key=lambda i: (infos[i].date is None, infos[i].date or "", i))
    found = next((infos[i].title for i in order if infos[i].title), None)
    found = found or next((infos[i].lead for i in order if infos[i].lead), None)
    return display_text(found or infos[order[0]].id)


def stories_to_dict(
    infos: Sequence[ReportInfo], stories: Sequence[Story], skipped: Sequence[tuple[str, str]] = ()
) -> dict:
    """The JSON-ready list of stories (see the README)."""
    out = []
    for k, story in enumerate(stories, 1):
        members = (*story.reports, *(c for c, _ in story.duplicates))
        known = story_dates([datetime.date.fromisoformat(d) if (d := infos[i].date) else None for i in members])
        languages = _languages(infos[i].language for i in members)
        out.append(
            {
                "story": k,
                "size": story.size,
                "language": languages[0],
                "languages": languages,
                "title": _story_title(story, infos),
                "first_date": _iso(known.first),
                "last_date": _iso(known.last),
                "doubtful_dates": [infos[members[k]].id for k in sorted(known.doubtful)],
                "reports": [
                    {"id": infos[i].id, "path": infos[i].path, "title": infos[i].title, "date": infos[i].date}
                    for i in story.reports
                ],
                "duplicates": [{"id": infos[c].id, "of": infos[o].id} for c, o in story.duplicates],
            }
        )
    return {
        "version": 1,
        "stories": out,
        "skipped": [{"path": path, "reason": reason} for path, reason in skipped],
    }


def _languages(found: Iterable[str]) -> list[str]:
    """The languages of a story's reports, the most reports first (ties by code)."""
    counts = Counter(found)
    return sorted(counts, key=lambda lang: (-counts[lang], lang))


def stories_to_markdown(infos: Sequence[ReportInfo], stories: Sequence[Story]) -> str:
    data = stories_to_dict(infos, stories)
    lines: list[str] = []
    for s in data["stories"]:
        span = " to ".join(dict.fromkeys(d for d in (s["first_date"], s["last_date"]) if d))
        lines.append(f"## Story {s['story']}: {md_escape(capped(s['title']))}")
        lines.append("")
        lines.append(f"{s['size']} report(s), {' + '.join(s['languages'])}" + (f", {span}" if span else ""))
        lines.append("")
        for r in s["reports"]:
            lines.append(
                f"- {md_escape(r['id'])}"
                + (f" ({r['date']})" if r["date"] else "")
                + (f": {md_escape(capped(r['title']))}" if r["title"] else "")
            )
        for d in s["duplicates"]:
            lines.append(f"- {md_escape(d['id'])}: a copy of {md_escape(d['of'])}")
        lines.append("")
    return "\n".join(lines)


def render_stories(
    infos: Sequence[ReportInfo], stories: Sequence[Story], out: TextIO, *, bidi: str = "auto", width: int | None = None
) -> None:
    """Print the stories for people: size, dates, a title, the reports."""
    printer = _Printer(out, bidi, width)
    data = stories_to_dict(infos, stories)
    for s in data["stories"]:
        span = " to ".join(dict.fromkeys(d for d in (s["first_date"], s["last_date"]) if d))
        head = f"Story {s['story']} of {len(data['stories'])}: {s['size']} report(s), {' + '.join(s['languages'])}"
        printer.emit(head + (f", {span}" if span else ""), "bold")
        printer.emit(capped(s["title"]), indent=2)
        for r in s["reports"]:
            printer.emit(
                display_text(
                    f"{r['id']}"
                    + (f"  {r['date']}" if r["date"] else "")
                    + (f"  {capped(r['title'])}" if r["title"] else "")
                ),
                "dim",
                indent=4,
            )
        for d in s["duplicates"]:
            printer.emit(display_text(f"{d['id']}  (a copy of {d['of']})"), "dim", indent=4)
        printer.console.print()
