"""From a :class:`Document` to its sentences and terms, once, for every backend.

:func:`analyse` runs the text pipeline -- logical lines, boilerplate roles,
sentences with offsets, language, content terms -- and returns an
:class:`Analysis` that backends and fusion read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Optional, Tuple

from .errors import InputError
from .text.boilerplate import classify_lines, dateline_length, furniture_reason
from .text.language import resolve
from .text.segment import logical_lines, split_sentences
from .text.terms import analyzer
from .types import Document, Sentence, Span


@dataclass(frozen=True)
class Boilerplate:
    """A range of the text left out of summaries, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, eq=False)
class Analysis:
    """A document's sentences (body text only) and what backends need of them."""

    document: Document
    language: str
    sentences: Tuple[Sentence, ...]
    title: Optional[Span]
    boilerplate: Tuple[Boilerplate, ...]
    stemmer: str = "auto"

    @cached_property
    def terms(self) -> Tuple[Tuple[str, ...], ...]:
        """Content terms (normalised, stop words out, stemmed) of each sentence."""
        an = analyzer(self.language, self.stemmer)
        return tuple(tuple(an.terms(s.text)) for s in self.sentences)

    @cached_property
    def title_terms(self) -> Tuple[str, ...]:
        an = analyzer(self.language, self.stemmer)
        title = self.title_text
        return tuple(an.terms(title)) if title else ()

    @property
    def title_text(self) -> Optional[str]:
        if self.document.title:
            return self.document.title
        if self.title is not None:
            return " ".join(self.title.slice(self.document.text).split())
        return None

    @cached_property
    def lengths(self) -> Tuple[int, ...]:
        """Word count of each sentence."""
        return tuple(len(s.text.split()) for s in self.sentences)


def _is_furniture(line: str) -> bool:
    return furniture_reason(line) is not None


def analyse(
    document: Document,
    *,
    language: Optional[str] = None,
    clean: bool = True,
    stemmer: str = "auto",
) -> Analysis:
    """Segment and clean ``document``.

    Args:
        language: an ISO 639-1 code; defaults to the document's, else detected.
        clean: leave out boilerplate, headings and the title (default); with
            ``False`` every line is body text.
        stemmer: see :func:`summarizer.text.terms.make_stemmer`.

    Raises:
        InputError: when the document holds no text at all.
    """
    text = document.text
    if not text.strip():
        raise InputError(f"{document.path or document.id}: the text is empty")
    try:
        lang = resolve(language or document.language, text)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    lines = logical_lines(text, _is_furniture if clean else None)
    roles = classify_lines(text, lines) if clean else ["body"] * len(lines)
    sentences = []
    skipped = []
    title = None
    for (start, end), role in zip(lines, roles):
        if role == "body":
            for a, b in split_sentences(text, start, end):
                if not sentences and clean:  # the report's first sentence: its dateline is not news
                    cut = dateline_length(text[a:b])
                    if cut:
                        skipped.append(Boilerplate(a, a + cut, "dateline"))
                        a += cut
                sentences.append(Sentence(document.id, len(sentences), a, b, text[a:b]))
        else:
            if role == "title" and title is None:
                title = Span(document.id, start, end)
            skipped.append(Boilerplate(start, end, role))
    if not sentences and clean:
        # A text that is all headline-like lines (a one-line note, a list):
        # better to summarise it as it is than to return nothing.
        return analyse(document, language=lang, clean=False, stemmer=stemmer)
    return Analysis(document, lang, tuple(sentences), title, tuple(skipped), stemmer)


def find_title(text: str) -> Optional[str]:
    """The headline line of ``text`` (see :mod:`summarizer.text.boilerplate`), if any."""
    lines = logical_lines(text, _is_furniture)
    for (start, end), role in zip(lines, classify_lines(text, lines)):
        if role == "title":
            return " ".join(text[start:end].split())
    return None
