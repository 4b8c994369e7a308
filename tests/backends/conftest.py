"""The tiny mT5 checkpoints the backend tests share: each built once per test run.

Tests read them and never write into them; a test that changes a folder copies it first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ..tiny_mt5 import build


@pytest.fixture(scope="session")
def tiny_mt5(tmp_path_factory) -> Path:
    """The plain tiny checkpoint (random weights, a 400-piece vocabulary)."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    return build(tmp_path_factory.mktemp("tiny-mt5"))


@pytest.fixture(scope="session")
def tiny_mt5_varied(tmp_path_factory) -> Path:
    """The checkpoint whose outputs are long and varied (see ``tiny_mt5.build``)."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    return build(tmp_path_factory.mktemp("tiny-varied"), varied=True)
