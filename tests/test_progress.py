"""Progress: a bar on a terminal; elsewhere nothing, or, asked, a plain line now and then."""

from __future__ import annotations

import pytest

from summarizer import progress as progress_module
from summarizer.progress import progress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(progress_module.time, "monotonic", c)
    return c


def test_plain_lines_at_each_tenth_and_never_closer_than_the_gap(capsys, clock):
    with progress(20, "batch", plain=True) as advance:  # stderr is captured: no terminal
        for k in range(20):
            clock.now += 0.6
            advance(failed=int(k == 3))
    lines = capsys.readouterr().err.splitlines()
    # a tenth is 2 items (1.2 s): the lines come at each tenth reached a
    # second after the last; the end is left to the caller's summary
    assert lines == [
        "summarizer: batch: 2/20 (10%), 0 failed, 1 s",
        "summarizer: batch: 4/20 (20%), 1 failed, 2 s",
        "summarizer: batch: 6/20 (30%), 1 failed, 4 s",
        "summarizer: batch: 8/20 (40%), 1 failed, 5 s",
        "summarizer: batch: 10/20 (50%), 1 failed, 6 s",
        "summarizer: batch: 12/20 (60%), 1 failed, 7 s",
        "summarizer: batch: 14/20 (70%), 1 failed, 8 s",
        "summarizer: batch: 16/20 (80%), 1 failed, 10 s",
        "summarizer: batch: 18/20 (90%), 1 failed, 11 s",
    ]


def test_without_a_total_a_line_every_so_often(capsys, clock):
    with progress(None, "batch", plain=True) as advance:
        for _ in range(100):
            clock.now += 1.0
            advance()
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"summarizer: batch: {k} done, 0 failed, {k} s" for k in (30, 60, 90)]


def test_a_burst_of_items_passed_over_gives_no_line(capsys, clock):
    with progress(1000, "batch", plain=True) as advance:
        for _ in range(900):  # resumed: found done, thousands a second
            advance()
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("show, plain", [(None, False), (False, True)])
def test_silent_unless_asked(capsys, clock, show, plain):
    with progress(10, "batch", show=show, plain=plain) as advance:
        for _ in range(10):
            clock.now += 5
            advance()
    assert capsys.readouterr().err == ""
