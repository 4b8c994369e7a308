"""The backend protocol and helpers shared by extractive backends."""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from ..budget import Budget
from ..pipeline import Analysis
from ..types import Citation, Document, Summary, SummarySentence


@runtime_checkable
class Backend(Protocol):
    """What every backend provides.

    ``summarize`` takes one document and a :class:`~summarizer.budget.Budget`
    and returns a :class:`~summarizer.types.Summary` whose sentences cite
    their sources.  Factories registered in a
    :class:`~summarizer.registry.Registry` build backends from keyword
    options (``language`` at least).
    """

    name: str

    def summarize(self, document: Document, budget: Budget) -> Summary: ...


def extract(
    analysis: Analysis,
    chosen: Sequence[int],
    scores: Sequence[float],
    backend: str,
    **metadata: object,
) -> Summary:
    """A summary of the sentences ``chosen``, in document order, each citing itself."""
    sentences = analysis.sentences
    out = []
    for i in sorted(chosen):
        s = sentences[i]
        cite = Citation(s.doc_id, s.start, s.end, s.index, 1.0, True)
        out.append(SummarySentence(s.display, (cite,), float(scores[i])))
    meta = {"language": analysis.language, **metadata}
    return Summary(
        tuple(out), backend, (analysis.document.id,), tuple(sorted(meta.items()))
    )


def extract_best(
    analysis: Analysis,
    scores: Sequence[float],
    budget: Budget,
    backend: str,
    **metadata: object,
) -> Summary:
    """The best-scored sentences that fit ``budget`` (ties to the earlier),
    in document order."""
    n = len(scores)
    ranked = sorted(range(n), key=lambda i: (-scores[i], i))
    return extract(analysis, budget.select(ranked, analysis.lengths, n), scores, backend, **metadata)
