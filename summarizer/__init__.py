"""summarizer: short, trustworthy briefs of news reports, every sentence cited.

Quick start::

    import summarizer
    doc = summarizer.read_document("seeds/000_fa2a66c985b7476f.txt")
    brief = summarizer.summarize(doc, budget=summarizer.Budget(sentences=3))
    print(brief.text)

Nothing heavy is imported here: sumy, nltk, numpy, torch and transformers
load only when a backend that needs them runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .budget import Budget
from .errors import (
    BackendError,
    BackendLoadError,
    BudgetError,
    InputError,
    MissingDependencyError,
    ModelNotFoundError,
    OptionError,
    OutputError,
    SummarizerError,
    UnknownBackendError,
)
from .types import Citation, Disagreement, Document, Sentence, Span, Summary, SummarySentence, Update

__version__ = "0.2.0"

__all__ = [
    "Analysis",
    "BackendError",
    "BackendLoadError",
    "Budget",
    "BudgetError",
    "Citation",
    "Disagreement",
    "Document",
    "InputError",
    "MissingDependencyError",
    "ModelNotFoundError",
    "OptionError",
    "OutputError",
    "Registry",
    "Sentence",
    "Span",
    "SummarizerError",
    "Summary",
    "SummarySentence",
    "UnknownBackendError",
    "Update",
    "__version__",
    "analyse",
    "batch",
    "default_registry",
    "fuse",
    "read_document",
    "summarize",
]

_LAZY = {
    "summarize": ("api", "summarize"),
    "read_document": ("api", "read_document"),
    "fuse": ("fusion", "fuse"),
    "analyse": ("pipeline", "analyse"),
    "batch": ("batches", "batch"),
    "Analysis": ("pipeline", "Analysis"),
    "Registry": ("registry", "Registry"),
    "default_registry": ("registry", "default_registry"),
}

if TYPE_CHECKING:  # pragma: no cover
    from .api import read_document, summarize
    from .batches import batch
    from .fusion import fuse
    from .pipeline import Analysis, analyse
    from .registry import Registry, default_registry


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
