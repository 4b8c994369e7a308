"""The library's entry points: :func:`summarize` and :func:`read_document`.

A thin facade: the options are routed by :class:`~summarizer.options.BriefOptions`,
the inputs made ready by :mod:`summarizer.documents` and the briefs made by
the orchestrator (:func:`summarizer.orchestrate.briefs`), as the command line
and ``batch`` make them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import overload

from .budget import Budget
from .documents import as_analysis, as_documents, prepare, read_document
from .errors import InputError
from .options import BriefOptions
from .orchestrate import briefs
from .pipeline import Analysis
from .registry import DEFAULT_BACKEND, Registry
from .types import Document, Summary

DocumentLike = Document | str | Analysis

__all__ = ["read_document", "summarize"]


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
        budget: how long; defaults to 4 sentences for one document, 5 a story for several.
        language: ISO 639-1 code; detected from the text when ``None``.
        registry: where backend names are looked up (default: the built-in one).
        options: the backend's options and fusion's (routed as
            :mod:`summarizer.options` says); an option no step takes is an error.

    >>> import summarizer
    >>> summarizer.summarize("One. Two is here. Three.", backend="lead",
    ...                      budget=summarizer.Budget(sentences=1)).text
    'One.'
    """
    settings = BriefOptions.of(backend=backend, budget=budget, language=language, **options)
    if isinstance(documents, (Document, str, Analysis)):
        (item,) = as_documents([documents])
        return briefs([as_analysis(item, language)], settings, registry)[0]
    if isinstance(documents, (bytes, bytearray, Mapping)) or not isinstance(documents, Iterable):
        raise InputError(
            f"summarize() takes a Document, an Analysis, a str or a list of them, not {type(documents).__name__}"
        )
    docs = as_documents(documents)
    if not docs:
        raise InputError("summarize() needs at least one document")
    if len(docs) == 1:
        return (briefs([as_analysis(docs[0], language)], settings, registry)[0],)
    ready = prepare(docs, language)
    return ready.marked(briefs(ready.analyses, settings, registry))
