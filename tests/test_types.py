import dataclasses

import pytest

from summarizer import Document
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
    with pytest.raises(ValueError):
        Document(id="", text="x")
    with pytest.raises(TypeError):
        Document(id="a", text=b"bytes")  # type: ignore[arg-type]
    # a date, title or language that is not text fails here, naming the field,
    # not deep inside analysis (a float date raised AttributeError there)
    for field in ("title", "path", "date", "language", "origin"):
        with pytest.raises(TypeError, match=f"Document.{field} must be a string or None, not float"):
            Document(id="a", text="x", **{field: float("nan")})
