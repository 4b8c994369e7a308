"""Progress on stderr: a bar on a terminal; plain lines, or nothing, elsewhere.

``with progress(total, "grouping") as advance: advance(n)`` draws a bar on
stderr (items done of the total, items per second, time left, and the
failures ``advance`` is told of) when ``show=True``, or, by default
(``show=None``), when stderr is a terminal; ``show=False`` never draws it.
Where stderr is no terminal and ``show`` is left at ``None``, ``plain=True``
writes a line at each tenth of the total and at least every :data:`EVERY`
seconds (``summarizer: batch: 40/200 (20%), 1 failed, 12 s``), which a log
keeps; without ``plain``, nothing.  A closed stderr shows nothing.

``brief``, ``stories``, ``batch`` and ``bench`` use it (bench for its plain
lines); bench's terminal bar (:func:`summarizer.bench.harness.progress_bar`)
and mt5's generation bar are drawn by those modules themselves.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[..., None]

#: Plain lines: one at each tenth of the total ...
STEPS = 10
#: ... and one at least this often while items are done: a batch of the seeds
#: does about 10 items a second per core, so a log silent for longer than
#: this is a run stuck on an item (or an item of a slow backend, mt5) ...
EVERY = 30.0
#: ... but never two closer than this: a resumed run passes over the items
#: done already thousands a second, and ten lines of that say nothing.
GAP = 1.0


@contextmanager
def progress(
    total: int | None, description: str, *, show: bool | None = None, plain: bool = False
) -> Iterator[Advance]:
    """A bar of ``total`` steps; yields ``advance(n=1, failed=0)``.

    ``show``: ``None`` (default) shows it on a terminal only, ``True``
    always (on stderr), ``False`` never.  ``plain``: where ``show`` is
    ``None`` and stderr is no terminal, print plain lines instead of nothing.
    """
    visible = sys.stderr is not None and (show if show is not None else sys.stderr.isatty())
    if not visible:
        yield _lines(total, description) if plain and show is None and sys.stderr is not None else _nothing
        return
    # rich takes 40 ms to import: only when a bar is drawn, not for --help
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


def elapsed(seconds: float) -> str:
    """Seconds for a summary line: ``0.4 s`` under ten, ``41 s`` from there."""
    return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"


def _nothing(n: int = 1, failed: int = 0) -> None:
    return None


def _lines(total: int | None, description: str) -> Advance:
    """``advance`` that prints a line at each tenth of ``total`` (short of
    the end, which the caller sums up) and after :data:`EVERY` seconds,
    at most one each :data:`GAP`."""
    start = last = time.monotonic()
    done = failures = step = 0

    def advance(n: int = 1, failed: int = 0) -> None:
        nonlocal done, failures, step, last
        done += n
        failures += failed
        now = time.monotonic()
        reached = (done * STEPS) // total if total else 0
        if (total and done >= total) or now - last < GAP or (reached <= step and now - last < EVERY):
            return
        step, last = max(step, reached), now
        where = f"{done}/{total} ({100 * done // total}%)" if total else f"{done} done"
        sys.stderr.write(f"summarizer: {description}: {where}, {failures} failed, {now - start:.0f} s\n")
        sys.stderr.flush()

    return advance
