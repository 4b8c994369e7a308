"""From a :class:`Document` to its sentences and terms, once, for every step.

:func:`analyse` runs the text pipeline -- language, logical lines,
boilerplate roles, sentences with offsets, content terms -- and returns an
:class:`Analysis`.  Backends score its sentences, selection and fusion read
it, renderers take the title and language from it: a report is analysed
once and the same object flows through every step.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from .errors import InputError
from .text.boilerplate import TAG, classify_lines, dateline_length, furniture_reason, label_length, title_length
from .text.dates import find_date, metadata_date, opening_date
from .text.fragments import continues_quote, opens_quote, quotes_balanced, speech_verbs
from .text.lang import get
from .text.language import resolve
from .text.normalize import count_words, has_words
from .text.segment import logical_lines, split_sentences
from .text.terms import STEMMER_KINDS, analyzer
from .types import Document, Sentence, Span

_TAG = re.compile(TAG)  # a tagged headline's tags


@dataclass(frozen=True)
class Boilerplate:
    """A range of the text left out of summaries, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, eq=False)
class Analysis:
    """A document's sentences (body text only) and what every step needs of them.

    Attributes:
        document: the document analysed.
        language: its ISO 639-1 code (given, or detected from the text).
        sentences: the body sentences, each with its offsets in ``document.text``.
        title: where the headline is in the text, if it has one.
        boilerplate: the ranges left out, with the reason for each.
        stemmer: how terms are stemmed (see :func:`summarizer.text.terms.make_stemmer`).
        date: when the report was published: the document's own date, else
            the first date written in its header lines (a dateline, a
            publication stamp), else ``None``.
    """

    document: Document
    language: str
    sentences: tuple[Sentence, ...]
    title: Span | None
    boilerplate: tuple[Boilerplate, ...]
    stemmer: str = "auto"
    date: datetime.date | None = None

    @cached_property
    def terms(self) -> tuple[tuple[str, ...], ...]:
        """Content terms (normalised, stop words out, stemmed) of each sentence."""
        an = analyzer(self.language, self.stemmer)
        return tuple(tuple(an.terms(s.text)) for s in self.sentences)

    @cached_property
    def title_terms(self) -> tuple[str, ...]:
        an = analyzer(self.language, self.stemmer)
        title = self.title_text
        return tuple(an.terms(title)) if title else ()

    @property
    def title_text(self) -> str | None:
        """The headline: the document's own title, else the one found in the text."""
        if self.document.title:
            return self.document.title
        if self.title is not None:
            return " ".join(_TAG.sub(" ", self.title.slice(self.document.text)).split())
        return None

    @cached_property
    def lengths(self) -> tuple[int, ...]:
        """Word count of each sentence (:func:`~summarizer.text.normalize.count_words`)."""
        return tuple(count_words(s.text) for s in self.sentences)

    @property
    def id(self) -> str:
        return self.document.id


def analyse(
    document: Document,
    *,
    language: str | None = None,
    clean: bool = True,
    stemmer: str = "auto",
) -> Analysis:
    """Segment and clean ``document``.

    Args:
        language: an ISO 639-1 code or language name; defaults to the
            document's, else detected from the text.
        clean: leave out boilerplate, headings and the title (default); with
            ``False`` every line is body text.
        stemmer: see :func:`summarizer.text.terms.make_stemmer`.

    Raises:
        InputError: when the document holds no words, or the language or
            stemmer is unknown.
    """
    if not isinstance(document, Document):
        raise InputError(f"analyse() takes a Document, not {type(document).__name__}")
    text = document.text
    if not has_words(text):
        raise InputError(f"{document.path or document.id}: the text is empty (no letters or digits)")
    if stemmer not in STEMMER_KINDS:
        raise InputError(f"unknown stemmer {stemmer!r}; choose {', '.join(STEMMER_KINDS)}")
    try:
        lang = resolve(language if language is not None else document.language, text)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    rules = get(lang)

    def is_furniture(line: str) -> bool:
        return furniture_reason(line, lang) is not None

    lines = logical_lines(text, is_furniture if clean else None, rules)
    roles = classify_lines(text, lines, lang, document.title) if clean else ["body"] * len(lines)
    sentences, skipped, title = _read_lines(document, lines, roles, lang, clean)
    sentences = _join_quotes(text, sentences, speech_verbs(lang))
    if not sentences and clean:
        # A text that is all headline-like lines (a one-line note, a list):
        # better to summarise it as it is than to return nothing.
        return analyse(document, language=lang, clean=False, stemmer=stemmer)
    date = metadata_date(document.date, lang) if document.date else _published(text, lines, roles, lang)
    return Analysis(document, lang, tuple(sentences), title, tuple(skipped), stemmer, date)


