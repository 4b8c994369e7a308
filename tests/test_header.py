"""Issue 35 points 4-5: every brief has a title, its dates and its counts,
in every output format, and tells its story in the order it was reported."""

import datetime
import io
import json

from summarizer import Budget, Document, fuse, summarize
from summarizer.html import to_html
from summarizer.render import render_text, to_json, to_markdown

D = datetime.date

QUAKE = [
    "A strong earthquake struck the northern province of Kandor early on Monday, destroying hundreds of homes.",
    "Rescue teams from three countries reached the mountain villages of Kandor by helicopter.",
    "The provincial governor said at least 120 people had died and thousands were left without shelter.",
]
WIRE = [
    "An earthquake hit Kandor province on Monday morning, and at least 120 people died, the governor said.",
    "Thousands of families in the mountain villages spent the night outside in the cold.",
    "Neighbouring countries sent rescue teams and helicopters to Kandor.",
]
LATER = [
    "Aid convoys carrying tents and food reached the earthquake zone in Kandor province on Wednesday.",
    "The death toll from the Kandor earthquake rose as rescue teams searched the mountain villages.",
    "Engineers began checking the dams of Kandor province for cracks after the strong earthquake.",
]


def _reports():
    return [
        Document("r0001", "\n\n".join(QUAKE), date="2024-10-01", path="https://news.example.com/a"),
        Document("r0002", "\n\n".join(WIRE), date="2024-10-01", path="https://www.wire.example.org/b"),
        Document("r0003", "\n\n".join(LATER), date="2024-10-03", path="https://news.example.com/c"),
    ]


def test_an_untitled_story_is_titled_by_its_central_reports_lead_never_an_id():
    (brief,) = fuse(_reports(), budget=Budget(sentences=4))
    assert brief.title and "r000" not in brief.title
    assert brief.title.startswith("A strong earthquake struck") and brief.title.endswith("…")
    assert (brief.first_date, brief.last_date) == (D(2024, 10, 1), D(2024, 10, 3))
    assert brief.outlets == 2  # news.example.com twice, wire.example.org once


def test_a_story_is_titled_by_the_headline_of_its_most_central_report():
    off = "Separately, the national football league postponed its weekend matches because of heavy rain."
    docs = [
        Document("a", "\n\n".join([QUAKE[0], off, off.replace("football", "basketball")]), title="Sports and quake"),
        Document("b", "\n\n".join(QUAKE), title="Earthquake kills 120 in Kandor"),
        Document("c", "\n\n".join(QUAKE[::-1])),
    ]
    (brief,) = fuse(docs, budget=Budget(sentences=2), stories=False)
    assert brief.title == "Earthquake kills 120 in Kandor"


def test_the_header_is_in_every_format():
    docs = _reports()
    briefs = fuse(docs, budget=Budget(sentences=4))
    data = json.loads(to_json(docs, briefs))
    b = data["briefs"][0]
    assert b["title"] == briefs[0].title
    assert (b["first_date"], b["last_date"], b["reports"], b["outlets"]) == ("2024-10-01", "2024-10-03", 3, 2)
    assert all(s["date"] in ("2024-10-01", "2024-10-03") for s in b["sentences"])
    out = io.StringIO()
    render_text(docs, briefs, out, bidi="logical", width=300)
    lines = out.getvalue().splitlines()
    assert lines[0] == briefs[0].title
    assert lines[1].startswith("1-3 October 2024 - 3 reports from 2 outlets [1][2][3]")
    md = to_markdown(docs, briefs)
    assert md.startswith("## A strong earthquake") and "1-3 October 2024" in md
    page = to_html(docs, briefs)
    assert "A strong earthquake" in page.split("<h2", 1)[1][:200] and "1-3 October 2024 - 3 reports" in page


def test_a_brief_tells_its_story_in_the_order_it_was_reported_under_its_days():
    docs = _reports()[::-1]  # handed over latest first
    (brief,) = fuse(docs, budget=Budget(sentences=4))
    dates = [s.date for s in brief.sentences]
    assert dates == sorted(dates) and dates[0] == D(2024, 10, 1) and dates[-1] == D(2024, 10, 3)
    out = io.StringIO()
    render_text(docs, [brief], out, bidi="logical", width=300)
    text = out.getvalue().split("\n", 2)[2]  # below the header
    assert text.index("1 October 2024\n") < text.index("3 October 2024\n")
    first_day = text[: text.index("3 October 2024\n")]
    assert all(s.text in first_day for s in brief.sentences if s.date == D(2024, 10, 1))
    assert "**3 October 2024**" in to_markdown(docs, [brief])
    assert '<li class="day" dir="ltr" lang="en">3 October 2024</li>' in to_html(docs, [brief])


def test_a_one_day_brief_shows_no_day_lines():
    docs = _reports()[:2]
    (brief,) = fuse(docs, budget=Budget(sentences=3))
    assert brief.first_date == brief.last_date == D(2024, 10, 1)
    assert "**1 October 2024**" not in to_markdown(docs, [brief])


def test_a_doubtful_date_is_said_and_not_the_storys_first():
    docs = [
        Document("a", "\n\n".join(QUAKE), date="1998-10-16"),
        Document("b", "\n\n".join(QUAKE[::-1]), date="1998-10-17"),
        Document("c", "\n\n".join(QUAKE[1:]), date="1973-09-11"),
    ]
    (brief,) = fuse(docs, budget=Budget(sentences=2), stories=False)
    assert brief.first_date == D(1998, 10, 16) and brief.doubtful_dates == (("c", D(1973, 9, 11)),)
    assert json.loads(to_json(docs, [brief]))["briefs"][0]["doubtful_dates"] == [{"source": "c", "date": "1973-09-11"}]
    out = io.StringIO()
    render_text(docs, [brief], out, bidi="logical", width=300)
    assert "date doubtful: [3] 11 September 1973" in out.getvalue()


def test_one_report_has_its_header_too():
    doc = Document("r0042", "\n\n".join(QUAKE), date="2024-10-01")
    s = summarize(doc, budget=Budget(sentences=1))
    assert s.title and s.title.startswith("A strong earthquake") and s.first_date == D(2024, 10, 1)
    assert s.sentences[0].date == D(2024, 10, 1)


def test_a_report_opening_with_its_web_address_is_never_titled_by_it():
    docs = [
        Document(f"r{k}", f"{address}\n\n" + "\n\n".join(text))
        for k, (address, text) in enumerate(
            (("http://www. example0. com / news / story? id=200", QUAKE), ("www.example1.com/news/201", WIRE))
        )
    ]
    (brief,) = fuse(docs, budget=Budget(sentences=2), stories=False)
    assert brief.title and "example" not in brief.title and "http" not in brief.title
    assert brief.title.split()[0] in {"A", "An"}  # the lead sentence of a report opens the title
