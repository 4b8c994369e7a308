"""Generated text to a cited summary (summarizer/backends/mt5/postprocess.py), without a model."""

from summarizer import Budget, Document, analyse
from summarizer.backends.mt5.postprocess import cited_summary, clean, decode, first_sentence


class Pieces:
    def decode(self, ids, skip_special_tokens=True):
        return " ".join(f" w{i}\n" for i in ids if not (skip_special_tokens and i in (0, 1)))


def test_special_tokens_are_left_out_and_white_space_collapsed():
    assert clean([5, 0, 7, 1, 9], {0, 1}) == [5, 7, 9]
    assert decode(Pieces(), [4, 1, 2]) == "w4 w2"


def test_generated_sentences_are_cut_to_the_budget_and_cite_their_source_exactly():
    doc = Document(
        "d",
        "The storm reached the coast on Monday. Officials said that two thousand families left their homes. "
        "Schools will stay closed until Thursday.",
    )
    a = analyse(doc)
    text = "Two thousand families left their homes, officials said. Schools stay closed until Thursday."
    summary = cited_summary(a, text, Budget(sentences=1), backend="mt5", metadata={"model": "m"})
    assert [s.text for s in summary.sentences] == ["Two thousand families left their homes, officials said."]
    assert summary.sources == ("d",) and summary.meta("model") == "m"
    (sentence,) = summary.sentences
    assert sentence.citations
    for c in sentence.citations:
        assert doc.text[c.start : c.end] == a.sentences[c.sentence].text
    assert cited_summary(a, "  ", Budget(sentences=2), backend="mt5", metadata={}).sentences == ()


def test_fusion_takes_the_first_generated_sentence():
    assert first_sentence("One thing happened. Then another.") == "One thing happened."
    assert first_sentence("") == ""
