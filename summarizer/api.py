"""The library's entry points: :func:`summarize` and :func:`read_document`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import overload

from .backends.base import Abstractive, Extractive
from .budget import DEFAULT_BUDGET, Budget
from .errors import InputError, OptionError
from .pipeline import Analysis, analyse
from .registry import DEFAULT_BACKEND, Registry, default_registry
from .selection import extract
from .text.reading import read_text
from .types import Document, Summary

DocumentLike = Document | str | Analysis


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
    from dataclasses import replace

    from .text.language import settle_languages

    docs = list(documents)
    if len(docs) < 2 or all(d.language is not None for d in docs):
        return docs
    codes = settle_languages([d.text for d in docs])
    return [replace(d, language=code) if d.language is None else d for d, code in zip(docs, codes)]


def as_analysis(item: Document | Analysis, language: str | None = None) -> Analysis:
    """``item`` analysed (an :class:`Analysis` is taken as it is)."""
    return item if isinstance(item, Analysis) else analyse(item, language=language)


def read_document(path: str | os.PathLike, *, encoding: str | None = None, id: str | None = None) -> Document:
    """Read a text file into a :class:`Document` (id: the file name without suffix)."""
    p = Path(path)
    return Document(id=id or p.stem, text=read_text(p, encoding=encoding), path=str(p))


def check_common(budget: object, language: object) -> None:
    """Refuse a budget that is not a :class:`Budget` and a language that is not a string."""
    if budget is not None and not isinstance(budget, Budget):
        hint = f" (for example Budget(sentences={budget}))" if isinstance(budget, int) else ""
        raise OptionError(f"budget must be a summarizer.Budget, not {type(budget).__name__}{hint}")
    if language is not None and not isinstance(language, str):
        raise OptionError(f"language must be a code such as 'ar' or 'en', not {type(language).__name__}")


def summarize_one(analysis: Analysis, engine: Extractive | Abstractive, budget: Budget) -> Summary:
    """One report's summary by ``engine``: an extractive backend's scores go
    through the shared selection step; an abstractive backend writes its own."""
    if isinstance(engine, Extractive):
        redundancy = float(getattr(engine, "redundancy", 0.0))
        return extract(analysis, engine.scores(analysis), budget, engine.name, redundancy=redundancy)
    if isinstance(engine, Abstractive):
        return engine.generate([analysis], budget)[0]
    raise OptionError(f"{type(engine).__name__} is not a backend: it has neither scores() nor generate()")


@overload
def summarize(
    documents: DocumentLike,
    *,
    backend: str = ...,
    budget: Budget | None = ...,
    language: str | None = ...,
    registry: Registry | None = ...,
    **options: object,
) -> Summary: ...


@overload
def summarize(
    documents: list[DocumentLike] | tuple[DocumentLike, ...],
    *,
    backend: str = ...,
    budget: Budget | None = ...,
    language: str | None = ...,
    registry: Registry | None = ...,
    **options: object,
) -> tuple[Summary, ...]: ...


def summarize(documents, *, backend=DEFAULT_BACKEND, budget=None, language=None, registry=None, **options):
    """Summarise one document, or fuse several into cited briefs.

    Args:
        documents: a :class:`Document`, :class:`~summarizer.pipeline.Analysis`
            or string (one summary back), or a list of them (several go
            through multi-document fusion: one summary per story, largest
            story first).
        backend: a registered backend name (see ``summarizer backends``).
        budget: how long; defaults to 4 sentences for one document.
        language: ISO 639-1 code; detected from the text when ``None``.
        registry: where backend names are looked up (default: the built-in one).
        options: the backend's options (or fusion's; see :func:`summarizer.fuse`);
            an option they do not take is an error.

    >>> import summarizer
    >>> summarizer.summarize("One. Two is here. Three.", backend="lead",
    ...                      budget=summarizer.Budget(sentences=1)).text
    'One.'
    """
    check_common(budget, language)
    reg = registry or default_registry()
    if isinstance(documents, (Document, str, Analysis)):
        (item,) = as_documents([documents])
        engine = reg.create(backend, **options)
        return summarize_one(as_analysis(item, language), engine, budget or DEFAULT_BUDGET)
    if isinstance(documents, (bytes, bytearray, Mapping)) or not isinstance(documents, Iterable):
        raise InputError(
            f"summarize() takes a Document, an Analysis, a str or a list of them, not {type(documents).__name__}"
        )
    docs = as_documents(documents)
    if not docs:
        raise InputError("summarize() needs at least one document")
    if len(docs) == 1:
        return (summarize(docs[0], backend=backend, budget=budget, language=language, registry=reg, **options),)
    from .fusion import fuse

    return fuse(docs, backend=backend, budget=budget, language=language, registry=reg, **options)
