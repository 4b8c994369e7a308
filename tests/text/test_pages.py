import io
import json
import sys

import pytest

from summarizer import Document, MissingDependencyError, analyse
from summarizer.cli import main
from summarizer.text.pages import extract, looks_like_html

from ..conftest import SEEDS, seed_paths
from ..pages.build import NOISE, page, paragraphs_of

pytest.importorskip("trafilatura", reason="the html extra is not installed (pip install 'cited-briefs[html]')")

EN = [
    "Delegates from both countries opened three days of talks in Geneva on Monday, officials said.",
    "The talks are the first in two years and will cover trade, fishing rights and the border.",
    "A joint statement is expected on Wednesday, a spokeswoman for the foreign ministry said.",
]


def test_the_article_survives_and_the_page_around_it_does_not():
    seed = seed_paths()[0].read_text(encoding="utf-8")
    for language, paragraphs in (("en", EN), ("ar", paragraphs_of(seed))):
        got = extract(page("Talks open in Geneva", paragraphs, language))
        assert got.title == "Talks open in Geneva" and got.date == "2021-07-23"
        for p in paragraphs:
            assert p in got.text
        noise = NOISE[language]
        blocks = got.text.split("\n\n")
        for item in noise["nav"]:  # menu words may occur inside sentences; never as a block
            assert item not in blocks, item
        for junk in [noise["ad"], noise["cookie"], *noise["related"], noise["comment"], noise["footer"]]:
            assert junk not in got.text, junk
        assert "dataLayer" not in got.text and "cdn.example.com" not in got.text
        assert "\n\n" in got.text  # blocks stay paragraphs


@pytest.mark.parametrize("depth", [300, 1500])
def test_a_page_nested_deeper_than_the_parsers_default_keeps_its_article(depth):
    # unclosed <div> or <font> tags nest so; past 256 levels the text was lost ("no article text")
    markup = (
        "<html><head><title>Talks open in Geneva</title></head><body>"
        + "<div>" * depth
        + "<article>"
        + "".join(f"<p>{p}</p>" for p in EN)
        + "</article>"
        + "</div>" * depth
        + "</body></html>"
    )
    got = extract(markup)
    assert got.text == "\n\n".join(EN) and got.title == "Talks open in Geneva"


def test_a_saved_page_of_a_seed_gives_the_brief_of_the_plain_text(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in seed_paths():
        text = p.read_text(encoding="utf-8")
        headline = analyse(Document(p.stem, text)).title_text
        # no date in the page: the plain text has none either (a date would rightly change the stories)
        markup = page(headline, paragraphs_of(text), "ar", date=None)
        (pages / f"{p.stem}.html").write_text(markup, encoding="utf-8")

    def brief(*args):
        out = io.StringIO()
        assert main(["brief", *args, "-f", "json"], out=out) == 0
        data = json.loads(out.getvalue())
        return data, [[s["text"] for s in b["sentences"]] for b in data["briefs"]]

    one = seed_paths()[0].stem
    assert brief(str(SEEDS / f"{one}.txt"))[1] == brief(str(pages / f"{one}.html"))[1]
    data, sentences = brief(str(pages))
    assert sentences == brief(str(SEEDS))[1]
    source = data["sources"][0]
    assert source["origin"] == "html" and source["title"]
    for b in data["briefs"]:  # offsets index the extracted text the JSON carries
        texts = {s["id"]: s["text"] for s in data["sources"]}
        for s in b["sentences"]:
            c = s["citations"][0]
            assert " ".join(texts[c["source"]][c["start"] : c["end"]].split()) == s["text"]


def test_stdin_pages_and_the_input_format_option(monkeypatch):
    markup = page("Talks open in Geneva", EN, "en")
    assert looks_like_html(markup) and not looks_like_html("The talks opened. <b>bold</b>")
    for args in (["-"], ["-", "--input-format", "html"]):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(markup.encode()), encoding="utf-8"))
        out = io.StringIO()
        assert main(["brief", *args, "-f", "json", "-n", "1"], out=out) == 0
        (s,) = json.loads(out.getvalue())["briefs"][0]["sentences"]
        assert "<" not in s["text"] and "Geneva" in s["text"]


def test_without_trafilatura_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    with pytest.raises(MissingDependencyError, match=r"cited-briefs\[html\]"):
        extract("<html><body><p>x</p></body></html>")


