import io
import json

from summarizer import Budget, summarize
from summarizer.bidi import visual
from summarizer.render import render_text, to_dict, to_json


def test_json_shape_is_stable(seed):
    doc = seed["000"]
    s = summarize(doc, budget=Budget(sentences=2))
    data = json.loads(to_json([doc], [s]))
    assert set(data) >= {"sources", "briefs"}
    assert set(data["sources"][0]) >= {"id", "path", "title"}
    sent = data["briefs"][0]["sentences"][0]
    assert set(sent) >= {"text", "citations"}
    assert set(sent["citations"][0]) >= {"source", "start", "end"}
    assert to_dict([doc], [s]) == to_dict([doc], [s])


def test_visual_order_for_terminals():
    # pure left-to-right text is untouched
    assert visual("Plain English text.") == "Plain English text."
    shown = visual("قال 2021/07/23 (NATO) انتهى")
    # numbers and Latin runs keep their own order; the line is reversed around them
    assert "2021/07/23" in shown and "(NATO)" in shown
    assert shown.index("(NATO)") < shown.index("2021/07/23")


def test_rendered_text_right_aligns_arabic(seed):
    doc = seed["002"]
    s = summarize(doc, budget=Budget(sentences=1))
    out = io.StringIO()
    render_text([doc], [s], out, bidi="visual", width=60)
    lines = [l for l in out.getvalue().splitlines() if l.strip()]
    body = [l for l in lines if any("\ufe70" <= ch <= "\ufeff" for ch in l)]
    assert body, "Arabic is shaped into presentation forms"
    assert all(len(l) <= 60 for l in body)
    assert any(l.startswith(" ") for l in body)  # right-aligned


def test_a_witness_of_a_disagreement_is_given_by_its_span_in_json_and_linked_in_html():
    import re

    from summarizer import Document, fuse
    from summarizer.html import to_html

    docs = [
        Document("a", "غرمت الجهات التنظيمية الشركة 10 ملايين دولار يوم الاثنين بسبب تسريب البيانات."),
        Document("b", "فرضت الجهات التنظيمية على الشركة غرامة قدرها 12 مليون دولار يوم الاثنين بسبب تسريب البيانات."),
    ]
    briefs = fuse(docs, stories=False)
    (s,) = briefs[0].sentences
    assert [c.source for c in s.citations] == ["a"]
    (d,) = to_dict(docs, briefs)["briefs"][0]["sentences"][0]["disagreements"]
    (w,) = d["witnesses"]
    assert w["source"] == "b" and docs[1].text[w["start"] : w["end"]] == docs[1].text.strip()
    page = to_html(docs, briefs)
    links = re.findall(r'class="val" href="#([^"]+)"', page)
    assert len(links) == 2  # both values link somewhere
    for target in links:
        assert f'id="{target}"' in page  # to a marked span of the page


def test_a_copy_left_out_of_a_brief_is_counted_in_its_heading_and_named_in_the_sources(tmp_path):
    from summarizer import Document, fuse
    from summarizer.html import to_html
    from summarizer.render import to_markdown

    body = "The river rose above the flood walls on Monday. Twelve families left their homes in the valley."
    docs = [
        Document("a", body, language="en"),
        Document("b", "Rescue teams reached the valley on Tuesday. " + body, language="en"),
        Document("copy", body, language="en"),
    ]
    briefs = fuse(docs, budget=Budget(sentences=2))
    assert len(briefs) == 1 and "copy" not in briefs[0].sources
    out = io.StringIO()
    render_text(docs, briefs, out, bidi="logical", width=200)
    lines = out.getvalue().splitlines()
    assert lines[1].endswith("2 reports [1][2] and 1 copy - written by fusion+salience")
    assert "[3] copy - a copy of [1]" in lines  # in the sources list
    md = to_markdown(docs, briefs)
    assert "2 reports \\[1\\]\\[2\\] and 1 copy" in md and "- a copy of \\[1\\]" in md
    assert "[3] copy - a copy of [1]</h3>" in to_html(docs, briefs)


def test_an_undated_sentence_stays_under_the_day_line_above_it():
    import datetime

    from summarizer.render import UNDATED, day_breaks
    from summarizer.types import Summary, SummarySentence

    d1, d2 = datetime.date(2021, 7, 23), datetime.date(2021, 7, 25)
    dates = [None, d1, None, d1, d2, None]
    brief = Summary(
        tuple(SummarySentence(f"Fact {k}.", (), date=d) for k, d in enumerate(dates)),
        "fusion+salience",
        first_date=d1,
        last_date=d2,
    )
    assert day_breaks(brief) == [UNDATED, "23 July 2021", None, None, "25 July 2021", None]
    one_day = Summary(brief.sentences, "fusion+salience", first_date=d1, last_date=d1)
    assert day_breaks(one_day) == [None] * 6


def test_a_title_of_thousands_of_characters_is_shown_cut(tmp_path):
    import io

    from summarizer import Document, fuse
    from summarizer.render import SHOWN_TITLE, render_text, to_dict, to_markdown

    long = "Headline " * 1200
    docs = [Document("a", "The bridge reopened on Tuesday, the minister said. Prices rose.", title=long.strip())]
    briefs = fuse(docs)
    out = io.StringIO()
    render_text(docs, briefs, out, bidi="logical", width=100000)
    shown = [line for line in out.getvalue().splitlines() if "Headline" in line]
    assert shown and all(len(line) <= SHOWN_TITLE + 10 for line in shown) and "…" in shown[-1]
    assert all(len(line) <= SHOWN_TITLE + 20 for line in to_markdown(docs, briefs).splitlines())
    assert to_dict(docs, briefs)["sources"][0]["title"] == long.strip()  # the data whole
