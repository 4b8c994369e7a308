"""Fixtures of the benchmark tests."""

import pytest


@pytest.fixture
def failing_registry():
    """The built-in backends plus ``fails``, whose every summary raises ``RuntimeError("boom")``."""
    from summarizer.registry import BUILTINS, Registry

    class Fails:
        name = "fails"

        def scores(self, analysis):
            raise RuntimeError("boom")

    reg = Registry(BUILTINS, group=None)
    reg.register("fails", Fails)
    return reg
