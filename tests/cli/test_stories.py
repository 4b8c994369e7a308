"""``summarizer stories`` and briefs of a feed."""

import io
import json

from ..conftest import SEEDS
from .conftest import run

FLOOD = [
    "The river burst its banks in the northern valley on Monday and flooded three villages. "
    "Rescue teams moved families to schools on higher ground.",
    "Floods hit three villages in the northern valley after the river burst its banks. "
    "Families slept in schools on higher ground, rescue teams said.",
]
VOTE = [
    "Voters in the capital chose a new mayor on Sunday after a close campaign about housing and buses.",
    "The new mayor of the capital took office after Sunday's close vote, promising cheaper buses and housing.",
]


def test_stories_of_the_seeds_in_every_format():
    code, out = run(["stories", str(SEEDS), "-f", "json"])
    assert code == 0
    data = json.loads(out)
    assert [[r["id"][:3] for r in s["reports"]] for s in data["stories"]] == [["000", "001", "002", "004"], ["003"]]
    first = data["stories"][0]
    assert first["size"] == 4 and first["language"] == "ar"
    assert (first["first_date"], first["last_date"]) == ("2021-07-23", "2021-07-25") and first["title"]
    code, text = run(["stories", str(SEEDS), "--bidi", "logical"])
    assert code == 0 and "Story 1 of 2: 4 report(s), ar, 2021-07-23 to 2021-07-25" in text
    code, md = run(["stories", str(SEEDS), "-f", "markdown"])
    assert code == 0 and md.count("## Story") == 2


def test_a_feed_with_bad_lines_copies_and_dates(tmp_path, capsys):
    lines = [{"id": f"f{k}", "text": t, "date": "2024-03-04"} for k, t in enumerate(FLOOD)]
    lines += [{"id": f"v{k}", "text": t, "date": "2024-03-10"} for k, t in enumerate(VOTE)]
    lines += [{"id": "copy", "text": FLOOD[0], "date": "2024-03-05"}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n{broken\n" + json.dumps({"id": "e"}) + "\n", encoding="utf-8"
    )
    code, out = run(["stories", str(feed), "-f", "json"])
    assert code == 0
    data = json.loads(out)
    found = [sorted(r["id"] for r in s["reports"]) for s in data["stories"]]
    assert sorted(found) == [["f0", "f1"], ["v0", "v1"]]
    flood = next(s for s in data["stories"] if any(r["id"] == "f0" for r in s["reports"]))
    assert flood["duplicates"] == [{"id": "copy", "of": "f0"}] and flood["size"] == 3
    assert [s["reason"] for s in data["skipped"]] == [data["skipped"][0]["reason"], "no 'text'"]
    assert "not JSON" in data["skipped"][0]["reason"] and data["skipped"][0]["path"].endswith("feed.jsonl:6")
    assert capsys.readouterr().err.count("skipped") == 2
    code, out = run(["brief", str(feed), "-f", "json", "-n", "2"])
    briefs = json.loads(out)["briefs"]
    assert code == 0 and len(briefs) == 2
    assert all(len(b["sentences"]) <= 2 for b in briefs)


def test_a_story_lists_its_languages_the_most_reports_first():
    from summarizer.fusion.stories import Story
    from summarizer.render import ReportInfo, render_stories, stories_to_dict

    infos = [ReportInfo(f"r{k}", None, "t", None, lang) for k, lang in enumerate(["en", "ar", "ar", "fr"])]
    data = stories_to_dict(infos, [Story((0, 1, 2), ((3, 1),))])
    story = data["stories"][0]
    assert story["languages"] == ["ar", "en", "fr"] and story["language"] == "ar"
    out = io.StringIO()
    render_stories(infos, [Story((0, 1, 2), ((3, 1),))], out, bidi="logical")
    assert "4 report(s), ar + en + fr" in out.getvalue()