def test_html_fragments_are_told_from_text_and_read_without_the_extra():
    from summarizer.text.pages import fragment_text, looks_like_fragment

    assert looks_like_fragment("<p>One.</p><p>Two.</p>")
    assert not looks_like_fragment("He wrote a<b and c>d in plain text.")
    assert not looks_like_fragment("Plain report. Nothing tagged.")
    # a text that opens with a tag or a comment is HTML, closed or not
    for markup in ("<p>The minister said.", "  <!-- The minister said.", "<br>One.", "<script>x()</script>"):
        assert looks_like_fragment(markup), markup
    for text in ("< 5 percent rose.", "<<Breaking>> news.", "<Reuters> said so.", "Rates < 5 <p and more."):
        assert not looks_like_fragment(text), text
    text = fragment_text(
        "<div><h2>Head</h2><p>A &lt;b&gt; sign.</p><style>p {}</style><ul><li>x</li><li>y</li></ul></div>"
    )
    assert text.split("\n\n") == ["Head", "A <b> sign.", "x", "y"]


@pytest.mark.parametrize(
    "markup, blocks",
    [
        # a marked section that is not CDATA stopped the parser with an AssertionError of its own
        ("<p>Talks <![C failed.</p><p>Officials said so.</p>", ["Talks <![C failed.", "Officials said so."]),
        ("<p>One.</p><![CDATA[Two <b>bold</b>.]]><p>Three.</p>", ["One.", "Two <b>bold</b>.", "Three."]),
        # Word's conditional markers around a list number are no text
        ("<p><![if !supportLists]>1. <![endif]>Floods hit the town.</p>", ["1. Floods hit the town."]),
    ],
)
def test_marked_sections_in_a_fragment_are_read_not_fatal(markup, blocks):
    from summarizer.text.pages import fragment_text

    assert fragment_text(markup).split("\n\n") == blocks


def test_a_text_file_in_html_pieces_is_read_as_its_text_but_an_archive_record_as_text(tmp_path, capsys):
    frag = tmp_path / "frag.txt"
    frag.write_text(
        "<p>The river burst its banks on Monday and flooded three villages.</p>\n"
        "<p>Rescue teams moved families to <b>schools</b> on higher ground.</p>",
        encoding="utf-8",
    )
    assert main(["brief", str(frag), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"][0]["origin"] == "html"
    assert [s["text"] for s in data["briefs"][0]["sentences"]] == [
        "The river burst its banks on Monday and flooded three villages.",
        "Rescue teams moved families to schools on higher ground.",
    ]
    record = tmp_path / "apw.txt"
    record.write_text(
        "<DOC>\n<DOCNO> APW19981016.0240 </DOCNO>\n<HEADLINE> Honduras braces for catastrophe </HEADLINE>\n"
        "<TEXT>\n<P>\nHurricane Mitch slammed into the coast of Honduras on Monday.\n</P>\n</TEXT>\n</DOC>\n",
        encoding="utf-8",
    )
    assert main(["brief", str(record), "-f", "json"]) == 0
    source = json.loads(capsys.readouterr().out)["sources"][0]
    assert "origin" not in source and source["title"] == "Honduras braces for catastrophe"


def test_character_references_without_tags_are_read_and_nothing_else_changes():
    from summarizer.text.pages import unescaped

    text = "He said &quot;we will rebuild&quot;.\nTeams&#8217; work went on &#x2014; R&D, AT&T and &foo; stay."
    assert unescaped(text) == 'He said "we will rebuild".\nTeams\u2019 work went on \u2014 R&D, AT&T and &foo; stay.'
    assert unescaped("R&D and AT&T; &foo; and & alone") is None


def test_a_text_file_with_character_references_is_read_and_cited_in_its_read_text(tmp_path, capsys):
    path = tmp_path / "esc.txt"
    path.write_text(
        "The minister said &quot;we will rebuild&quot; after the quake on Monday.\n\n"
        "Rescue teams&#8217; work went on through the night in the east.\n",
        encoding="utf-8",
    )
    assert main(["brief", str(path), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    source = data["sources"][0]
    assert source["origin"] == "html" and "&quot;" not in source["text"]
    assert source["text"].count("\n\n") == 1  # its paragraphs as they were
    for s in data["briefs"][0]["sentences"]:
        c = s["citations"][0]
        assert source["text"][c["start"] : c["end"]] == s["text"] and "&" not in s["text"]
    assert main(["brief", str(path), "-f", "json", "--input-format", "text"]) == 0  # read as it is
    data = json.loads(capsys.readouterr().out)
    assert "origin" not in data["sources"][0] and "&quot;" in data["briefs"][0]["sentences"][0]["text"]


@pytest.mark.parametrize(
    "text, html",
    [
        ("<a few words> The minister said on Tuesday that the bridge would reopen.", False),
        ("<i think> the bridge will reopen on Tuesday, the minister said.", False),
        ("<b.smith@example.org> wrote: the bridge will reopen on Tuesday.", False),
        ('<p class="lead">The minister said on Tuesday that the bridge would reopen.', True),
        ("<a href=https://example.org/a>The minister</a> said the bridge would reopen.", True),
    ],
)
def test_words_in_angle_brackets_are_no_tag(text, html):
    from summarizer.text.pages import looks_like_fragment

    assert looks_like_fragment(text) is html
