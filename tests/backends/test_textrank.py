import numpy as np

from summarizer import Budget, Document
from summarizer.backends.baselines import LeadBackend, RandomBackend
from summarizer.backends.textrank import (
    LexRankBackend, TextRankBackend, _lexrank_class, _sumy_document, _textrank_class,
)
from summarizer.pipeline import analyse


def test_sumy_mode_matrix_equals_sumys_own(seed):
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    a = analyse(seed["000"])
    doc, keyed = _sumy_document(a.sentences, a.terms)
    ours = _textrank_class()()
    ours.similarity = "sumy"
    assert np.allclose(ours._create_matrix(doc), TextRankSummarizer()._create_matrix(doc), atol=1e-12)
    lex = LexRankSummarizer()
    words = [lex._to_words_set(s) for s in keyed]
    tf, idf = lex._compute_tf(words), lex._compute_idf(words)
    assert np.allclose(lex._create_matrix(words, 0.1, tf, idf), _lexrank_class()()._create_matrix(words, 0.1, tf, idf))


def test_identical_sentences_stay_two():
    text = "The army left the city today. The army left the city today. Rain fell on the hills."
    a = analyse(Document("d", text))
    scores = TextRankBackend().scores(a)
    assert len(scores) == 3 and scores[0] == scores[1]


def test_results_have_scores_exact_spans_and_document_order(seed):
    doc = seed["000"]
    for backend in (TextRankBackend(), LexRankBackend(), LeadBackend(), RandomBackend()):
        s = backend.summarize(doc, Budget(sentences=3))
        assert len(s.sentences) == 3
        idx = [x.citations[0].sentence for x in s.sentences]
        assert idx == sorted(idx)
        for x in s.sentences:
            c = x.citations[0]
            assert " ".join(doc.text[c.start : c.end].split()) == x.text
            assert c.representative and c.source == doc.id


def test_english_works_offline():
    text = ("The storm hit the coast on Monday. Thousands of families left their homes. "
            "The storm destroyed many homes on the coast. Officials promised help for families.")
    s = TextRankBackend(language="en").summarize(Document("e", text), Budget(sentences=1))
    assert "storm" in s.text.lower()


def test_lead_and_random_are_deterministic(seed):
    b = Budget(sentences=2)
    assert LeadBackend().summarize(seed["002"], b).sentences[0].citations[0].sentence == 0
    assert RandomBackend().summarize(seed["002"], b) == RandomBackend().summarize(seed["002"], b)
