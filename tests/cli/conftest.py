"""What the command-line tests share: a run of ``main`` into a string."""

from __future__ import annotations

import io

from summarizer.cli import main


def run(argv: list[str]) -> tuple[int, str]:
    """The exit code of ``summarizer ARGV`` and what it wrote to its output."""
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()
