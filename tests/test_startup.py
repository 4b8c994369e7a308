"""What must stay light: importing the package, and the command line up to
its help and version, load none of the heavy libraries (numpy and scipy
alone take about half a second to import).  Each case runs in a fresh
interpreter and reads what it imported from ``-X importtime``."""

import subprocess
import sys

import pytest

from summarizer import __version__

#: Loaded only when a brief, a bench or a backend needs them.
HEAVY = frozenset({"numpy", "scipy", "sklearn", "sumy", "nltk", "torch", "transformers", "rich"})

COMMANDS = ("brief", "stories", "batch", "bench", "convert", "backends")


def imported(*argv: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run ``python -X importtime ARGV``; the result and the top-level names of every module it imported."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv], capture_output=True, text=True, timeout=120, check=False
    )
    names = {
        line.split("|")[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "[us]" not in line
    }
    assert "summarizer" in names, done.stderr[-2000:]  # the reading works: our own package is there
    return done, names


def test_import_summarizer_is_light():
    done, names = imported("-c", "import summarizer")
    assert done.returncode == 0
    assert sorted(names & HEAVY) == []


def test_version_is_light():
    done, names = imported("-m", "summarizer", "--version")
    assert done.returncode == 0 and done.stdout == f"summarizer {__version__}\n"
    assert sorted(names & HEAVY) == []


@pytest.mark.parametrize("argv", [["--help"], *([c, "--help"] for c in COMMANDS)], ids=lambda a: " ".join(a))
def test_help_is_light(argv):
    done, names = imported("-m", "summarizer", *argv)
    assert done.returncode == 0 and "usage: summarizer" in done.stdout
    assert sorted(names & HEAVY) == []


def test_a_brief_loads_what_it_needs():
    """The other side: a brief does load them, and the reading above sees it."""
    code = "import summarizer; summarizer.summarize('The river rose at night. Roads closed by noon. Schools shut.')"
    done, names = imported("-c", code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert {"numpy", "scipy"} <= names
