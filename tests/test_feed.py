import json

import pytest

from summarizer import InputError
from summarizer.feed import json_lines, read_feed

GOOD = {"id": "a", "text": "The river flooded three villages on Monday.", "date": "2024-03-04", "title": "Floods"}


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
        ({"id": ["b"], "text": "A report."}, "'id' must be"),
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
    assert [(d.id, d.date) for d in docs] == [("s", "2024-03-03"), ("ms", "2024-03-03")]
    assert [why for _, why in skipped] == [
        "'date' must be a string or a Unix time, not bool",
        "'date' -5 is no Unix time",
    ]
