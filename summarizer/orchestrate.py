"""The orchestrator: analysed reports -> briefs, the one place that decides one or many.

One report goes to its backend (an extractive one scores its sentences and
the selection step takes them, :func:`summarize_one`); several go through
fusion, one cited brief per story (:func:`summarizer.fusion.fuse_analyses`).
:func:`summarizer.summarize`, ``summarizer brief`` and ``summarizer batch``
all call :func:`briefs`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .backends.base import Abstractive, Backend, Extractive
from .budget import Budget
from .errors import InputError, OptionError
from .fusion import fuse_analyses
from .options import BriefOptions
from .pipeline import Analysis
from .registry import Registry, default_registry
from .selection import extract
from .types import Summary


def briefs(
    analyses: Sequence[Analysis],
    options: BriefOptions,
    registry: Registry | None = None,
    engine: Backend | None = None,
) -> tuple[Summary, ...]:
    """One summary of one report, or one cited brief per story of several.

    ``engine`` is a backend already made from ``options`` (a batch makes it
    once per process); by default it is made from ``registry``.

    Raises:
        InputError: for no analyses.
        OptionError: for an option the backend does not take, naming the ones it does.
    """
    if not analyses:
        raise InputError("nothing to brief: no report has any text")
    reg = registry or default_registry()
    single = len(analyses) == 1
    engine = engine or options.engine(reg, single=single)
    if single:
        return (summarize_one(analyses[0], engine, options.budget_for(1), redundancy=options.redundancy),)
    return fuse_analyses(analyses, options, engine, reg)


def summarize_one(analysis: Analysis, engine: Backend, budget: Budget, *, redundancy: float | None = None) -> Summary:
    """One report's summary by ``engine``: an extractive backend's scores go
    through the selection step (with ``redundancy``, else the backend's own);
    an abstractive backend writes its own."""
    if isinstance(engine, Extractive):
        penalty = float(getattr(engine, "redundancy", 0.0)) if redundancy is None else redundancy
        return extract(analysis, engine.scores(analysis), budget, engine.name, redundancy=penalty)
    if isinstance(engine, Abstractive):
        return engine.generate([analysis], budget)[0]
    raise OptionError(f"{type(engine).__name__} is not a backend: it has neither scores() nor generate()")
