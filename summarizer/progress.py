"""Progress bars on a terminal, silent elsewhere.

``with progress(total, "grouping") as advance: advance(n)`` shows a bar on
stderr (items done, items per second, time left, and failures when told)
when stderr is a terminal, or when ``show=True``; in a pipe or a file it
shows nothing unless asked.  Nothing else in the library draws bars.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[..., None]


@contextmanager
def progress(total: int | None, description: str, *, show: bool | None = None) -> Iterator[Advance]:
    """A bar of ``total`` steps; yields ``advance(n=1, failed=0)``.

    ``show``: ``None`` (default) shows it on a terminal only, ``True``
    always (on stderr), ``False`` never.
    """
    visible = sys.stderr is not None and (show if show is not None else sys.stderr.isatty())
    if not visible:
        yield lambda n=1, failed=0: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f}/s" if speed else "")

    failures = [0]
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[failed]}"),
        console=Console(stderr=True),
        transient=True,
    )
    with bar:
        task = bar.add_task(description, total=total, failed="")

        def advance(n: int = 1, failed: int = 0) -> None:
            failures[0] += failed
            bar.update(task, advance=n, failed=f"{failures[0]} failed" if failures[0] else "")

        yield advance
