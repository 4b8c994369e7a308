"""The orchestrator: the one place that decides one report or many."""

import pytest

from summarizer import Budget, Document, InputError, analyse
from summarizer.options import BriefOptions
from summarizer.orchestrate import briefs, summarize_one
from summarizer.registry import default_registry

ONE = "The dam burst on Monday. Water flooded the valley below. Villagers fled to the hills. Rain fell again."


def test_one_report_goes_to_its_backend_and_several_through_fusion():
    (one,) = briefs([analyse(Document("a", ONE, language="en"))], BriefOptions.of(backend="lead"))
    assert one.backend == "lead" and len(one.sentences) == 4  # the one-report default
    many = briefs(
        [analyse(Document(k, ONE, language="en")) for k in ("a", "b")],
        BriefOptions.of(backend="lead", budget=Budget(sentences=2)),
    )
    assert [b.backend for b in many] == ["fusion+lead"] and len(many[0].sentences) == 2


def test_redundancy_is_the_selection_steps_for_one_report_whatever_the_backend():
    text = "Floods hit the town. Floods hit the town today. A bridge fell. Schools closed early."
    a = analyse(Document("a", text, language="en"))
    lead = default_registry().create("lead")
    loose = summarize_one(a, lead, Budget(sentences=2))
    strict = summarize_one(a, lead, Budget(sentences=2), redundancy=5.0)
    assert [s.text for s in loose.sentences][:2] == ["Floods hit the town.", "Floods hit the town today."]
    assert "Floods hit the town today." not in [s.text for s in strict.sentences]
    (routed,) = briefs([a], BriefOptions.of(backend="lead", redundancy=5.0, budget=Budget(sentences=2)))
    assert [s.text for s in routed.sentences] == [s.text for s in strict.sentences]


def test_nothing_to_brief_is_one_clear_error():
    with pytest.raises(InputError, match="nothing to brief"):
        briefs([], BriefOptions())
