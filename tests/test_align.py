"""Citations of generated text by alignment (no model needed)."""

from summarizer import Document
from summarizer.align import SUPPORT, align, candidates_of, support_scores
from summarizer.pipeline import analyse


def test_a_copied_sentence_is_supported_by_its_source(seed):
    a = analyse(seed["002"])
    s = align(a.sentences[3].display, candidates_of([a]), a.language)
    assert s.supported and s.citations[0].sentence == 3 and s.citations[0].representative
    c = s.citations[0]
    assert seed["002"].text[c.start : c.end] == a.sentences[3].text


def test_a_sentence_no_source_states_is_flagged_unsupported(seed):
    a = analyse(seed["002"])
    nonsense = align("zzz qqq www.", candidates_of([a]), a.language)
    assert not nonsense.supported and nonsense.citations == ()
    # Sharing a word or two is not support: the best candidates are attached for
    # the reader to check, none marked as the representative.
    loose = align("قال المتحدث إن الطقس كان جميلا جدا في الربيع.", candidates_of([a]), a.language)
    assert not loose.supported
    assert all(not c.representative for c in loose.citations)


def test_support_is_the_idf_weighted_share_of_the_sentence_terms():
    docs = [
        analyse(Document("a", "The storm hit the northern coast on Monday.", language="en")),
        analyse(Document("b", "Officials opened shelters in the capital.", language="en")),
    ]
    cands = candidates_of(docs)
    scores = support_scores("The storm hit the coast.", cands, "en")
    assert scores[0] == 1.0 and scores[1] == 0.0
    half = support_scores("The storm closed shelters.", cands, "en")
    assert 0 < half[0] < SUPPORT + 0.25 and 0 < half[1] < SUPPORT + 0.25
