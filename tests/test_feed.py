import datetime
import json

import pytest

from summarizer import InputError, analyse
from summarizer.feed import json_lines, read_feed

GOOD = {"id": "a", "text": "The river flooded three villages on Monday.", "date": "2024-03-04", "title": "Floods"}


def write_text(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def write(path, lines):
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else json.dumps(x).encode() for x in lines) + b"\n")
    return path


def test_good_lines_become_documents(tmp_path):
    feed = write(
        tmp_path / "f.jsonl", [GOOD, {"id": 7, "text": "Markets rose.", "language": "English", "source": "wire"}]
    )
    docs, skipped = read_feed(feed)
    assert [d.id for d in docs] == ["a", "7"] and skipped == []
    assert docs[0].date == "2024-03-04" and docs[0].title == "Floods"
    assert docs[1].language == "en" and docs[1].path == "wire"


@pytest.mark.parametrize(
    "line, reason",
    [
        (b"{not json", "not JSON"),
        (b"[1, 2]", "a JSON object, not list"),
        ({"id": "b"}, "no 'text'"),
        (
            {"id": "b", "title": "Floods", "description": "The river rose."},
            "no 'text' (its fields: title, description)",
        ),
        ({"id": "b", "text": 5}, "'text' must be a string"),
        ({"id": "b", "text": "   "}, "empty"),
        ({"id": "b", "text": "abc\x00\x00def"}, "binary"),
        ({"id": "a", "text": "Another report with the first id."}, "used already, on line 1"),
        ({"id": "b", "text": "A report.", "language": "xx"}, "unknown language"),
        ({"id": ["b"], "text": "A report."}, "'id' must be a non-empty string or a whole number, not ['b']"),
        ({"id": 1.5, "text": "A report."}, "'id' must be a non-empty string or a whole number, not 1.5"),
        ({"id": "b", "text": None}, "'text' is null; it must be a string"),
        (b"\xff\xfe{}", "not UTF-8"),
        # deeper than the parser can recurse: a skipped line, not a crash
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"id": "b", "text": "A report.", "x": ' + b"[" * 990 + b"]" * 990 + b"}", "nested too deeply"),
    ],
)
def test_bad_lines_are_skipped_with_their_number_and_reason(tmp_path, line, reason):
    feed = write(tmp_path / "f.jsonl", [GOOD, line, {"id": "z", "text": "The last report is fine."}])
    docs, skipped = read_feed(feed)
    assert [d.id for d in docs] == ["a", "z"]
    assert len(skipped) == 1 and skipped[0][0].endswith("f.jsonl:2") and reason in skipped[0][1]


def test_an_overlong_line_is_skipped_without_being_kept(tmp_path):
    feed = tmp_path / "f.jsonl"
    feed.write_bytes(
        json.dumps(GOOD).encode()
        + b"\n"
        + b"x" * 5000
        + b"\n"
        + json.dumps({"id": "z", "text": "Fine."}).encode()
        + b"\n"
    )
    found = list(json_lines(feed, max_line=1000))
    assert [n for n, _ in found] == [1, 2, 3]
    assert isinstance(found[1][1], InputError) and "longer than" in str(found[1][1])


def test_a_feed_with_nothing_usable_is_an_error_that_says_why(tmp_path):
    with pytest.raises(InputError, match=r"no usable report \(2 skipped; .*f.jsonl:1: not JSON"):
        read_feed(write(tmp_path / "f.jsonl", [b"{bad", {"id": 1}]))
    with pytest.raises(InputError, match="no such file"):
        read_feed(tmp_path / "missing.jsonl")


