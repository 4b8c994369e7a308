"""Shared factories: the seed reports and small hand-made texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.api import read_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


def seed_paths():
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds():
    return [read_document(p) for p in seed_paths()]


@pytest.fixture(scope="session")
def seed(seeds):
    return {d.id[:3]: d for d in seeds}
