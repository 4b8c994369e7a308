"""The library's entry points: :func:`summarize` and :func:`read_document`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple, Union, overload

from .budget import DEFAULT_BUDGET, Budget
from .registry import Registry, default_registry
from .text.reading import read_text
from .types import Document, Summary

#: The backend used when none is named (see README: why this one).
DEFAULT_BACKEND = "salience"

DocumentLike = Union[Document, str]


def as_document(item: DocumentLike, index: int = 0) -> Document:
    """A :class:`Document` from a document or a plain string (id ``doc{index}``)."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=f"doc{index}", text=item)
    raise TypeError(f"expected a Document or str, not {type(item).__name__}")


def read_document(
    path: Union[str, os.PathLike], *, encoding: Optional[str] = None, id: Optional[str] = None
) -> Document:
    """Read a text file into a :class:`Document` (id: the file name without suffix)."""
    p = Path(path)
    return Document(id=id or p.stem, text=read_text(p, encoding=encoding), path=str(p))


@overload
def summarize(
    documents: DocumentLike, *, backend: str = ..., budget: Optional[Budget] = ...,
    language: Optional[str] = ..., registry: Optional[Registry] = ..., **options: object,
) -> Summary: ...


@overload
def summarize(
    documents: Sequence[DocumentLike], *, backend: str = ..., budget: Optional[Budget] = ...,
    language: Optional[str] = ..., registry: Optional[Registry] = ..., **options: object,
) -> Tuple[Summary, ...]: ...


def summarize(documents, *, backend=DEFAULT_BACKEND, budget=None, language=None, registry=None, **options):
    """Summarise one document, or fuse several into cited briefs.

    Args:
        documents: a :class:`Document` or string (one summary back), or a
            sequence of them (several go through multi-document fusion: one
            summary per story, largest story first).
        backend: a registered backend name (see ``summarizer backends``).
        budget: how long; defaults to 4 sentences for one document.
        language: ISO 639-1 code; detected from the text when ``None``.
        registry: where backend names are looked up (default: the built-in one).
        options: passed to the backend (or to fusion).

    >>> import summarizer
    >>> summarizer.summarize("One. Two is here. Three.", backend="lead",
    ...                      budget=summarizer.Budget(sentences=1)).text
    'One.'
    """
    reg = registry or default_registry()
    if isinstance(documents, (Document, str)):
        doc = as_document(documents)
        engine = reg.create(backend, language=language, **options)
        return engine.summarize(doc, budget or DEFAULT_BUDGET)
    docs = [as_document(d, i) for i, d in enumerate(documents)]
    if not docs:
        raise ValueError("summarize() needs at least one document")
    if len(docs) == 1:
        return (summarize(docs[0], backend=backend, budget=budget, language=language,
                          registry=reg, **options),)
    from .fusion import fuse

    return fuse(docs, backend=backend, budget=budget, language=language, registry=reg, **options)


def unique_ids(paths: Iterable[Path]) -> List[str]:
    """File stems, made unique by a numeric suffix where two files share one."""
    seen: dict = {}
    out = []
    for p in paths:
        stem = p.stem or p.name
        n = seen.get(stem, 0)
        seen[stem] = n + 1
        out.append(stem if n == 0 else f"{stem}-{n + 1}")
    return out
