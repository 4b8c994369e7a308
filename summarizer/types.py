"""The data that flows through the library, as frozen dataclasses.

Text -> :class:`Document` -> :class:`Sentence` (with character offsets) ->
backend or fusion -> :class:`Summary` of :class:`SummarySentence` with
:class:`Citation` s back to the sources.

Sentence identity is ``(doc_id, index)``, never the text: two outlets that
print the same sentence give two sentences.  For every sentence
``document.text[sentence.start:sentence.end] == sentence.text``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .errors import InputError
from .text.dates import date_problem
from .text.normalize import cap_marks

# Characters never shown to people: C0 and C1 controls (an ANSI escape
# sequence starts with one) other than white space (a vertical tab, the
# separators \x1c-\x1f and NEL are white space to Python: shown as a space;
# Word writes a soft line break as a vertical tab), and the bidi embedding,
# override and isolate controls, which can make text read otherwise than it
# is stored.
_HIDDEN = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
# Half of a UTF-16 pair alone: what Python makes of a file name's bytes that
# are not UTF-8 (r\xff.txt is "r\udcff.txt"); no UTF-8 output can hold one.
_SURROGATE = re.compile("[\ud800-\udfff]")


def display_text(text: str) -> str:
    """``text`` for people: runs of white space collapsed to one space,
    control characters and bidi overrides removed, a lone surrogate (a
    file name's byte that is not UTF-8) shown as U+FFFD."""
    return " ".join(_SURROGATE.sub("\ufffd", _HIDDEN.sub("", text)).split())


@dataclass(frozen=True)
class Document:
    """One source text.

    Attributes:
        id: a short identifier, unique among the documents summarised together
            (a whole number is taken as its string, as a feed's ``"id": 7``).
        text: the full text as decoded from its file, every run of combining
            marks cut to :data:`~summarizer.text.normalize.MAX_MARKS` after
            its base character; every offset indexes it.
        title: the headline, if known (found in the text when not given).
        path: where the text was read from, if anywhere.
        date: a publication date as written, if known: one that
            :func:`~summarizer.text.dates.metadata_date` reads, from 1900 to 2100.

    Raises:
        InputError: for a field of the wrong type, an empty id, or a date
            that is no date or out of range (the message names the valid ones).
        language: an ISO 639-1 code; detected from the script when ``None``.
        origin: ``"html"`` when ``text`` was extracted from a page at
            ``path`` (offsets then index the extracted text); ``None`` for text.
    """

    id: str
    text: str
    title: str | None = None
    path: str | None = None
    date: str | None = None
    language: str | None = None
    origin: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.id, int) and not isinstance(self.id, bool):
            try:
                object.__setattr__(self, "id", str(self.id))  # as a feed line's "id": 7 is "7"
            except ValueError:  # more digits than Python writes out
                raise InputError("Document.id is a whole number too long to be an id") from None
        if not isinstance(self.id, str) or not self.id.strip():
            shown = repr(self.id) if not isinstance(self.id, str) or not self.id else "blank"
            raise InputError(f"Document.id must be a non-empty string or a whole number, not {shown}")
        if not isinstance(self.text, str):
            raise InputError(f"Document.text must be a string, not {type(self.text).__name__}")
        for name in ("title", "path", "date", "language", "origin"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InputError(f"Document.{name} must be a string or None, not {type(value).__name__}")
        if self.date is not None and not self.date.strip():
            object.__setattr__(self, "date", None)  # an empty date is no date
        if self.date is not None and (why := date_problem(self.date)) is not None:
            raise InputError(f"Document.date {self.date!r} is {why}")
        # long runs of combining marks cut before anything reads the text (see cap_marks)
        object.__setattr__(self, "text", cap_marks(self.text))
        if self.title is not None:
            object.__setattr__(self, "title", cap_marks(self.title))


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of one document's text."""

    doc_id: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, located by character offsets.

    ``text`` is exactly ``document.text[start:end]`` (it may hold the line
    breaks of hard-wrapped input); :attr:`display` is the same with runs of
    white space collapsed, for showing to people.
    """

    doc_id: str
    index: int
    start: int
    end: int
    text: str

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc_id, self.index)

    @property
    def span(self) -> Span:
        return Span(self.doc_id, self.start, self.end)

    @property
    def display(self) -> str:
        return display_text(self.text)


@dataclass(frozen=True)
class Citation:
    """A pointer from a brief sentence to a source sentence that supports it.

    Attributes:
        source: the id of the cited document.
        start, end: the cited sentence's offsets in that document's text.
        sentence: the cited sentence's index in its document.
        score: how strongly it supports the brief sentence (1.0 for the
            sentence itself; a similarity or alignment score otherwise).
        representative: whether this is the sentence the brief sentence was
            written from.
        kind: how it supports: ``"same"`` (it states the same fact; the
            representative always), ``"figure"`` (it states a figure of the
            brief sentence about the same thing) or ``"aligned"`` (generated
            text matched to it).
    """

    source: str
    start: int
    end: int
    sentence: int
    score: float = 1.0
    representative: bool = False
    kind: str = "same"

    @property
    def span(self) -> Span:
        return Span(self.source, self.start, self.end)


@dataclass(frozen=True)
class Disagreement:
    """Sentences that give different values of one quantity.

    ``kind`` is ``"number"``, ``"percent"``, ``"weekday"`` or ``"date"``; ``values``
    pairs each value as written with the ids of the sources that give it;
    ``quantity`` names what the values count (``"rescued people"``,
    ``"people:troops"``, ``"day"``).  ``witnesses`` are the sentences that
    give a value but are not cited for the brief sentence (they state it
    in other words), as (source id, start, end): ``text[start:end]`` is
    the sentence.
    """

    kind: str
    values: tuple[tuple[str, tuple[str, ...]], ...]
    quantity: str = ""
    witnesses: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True)
class Update:
    """One quantity the reports give other values of on other days: news
    that changed (a toll rising from at least 400 on 1 October to 500 on 3
    October), not a disagreement.

    ``values`` holds each value as written, the day it was first reported
    and the ids of the sources that give it, in time order; ``kind`` and
    ``quantity`` are as in :class:`Disagreement`.
    """

    kind: str
    values: tuple[tuple[str, datetime.date, tuple[str, ...]], ...]
    quantity: str = ""


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a summary, with what supports it.

    ``supported`` is ``False`` for generated text that no source sentence
    supports well enough (then ``citations`` holds the best candidates, if any).
    ``date`` is the date of the first report that states it (``None`` when
    unknown).  ``shortened`` is ``True`` when the sentence is its source
    sentence cut to fit a word cap: ``text`` is then the cited span
    followed by an ellipsis.  ``updates`` are the quantities of the
    sentence that later reports give new values of (:class:`Update`).
    """

    text: str
    citations: tuple[Citation, ...]
    score: float = 0.0
    supported: bool = True
    disagreements: tuple[Disagreement, ...] = ()
    date: datetime.date | None = None
    shortened: bool = False
    updates: tuple[Update, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict = {}
        for citation in self.citations:
            seen.setdefault(citation.source, None)
        return tuple(seen)


@dataclass(frozen=True)
class Summary:
    """The result of summarising one document or one story of several.

    Attributes:
        sentences: the summary, in reading order.
        backend: the name of the backend or method that wrote it.
        sources: ids of the documents this summary covers.
        metadata: extra facts as sorted ``(key, value)`` pairs (what a
            backend or fusion found: ``story``, ``groups``, ``documents``...),
            for reading by people; code reads the typed fields below.
        language: the language of the sources (the first source's when they differ).
        title: what the brief is about: the headline of its most central
            source, else a short form of that source's lead sentence.
        first_date, last_date: the earliest and latest trusted dates of its
            sources (``None`` when none is dated).
        doubtful_dates: sources whose date is far from all the others', as
            (source id, date): not used for the brief's dates.
        outlets: how many publishers the sources come from (distinct web
            hosts; a source without one counts as its own), ``None`` when
            no source names its host.
        duplicates: sources that copy another source of the story, as
            (copy id, original id): cited, not briefed twice.
        too_long: how many sentences ranked above the last one taken were
            left out for being longer than a word cap allows.
        lead: whether the first sentence is the story's lead (its most
            corroborated fact of the story's first day; the rest in time order).
        left_out: ids of the documents given with it that were left out for
            having no words (every brief of one call names them).
    """

    sentences: tuple[SummarySentence, ...]
    backend: str
    sources: tuple[str, ...] = ()
    metadata: tuple[tuple[str, object], ...] = field(default=())
    language: str | None = None
    title: str | None = None
    first_date: datetime.date | None = None
    last_date: datetime.date | None = None
    doubtful_dates: tuple[tuple[str, datetime.date], ...] = ()
    outlets: int | None = None
    duplicates: tuple[tuple[str, str], ...] = ()
    too_long: int = 0
    lead: bool = False
    left_out: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.sentences)

    def meta(self, key: str, default: object = None) -> object:
        for name, value in self.metadata:
            if name == key:
                return value
        return default
