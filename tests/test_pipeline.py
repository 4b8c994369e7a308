"""summarizer/pipeline.py: a document analysed once into sentences with offsets."""

import datetime

import pytest

from summarizer import Document, InputError, analyse

REPORT = (
    "Floods hit the north\n\n"
    "CAIRO (Reuters) - Floods killed 12 people in the north on Monday. Rescue teams searched for the missing.\n\n"
    "Read more: www.example.com"
)


def test_sentences_slice_the_text_in_order_numbered_from_zero():
    a = analyse(Document("d", REPORT))
    assert [s.index for s in a.sentences] == [0, 1]
    for s in a.sentences:
        assert s.doc_id == "d" and REPORT[s.start : s.end] == s.text
    assert all(x.end <= y.start for x, y in zip(a.sentences, a.sentences[1:]))
    assert a.id == "d" and a.document.text == REPORT


def test_headline_dateline_and_links_are_left_out_with_their_reason():
    a = analyse(Document("d", REPORT))
    assert [s.text for s in a.sentences] == [
        "Floods killed 12 people in the north on Monday.",
        "Rescue teams searched for the missing.",
    ]
    left_out = {b.reason: REPORT[b.start : b.end] for b in a.boilerplate}
    assert left_out == {
        "title": "Floods hit the north",
        "dateline": "CAIRO (Reuters) - ",
        "related": "Read more: www.example.com",
    }
    assert a.title is not None and a.title.slice(REPORT) == "Floods hit the north"
    assert a.title_text == "Floods hit the north"


def test_without_cleaning_every_line_is_body_text():
    a = analyse(Document("d", REPORT), clean=False)
    assert a.title is None and a.title_text is None and not a.boilerplate
    assert a.sentences[0].text == "Floods hit the north"
    assert a.sentences[1].text.startswith("CAIRO (Reuters) - Floods killed")
    assert a.sentences[-1].text == "Read more: www.example.com"


def test_a_text_of_headline_like_lines_only_is_summarised_as_it_is():
    a = analyse(Document("d", "Just a note"))
    assert [s.text for s in a.sentences] == ["Just a note"]


def test_a_given_title_is_the_headline_and_cut_from_a_first_sentence_it_opens():
    given = analyse(Document("d", "The river rose above the bridge. Shops shut early.", title="River rises"))
    assert given.title is None and given.title_text == "River rises"
    assert given.sentences[0].text == "The river rose above the bridge."
    text = "River rises - The river rose above the bridge. Shops shut early."
    run_in = analyse(Document("d", text, title="River rises"))
    assert run_in.sentences[0].text == "The river rose above the bridge."
    assert [(b.reason, text[b.start : b.end]) for b in run_in.boilerplate] == [("title", "River rises - ")]


def test_a_quotation_of_several_sentences_stays_with_its_speaker():
    text = '"We lost everything. The water came at night," she said. The army sent boats.'
    a = analyse(Document("d", text))
    assert [s.text for s in a.sentences] == [
        '"We lost everything. The water came at night," she said.',
        "The army sent boats.",
    ]
    assert [s.index for s in a.sentences] == [0, 1]


def test_the_language_is_given_or_detected():
    arabic = "قال الوزير إن الحكومة ستعقد اجتماعا في القاهرة. وأضاف أن عدد الضحايا ارتفع إلى 12 شخصا."
    assert analyse(Document("d", arabic)).language == "ar"
    assert analyse(Document("d", REPORT)).language == "en"
    assert analyse(Document("d", REPORT, language="fr")).language == "fr"
    assert analyse(Document("d", REPORT, language="fr"), language="en").language == "en"  # the argument wins
    assert analyse(Document("d", arabic), language="arabic").language == "ar"  # a name is read too


def test_lengths_and_terms_of_each_sentence():
    a = analyse(Document("d", REPORT))
    assert a.lengths == (9, 6)
    assert a.terms[1] == ("rescu", "team", "search", "miss")  # stemmed, "for" and "the" left out
    assert "12" in a.terms[0] and "the" not in a.terms[0]
    arabic = analyse(Document("d", "قال الوزير إن الحكومة ستعقد اجتماعا في القاهرة."))
    assert arabic.terms[0] == ("وزير", "حكومه", "ستعقد", "اجتماع", "قاهره")  # article off, ta marbuta folded
    assert analyse(Document("d", REPORT), stemmer="none").terms[1] == ("rescue", "teams", "searched", "missing")


def test_the_date_is_the_documents_own_else_the_one_its_header_writes():
    body = "The river rose above the bridge. Shops shut early."
    assert analyse(Document("d", body, date="2024-05-02")).date == datetime.date(2024, 5, 2)
    assert analyse(Document("d", "Saturday, March 26, 2005\n\n" + body)).date == datetime.date(2005, 3, 26)
    assert analyse(Document("d", body)).date is None
    # history a body sentence tells is not the report's date
    later = "The river rose above the bridge today. On September 11, 1973, the army seized power in the city."
    assert analyse(Document("d", later)).date is None


@pytest.mark.parametrize(
    ("document", "kwargs", "message"),
    [
        (Document("d", " \n\t "), {}, "d: the text is empty"),
        (Document("d", "...!?", path="r.txt"), {}, "r.txt: the text is empty"),
        (Document("d", REPORT), {"stemmer": "snowball"}, "unknown stemmer 'snowball'; choose auto, isri, porter, none"),
        (Document("d", REPORT), {"language": "xx"}, "known: ar"),
        ("a string", {}, "analyse\\(\\) takes a Document, not str"),
    ],
)
def test_what_cannot_be_analysed_is_an_input_error_saying_why(document, kwargs, message):
    with pytest.raises(InputError, match=message):
        analyse(document, **kwargs)
