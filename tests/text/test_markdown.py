"""Markdown reports reduced to their text (summarizer.text.markdown)."""

import json

from summarizer.cli import main
from summarizer.text.markdown import extract

REPORT = """# Storm floods northern valley

![Flooded street](https://example.com/img.jpg)

The river burst its banks in the [northern valley](https://example.com/valley) on Monday
and flooded **three villages**, officials said.

- Rescue teams moved hundreds of families to schools on higher ground.
- The army sent `boats` to the valley.

> "We have never seen water this high," said the mayor.

```
print("code is no news")
```
"""


def test_markdown_gives_plain_paragraphs_and_its_first_heading_as_title():
    page = extract(REPORT)
    assert page.title == "Storm floods northern valley"
    assert page.text.split("\n\n") == [
        "Storm floods northern valley",
        "The river burst its banks in the northern valley on Monday and flooded three villages, officials said.",
        "Rescue teams moved hundreds of families to schools on higher ground.",
        "The army sent boats to the valley.",
        '"We have never seen water this high," said the mayor.',
    ]
    assert extract("Just text, no heading.").title is None


def test_a_markdown_file_is_read_as_its_text_and_cited_in_it(tmp_path, capsys):
    f = tmp_path / "storm.md"
    f.write_text(REPORT, encoding="utf-8")
    assert main(["brief", str(f), "-f", "json", "--sentences", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    source = data["sources"][0]
    assert source["origin"] == "markdown" and source["title"] == "Storm floods northern valley"
    for s in data["briefs"][0]["sentences"]:
        c = s["citations"][0]
        assert source["text"][c["start"] : c["end"]] == s["text"]  # offsets index the text made
        assert not any(mark in s["text"] for mark in ("**", "](", "- ", "> "))
    # named as text, the file is read as it is
    assert main(["brief", str(f), "-f", "json", "--input-format", "text"]) == 0
    assert "origin" not in json.loads(capsys.readouterr().out)["sources"][0]
