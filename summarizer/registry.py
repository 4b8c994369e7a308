"""The backend registry: names -> factories, extended lazily from entry points.

Built-in backends are listed as ``"module:attribute"`` strings and imported
only when asked for; other packages add backends through the entry-point
group ``summarizer.backends`` (read the first time a name is not found, or
when all names are listed).  Each :class:`Registry` is its own instance, so
tests make their own instead of resetting a global one.
"""

from __future__ import annotations

import importlib
from typing import Callable, Dict, List, Mapping, Optional, Union

from .backends.base import Backend
from .errors import UnknownBackendError

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


class Registry:
    """Backend names and how to build each backend."""

    def __init__(
        self,
        builtins: Optional[Mapping[str, str]] = None,
        group: Optional[str] = ENTRY_POINT_GROUP,
    ) -> None:
        self._targets: Dict[str, Union[str, Factory]] = dict(builtins or {})
        self._group = group
        self._entry_points_read = group is None

    def register(self, name: str, factory: Optional[Factory] = None):
        """Add a backend; use as ``registry.register("x", Factory)`` or as a decorator."""
        if not name or not isinstance(name, str):
            raise ValueError("a backend name must be a non-empty string")

        def add(f: Factory) -> Factory:
            self._targets[name] = f
            return f

        return add(factory) if factory is not None else add

    def _read_entry_points(self) -> None:
        if self._entry_points_read:
            return
        self._entry_points_read = True
        from importlib.metadata import entry_points

        for ep in entry_points(group=self._group):
            self._targets.setdefault(ep.name, ep.value)

    def names(self) -> List[str]:
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
            raise UnknownBackendError(
                f"unknown backend {name!r}; available: {', '.join(self.names())}"
            )
        target = self._targets[name]
        if isinstance(target, str):
            module, _, attr = target.partition(":")
            obj = importlib.import_module(module)
            for part in attr.split("."):
                obj = getattr(obj, part)
            target = obj  # type: ignore[assignment]
            self._targets[name] = target
        return target  # type: ignore[return-value]

    def create(self, name: str, **options: object) -> Backend:
        """Build the backend ``name`` with ``options`` (such as ``language``)."""
        return self.get(name)(**options)


def default_registry() -> Registry:
    """The registry the command line and :func:`summarizer.summarize` use."""
    return _DEFAULT


_DEFAULT = Registry(BUILTINS)
