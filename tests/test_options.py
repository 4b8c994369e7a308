"""The options object: every default in one place, each option routed or refused."""

import pytest

from summarizer import Budget, OptionError
from summarizer.options import FUSION_BUDGET, FUSION_OPTIONS, ONE_REPORT_BUDGET, BriefOptions, FusionOptions
from summarizer.registry import DEFAULT_BACKEND, default_registry


def test_options_are_routed_to_fusion_the_selection_and_the_backend():
    o = BriefOptions.of(backend="salience", corroboration=1.0, redundancy=0.2, position_weight=3.0)
    assert o.fusion.corroboration == pytest.approx(1.0) and o.fusion.redundancy == pytest.approx(0.2)
    assert o.redundancy == pytest.approx(0.2)
    assert o.backend_options == (("position_weight", 3.0),)
    taken = default_registry().options("salience")
    assert o.engine_options(taken, single=True) == {"position_weight": 3.0, "redundancy": 0.2}


def test_a_fusion_option_a_backend_takes_by_name_goes_to_it_for_one_report_only():
    o = BriefOptions.of(backend="lexrank", threshold=0.2)
    taken = default_registry().options("lexrank")
    assert o.engine_options(taken, single=True) == {"threshold": 0.2}
    assert o.engine_options(taken, single=False) == {}
    assert o.fusion.threshold == pytest.approx(0.2)


def test_defaults_live_here_one_report_and_several():
    o = BriefOptions()
    assert o.backend == DEFAULT_BACKEND
    assert o.budget_for(1) == ONE_REPORT_BUDGET and o.budget_for(3) == FUSION_BUDGET
    assert o.fusion_budget == FUSION_BUDGET
    given = Budget(words=30)
    assert BriefOptions(budget=given).budget_for(1) == given and BriefOptions(budget=given).fusion_budget == given
    assert set(FUSION_OPTIONS) == set(FusionOptions.__dataclass_fields__)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"selection": "best"}, "choose rank, concepts"),
        ({"density": -1}, "density must be in"),
        ({"threshold": 2}, "threshold must be in"),
        ({"redundancy": "a lot"}, "redundancy must be a number"),
        ({"brief_language": "klingon"}, "brief language"),
        ({"budget": 3}, "Budget\\(sentences=3\\)"),
        ({"language": 7}, "language must be a code"),
    ],
)
def test_bad_options_are_refused_in_one_line_naming_what_is_valid(options, message):
    with pytest.raises(OptionError, match=message):
        BriefOptions.of(**options)


def test_an_option_no_step_takes_is_refused_naming_the_backends_and_fusions():
    o = BriefOptions.of(backend="textrank", colour="red")
    with pytest.raises(OptionError, match=r"no option 'colour'.*damping.*fusion's own options: stories"):
        o.engine(default_registry(), single=True)


def test_the_options_module_imports_nothing_heavy():
    import subprocess
    import sys

    code = "import sys, summarizer.options; print(sorted(m for m in ('numpy', 'scipy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
