"""The lock file, the distribution name and the install hints.

`make test` and CI install with requirements/lock.txt as constraints; these tests
fail when pyproject.toml asks for something the lock no longer gives, so a change
of a range is never merged with a stale lock.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from summarizer.errors import DISTRIBUTION, install_hint

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _locked() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, version = line.partition("==")
        assert version, f"lock line without an exact version: {line!r}"
        pins[canonicalize_name(name.split("[")[0])] = Version(version.split(";")[0].strip())
    return pins


def _requirements() -> list[Requirement]:
    project = _pyproject()["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        reqs += [Requirement(r) for r in extra]
    tools = ROOT / "requirements" / "tools.in"
    for line in tools.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            reqs.append(Requirement(line))
    return reqs


def test_every_requirement_of_every_extra_is_locked_within_its_range() -> None:
    pins = _locked()
    env = {"python_version": "3.11", "python_full_version": "3.11.7", "extra": ""}
    stale = []
    for req in _requirements():
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        pin = pins.get(canonicalize_name(req.name))
        if pin is None or not req.specifier.contains(pin, prereleases=True):
            stale.append(f"{req} (locked: {pin})")
    assert not stale, "requirements/lock.txt no longer satisfies pyproject.toml; run `make lock`: " + "; ".join(stale)


def test_the_lock_pins_torch_to_the_cpu_build_version_without_a_local_label() -> None:
    # pip then takes the CPU build from the local wheel folder; `+cpu` would fail elsewhere.
    line = next(l for l in LOCK.read_text(encoding="utf-8").splitlines() if l.startswith("torch=="))
    assert line == "torch==2.13.0"
    # and the CPU build's dependencies, not the CUDA build's gigabytes
    assert not [name for name in _locked() if name.startswith(("nvidia-", "cuda-", "triton"))]


def test_the_distribution_is_not_named_like_the_other_projects_summarizer() -> None:
    assert _pyproject()["project"]["name"] == DISTRIBUTION != "summarizer"
    assert _pyproject()["project"]["scripts"]["summarizer"] == "summarizer.cli:entry"


def test_an_install_hint_works_from_an_index_and_from_a_checkout() -> None:
    assert install_hint("html") == "pip install 'cited-briefs[html]' (in a checkout: pip install -e '.[html]')"


# `pip install summarizer`, `'summarizer[html]'`, `summarizer[mt5]`: the unrelated PyPI project.
_FOREIGN = re.compile(r"pip install\s+['\"]?summarizer\b|\bsummarizer\\?\[[a-z0-9-]+\\?\]")


def test_no_install_hint_anywhere_names_the_pypi_project_summarizer() -> None:
    places = [ROOT / "README.md", ROOT / "Makefile", ROOT / "pyproject.toml"]
    for folder in ("summarizer", "docs", "benchmarks", "tests"):
        places += [p for p in (ROOT / folder).rglob("*") if p.suffix in {".py", ".md"}]
    found = []
    for path in places:
        if path == Path(__file__).resolve() or not path.is_file():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _FOREIGN.search(line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)
