"""The backend registry: names -> factories, extended lazily from entry points.

Built-in backends are listed as ``"module:attribute"`` strings and imported
only when asked for; other packages add backends through the entry-point
group ``summarizer.backends`` (read the first time a name is not found, or
when all names are listed).  Each :class:`Registry` is its own instance, so
tests make their own instead of resetting a global one.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .backends.base import Backend
from .errors import BackendLoadError, MissingDependencyError, OptionError, UnknownBackendError, install_hint

Factory = Callable[..., Backend]

BUILTINS: Mapping[str, str] = {
    "salience": "summarizer.backends.salience:SalienceBackend",
    "textrank": "summarizer.backends.textrank:TextRankBackend",
    "lexrank": "summarizer.backends.textrank:LexRankBackend",
    "lead": "summarizer.backends.baselines:LeadBackend",
    "random": "summarizer.backends.baselines:RandomBackend",
    "mt5": "summarizer.backends.mt5:MT5Backend",
}
ENTRY_POINT_GROUP = "summarizer.backends"

#: The backend used when none is named: position, closeness to the opening and
#: centrality tie ``lead`` on the Arabic references and beat the graph methods there
#: (docs/benchmarks.md).
DEFAULT_BACKEND = "salience"


@dataclass(frozen=True)
class Need:
    """What a built-in backend needs beyond the core: modules of an extra, a model."""

    extra: str = ""
    modules: tuple[str, ...] = ()
    model: str = ""


#: One line on each built-in backend, and what it needs, known without importing it.
BUILTIN_INFO: Mapping[str, tuple[str, Need]] = {
    "salience": ("position, closeness to the opening and centrality, picked without repeats", Need()),
    "textrank": ("TextRank on sumy: a random walk over sentence similarity, restarting at the opening", Need()),
    "lexrank": ("LexRank on sumy: centrality in the graph of similar sentences", Need()),
    "lead": ("baseline: the opening sentences of the body", Need()),
    "random": ("baseline: sentences in a seeded random order", Need()),
    "mt5": (
        "abstractive: an mT5 model writes the summary, each sentence aligned to its sources and cited",
        Need("mt5", ("torch", "transformers", "sentencepiece"), "a local model folder: --model DIR"),
    ),
}


@dataclass(frozen=True)
class BackendInfo:
    """What ``summarizer backends`` shows of one backend."""

    name: str
    description: str
    default: bool
    usable: bool
    #: What is missing when it is not usable, or what it still needs (a model), else "".
    note: str = ""


class Registry:
    """Backend names and how to build each backend."""

    def __init__(
        self,
        builtins: Mapping[str, str] | None = None,
        group: str | None = ENTRY_POINT_GROUP,
    ) -> None:
        self._targets: dict[str, str | Factory] = dict(builtins or {})
        self._declared: dict[str, str] = dict(builtins or {})  # as given, before any import
        self._group = group
        self._entry_points_read = group is None

    def register(self, name: str, factory: Factory | None = None):
        """Add a backend; use as ``registry.register("x", Factory)`` or as a decorator."""
        if not name or not isinstance(name, str):
            raise OptionError(f"a backend name must be a non-empty string, not {name!r}")

        def add(f: Factory) -> Factory:
            self._targets[name] = f
            self._declared.pop(name, None)
            return f

        return add(factory) if factory is not None else add

    def _read_entry_points(self) -> None:
        if self._entry_points_read:
            return
        self._entry_points_read = True
        from importlib.metadata import entry_points  # 40 ms to import, not for --help

        for ep in entry_points(group=self._group or ENTRY_POINT_GROUP):
            self._targets.setdefault(ep.name, ep.value)

    def names(self) -> list[str]:
        """Every registered name, entry points included, sorted."""
        self._read_entry_points()
        return sorted(self._targets)

    def __contains__(self, name: object) -> bool:
        if name in self._targets:
            return True
        self._read_entry_points()
        return name in self._targets

    def get(self, name: str) -> Factory:
        """The factory for ``name``, imported on first use.

        Raises:
            UnknownBackendError: naming the available backends.
        """
        if name not in self:
            raise UnknownBackendError(f"unknown backend {name!r}; available: {', '.join(self.names())}")
        target = self._targets[name]
        if isinstance(target, str):
            target = _load(name, target)
            self._targets[name] = target
        return target

    def describe(self, name: str) -> BackendInfo:
        """One line on ``name`` and whether it runs here; a built-in is not imported for it."""
        if name not in self:
            raise UnknownBackendError(f"unknown backend {name!r}; available: {', '.join(self.names())}")
        default = name == DEFAULT_BACKEND
        if name in BUILTIN_INFO and self._declared.get(name) == BUILTINS[name]:
            text, need = BUILTIN_INFO[name]
            missing = [m for m in need.modules if importlib.util.find_spec(m) is None]
            if missing:
                why = f"needs {', '.join(missing)}: {install_hint(need.extra)}"
                return BackendInfo(name, text, default, False, why + (f"; and {need.model}" if need.model else ""))
            return BackendInfo(name, text, default, True, f"needs {need.model}" if need.model else "")
        try:
            factory = self.get(name)
        except ImportError as exc:
            return BackendInfo(name, "(a plug-in)", default, False, f"cannot be imported: {exc}")
        doc = (inspect.getdoc(factory) or "").strip().splitlines()
        return BackendInfo(name, doc[0] if doc else "(no description)", default, True)

    def options(self, name: str) -> list[str] | None:
        """The keyword options backend ``name`` takes, sorted; ``None`` when
        its factory takes any keyword (it then checks them itself)."""
        factory = self.get(name)
        try:
            params = inspect.signature(factory).parameters.values()
        except (TypeError, ValueError):  # a builtin or C factory: let it check
            return None
        if any(p.kind is p.VAR_KEYWORD for p in params):
            return None
        return sorted(p.name for p in params if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD))

    def create(self, name: str, **options: object) -> Backend:
        """Build the backend ``name`` with ``options``.

        Raises:
            UnknownBackendError: for a name not registered.
            OptionError: for an option the backend does not take, naming the ones it does.
        """
        self.check(name, options)
        return self.get(name)(**options)

    def check(self, name: str, options: Iterable[str]) -> None:
        """Refuse an option name backend ``name`` does not take, without building it.

        Raises:
            UnknownBackendError: for a name not registered.
            OptionError: naming the options it does take.
        """
        valid = self.options(name)
        if valid is not None:
            unknown = sorted(set(options) - set(valid))
            if unknown:
                takes = f"its options: {', '.join(valid)}" if valid else "it takes no options"
                raise OptionError(f"backend {name!r} has no option {', '.join(map(repr, unknown))}; {takes}")


def _load(name: str, target: str) -> Factory:
    """The factory ``module:attr`` names (a built-in's or a plug-in's entry point).

    Raises:
        MissingDependencyError: as a built-in raises it (an extra not installed).
        BackendLoadError: when the module fails to import or lacks ``attr``.
    """
    module, colon, attr = target.partition(":")
    try:
        obj: Any = importlib.import_module(module)
        for part in attr.split(".") if colon else ():
            obj = getattr(obj, part)
    except MissingDependencyError:
        raise
    except (Exception, SystemExit) as exc:  # a plug-in's bug must not break the others, nor `backends`
        raise BackendLoadError(f"backend {name!r} ({target}) cannot be loaded: {type(exc).__name__}: {exc}") from exc
    if not colon or not callable(obj):
        raise BackendLoadError(f"backend {name!r} ({target}) names no factory: an entry point reads module:Class")
    return obj


def default_registry() -> Registry:
    """The registry the command line and :func:`summarizer.summarize` use."""
    return _DEFAULT


_DEFAULT = Registry(BUILTINS)
