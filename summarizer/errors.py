"""Exceptions raised by the library.

Every error the command line reports as a one-line message derives from
:class:`SummarizerError`; anything else is a bug and is shown with a traceback
only under ``--debug``.
"""

from __future__ import annotations

#: The name the package is installed under (``import summarizer`` and the command stay
#: ``summarizer``; the distribution name ``summarizer`` on PyPI is another project's).
DISTRIBUTION = "cited-briefs"


def install_hint(extra: str) -> str:
    """How to install an optional extra, from an index and from a checkout of the repository."""
    return f"pip install '{DISTRIBUTION}[{extra}]' (in a checkout: pip install -e '.[{extra}]')"


class SummarizerError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(SummarizerError, ValueError):
    """The input text or file cannot be used (empty, binary, undecodable, missing)."""


class BudgetError(SummarizerError, ValueError):
    """A summary length that makes no sense (zero, negative, a ratio above one)."""


class OptionError(SummarizerError, ValueError):
    """An option that a backend or step does not take, or a value out of its range;
    the message names the valid ones."""


class OutputError(SummarizerError, OSError):
    """A result that cannot be written where asked (the path is an input, exists, or the disk is full)."""


class UnknownBackendError(SummarizerError, LookupError):
    """A backend name that is not registered; the message lists the valid names."""


class BackendLoadError(SummarizerError, ImportError):
    """A registered backend (a plug-in's entry point) that cannot be loaded:
    its module fails to import, or does not hold what the entry point names."""


class BackendError(SummarizerError, RuntimeError):
    """A backend that breaks its contract (as many scores as sentences); the message names it."""


class MissingDependencyError(SummarizerError, ImportError):
    """An optional extra is not installed; the message names the extra to install."""


class ModelNotFoundError(SummarizerError, FileNotFoundError):
    """A model folder or hub id that cannot be found offline."""
