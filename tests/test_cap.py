"""Issue 35 point 3: a word cap never fails; when no whole sentence fits,
the best one is shown shortened, its citation covering exactly what is shown."""

import json

import pytest

from summarizer import Budget, Document, fuse, summarize
from summarizer.render import to_json
from summarizer.text.normalize import count_words
from summarizer.types import display_text

LONG = (
    "The government announced on Monday a plan to rebuild the bridges, schools and clinics that the floods "
    "destroyed in the north, at a cost the finance ministry put at two billion dollars over five years.\n\n"
    "Opposition leaders said the plan came too late for the families who had lost their homes in the spring, "
    "and that the money promised last year had never reached the villages of the valley."
)


def _check(sentence, sources):
    (cite,) = sentence.citations
    shown = sources[cite.source][cite.start : cite.end]
    assert sentence.shortened and sentence.text == display_text(shown) + "…"
    return shown


@pytest.mark.parametrize("words", [1, 3, 12, 30])
def test_one_report_under_a_cap_no_sentence_fits(words):
    doc = Document("r", LONG)
    s = summarize(doc, budget=Budget(words=words))
    (sent,) = s.sentences
    shown = _check(sent, {"r": LONG})
    assert 1 <= count_words(shown) <= words and count_words(sent.text) <= words
    assert LONG.startswith(shown)  # the best sentence here is the first one, kept from its start
    data = json.loads(to_json([doc], [s]))["briefs"][0]["sentences"][0]
    assert data["shortened"] is True and LONG[data["citations"][0]["start"] : data["citations"][0]["end"]] == shown


def test_a_clause_boundary_is_preferred():
    s = summarize(Document("r", LONG), budget=Budget(words=30))
    assert s.sentences[0].text.endswith("in the north…")


def test_a_whole_sentence_that_fits_is_never_shortened():
    s = summarize(Document("r", LONG + "\n\nThe plan starts in May."), budget=Budget(words=6))
    assert [x.text for x in s.sentences] == ["The plan starts in May."] and not s.sentences[0].shortened


def test_fusion_under_a_cap_no_sentence_fits():
    other = LONG.replace("Monday", "Tuesday").replace("two billion", "three billion")
    docs = [Document("a", LONG), Document("b", other)]
    for brief in fuse(docs, budget=Budget(words=5)):
        (sent,) = brief.sentences
        shown = _check(sent, {"a": LONG, "b": other})
        assert count_words(shown) <= 5
