"""Benchmark data and options a careless user gives: one line each, nothing overwritten."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.cli import main

DOC = "The army left the city at dawn today. Rain fell on the hills. Markets shut early in the town."


def item(**fields) -> str:
    base = {"id": "a", "text": DOC, "references": ["The army left the city."], "language": "en"}
    base.update(fields)
    return json.dumps({k: v for k, v in base.items() if v is not ...})


BAD_DATA = [
    ("not json", "{not json", "2: not JSON"),
    ("nested too deeply", "[" * 100_000 + "]" * 100_000, "2: not JSON (nested too deeply)"),
    ("a list", "[1, 2]", "an item is a JSON object, not list"),
    ("no references", item(references=...), "needs 'references'"),
    ("empty references", item(references=[]), "non-empty list of strings"),
    ("empty reference", item(references=["ok", " "]), "reference 1 is empty"),
    ("number reference", item(references=[5]), "reference 0 must be a string, not int"),
    ("null text", item(text=None), "'text' must be a string"),
    ("empty text", item(text=""), "'text' is empty"),
    ("no text", item(text=...), "needs 'text' or 'documents'"),
    ("documents not a list", item(text=..., documents="x"), "'documents' must be a non-empty list"),
    ("empty document", item(text=..., documents=[DOC, ""]), "document 1 is empty"),
    ("document a number", item(text=..., documents=[DOC, 7]), "document 1 must be a string or an object"),
    (
        "repeated document ids",
        item(text=..., documents=[{"id": "x", "text": DOC}, {"id": "x", "text": DOC}]),
        "document ids repeat: x",
    ),
    ("unknown language", item(language="xx"), "unknown language 'xx'"),
    ("bad id", item(id=[1]), "'id' must be a non-empty string"),
]


@pytest.mark.parametrize("name, line, words", BAD_DATA, ids=[c[0] for c in BAD_DATA])
def test_bad_items_name_their_line(tmp_path, capsys, name, line, words):
    data = tmp_path / "d.jsonl"
    data.write_text(item(id="first") + "\n" + line + "\n", encoding="utf-8")
    code = main(["bench", str(data), "--backends", "lead", "--no-progress"], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert f"{data}:2: " in err and words in err


def test_repeated_item_ids_are_refused_not_merged(tmp_path, capsys):
    data = tmp_path / "d.jsonl"
    data.write_text(item(id="x") + "\n" + item(id="y") + "\n" + item(id="x") + "\n", encoding="utf-8")
    assert main(["bench", str(data), "--backends", "lead", "--no-progress"], out=io.StringIO()) == 2
    assert "the id 'x' is used already, on line 1" in capsys.readouterr().err


def good(tmp_path):
    data = tmp_path / "d.jsonl"
    data.write_text(item(id="a") + "\n" + item(id="b", text=DOC.replace("army", "navy")) + "\n", encoding="utf-8")
    return data


BAD_RUNS = [
    (["--language", "xx"], "unknown language 'xx'"),
    (["--seed", "-5"], "--seed must be 0 or more"),
    (["--limit", "0"], "--limit must be at least 1"),
    (["--budget", "lots"], "cannot read budget"),
    (["--backends", "lead,nope"], "unknown system 'nope'"),
    (["--backends", ""], "--backends names no system; available:"),
    (["--backends", " , "], "--backends names no system; available:"),
    (["--backends", "lead,random,lead"], "--backends names lead more than once"),
    (["--backends", "human"], "only with --held-out"),
    (["--backends", "lead", "--held-out"], "at least two references"),
    (["--backends", "lead", "--model", "x"], "--model is not taken by any of the systems"),
    (["--backends", "mt5", "--model", "/nonexistent/model"], "no such model folder"),
    (["-o", "OUT/r.txt"], "-o writes .json, .csv, .md files"),
    (["-o", "OUT/old.json"], "pass --force"),
    (["-o", "DATA", "--force"], "is one of the inputs"),
    (["-o", "OUT/missing/r.json"], "does not exist"),
]


@pytest.mark.parametrize("extra, words", BAD_RUNS, ids=[" ".join(c[0]) for c in BAD_RUNS])
def test_bad_runs_fail_before_the_work(tmp_path, capsys, extra, words):
    data = good(tmp_path)
    (tmp_path / "old.json").write_text("{}", encoding="utf-8")
    extra = [str(data) if a == "DATA" else a.replace("OUT", str(tmp_path)) for a in extra]
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    start = time.perf_counter()
    code = main(["bench", str(data), "--no-progress", *extra], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 2 and words in err and err.count("\n") == 1, err
    assert time.perf_counter() - start < 30
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()} == before


def test_items_per_second_does_not_depend_on_the_order_of_systems(tmp_path):
    from summarizer.bench import harness
    from summarizer.bench.datasets import load
    from summarizer.registry import default_registry

    items = load(good(tmp_path)) * 1
    first = harness.run(items, ["lead", "textrank"], registry=default_registry(), progress=False)
    second = harness.run(items, ["textrank", "lead"], registry=default_registry(), progress=False)
    # Warmed up before timing: whichever runs first is not charged the imports,
    # so lead (the cheapest) is faster than textrank both ways round.
    for b in (first, second):
        by = {r.name: r.items_per_second for r in b.runs}
        assert by["lead"] > by["textrank"]


def test_a_run_where_items_fail_exits_3_and_says_so(tmp_path, capsys, failing_registry, monkeypatch):
    from summarizer.bench import cli as bench_cli

    monkeypatch.setattr(bench_cli, "default_registry", lambda: failing_registry)  # where bench looks it up
    code = main(["bench", str(good(tmp_path)), "--backends", "fails,lead", "--no-progress"], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 3 and "2 item(s) failed" in err


def folder_dataset(root: Path) -> Path:
    data = root / "data"
    for name, text in (("i1", DOC), ("i2", DOC.replace("army", "navy"))):
        (data / name / "references").mkdir(parents=True)
        (data / name / "doc.txt").write_text(text, encoding="utf-8")
        (data / name / "references" / "r.txt").write_text("The army left the city.", encoding="utf-8")
    return data


def test_no_output_replaces_a_file_of_a_folder_dataset_even_with_force(tmp_path, capsys):
    data = folder_dataset(tmp_path)
    os.link(data / "i1" / "references" / "r.txt", tmp_path / "copy.md")  # the same file, outside
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    for extra in (["--html", str(data / "i1" / "doc.txt")], ["-o", str(tmp_path / "copy.md")]):
        code = main(["bench", str(data), "--backends", "lead", "--no-progress", "--force", *extra], out=io.StringIO())
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and "is inside the input folder" in err, err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_a_fifo_in_a_folder_dataset_is_skipped_with_a_note(tmp_path):
    data = folder_dataset(tmp_path)
    os.mkfifo(data / "i1" / "wait.txt")
    os.mkfifo(data / "i2" / "references" / "wait.txt")
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "bench", str(data), "--backends", "lead", "--no-progress"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    notes = [line for line in proc.stderr.splitlines() if "skipped" in line]
    assert notes == [
        f"summarizer: skipped {data / 'i1' / 'wait.txt'}: not a regular file (a FIFO, a device)",
        f"summarizer: skipped {data / 'i2' / 'references' / 'wait.txt'}: not a regular file (a FIFO, a device)",
    ]
    assert "2 items" in proc.stdout


def test_written_results_are_said_on_stderr(tmp_path, capsys):
    data = good(tmp_path)
    argv = ["bench", str(data), "--backends", "lead", "--no-progress", "-o", str(tmp_path / "r.csv")]
    assert main([*argv, "--html", str(tmp_path / "r.html")], out=io.StringIO()) == 0
    assert capsys.readouterr().err.splitlines()[:2] == [
        f"summarizer: wrote {tmp_path / 'r.csv'}: 1 system on 2 items",
        f"summarizer: wrote {tmp_path / 'r.html'}: a page of 1 system on 2 items",
    ]


# -- rich markup, control characters and formulas in data ---------------------------------------------

MARKUP_IDS = [
    ("a closing tag", "[/x]"),
    ("a hyperlink", "[link=http://evil.example]click[/link]"),
    ("a style", "[bold red]loud"),
    ("control characters", "ctl\x1b[31m\x9b1m"),
]


@pytest.mark.parametrize("progress", [False, True])
def test_markup_in_a_dataset_path_and_item_ids_is_text(tmp_path, capsys, progress):
    folder = tmp_path / "a["
    folder.mkdir()
    data = folder / "b].jsonl"  # the path a[/b].jsonl
    lines = [item(id=i) for _, i in MARKUP_IDS] + [item(id="bad[/y]", text="!!! ???")]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    argv = ["bench", str(data), "--backends", "lead", "--budget", "1"]
    code = main(argv if progress else [*argv, "--no-progress"], out=out)
    err = capsys.readouterr().err
    assert code == 3, err  # one item fails, the run goes on
    text = out.getvalue()
    assert "a[/b].jsonl" in text and "lead failed on bad[/y]" in text
    assert not any(ch in text + err for ch in "\x1b\x9b")  # no hyperlink, no colour, no CSI


def test_csv_cells_that_read_as_formulas_are_quoted(tmp_path, capsys):
    data = tmp_path / "d.jsonl"
    ids = ['=HYPERLINK("http://evil")', "+1", "-2+3", "@SUM(A1)", "\tx", "plain"]
    data.write_text("\n".join(item(id=i) for i in ids) + "\n", encoding="utf-8")
    target = tmp_path / "scores.csv"
    code = main(["bench", str(data), "--backends", "lead", "--no-progress", "-o", str(target)], out=io.StringIO())
    assert code == 0, capsys.readouterr().err
    import csv

    rows = list(csv.reader(target.open(encoding="utf-8")))[1:]
    cells = {r[1] for r in rows}
    assert cells == {"'" + i for i in ids[:-1]} | {"plain"}


def test_held_out_says_how_many_items_it_leaves_out(tmp_path, capsys):
    data = tmp_path / "d.jsonl"
    two = json.loads(item(id="a"))
    two["references"] = [two["references"][0], two["references"][0] + " Again."]
    data.write_text(json.dumps(two) + "\n" + item(id="b") + "\n", encoding="utf-8")
    assert main(["bench", str(data), "--backends", "lead", "--held-out", "--no-progress"], out=io.StringIO()) == 0
    assert "--held-out leaves out 1 item(s) with one reference" in capsys.readouterr().err
