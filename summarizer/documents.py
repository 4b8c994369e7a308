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
from .pipeline import Analysis, analyse
from .text.language import settle_languages
from .text.normalize import has_words
from .text.reading import read_text
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


def read_document(path: str | os.PathLike, *, encoding: str | None = None, id: str | None = None) -> Document:
    """Read a text file into a :class:`Document` (id: the file name without suffix)."""
    p = Path(path)
    return Document(id=id or p.stem, text=read_text(p, encoding=encoding), path=str(p))
