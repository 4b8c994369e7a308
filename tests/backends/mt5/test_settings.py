"""The backend's options are checked once, naming the valid choices (summarizer/backends/mt5/settings.py)."""

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from summarizer.backends.mt5 import MT5Backend


def test_loop_option_must_be_a_yes_or_no(varied):
    from summarizer.errors import OptionError

    with pytest.raises(OptionError, match="loop must be true or false"):
        MT5Backend(model=str(varied[0]), loop="no")
