"""Inputs made ready: documents and strings -> analyses, read together.

Below the orchestrator (:mod:`summarizer.orchestrate`) and fusion, above
the pipeline: :func:`as_documents` names strings, :func:`settle` reads the
languages of reports together, :func:`prepare` analyses what is briefed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .feed import is_feed
from .pipeline import Analysis, analyse
from .text.language import settle_languages
from .text.markdown import MARKDOWN_SUFFIXES
from .text.markdown import extract as extract_markdown
from .text.normalize import has_words
from .text.pages import (
    HTML_SUFFIXES,
    INPUT_FORMATS,
    Page,
    extract,
    fragment_text,
    inline_markup,
    looks_like_fragment,
    looks_like_html,
    unescaped,
)
from .text.reading import WEB_ADDRESS, read_text
from .types import Document, Summary


def as_documents(items: Iterable[object]) -> list[Document | Analysis]:
    """Documents and analyses as given, strings made into documents with ids
    ``doc0``, ``doc1``... that no given document uses.

    Raises:
        InputError: for an item that is not a Document, Analysis or str.
    """
    if isinstance(items, (str, bytes, bytearray, Mapping)) or not isinstance(items, Iterable):
        raise InputError(f"expected a list of documents, not {type(items).__name__}")
    items = list(items)
    taken = set()
    for k, item in enumerate(items):
        if isinstance(item, Document):
            taken.add(item.id)
        elif isinstance(item, Analysis):
            taken.add(item.document.id)
        elif not isinstance(item, str):
            raise InputError(f"document {k}: expected a Document, an Analysis or a str, not {type(item).__name__}")
    out: list[Document | Analysis] = []
    for k, item in enumerate(items):
        if isinstance(item, str):
            doc_id, n = f"doc{k}", 1
            while doc_id in taken:
                n += 1
                doc_id = f"doc{k}-{n}"
            taken.add(doc_id)
            out.append(Document(id=doc_id, text=item))
        else:
            out.append(item)  # type: ignore[arg-type]
    return out


def settle(documents: Sequence[Document]) -> list[Document]:
    """``documents`` read together, those without a language given with the
    one :func:`~summarizer.text.language.settle_languages` reads for them:
    a headline whose few words lean to another language takes the language
    of the other texts of its script."""
    docs = list(documents)
    if len(docs) < 2 or all(d.language is not None for d in docs):
        return docs
    codes = settle_languages([d.text for d in docs])
    return [replace(d, language=code) if d.language is None else d for d, code in zip(docs, codes)]


def as_analysis(item: Document | Analysis, language: str | None = None) -> Analysis:
    """``item`` analysed (an :class:`Analysis` is taken as it is)."""
    return item if isinstance(item, Analysis) else analyse(item, language=language)


@dataclass(frozen=True)
class Prepared:
    """Reports analysed to be fused, and the ids of those left out for having no words."""

    analyses: tuple[Analysis, ...]
    left_out: tuple[str, ...] = ()

    def marked(self, briefs: Iterable[Summary]) -> tuple[Summary, ...]:
        """``briefs``, each naming the documents left out (:attr:`Summary.left_out`)."""
        return tuple(replace(b, left_out=self.left_out) if self.left_out else b for b in briefs)


def prepare(documents: Iterable[object], language: str | None = None) -> Prepared:
    """Several reports analysed to be fused: ids must be unique; without a
    ``language``, a report's is read together with the others' (:func:`settle`);
    a document without words is left out, and named.

    Raises:
        InputError: when two documents share an id, or none has text.
    """
    docs = as_documents(documents)
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise InputError(f"document ids must be unique; repeated: {', '.join(dup)}")
    if not docs:
        raise InputError("fuse() needs at least one document")
    if language is None:  # reports read together: a headline takes its neighbours' language
        plain = [d for d in docs if isinstance(d, Document) and has_words(d.text)]
        settled = {id(d): s for d, s in zip(plain, settle(plain))}
        docs = [settled.get(id(d), d) for d in docs]
    kept = [d for d in docs if isinstance(d, Analysis) or has_words(d.text)]
    if not kept:
        raise InputError("none of the documents has any text")
    left = tuple(d.id for d in docs if isinstance(d, Document) and not has_words(d.text))
    return Prepared(tuple(as_analysis(d, language) for d in kept), left)


def read_document(
    path: str | os.PathLike, *, encoding: str | None = None, id: str | None = None, input_format: str = "auto"
) -> Document:
    """A report's file as a :class:`Document` (id: the file name without its
    suffix), read as the command line reads it: decoded (see
    :func:`~summarizer.text.reading.read_text`), and a page, Markdown or an
    HTML piece reduced to its text (by ``input_format``, one of
    :data:`~summarizer.text.pages.INPUT_FORMATS`; ``"auto"``: by the suffix,
    else by how the text opens).

    Raises:
        InputError: for a path that is no path (``None``, bytes), a web
            address, a feed (several reports: :func:`summarizer.feed.read_feed`),
            a file that cannot be read or holds no text.
    """
    if not isinstance(path, (str, os.PathLike)) or isinstance(path, bytes):
        raise InputError(f"read_document() takes a path (str or os.PathLike), not {type(path).__name__}")
    if input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r}; choose {', '.join(INPUT_FORMATS)}")
    name = os.fspath(path)
    if isinstance(name, str) and WEB_ADDRESS.match(name):
        raise InputError(f"{name}: a web address; read_document() reads files (save the page, then read it)")
    p = Path(path)
    if is_feed(p):
        raise InputError(f"{p}: a feed of reports; read it with summarizer.feed.read_feed()")
    doc = reduced_document(p.stem, read_text(p, encoding=encoding), p, input_format)
    return doc if id is None else replace(doc, id=id)  # Document checks it


def reduced_document(doc_id: str, raw: str, p: Path | None, input_format: str) -> Document:
    """The report read from file ``p`` (``None``: standard input) as ``raw``
    text, a page, Markdown or HTML piece reduced to its text (see :func:`read_document`).

    Raises:
        InputError: when no text is left (saying where the letters went).
    """
    page, origin = _reduced(raw, p, input_format)
    text = raw if page is None else page.text
    if not has_words(text):
        raise InputError(f"{p or '<stdin>'}: {_empty(raw, origin)}")
    where = str(p) if p else None
    if page is not None:
        return Document(doc_id, text, title=page.title, path=where, date=page.date, origin=origin)
    return Document(id=doc_id, text=text, path=where)


def _empty(raw: str, origin: str | None) -> str:
    """Why a report has no text: none at all, or none outside the Markdown's
    code and images or the HTML's markup (where the file has letters)."""
    if origin is None or not has_words(raw):
        return "the text is empty (no letters or digits)"
    what = "code blocks, images and HTML" if origin == "markdown" else "tags, comments, scripts and styles"
    as_is = "--input-format text, input_format='text' in Python, reads it as it is"
    return f"no text outside {what} (read as {origin}; {as_is})"


