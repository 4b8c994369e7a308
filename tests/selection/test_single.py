"""summarizer/selection/single.py: a report's scored sentences -> its cited summary (extract)."""

import pytest

from summarizer import Budget, Document, analyse
from summarizer.selection import extract

TEXT = (
    "The dam broke on Monday night and flooded the valley. "  # 0: 10 words
    "Twelve people died in the flood, officials said. "  # 1: 8
    "The dam broke on Monday night and flooded the valley. "  # 2: a verbatim repeat of 0
    "Rescue teams searched the villages of the valley for the missing. "  # 3: 11
    "She said. "  # 4: an attribution alone, a fragment
    "Schools will stay shut this week."  # 5: 6
)
REPORT = analyse(Document("d", TEXT, date="2024-05-02"))


def chosen(summary):
    return [s.citations[0].sentence for s in summary.sentences]


def test_the_best_sentences_in_document_order_each_citing_itself():
    s = extract(REPORT, [1, 4, 0, 3, 0, 5], Budget(sentences=3), "mine")
    assert chosen(s) == [1, 3, 5]
    for sentence in s.sentences:
        (c,) = sentence.citations
        source = REPORT.sentences[c.sentence]
        assert (c.source, c.start, c.end) == ("d", source.start, source.end) and TEXT[c.start : c.end] == sentence.text
        assert c.representative and c.kind == "same" and c.score == pytest.approx(1.0)
        assert not sentence.shortened and sentence.date == REPORT.date
    assert [x.score for x in s.sentences] == pytest.approx([4.0, 3.0, 5.0])
    assert s.backend == "mine" and s.sources == ("d",) and s.language == "en" and s.meta("language") == "en"


def test_a_sentence_said_already_is_never_taken_twice():
    s = extract(REPORT, [5, 1, 5, 1, 0, 1], Budget(sentences=2), "x")
    assert chosen(s) == [0, 1]  # the repeat (2) scores as high as 0 and is left out; ties go to the earlier


def test_redundancy_prefers_a_sentence_that_says_something_new():
    text = (
        "The dam broke on Monday night and flooded the valley. "
        "The dam broke on Monday and flooded the whole valley below. "
        "Schools will stay shut this week."
    )
    a = analyse(Document("r", text))
    scores = [1.0, 0.9, 0.5]
    assert chosen(extract(a, scores, Budget(sentences=2), "x")) == [0, 1]
    assert chosen(extract(a, scores, Budget(sentences=2), "x", redundancy=1.0)) == [0, 2]


def test_a_word_cap_passes_over_what_would_cross_it_and_counts_it():
    s = extract(REPORT, [5, 4, 0, 3, 0, 1], Budget(words=17), "x")
    assert chosen(s) == [0, 5] and sum(REPORT.lengths[i] for i in chosen(s)) <= 17
    assert s.too_long == 2  # 1 and 3, ranked above 5, did not fit
    assert extract(REPORT, [1] * 6, Budget(sentences=1), "x").too_long == 0


def test_a_word_target_is_reached_by_its_last_sentence():
    s = extract(REPORT, [5, 4, 0, 3, 0, 1], Budget(words=17, strict=False), "x")
    assert chosen(s) == [0, 1]  # 10 words, then 8 more cross the target of 17


def test_when_no_sentence_fits_the_cap_the_best_one_is_shortened_to_it():
    s = extract(REPORT, [1, 4, 0, 3, 0, 5], Budget(words=3), "x")
    (only,) = s.sentences
    (c,) = only.citations
    assert only.shortened and only.text == "Schools will stay…"
    assert TEXT[c.start : c.end] == "Schools will stay" and c.sentence == 5 and c.representative


def test_fragments_and_nan_scores_are_never_taken():
    s = extract(REPORT, [float("nan"), 1, 0, 1, 99, 1], Budget(sentences=4), "x")
    assert chosen(s) == [1, 2, 3, 5]  # not the fragment "She said." (4) nor the NaN (0)
    alone = analyse(Document("q", "She said. He said."))
    assert len(extract(alone, [1, 2], Budget(sentences=1), "x").sentences) == 1  # all fragments: still a summary


def test_metadata_is_kept_sorted():
    s = extract(REPORT, [1] * 6, Budget(sentences=1), "x", zeta=1, alpha="a")
    assert s.metadata == (("alpha", "a"), ("language", "en"), ("zeta", 1))


def test_a_score_per_sentence_or_an_error_naming_the_backend():
    from summarizer import BackendError

    with pytest.raises(BackendError, match="backend 'mine' gave 2 scores for 6 sentences"):
        extract(REPORT, [1, 2], Budget(sentences=1), "mine")