def test_a_report_in_html_is_read_as_its_text_and_cited_in_it(tmp_path, capsys):
    from summarizer.cli import main

    html = (
        "<p>The river burst its banks in the northern valley on Monday &amp; flooded three villages.</p>"
        '<p>Rescue <a href="https://example.com">teams</a> moved families to schools.<br>'
        "The army sent boats.</p><script>track()</script>"
    )
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "h", "text": html}) + "\n", encoding="utf-8")
    (doc,), _ = read_feed(feed)
    assert doc.origin == "html"
    assert doc.text.split("\n\n") == [
        "The river burst its banks in the northern valley on Monday & flooded three villages.",
        "Rescue teams moved families to schools.",
        "The army sent boats.",
    ]
    assert main(["brief", str(feed), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    source = data["sources"][0]
    for s in data["briefs"][0]["sentences"]:
        c = s["citations"][0]
        assert source["text"][c["start"] : c["end"]] == s["text"] and "<" not in s["text"]


def test_a_feed_title_is_read_as_people_read_it(tmp_path):
    lines = [
        {"id": "a", "text": "The storm hit the coast.", "title": "Storm &amp; floods hit the valley&#39;s towns"},
        {"id": "b", "text": "The storm hit the coast.", "title": "<b>Storm</b> hits <i>valley</i>"},
        {"id": "c", "text": "Profits rose.", "title": "AT&T profits rise"},
    ]
    docs, _ = read_feed(write(tmp_path / "f.jsonl", lines))
    assert [d.title for d in docs] == [
        "Storm & floods hit the valley's towns",
        "Storm hits valley",
        "AT&T profits rise",
    ]


def test_a_report_text_with_character_references_is_read_as_people_read_it(tmp_path):
    lines = [
        {"id": "a", "text": "The minister said &quot;we will rebuild&quot; on Monday.\nTeams&#8217; work went on."},
        {"id": "b", "text": "Profits at AT&T rose; R&D spending fell."},
        {"id": "c", "text": "He wrote &quot;hi&quot;.", "origin": "markdown"},
    ]
    a, b, c = read_feed(write(tmp_path / "f.jsonl", lines))[0]
    assert (a.text, a.origin) == ('The minister said "we will rebuild" on Monday.\nTeams\u2019 work went on.', "html")
    assert (b.text, b.origin) == ("Profits at AT&T rose; R&D spending fell.", None)
    assert c.text == "He wrote &quot;hi&quot;."  # made from Markdown by the sender: as given


def test_a_json_file_holds_one_report_or_an_array_of_them(tmp_path):
    other = {"id": "b", "text": "Rescue teams reached the villages on Tuesday."}
    (tmp_path / "many.json").write_text(json.dumps([GOOD, other, {"id": "c"}]), encoding="utf-8")
    docs, skipped = read_feed(tmp_path / "many.json")
    assert [d.id for d in docs] == ["a", "b"] and docs[0].title == "Floods"
    assert skipped == [(f"{tmp_path / 'many.json'}:3", "no 'text'")]
    (tmp_path / "one.json").write_text(json.dumps(other), encoding="utf-8")
    assert [d.id for d in read_feed(tmp_path / "one.json")[0]] == ["b"]


@pytest.mark.parametrize(
    "content, message",
    [("42", "an object\\) or an array of them, not int"), ('[{"id": "a", "text": "Flo', "not JSON")],
)
def test_a_json_file_that_holds_no_reports_is_an_error(tmp_path, content, message):
    (tmp_path / "x.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_feed(tmp_path / "x.json")


def test_the_command_line_reads_a_json_array_as_reports(tmp_path, capsys):
    from summarizer.cli import main

    reports = [
        {"id": "a", "text": "Floods killed 42 people in Mosul on Sunday, the health ministry said."},
        {"id": "b", "text": "The health ministry said floods killed 42 people in Mosul on Sunday."},
    ]
    (tmp_path / "feed.json").write_text(json.dumps(reports), encoding="utf-8")
    assert main(["brief", str(tmp_path / "feed.json"), "-f", "json", "--no-progress"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in out["sources"]] == ["a", "b"]
    assert "[{" not in out["briefs"][0]["sentences"][0]["text"]


def test_a_date_may_be_a_unix_time_and_is_read_as_its_utc_day(tmp_path):
    feed = write(
        tmp_path / "f.jsonl",
        [
            {"id": "s", "text": "The river flooded three villages.", "date": 1709424000},
            {"id": "ms", "text": "Rescue teams reached the villages.", "date": 1709424000123},
            {"id": "bad", "text": "A report.", "date": True},
            {"id": "neg", "text": "A report.", "date": -5},
        ],
    )
    docs, skipped = read_feed(feed)
    assert [(d.id, d.date) for d in docs] == [("s", "2024-03-03"), ("ms", "2024-03-03"), ("bad", None), ("neg", None)]
    assert [why for _, why in skipped] == [
        "'date' True is not a string or a Unix time but bool; the report is read without it",
        "'date' -5 is no Unix time; the report is read without it",
    ]


@pytest.mark.parametrize(
    "date, why",
    [
        ("9999-12-31", "is out of range: years run from 1900 to 2100"),
        ("0001-01-01", "is out of range: years run from 1900 to 2100"),
        ("2021-13-45", "is no such day"),
        ("2021-02-30", "is no such day"),
        ("not a date", "is not a date we read"),
        (5_000_000_000_000, "is out of range"),  # a Unix time in milliseconds: in 2128
    ],
)
def test_a_date_out_of_range_or_no_date_is_left_out_and_said(tmp_path, date, why):
    feed = write(tmp_path / "f.jsonl", [GOOD, {**GOOD, "id": "b", "date": date}])
    docs, skipped = read_feed(feed)
    assert [(d.id, d.date, d.title) for d in docs] == [("a", "2024-03-04", "Floods"), ("b", None, "Floods")]
    assert docs[1].text == docs[0].text  # the rest of the report is kept
    ((where, reason),) = skipped
    assert where.endswith("f.jsonl:2") and reason.startswith(f"'date' {date!r} {why}")
    assert reason.endswith("; the report is read without it")


def test_dates_far_out_of_range_neither_head_a_brief_nor_split_its_stories(tmp_path, capsys):
    from summarizer.cli import main

    from .conftest import seed_paths

    reports = [
        {"id": p.stem[:3], "text": p.read_text(encoding="utf-8"), "date": ("0001-01-01", "9999-12-31")[k % 2]}
        for k, p in enumerate(seed_paths())
    ]
    feed = write(tmp_path / "seeds.jsonl", reports)
    assert main(["brief", str(feed), "-f", "text", "--bidi", "logical"]) == 0
    out, err = capsys.readouterr()
    assert "Story 1 of 2 - 23-25 July 2021 - 4 reports" in out and " 1 January 1 " not in out
    assert err.count("is out of range: years run from 1900 to 2100") == 5
    assert err.count("summarizer: note: ") == 5 and "skipped" not in err  # the reports are read


# -- RSS and Atom ----------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World</title><link>https://news.example.com/</link><language>en-us</language>
<item><title>Floods kill 12 in Valencia region</title><link>https://news.example.com/world/1</link>
<guid isPermaLink="false">wire-1</guid><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>Floods killed at least 12 people in Spain's Valencia region on Monday, officials said.</p>
<p>Rescue teams searched for dozens of missing people after a month's rain fell in eight hours.</p>]]></description>
</item>
<item><title>Valencia flood toll rises</title><link>https://news.example.com/world/2</link>
<pubDate>Mon, 04 Mar 2024 18:00:00 GMT</pubDate>
<description>The death toll from floods in Spain&apos;s Valencia region rose to 15 on Monday, regional officials
said. Rescue teams were still searching for missing people.</description></item>
<item><title>Earthquake hits eastern Turkey</title><link>https://news.example.com/world/3</link>
<pubDate>Mon, 04 Mar 2024 12:00:00 GMT</pubDate>
<description>A magnitude 5.9 earthquake struck eastern Turkey on Monday, damaging buildings in Malatya
province, the disaster agency said. No deaths were reported.</description></item>
<item><title>Markets close higher in Tokyo</title><link>https://news.example.com/world/4</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>أخبار</title><id>urn:feed</id>
<updated>2024-03-05T10:00:00Z</updated>
<entry><title>فيضانات في فالنسيا</title><id>urn:uuid:1</id><link href="https://ar.example.com/1"/>
<published>2024-03-04T23:30:00-05:00</published><summary>ملخص قصير.</summary>
<content type="html">&lt;p&gt;قتلت الفيضانات 12 شخصا على الأقل في منطقة فالنسيا يوم الاثنين، بحسب مسؤولين.&lt;/p&gt;
&lt;p&gt;وبحثت فرق الإنقاذ عن عشرات المفقودين.&lt;/p&gt;</content></entry>
</feed>
"""


def test_an_rss_feed_is_read_item_by_item(tmp_path):
    docs, skipped = read_feed(write_text(tmp_path / "world.xml", RSS))
    assert skipped == [] and [d.id for d in docs] == [
        "wire-1",
        *(f"https://news.example.com/world/{k}" for k in (2, 3, 4)),
    ]
    first = docs[0]
    assert first.title == "Floods kill 12 in Valencia region" and first.path == "https://news.example.com/world/1"
    assert first.language == "en" and first.origin == "html"
    assert first.text.split("\n\n") == [  # paragraphs of the HTML, no tag left
        "Floods killed at least 12 people in Spain's Valencia region on Monday, officials said.",
        "Rescue teams searched for dozens of missing people after a month's rain fell in eight hours.",
    ]
    assert analyse(first).date == datetime.date(2024, 3, 4)
    assert "Spain's" in docs[1].text and "&apos;" not in docs[1].text
    assert docs[3].text == "Markets close higher in Tokyo" and docs[3].date is None  # a headline alone


def test_an_atom_feed_gives_its_content_its_language_and_the_day_as_written(tmp_path):
    docs, _ = read_feed(write_text(tmp_path / "ar.atom", ATOM))
    (doc,) = docs
    assert doc.id == "urn:uuid:1" and doc.language == "ar" and doc.title == "فيضانات في فالنسيا"
    assert doc.text.startswith("قتلت الفيضانات 12 شخصا") and "ملخص" not in doc.text  # the content, not the summary
    assert analyse(doc).date == datetime.date(2024, 3, 4)  # the reporter's day, not UTC's 5 March


def test_a_feed_of_rss_items_is_grouped_into_stories_and_cited_by_link(tmp_path, capsys):
    from summarizer.cli import main

    feed = write_text(tmp_path / "world.rss", RSS)
    assert main(["brief", str(feed), "-f", "json", "--no-progress"]) == 0
    out = json.loads(capsys.readouterr().out)
    by_id = {s["id"]: k for k, s in enumerate(out["sources"])}
    covers = sorted(sorted(by_id[c["source"]] for s in b["sentences"] for c in s["citations"]) for b in out["briefs"])
    stories = [set(c) for c in covers]
    assert {0, 1} in stories and {2} in stories  # the floods, apart from the earthquake
    assert main(["brief", str(feed), "--no-progress"]) == 0
    text = capsys.readouterr().out
    assert "] https://news.example.com/world/1\n" in text  # a link whole, not its last part ("1")


def test_malformed_feeds_as_the_web_serves_them_are_read(tmp_path):
    bad = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>Talks fail</title>'
        "<description>The minister said&nbsp;on Monday that talks <b>failed after three days. Officials"
        " confirmed it.</description></item></channel></rss>"
    )
    (doc,), _ = read_feed(write_text(tmp_path / "bad.rss", bad))
    assert doc.text == "The minister said on Monday that talks failed after three days. Officials confirmed it."


def test_entity_bombs_and_external_entities_are_not_expanded(tmp_path):
    levels = ['<!ENTITY a "' + "a" * 80 + '">']
    levels += [f'<!ENTITY {c} "' + f"&{p};" * 20 + '">' for p, c in zip("abcdefg", "bcdefgh")]
    item = (
        "<item><title>T</title><description>The minister said on Monday that talks failed. &{}; </description></item>"
    )
    bomb = f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]><rss version="2.0"><channel><title>x</title>'
    docs, _ = read_feed(write_text(tmp_path / "bomb.xml", bomb + item.format("h") + "</channel></rss>"))
    assert len(docs[0].text) < 1000  # 20**7 * 80 characters expanded would be 100 GB
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE", encoding="utf-8")
    xxe = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]><rss version="2.0"><channel>'
    docs, _ = read_feed(write_text(tmp_path / "xxe.xml", xxe + item.format("x") + "</channel></rss>"))
    assert "TOP-SECRET" not in docs[0].text


@pytest.mark.parametrize("ref", ["&#xD800;", "&#55296;", "&#0;", "&#x110000;"])
def test_a_reference_to_no_character_is_read_as_a_replacement_character(tmp_path, ref):
    # feedparser's loose parser (a malformed feed) stopped with its own UnicodeEncodeError on a surrogate
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>T</title>'
        f"<description>The minister said {ref} on Monday that <b>talks failed.</description></item></channel></rss>"
    )
    (doc,), _ = read_feed(write_text(tmp_path / "refs.rss", rss))
    assert doc.text.startswith("The minister said") and "talks failed." in doc.text
    assert not any("\ud800" <= ch <= "\udfff" or ch == "\x00" for ch in doc.text)


@pytest.mark.parametrize("content", ["", '<?xml version="1.0"?><note><body>Hello, not a feed.</body></note>'])
def test_an_xml_file_that_is_no_feed_is_one_error(tmp_path, content):
    with pytest.raises(InputError, match=r"x\.xml: no items: not an RSS or Atom feed"):
        read_feed(write_text(tmp_path / "x.xml", content))


def test_batch_reads_an_rss_feed_an_item_a_record(tmp_path):
    from summarizer.batches import run_file, settings_for

    out = tmp_path / "out.jsonl"
    got = run_file(write_text(tmp_path / "world.xml", RSS), out, settings_for("salience", None, None, True, {}))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert got.failed == 0 and [r["id"] for r in records][:2] == ["wire-1", "https://news.example.com/world/2"]
    assert all(r["status"] == "ok" for r in records)


FEED_LINES = [GOOD, {"id": "b", "text": "قال المتحدث باسم البنتاغون إن الجولة الأولى بحثت العلاقات."}]


@pytest.mark.parametrize("encoding", [None, "utf-16"])
@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_feed_in_utf16_is_read_whether_named_or_not(tmp_path, suffix, encoding):
    f = tmp_path / f"f{suffix}"
    if suffix == ".json":
        f.write_bytes(json.dumps(FEED_LINES, ensure_ascii=False).encode("utf-16"))
    else:
        f.write_bytes("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in FEED_LINES).encode("utf-16"))
    docs, skipped = read_feed(f, encoding=encoding)
    assert skipped == [] and [(d.id, d.text) for d in docs] == [(x["id"], x["text"]) for x in FEED_LINES]


def test_a_feed_is_read_in_the_encoding_named(tmp_path):
    f = tmp_path / "f.jsonl"
    f.write_bytes(json.dumps({"id": "a", "text": "Die Straße ist gesperrt."}, ensure_ascii=False).encode("cp1252"))
    docs, _ = read_feed(f, encoding="cp1252")
    assert docs[0].text == "Die Straße ist gesperrt."
    with pytest.raises(InputError, match=r"f.jsonl:1: not UTF-8 .* pass --encoding"):
        read_feed(f)
    rss = tmp_path / "f.rss"
    item = "<item><guid>r1</guid><description>Die Straße ist gesperrt.</description></item>"
    rss.write_bytes(f'<?xml version="1.0" encoding="koi8-r"?><rss><channel>{item}</channel></rss>'.encode("cp1252"))
    (doc,), _ = read_feed(rss, encoding="cp1252")  # over the feed's own (wrong) declaration
    assert doc.text == "Die Straße ist gesperrt."


def test_feeds_joined_with_cat_keep_each_files_byte_order_mark_out(tmp_path):
    parts = [json.dumps({"id": i, "text": f"Report {i} says the bridge reopened."}) for i in ("a", "b")]
    feed = tmp_path / "joined.jsonl"
    feed.write_bytes(b"".join(b"\xef\xbb\xbf" + p.encode() + b"\r\n" for p in parts))  # two saved files, cat'ed
    docs, skipped = read_feed(feed)
    assert [d.id for d in docs] == ["a", "b"] and skipped == []


def test_an_empty_date_is_no_date_and_no_note(tmp_path):
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "The bridge reopened.", "date": " "}) + "\n", encoding="utf-8")
    notes: dict = {}
    docs, skipped = read_feed(feed, notes)
    assert docs[0].date is None and skipped == [] and notes == {}