def _reduced(text: str, p: Path | None, input_format: str) -> tuple[Page | None, str | None]:
    """The page a page, Markdown or HTML fragment reduces to, and its origin;
    ``(None, None)`` for plain text."""
    origin = _origin(p, text, input_format)
    if origin == "html":
        return extract(text, str(p or "<stdin>")), origin
    if origin == "markdown":
        return extract_markdown(text), origin
    if origin == "fragment":  # a text with a link or emphasis keeps its lines (its headline)
        inline = inline_markup(text)
        return Page(fragment_text(text) if inline is None else inline, None, None), "html"
    if origin is None and input_format == "auto" and (read := unescaped(text)) is not None:
        return Page(read, None, None), "html"  # "&quot;" without tags: the same
    return None, origin


def _origin(p: Path | None, text: str, input_format: str) -> str | None:
    """``"html"`` or ``"markdown"`` when the input is to be reduced to its
    text first (by ``input_format``, else the file's suffix, else, on
    stdin, a text that starts as a page); ``"fragment"`` for a text file or
    stdin in HTML that is no whole page (``<p>...</p>``: read with the
    standard library, no extra needed); ``None`` for plain text (whose
    HTML character references, ``&quot;``, are read in auto mode)."""
    if input_format != "auto":
        return None if input_format == "text" else input_format
    suffix = p.suffix.lower() if p is not None else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if p is None and looks_like_html(text):
        return "html"
    return "fragment" if looks_like_fragment(text) else None
