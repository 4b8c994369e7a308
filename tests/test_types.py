import dataclasses

import pytest

from summarizer import Document, InputError
from summarizer.types import Citation, Sentence, Span, Summary, SummarySentence


def test_types_are_frozen():
    s = Sentence("d", 0, 0, 3, "abc")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.text = "x"  # type: ignore[misc]
    assert s.key == ("d", 0) and s.span == Span("d", 0, 3)


def test_sentence_identity_is_not_the_text():
    a, b = Sentence("x", 0, 0, 3, "abc"), Sentence("y", 0, 0, 3, "abc")
    assert a != b and len({a, b}) == 2


def test_summary_text_and_sources():
    c1, c2 = Citation("a", 0, 3, 0), Citation("b", 5, 9, 1)
    s = Summary((SummarySentence("One.", (c1, c2)), SummarySentence("Two.", (c2,))), "x")
    assert s.text == "One.\nTwo." and s.sentences[0].sources == ("a", "b")


def test_document_validation():
    with pytest.raises(InputError, match=r"Document\.id must be a non-empty string or a whole number, not ''"):
        Document(id="", text="x")
    with pytest.raises(InputError, match=r"Document\.id must be a non-empty string or a whole number, not blank"):
        Document(id=" \t", text="x")  # as feeds and batch refuse a blank id
    with pytest.raises(InputError, match=r"Document\.id is a whole number too long to be an id"):
        Document(id=10**5000, text="x")  # type: ignore[arg-type]
    assert Document("a", "x", date="  ").date is None  # an empty date is no date
    with pytest.raises(InputError, match=r"Document\.text must be a string, not bytes"):
        Document(id="a", text=b"bytes")  # type: ignore[arg-type]
    # a date, title or language that is not text fails here, naming the field,
    # not deep inside analysis (a float date raised AttributeError there)
    for field in ("title", "path", "date", "language", "origin"):
        with pytest.raises(InputError, match=f"Document.{field} must be a string or None, not float"):
            Document(id="a", text="x", **{field: float("nan")})


def test_a_document_id_may_be_a_whole_number_as_in_a_feed_and_nothing_else():
    assert Document(7, "x").id == "7"  # type: ignore[arg-type]
    for bad in (1.5, True, None, ["x"]):
        with pytest.raises(InputError) as info:
            Document(bad, "x")  # type: ignore[arg-type]
        assert str(info.value) == f"Document.id must be a non-empty string or a whole number, not {bad!r}"
    with pytest.raises(InputError, match=r"Document\.text must be a string, not NoneType"):
        Document("a", None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "date, why",
    [
        ("9999-12-31", "is out of range: years run from 1900 to 2100"),
        ("0001-01-01", "is out of range: years run from 1900 to 2100"),
        ("2021-13-45", "is no such day"),
        ("2021-02-30", "is no such day"),
        ("yesterday-ish", "is not a date we read"),
    ],
)
def test_a_document_date_out_of_range_or_no_date_is_refused_naming_the_valid_ones(date, why):
    with pytest.raises(InputError) as info:
        Document("a", "x", date=date)
    assert str(info.value).startswith(f"Document.date {date!r} {why}")
    assert "1900 to 2100" in str(info.value) or why == "is no such day"  # an ISO day the calendar lacks


def test_a_document_date_may_be_written_in_any_language_we_read_whatever_its_own():
    assert Document("a", "x", date="الأحد 25 يوليو 2021").date == "الأحد 25 يوليو 2021"
    doc = Document("a", "x", date="4 mars 2024", language="ar")
    # settle() gives a document its language later: that never makes its date a bad one
    assert dataclasses.replace(doc, language="en").date == "4 mars 2024"
