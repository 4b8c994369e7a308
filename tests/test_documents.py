"""Inputs made ready: strings named, languages read together, ids unique."""

import pytest

from summarizer import Document, InputError, analyse
from summarizer.documents import as_documents, prepare, settle


def test_strings_get_ids_no_given_document_uses():
    docs = as_documents(["one text", Document("doc0", "given")])
    assert [d.id for d in docs] == ["doc0-2", "doc0"]


def test_a_headline_takes_the_language_of_the_reports_beside_it():
    docs = [
        Document("h", "Stock markets fall as oil prices rise"),
        Document("a", "Oil prices surge and stock markets slide in early trading on Monday."),
        Document("b", "Stock markets slid on Monday as oil prices rose in early trading."),
    ]
    assert {d.language for d in settle(docs)} == {"en"}


def test_prepare_refuses_repeated_ids_and_leaves_out_texts_without_words():
    with pytest.raises(InputError, match="repeated: a"):
        prepare([Document("a", "One text."), Document("a", "Another text.")])
    given = [Document("a", "Floods hit the town."), Document("b", " \n ... "), analyse(Document("c", "x y"))]
    ready = prepare(given)
    assert [a.id for a in ready.analyses] == ["a", "c"] and ready.left_out == ("b",)
    with pytest.raises(InputError, match="none of the documents has any text"):
        prepare([Document("a", "  "), Document("b", "...")])


def test_documents_without_words_are_left_out_and_named_on_every_brief():
    from summarizer import fuse, summarize
    from summarizer.render import to_dict

    text = "The minister said on Tuesday that the bridge would reopen. Prices rose by 5 percent."
    briefs = fuse([text, "", Document("dots", "!!! ..."), Document("b", text.replace("Tuesday", "Monday"))])
    assert briefs and all(b.left_out == ("doc1", "dots") for b in briefs)
    assert all("doc1" not in b.sources for b in briefs)
    assert to_dict([], briefs)["briefs"][0]["left_out"] == ["doc1", "dots"]
    (one,) = summarize([text, "  \n"])  # one report left: summarised alone, the other still named
    assert one.left_out == ("doc1",)
    assert all(b.left_out == () for b in fuse([text, text.replace("Tuesday", "Monday")]))
    assert "left_out" not in to_dict([], fuse([text, text.replace("Tuesday", "Monday")]))["briefs"][0]


def test_the_documents_left_out_are_a_note_under_the_header():
    import io

    from summarizer import fuse
    from summarizer.render import render_text, to_markdown

    text = "The minister said on Tuesday that the bridge would reopen. Prices rose by 5 percent."
    briefs = fuse([text, "", text.replace("Tuesday", "Monday")])
    out = io.StringIO()
    render_text([], briefs, out, bidi="logical")
    assert "left out, no words: doc1" in out.getvalue()
    assert "left out, no words: doc1" in to_markdown([], briefs)


def test_read_document_reads_a_file_as_the_command_line_does(tmp_path):
    from summarizer import read_document

    body = "The minister said on Tuesday that the bridge would reopen. Prices rose by 5 percent."
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Bridge</title></head><body><p>{body}</p></body></html>", encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text(f"# Bridge\n\n**{body}**\n", encoding="utf-8")
    piece = tmp_path / "piece.txt"
    piece.write_text(f"<p>{body}", encoding="utf-8")  # an HTML piece that never closes
    for p in (page, notes, piece):
        doc = read_document(p)
        assert body in doc.text and "<" not in doc.text and "**" not in doc.text and doc.id == p.stem
    assert read_document(page).origin == "html"
    assert read_document(piece, input_format="text").text.startswith("<p>")  # as it is, when asked
    assert read_document(piece, id="mine").id == "mine"


@pytest.mark.parametrize(
    "path, words",
    [
        (None, "takes a path (str or os.PathLike), not NoneType"),
        (b"r.txt", "not bytes"),
        ("https://example.org/a.txt", "a web address; read_document() reads files"),
    ],
)
def test_read_document_refuses_what_is_no_file_path(path, words):
    from summarizer import read_document

    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)")):
        read_document(path)


def test_read_document_refuses_a_feed_and_an_unknown_input_format(tmp_path):
    from summarizer import read_document

    feed = tmp_path / "f.jsonl"
    feed.write_text('{"id": "a", "text": "Floods hit the town."}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"a feed of reports; read it with summarizer.feed.read_feed"):
        read_document(feed)
    with pytest.raises(InputError, match="unknown input format 'pdf'; choose auto, text, html, markdown"):
        read_document(feed, input_format="pdf")


def test_a_plain_text_with_a_link_keeps_its_lines_and_its_headline(tmp_path):
    from summarizer import read_document

    f = tmp_path / "b.txt"
    f.write_text(
        "Storm kills dozens on coast\n\nThe storm hit the coast on Monday and killed 50 people, officials said. "
        'Rescue teams reached the area <a href="https://example.org/x">on Tuesday</a>.\n',
        encoding="utf-8",
    )
    doc = read_document(f)
    assert doc.text.startswith("Storm kills dozens on coast\n\nThe storm") and "<a" not in doc.text
    a = analyse(doc)
    assert a.title_text == "Storm kills dozens on coast"
    assert a.sentences[-1].text == "Rescue teams reached the area on Tuesday."


@pytest.mark.parametrize(
    "markup",
    [
        "<sup>1</sup>",
        "<section>Aside.</section><hr>",
        '<iframe src="x"></iframe>',
        '<a href="' + "x" * 600 + '">on Tuesday</a>',
    ],
    ids=["sup", "section", "iframe", "long href"],
)
def test_no_tag_is_left_in_a_text_with_markup_of_any_kind(tmp_path, markup):
    from summarizer import read_document

    f = tmp_path / "b.txt"
    f.write_text(
        f"Storm kills dozens on coast\n\nThe storm killed 50 people, officials said {markup}. Rescue teams "
        '<a href="https://example.org/x">reached the area</a> on Tuesday.\n',
        encoding="utf-8",
    )
    text = read_document(f).text
    assert "<" not in text and ">" not in text and "reached the area" in text
