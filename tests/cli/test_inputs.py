"""Reading files, folders and stdin (summarizer/cli/inputs.py)."""

import json
import subprocess
import sys

import pytest

from ..conftest import SEEDS
from .conftest import run


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty"), (b"   \n\t  \n", "empty"), (b"\x00\x01\x02\x03binary", "binary")],
)
def test_bad_files_give_one_line_errors(tmp_path, capsys, content, message):
    f = tmp_path / "x.txt"
    f.write_bytes(content)
    code, _ = run(["brief", str(f)])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err and err.count("\n") == 1


def test_empty_directory(tmp_path, capsys):
    code, _ = run(["brief", str(tmp_path)])
    assert code == 2 and "no text files" in capsys.readouterr().err


def test_stdin_and_module_entry_point():
    text = (SEEDS / "002_66720f3e99723966.txt").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", "-", "-f", "json"], input=text, capture_output=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sources"][0]["id"] == "stdin"


def test_a_language_that_does_not_write_the_reports_script_is_one_warning(capsys):
    code, out = run(["stories", str(SEEDS), "-l", "fr"])
    err = capsys.readouterr().err
    assert code == 0 and out
    assert err.count("\n") == 1 and "and 4 more reports look written in ar, not fr" in err
    code, _ = run(["brief", str(SEEDS / "003_c3aad08660fb59c2.txt"), "-l", "en"])
    assert code == 0 and "003_c3aad08660fb59c2.txt looks written in ar, not en" in capsys.readouterr().err
    for argv in (["brief", str(SEEDS), "-l", "ar"], ["brief", str(SEEDS)]):  # its own language, or detected
        assert run(argv)[0] == 0 and "warning" not in capsys.readouterr().err


REPORT = "The minister said on Tuesday that the bridge would reopen. Prices rose by 5 percent."


@pytest.mark.parametrize(
    "name, content",
    [
        ("code.md", f"```\n{REPORT}\n```\n"),
        ("indented.md", f"    {REPORT}\n"),
        ("image.md", f"![{REPORT}](bridge.png)\n"),
        ("comment.txt", f"<!-- {REPORT}"),  # a comment never closed: the rest is markup
        ("script.txt", f"<script>var s = '{REPORT}';</script>"),
    ],
)
def test_a_file_with_text_only_in_code_images_or_markup_says_so(tmp_path, capsys, name, content):
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    code, _ = run(["brief", str(f)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and f"{name}: no text outside " in err, err
    assert "--input-format text" in err and "empty" not in err
    assert run(["brief", str(f), "--input-format", "text"])[0] == 0  # as it is, it has text


@pytest.mark.parametrize("opening", ["<p>", "<div class='story'>\n", "<p><b>"])
def test_a_text_file_that_opens_as_html_never_closed_is_read_as_html(tmp_path, capsys, opening):
    f = tmp_path / "f.txt"
    f.write_text(opening + REPORT, encoding="utf-8")
    code, out = run(["brief", str(f), "-f", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["sources"][0]["origin"] == "html"
    assert data["briefs"][0]["sentences"][0]["text"] == "The minister said on Tuesday that the bridge would reopen."
    f.write_text("Rates stayed < 5 percent. " + REPORT, encoding="utf-8")  # a "<" in the text is text
    code, out = run(["brief", str(f), "-f", "json"])
    assert code == 0 and "origin" not in json.loads(out)["sources"][0]


def test_a_utf16_feed_is_read_with_or_without_encoding(tmp_path, capsys):
    f = tmp_path / "f.jsonl"
    lines = [{"id": "a", "text": REPORT}, {"id": "b", "text": "Rescue teams moved families to schools on Monday."}]
    f.write_bytes("".join(json.dumps(x) + "\n" for x in lines).encode("utf-16"))
    for extra in ([], ["--encoding", "utf-16"]):
        code, out = run(["stories", str(f), "-f", "json", *extra])
        assert code == 0, capsys.readouterr().err
        assert sorted(r["id"] for s in json.loads(out)["stories"] for r in s["reports"]) == ["a", "b"]
        assert json.loads(out)["skipped"] == []
