"""One options object: every default of a brief, and where each option goes.

:class:`BriefOptions` is what :func:`summarizer.summarize`, ``summarizer
brief``, ``summarizer stories`` and ``summarizer batch`` hand to the
orchestrator (:mod:`summarizer.orchestrate`).  It is made with
:meth:`BriefOptions.of` from keyword options, which routes each one:

- ``backend``, ``budget``, ``language``: the brief's;
- fusion's own options (:data:`FUSION_OPTIONS`: ``stories``, the ranking
  weights, ``threshold``, ``selection``, ``brief_language``) go to fusion,
  which several reports go through; one report sets them aside, except one
  its backend takes by that name (lexrank's ``threshold``), which it gets;
- ``redundancy`` is the selection step's (its penalty for likeness to what
  is chosen already), for one report and several alike: one report takes
  its backend's own default when it is not given;
- every other option is the backend's, which refuses one it does not take,
  naming those it does.

The module imports nothing heavy: ``summarizer --version`` and ``--help``
read these defaults without numpy or scipy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .backends.base import number
from .budget import Budget
from .errors import OptionError
from .registry import DEFAULT_BACKEND
from .text.lang import canonical

if TYPE_CHECKING:  # pragma: no cover
    from .backends.base import Backend
    from .registry import Registry

#: One report: four sentences.
ONE_REPORT_BUDGET = Budget(sentences=4)
#: Several reports: five sentences a story.
FUSION_BUDGET = Budget(sentences=5)

#: How fusion ranks a story's groups of sentences (:mod:`summarizer.fusion.rank`).
#: A group's *depth* is the best place a report gives it in the backend's
#: ranking of that report's sentences (0 when some report ranks it first;
#: with ``lead``, where it tells it) and its *report order* is that report's
#: place among the reports (0 = first, 1 = last; by date when every report
#: was handed one, otherwise as handed over).  The score is
#:
#:     -log2(1 + depth) - POSITION * report order + CENTRALITY * centrality
#:            + CORROBORATION * share of the other reports that support it
#:            + DENSITY * concept density
#:
#: where a report supports a group when one of its sentences states the
#: representative's fact (:mod:`summarizer.fusion.support`).  So the
#: reports' openings come first, as a news editor reads them, earliest
#: report first; a fact every report gives gains as much as moving from the
#: eighth sentence to the opening (log2(1 + 7) = 3).  On the MultiLing dev
#: sets, ranking by centrality and corroboration first (position only as a
#: bonus) scored 0.8 ROUGE-2 below reading the reports' openings in turn;
#: sweeps of these weights (position 0-1, centrality 0-2, corroboration 0-3)
#: scored 17.2-17.65 pooled, against 17.49 for the round-robin lead
#: (``lead-rr``).  Corroboration is 3 because the dev sets barely respond to
#: it while same-day rewrites (the seeds) need it to bring up a fact all
#: reports state deep in the text.
POSITION = 0.5
CENTRALITY = 0.5
CORROBORATION = 3.0
#: Weight of a group's *concept density*: the weight of the concepts its
#: sentence holds (pairs of consecutive stems, each weighing the number of
#: reports that state it, at least three: :mod:`summarizer.fusion.concepts`)
#: per word, the densest group of the story scoring 1.  Of the reports'
#: openings, the one that says what most reports say comes first.
#: MultiLing pooled ROUGE-2 at 100 words 12.59 -> 12.99 (story p = 0.22;
#: weights 0.25 to 1: 12.79 to 12.99), at 250 words 18.04 -> 18.13
#: (p = 0.70); seeds' briefs unchanged.
DENSITY = 0.5
#: Fusion's MMR penalty for similarity to a group already taken.
REDUNDANCY = 0.5
#: Cosine similarity of tf-idf at which two sentences of a story join one
#: group (state the same thing).
THRESHOLD = 0.35
#: ``rank`` (the default) takes groups by their score (maximal marginal
#: relevance); ``concepts`` maximises the coverage of concepts many reports
#: state (:mod:`summarizer.selection.coverage`) over the groups first told
#: among a report's opening sentences.  On MultiLing (pooled ROUGE-2, 250
#: words, headlines above a date line read as titles) ``rank`` scored 17.90
#: and ``concepts`` 17.31: see docs/quality.md.
SELECTIONS = ("rank", "concepts")


def _number(name: str, value: object, high: float = 1e6) -> float:
    """A weight: a number in [0, ``high``] (:func:`summarizer.backends.base.number`)."""
    return number(name, value, 0.0, high)


@dataclass(frozen=True)
class FusionOptions:
    """Fusion's own options (see the module constants for what each weighs).

    Raises:
        OptionError: for a weight that is not a number in range, an unknown
            ``selection`` (naming the valid ones) or an unknown ``brief_language``.
    """

    stories: bool = True
    position: float = POSITION
    centrality: float = CENTRALITY
    corroboration: float = CORROBORATION
    density: float = DENSITY
    redundancy: float = REDUNDANCY
    threshold: float = THRESHOLD
    selection: str = "rank"
    brief_language: str | None = None

    def __post_init__(self) -> None:
        if type(self.stories).__name__ not in ("bool", "bool_"):  # "no" or "false" would read as true
            raise OptionError(f"stories is True or False, not {self.stories!r}")
        object.__setattr__(self, "stories", bool(self.stories))  # numpy's bool_ too
        for name in ("position", "centrality", "corroboration", "density", "redundancy"):
            object.__setattr__(self, name, _number(name, getattr(self, name)))
        object.__setattr__(self, "threshold", _number("threshold", self.threshold, high=1.0))
        if self.selection not in SELECTIONS:
            raise OptionError(f"unknown selection {self.selection!r}; choose {', '.join(SELECTIONS)}")
        if self.brief_language is not None:
            try:
                object.__setattr__(self, "brief_language", canonical(self.brief_language))
            except ValueError as exc:
                raise OptionError(f"brief language: {exc}") from None


#: The option names fusion takes.
FUSION_OPTIONS = tuple(f.name for f in fields(FusionOptions))


@dataclass(frozen=True)
class BriefOptions:
    """Everything a brief is made with; :meth:`of` routes keyword options into it."""

    backend: str = DEFAULT_BACKEND
    budget: Budget | None = None
    language: str | None = None
    fusion: FusionOptions = field(default_factory=FusionOptions)
    #: the selection step's redundancy penalty when given (see the module docstring)
    redundancy: float | None = None
    #: options for the backend, as given (it checks them when it is made)
    backend_options: tuple[tuple[str, Any], ...] = ()
    #: fusion options a single report sets aside unless its backend takes them
    fusion_given: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.budget is not None and not isinstance(self.budget, Budget):
            hint = f" (for example Budget(sentences={self.budget}))" if isinstance(self.budget, int) else ""
            raise OptionError(f"budget must be a summarizer.Budget, not {type(self.budget).__name__}{hint}")
        if self.language is not None and not isinstance(self.language, str):
            raise OptionError(f"language must be a code such as 'ar' or 'en', not {type(self.language).__name__}")

    @classmethod
    def of(
        cls,
        *,
        backend: str = DEFAULT_BACKEND,
        budget: Budget | None = None,
        language: str | None = None,
        **options: Any,
    ) -> BriefOptions:
        """Route keyword ``options`` (see the module docstring)."""
        own = {k: options.pop(k) for k in FUSION_OPTIONS if k in options}
        redundancy = own.get("redundancy")
        return cls(
            backend=backend,
            budget=budget,
            language=language,
            fusion=FusionOptions(**own),
            redundancy=None if redundancy is None else _number("redundancy", redundancy),
            backend_options=tuple(sorted(options.items())),
            fusion_given=tuple(sorted((k, v) for k, v in own.items() if k != "redundancy")),
        )

    def budget_for(self, reports: int) -> Budget:
        """The budget given, else the default for one report or for several."""
        return self.budget or (ONE_REPORT_BUDGET if reports == 1 else FUSION_BUDGET)

    @property
    def fusion_budget(self) -> Budget:
        """The budget of each fused story's brief: the one given, else :data:`FUSION_BUDGET`."""
        return self.budget or FUSION_BUDGET

    def engine_options(self, taken: list[str] | None, single: bool) -> dict[str, Any]:
        """The options the backend is made with: its own, and for one report
        the fusion options it takes by name (``taken``: its option names, or
        ``None`` when it takes any keyword)."""
        out = dict(self.backend_options)
        if single and taken is not None:
            out.update((k, v) for k, v in self.fusion_given if k in taken)
        if self.redundancy is not None and taken is not None and "redundancy" in taken:
            out["redundancy"] = self.redundancy
        return out

    def engine(self, registry: Registry, *, single: bool) -> Backend:
        """The backend :attr:`backend` names, made with the options routed to it
        (one report: :meth:`engine_options` with ``single``)."""
        taken = registry.options(self.backend)  # an unknown name fails here, listing the valid ones
        with _naming_fusions_own():
            return registry.create(self.backend, **self.engine_options(taken, single))

    def check(self, registry: Registry) -> None:
        """Refuse an unknown backend, language or an option nobody takes, as
        briefing would, without building the backend (a batch checks before any item)."""
        if self.language is not None:
            try:
                canonical(self.language)
            except ValueError as exc:
                raise OptionError(str(exc)) from None
        taken = registry.options(self.backend)
        with _naming_fusions_own():
            registry.check(self.backend, self.engine_options(taken, single=False))


@contextlib.contextmanager
def _naming_fusions_own() -> Iterator[None]:
    """An option the backend refuses is told with fusion's own options too."""
    try:
        yield
    except OptionError as exc:
        raise OptionError(f"{exc}; fusion's own options: {', '.join(FUSION_OPTIONS)}") from None
