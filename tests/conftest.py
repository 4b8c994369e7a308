"""Shared factories: the seed reports and small hand-made texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.api import read_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


def in_ci() -> bool:
    """Whether the tests run in CI: ``CI`` set, as CI services set it (CI runs
    ``.ci/run`` with ``CI=true``)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def dev_set(name: str) -> Path:
    """The file ``name`` of the dev sets in ``../shared/data``.

    Without it a test skips, saying so, on a developer's machine; in CI it
    fails: CI runs on a fresh clone with ``../shared`` beside it, and a
    dev-set test that skipped there would pass unseen.
    """
    path = SHARED_DATA / name
    if not path.is_file():
        why = f"{path} is not here (the dev sets of ../shared/data, beside the checkout)"
        if in_ci():
            pytest.fail(f"{why}; CI is set, where a dev-set test must run, not skip", pytrace=False)
        pytest.skip(why)
    return path


def seed_paths():
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds():
    return [read_document(p) for p in seed_paths()]


@pytest.fixture(scope="session")
def seed(seeds):
    return {d.id[:3]: d for d in seeds}