def _read_lines(
    document: Document, lines: Sequence[tuple[int, int]], roles: Sequence[str], lang: str, clean: bool
) -> tuple[list[Sentence], list[Boilerplate], Span | None]:
    """The sentences of the body lines (their furniture cut: :func:`_sentence_start`),
    what was left out, and the title found."""
    text, rules = document.text, get(lang)
    sentences: list[Sentence] = []
    skipped: list[Boilerplate] = []
    title = None
    for (start, end), role in zip(lines, roles):
        if role != "body":
            if role == "title" and title is None:
                title = Span(document.id, start, end)
            skipped.append(Boilerplate(start, end, role))
            continue
        for n, (a, b) in enumerate(split_sentences(text, start, end, rules)):
            begin: int | None = a
            if clean:
                begin, title = _sentence_start(document, a, b, n, not sentences, lang, title, skipped)
            if begin is not None:
                sentences.append(Sentence(document.id, len(sentences), begin, b, text[begin:b]))
    return sentences, skipped, title


def _sentence_start(
    document: Document,
    a: int,
    b: int,
    n: int,
    first: bool,
    lang: str,
    title: Span | None,
    skipped: list[Boilerplate],
) -> tuple[int | None, Span | None]:
    """Where the sentence ``text[a:b]`` (the ``n``-th of its paragraph;
    ``first`` of the report) starts once its furniture is cut, each cut
    added to ``skipped`` (``None``: nothing is left of it), and the title
    found so far."""
    text = document.text
    if first and title is None and document.title:
        # a known headline run into the text: "Headline - The text ..."
        cut = title_length(text[a:b], document.title)
        if cut:
            skipped.append(Boilerplate(a, a + cut, "title"))
            title = Span(document.id, a, a + cut)
            a += cut
            if not has_words(text[a:b]):
                return None, title
    # the report's dateline is not news, nor a wire's run into the text (ANKARA (AP) _)
    cut = dateline_length(text[a:b], lang, wire_only=not first)
    if cut:
        skipped.append(Boilerplate(a, a + cut, "dateline"))
        a += cut
    if n == 0:  # a paragraph's flag: "BREAKING:", "عاجل |", a live page's "12:58 GMT -"
        cut = label_length(text[a:b], lang)
        if cut:
            skipped.append(Boilerplate(a, a + cut, "label"))
            a += cut
    return a, title


#: A quotation of several sentences is kept with its speaker when it
#: closes within this many sentences (and is left as it is otherwise).
QUOTE_SENTENCES = 4


def _join_quotes(text: str, sentences: list[Sentence], speech: frozenset[str]) -> list[Sentence]:
    r"""Quotations made whole sentences, when only white space lies between
    the pieces: a quotation of several sentences with the sentence that
    closes it (``"We lost everything. The water came at night," she said.``,
    :data:`QUOTE_SENTENCES` at most), and a quotation with the attribution
    that continues it (``\`\`We will win,'' / said Singh.``:
    :func:`~summarizer.text.fragments.continues_quote`, ``speech``: the
    language's speech verbs); indices renumbered."""

    def joined(a: Sentence, b: Sentence) -> bool:
        return not text[a.end : b.start].strip()

    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        first = sentences[i]
        j = i
        if opens_quote(first.text):
            for k in range(i + 1, min(len(sentences), i + QUOTE_SENTENCES)):
                if not joined(sentences[k - 1], sentences[k]):
                    break
                if quotes_balanced(text[first.start : sentences[k].end]):
                    j = k
                    break
        while (
            j + 1 < len(sentences)
            and joined(sentences[j], sentences[j + 1])
            and continues_quote(text[first.start : sentences[j].end], sentences[j + 1].text, speech)
        ):
            j += 1
        end = sentences[j].end
        out.append(Sentence(first.doc_id, len(out), first.start, end, text[first.start : end]))
        i = j + 1
    return out


#: A publication date is looked for in this many first lines: in a line of
#: the report's header (a stamp, a title, a byline: its first DATELINE_WORDS
#: words), in a body line that is a date alone (at most DATE_ALONE words:
#: "Saturday, January 8, 2005"), or in the dateline a body paragraph opens
#: with (``CAIRO, March 4, 2024 (AP) -``, ``Saturday, March 26, 2005 Up to
#: ...``: :func:`~summarizer.text.dates.opening_date`).  Never further into a body
#: sentence: "On September 11, 1973, the army seized power" is history the
#: report tells, not its date.  Of the 1,201 dev reports (MultiLing in
#: seven languages, ECB+, the seeds) this dates 11 otherwise than reading the
#: first 20 words of every header line did: 9 ECB+ reports lose a date their
#: first paragraph tells of an event ("Reid checked herself in on Tuesday,
#: December 9, 2008"), and 2 Arabic MultiLing translations whose date is
#: run into the middle of the headline's line lose theirs.
HEADER_LINES = 8
DATELINE_WORDS = 20
DATE_ALONE = 8


def _published(text: str, lines: list[tuple[int, int]], roles: list[str], language: str) -> datetime.date | None:
    """The report's date as its header writes it (see :data:`HEADER_LINES`)."""
    for (start, end), role in list(zip(lines, roles))[:HEADER_LINES]:
        for line in text[start:end].splitlines():
            words = line.split(None, DATELINE_WORDS)
            if role != "body":
                head = " ".join(words[:DATELINE_WORDS])
            elif len(words) <= DATE_ALONE:
                head = line
            else:
                head = line[: dateline_length(line, language)]
            found = (find_date(head, language) if head.strip() else None) or (
                opening_date(line, language) if role == "body" else None
            )
            if found is not None:
                return found
    return None
