"""summarizer batch and summarizer.batch(): records, errors, order, resume, engines."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import summarizer
from summarizer import Budget, InputError, OptionError, OutputError
from summarizer.batches import run_file, settings_for
from summarizer.batchfile import open_output
from summarizer.cli import main

from .conftest import seed_paths

SEEDS = [p.read_text(encoding="utf-8") for p in seed_paths()]
STORY = [SEEDS[0], SEEDS[1], SEEDS[4]]


def items(n=6):
    out = []
    for k in range(n):
        docs = STORY if k % 2 == 0 else [SEEDS[3]]
        out.append({"id": f"c{k}", "documents": docs[: 1 + k % 3]})
    return out


def write_lines(path, values):
    with open(path, "w", encoding="utf-8") as f:
        for v in values:
            f.write((v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)) + "\n")


def records(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            r.pop("seconds")
            out.append(r)
    return out


BAD = [
    "not json at all",
    json.dumps({"id": "no-docs"}),
    json.dumps({"id": "empty", "documents": []}),
    json.dumps({"id": "blank", "text": "   \n "}),
    json.dumps({"id": "binary", "text": "ab\u0000cd"}),
    json.dumps({"documents": ["an item without an id"]}),
    json.dumps([1, 2, 3]),
    json.dumps({"id": "c0", "text": "the same id again"}),
]


def test_every_good_line_gets_its_brief_and_every_bad_line_an_error_record(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = items(4)
    write_lines(src, [good[0], *BAD, *good[1:]])
    code = main(["batch", str(src), "-o", str(out), "-j", "1", "--no-progress"])
    assert code == 3  # some items failed
    got = records(out)
    assert [r["line"] for r in got] == list(range(1, 13))  # input order, one record a line
    ok = [r for r in got if r["status"] == "ok"]
    assert [r["id"] for r in ok] == ["c0", "c1", "c2", "c3"]
    for r in ok:  # the schema of brief --format json, plus id, line, status
        assert r["version"] == 1 and r["briefs"] and r["sources"]
        for b in r["briefs"]:
            assert all(s["citations"][0]["representative"] for s in b["sentences"])
    errors = {r["line"]: r for r in got if r["status"] == "error"}
    assert set(errors) == set(range(2, 10))
    assert "not JSON" in errors[2]["error"] and "id" not in errors[2]
    assert errors[3]["id"] == "no-docs" and "documents" in errors[3]["error"]
    assert "empty" in errors[5]["error"] and "binary" in errors[6]["error"]
    assert "used already, on line 1" in errors[9]["error"]


def test_printed_records_name_a_reused_id_and_a_lone_surrogate_is_no_crash(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    text = "The river rose above the flood walls on Monday. Twelve families left their homes."
    # JSON may spell half a surrogate pair alone; "\\ud800" is one character
    # in the text, as U+FFFD is in the record.
    lines = [
        json.dumps({"id": "r1", "text": text}),
        json.dumps({"id": "r1", "text": "The same id on another report."}),
        '{"id": "r2\\udc00", "text": "Half a pair \\ud800 here. ' + text + '"}',
    ]
    write_lines(src, lines)
    code = main(["batch", str(src), "--no-progress"])  # printed, not written with -o
    out, err = capsys.readouterr()
    assert code == 3 and err.startswith("summarizer: batch: 3 items, 2 written, 1 failed (their records say why), ")
    assert err.count("\n") == 1  # the summary, and no progress line with --no-progress
    got = [json.loads(line) for line in out.splitlines()]
    assert [r["status"] for r in got] == ["ok", "error", "ok"]
    assert "'r1' is used already, on line 1" in got[1]["error"]
    assert got[2]["id"] == "r2\ufffd"
    first = got[2]["briefs"][0]["sentences"][0]
    assert first["text"] == "Half a pair \ufffd here."
    assert (first["citations"][0]["start"], first["citations"][0]["end"]) == (0, len(first["text"]))
    api = list(summarizer.batch(lines))
    assert [r["status"] for r in api] == ["ok", "error", "ok"]


def test_workers_give_the_same_output_in_the_same_order(tmp_path):
    src = tmp_path / "in.jsonl"
    write_lines(src, [*items(6), BAD[0]])
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        main(["batch", str(src), "-o", str(out), "-j", str(workers), "--no-progress"])
        outs.append(records(out))
    assert outs[0] == outs[1] and len(outs[0]) == 7


def test_a_rerun_resumes_after_a_cut_line_and_adds_nothing_twice(tmp_path):
    src, out, full = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "full.jsonl"
    write_lines(src, [*items(5), BAD[0]])
    settings = settings_for("salience", None, None, True, {})
    run_file(src, full, settings)
    lines = full.read_bytes().splitlines(keepends=True)
    cut = next(k for k in range(40, len(lines[2])) if lines[2][k] & 0xC0 == 0x80)  # inside an Arabic letter
    out.write_bytes(b"".join(lines[:2]) + lines[2][:cut])  # killed while writing the third
    with open_output(out) as o:
        assert o.done == {"id:c0", "id:c1"}
        assert out.read_bytes() == b"".join(lines[:2]) + lines[2][:cut]  # cut only when claimed
        o.claim(o.found)
    assert out.read_bytes() == b"".join(lines[:2])
    got = run_file(src, out, settings)
    assert (got.skipped, got.done, got.failed) == (2, 4, 1)
    assert records(out) == records(full)
    again = run_file(src, out, settings)
    assert (again.skipped, again.done) == (6, 0) and records(out) == records(full)


def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(tmp_path):
    src, out, full = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "full.jsonl"
    write_lines(src, items(16))
    cmd = [sys.executable, "-m", "summarizer", "batch", str(src), "-j", "1", "--no-progress"]
    proc = subprocess.Popen([*cmd, "-o", str(out)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # bytes, not text: the file may end inside a letter while it is written, and after the kill
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 3):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = out.read_bytes().count(b"\n")
    assert 3 <= partial < 16, "the run was killed mid-way"
    assert subprocess.run([*cmd, "-o", str(out)], stderr=subprocess.DEVNULL).returncode == 0
    assert subprocess.run([*cmd, "-o", str(full)], stderr=subprocess.DEVNULL).returncode == 0
    got = records(out)
    assert [r["id"] for r in got] == [f"c{k}" for k in range(16)]  # every id exactly once, in order
    assert got == records(full)


def test_python_api_yields_records_in_order():
    got = list(summarizer.batch([*items(3), "{broken"], budget=Budget(sentences=2)))
    assert [r["status"] for r in got] == ["ok", "ok", "ok", "error"]
    assert [r.get("id") for r in got] == ["c0", "c1", "c2", None]
    assert all(len(b["sentences"]) <= 2 for r in got[:3] for b in r["briefs"])


def test_bad_settings_and_outputs_fail_before_any_work(tmp_path):
    with pytest.raises(OptionError, match="choose"):
        list(summarizer.batch(items(1), engine="spark"))
    with pytest.raises(OptionError, match="workers"):
        list(summarizer.batch(items(1), workers=0))
    with pytest.raises(summarizer.UnknownBackendError):
        list(summarizer.batch(items(1), backend="nope"))
    src = tmp_path / "in.jsonl"
    write_lines(src, items(1))
    with pytest.raises(OutputError, match="input"):
        run_file(src, src, settings_for("salience", None, None, True, {}))
    assert main(["batch", str(src), "-o", str(src)]) == 2
    assert json.loads(src.read_text(encoding="utf-8").splitlines()[0])["id"] == "c0"  # input untouched


def test_feed_mode_makes_one_record_per_story(tmp_path):
    src, out = tmp_path / "feed.jsonl", tmp_path / "out.jsonl"
    reports = [{"id": p.stem[:3], "text": t} for p, t in zip(seed_paths(), SEEDS)]
    reports[0]["date"] = "9999-12-31"  # left out, said in its story's record, not an error of its own
    write_lines(src, [*reports, "junk"])
    assert main(["batch", str(src), "--feed", "-o", str(out), "--no-progress"]) == 3
    got = records(out)
    stories = [r for r in got if r["status"] == "ok"]
    assert len(stories) == 2 and all(r["id"].startswith("story:") for r in stories)
    assert sorted(len(r["sources"]) for r in stories) == [1, 4]
    (bad,) = [r for r in got if r["status"] == "error"]
    assert bad["line"] == 6
    (noted,) = [r for r in stories if r["skipped"]]
    assert "000" in [s["id"] for s in noted["sources"]]
    assert [(s["path"].endswith("feed.jsonl:1"), s["reason"]) for s in noted["skipped"]] == [
        (True, "'date' '9999-12-31' is out of range: years run from 1900 to 2100; the report is read without it")
    ]


ENGLISH = "The minister said on Tuesday that the bridge would reopen. Prices rose by 5 percent. Officials denied it."


@pytest.mark.parametrize("items", ["abc", None, {"id": "a", "text": ENGLISH}, 5])
def test_batch_refuses_what_is_no_iterable_of_items_naming_what_it_takes(items):
    with pytest.raises(
        InputError, match=r"batch\(\) takes an iterable of items \(dicts, JSON strings of them or Documents\)"
    ):
        list(summarizer.batch(items))


def test_batch_takes_documents_as_single_reports():
    doc = summarizer.Document("d1", ENGLISH, title="Bridge", date="2024-03-04", language="en")
    (got,) = summarizer.batch([doc])
    assert got["status"] == "ok" and got["id"] == "d1" and got["sources"][0]["title"] == "Bridge"
    assert got["briefs"][0]["first_date"] == "2024-03-04"
    assert got == dict(
        next(summarizer.batch([{"id": "d1", "text": ENGLISH, "title": "Bridge", "date": "2024-03-04"}])),
        seconds=got["seconds"],
    )


@pytest.mark.parametrize(
    "item, error",
    [
        ({"text": ENGLISH}, "no 'id' (a non-empty string or a whole number)"),
        ({"id": None, "text": ENGLISH}, "no 'id' (a non-empty string or a whole number)"),
        ({"id": 1.5, "text": ENGLISH}, "'id' must be a non-empty string or a whole number, not 1.5"),
        ({"id": True, "text": ENGLISH}, "'id' must be a non-empty string or a whole number, not True"),
        ({"id": ["x"], "text": ENGLISH}, "'id' must be a non-empty string or a whole number, not ['x']"),
        ({"id": " ", "text": ENGLISH}, "'id' must be a non-empty string or a whole number, not ' '"),
        ({"id": "x", "text": None}, "the item: 'text' is null; it must be a string"),
    ],
)
def test_an_unusable_id_or_text_is_named_for_what_is_wrong_with_it(item, error):
    (got,) = summarizer.batch([item])
    assert got["status"] == "error" and got["error"] == error


def test_a_date_that_is_no_date_is_left_out_of_an_item_and_said_in_its_record():
    (got,) = summarizer.batch([{"id": "x", "documents": [ENGLISH, {"text": ENGLISH, "date": "2021-02-30"}]}])
    assert got["status"] == "ok" and len(got["sources"]) == 2
    assert [(s["path"], s["reason"]) for s in got["skipped"]] == [
        ("x/2", "'date' '2021-02-30' is no such day; the report is read without it")
    ]


@pytest.mark.ray
def test_ray_engine_gives_the_same_records(tmp_path):
    pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'cited-briefs[ray]')")
    src = tmp_path / "in.jsonl"
    write_lines(src, [*items(4), BAD[0]])
    settings = settings_for("salience", None, None, True, {})
    run_file(src, tmp_path / "p.jsonl", settings, workers=1)
    run_file(src, tmp_path / "r.jsonl", settings, workers=2, engine="ray")
    assert records(tmp_path / "r.jsonl") == records(tmp_path / "p.jsonl")


def test_a_feed_report_in_html_keeps_its_text_through_story_items(tmp_path, capsys):
    src = tmp_path / "feed.jsonl"
    html = "<p>The river burst its banks on Monday and flooded three villages.</p><p>Families left.</p>"
    write_lines(src, [{"id": "h", "text": html}, {"id": "bad", "text": "x", "origin": "pdf"}])
    assert main(["batch", str(src), "--feed", "--no-progress"]) == 3
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    error, ok = sorted(got, key=lambda r: r["status"])
    assert "'origin' must be 'html' or 'markdown'" in error["error"]
    source = ok["sources"][0]
    assert source["origin"] == "html" and source["text"].startswith("The river burst")
    c = ok["briefs"][0]["sentences"][0]["citations"][0]
    assert source["text"][c["start"] : c["end"]] == ok["briefs"][0]["sentences"][0]["text"]


def test_json_nested_too_deeply_is_an_error_record_of_its_line():
    got = list(summarizer.batch(["[" * 100_000 + "]" * 100_000, json.dumps(items(1)[0])]))
    assert [r["status"] for r in got] == ["error", "ok"]
    assert "nested too deeply" in got[0]["error"]


# -- what -o may be, and what it may hold ----------------------------------------------------------


def test_a_resume_onto_another_inputs_output_is_refused(tmp_path, capsys):
    first, second, out = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "out.jsonl"
    write_lines(first, items(2))
    write_lines(second, items(3))
    assert main(["batch", str(first), "-o", str(out), "--no-progress", "-j", "1"]) == 0
    before = out.read_bytes()
    capsys.readouterr()
    for argv in ([str(second)], [str(first), "-n", "2"], [str(first), "--feed"]):  # another input, other options
        assert main(["batch", *argv, "-o", str(out), "--no-progress"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "holds the records of another batch" in err and "--force" in err
        assert out.read_bytes() == before
    assert main(["batch", str(second), "-o", str(out), "--no-progress", "-j", "1", "--force"]) == 0  # over
    assert [r["id"] for r in records(out)] == ["c0", "c1", "c2"]
    assert "3 items, 3 written to" in capsys.readouterr().err


def test_an_existing_file_that_is_no_batch_output_is_never_touched(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    write_lines(src, items(1))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    notes, log, target = tmp_path / "notes.txt", tmp_path / "tool.jsonl", elsewhere / "mine.jsonl"
    notes.write_text("my notes\n", encoding="utf-8")
    log.write_text('{"level": "info", "msg": "started"}\n{"level": "info", "msg": "done"}\n', encoding="utf-8")
    target.write_text('{"id": "c0", "line": 1, "status": "ok"}\n', encoding="utf-8")  # looks like a record
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    saved = {p: p.read_bytes() for p in (notes, log, target)}
    for out, words in ((notes, "is not the output"), (log, "is not the output"), (target, "is not the output")):
        assert main(["batch", str(src), "-o", str(out), "--no-progress"]) == 2
        assert words in capsys.readouterr().err
    for extra in ([], ["--force"]):  # never through a link
        assert main(["batch", str(src), "-o", str(link), "--no-progress", *extra]) == 2
        assert "symbolic link" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in saved} == saved and link.is_symlink()
    assert main(["batch", str(src), "-o", str(notes), "-j", "1", "--no-progress", "--force"]) == 0  # replaced
    assert [r["id"] for r in records(notes)] == ["c0"]


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/full", "/dev/null", "fifo", "sparse"])
def test_special_files_as_output_are_refused_never_read(tmp_path, capsys, special):
    src = tmp_path / "in.jsonl"
    write_lines(src, items(1))
    if special == "fifo":
        out = tmp_path / "fifo.jsonl"
        os.mkfifo(out)
    elif special == "sparse":  # 3 GB without a newline: read back whole, it was a MemoryError
        out = tmp_path / "sparse.jsonl"
        with open(out, "wb") as f:
            f.truncate(3 << 30)
    else:
        out = Path(special)
        if not out.exists():
            pytest.skip(f"no {special} here")
    start = time.monotonic()
    for extra in ([], ["--force"]) if special != "sparse" else ([],):
        assert main(["batch", str(src), "-o", str(out), "--no-progress", *extra]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and ("not a regular file" in err or "is not the output" in err), err
    assert time.monotonic() - start < 30
    if special == "sparse":
        assert out.stat().st_size == 3 << 30


def test_a_file_another_batch_is_writing_is_refused(tmp_path, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(src, items(1))
    with open_output(out):  # another run holds it
        for extra in ([], ["--force"]):
            assert main(["batch", str(src), "-o", str(out), "--no-progress", *extra]) == 2
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "another summarizer batch is writing it" in err
    assert out.read_bytes() == b""


def test_two_batches_started_together_on_one_output_write_each_record_once(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(src, items(12))
    cmd = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "-j", "1", "--no-progress"]
    procs = [subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    ids = [r["id"] for r in records(out)]
    assert ids == [f"c{k}" for k in range(12)]  # every record once, in order
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 2])
    if codes == [0, 2]:  # the one that lost the lock says so in one line
        (err,) = [e for code, e in results if code == 2]
        assert err.count("\n") == 1 and "another summarizer batch is writing it" in err
    else:  # or it came after the first had finished, and found everything done
        assert any("12 there already" in e for _, e in results)


def test_batch_reads_standard_input(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(src, [*items(3), "junk"])
    cmd = [sys.executable, "-m", "summarizer", "batch", "-", "-j", "1", "--no-progress"]
    printed = subprocess.run(cmd, input=src.read_bytes(), capture_output=True, timeout=300)
    assert printed.returncode == 3
    got = [json.loads(line) for line in printed.stdout.splitlines()]
    assert [r.get("id") for r in got] == ["c0", "c1", "c2", None] and got[3]["status"] == "error"
    with open(src, "rb") as f:
        first = subprocess.run([*cmd, "-o", str(out)], stdin=f, capture_output=True, text=True, timeout=300)
    assert first.returncode == 3 and "4 items, 3 written to" in first.stderr
    assert [r["line"] for r in records(out)] == [1, 2, 3, 4]
    again = subprocess.run([*cmd, "-o", str(out)], input=src.read_bytes(), capture_output=True, timeout=300)
    assert again.returncode == 0 and b"4 there already" in again.stderr  # the same input resumes
    before = out.read_bytes()
    other = subprocess.run([*cmd, "-o", str(out)], input=b"{}\n", capture_output=True, timeout=300)
    assert other.returncode == 2 and b"holds the records of another batch" in other.stderr
    assert out.read_bytes() == before
    with open(src, "rb") as f:  # the file standard input reads is an input
        same = subprocess.run([*cmd, "-o", str(src), "--force"], stdin=f, capture_output=True, timeout=300)
    assert same.returncode == 2 and b"is standard input" in same.stderr
    assert [json.loads(line).get("id") for line in src.read_text(encoding="utf-8").splitlines()[:3]] == [
        "c0",
        "c1",
        "c2",
    ]


def test_progress_lines_and_one_summary_when_stderr_is_no_terminal(tmp_path, capsys, monkeypatch):
    from summarizer import progress

    monkeypatch.setattr(progress, "GAP", 0.0)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(src, [*items(9), "junk"])
    assert main(["batch", str(src), "-o", str(out), "-j", "1"]) == 3
    lines = capsys.readouterr().err.splitlines()
    assert [re.sub(r", [0-9]+ s$", "", line) for line in lines[:-1]] == [
        f"summarizer: batch: {k}/10 ({10 * k}%), 0 failed" for k in range(1, 10)
    ]  # the junk line is the last: failures so far 0
    assert lines[-1].startswith(f"summarizer: batch: 10 items, 9 written to {out}, 1 failed (their records say why), ")
    assert main(["batch", str(src), "-o", str(out), "--no-progress"]) == 0
    (summary,) = capsys.readouterr().err.splitlines()
    assert summary.startswith("summarizer: batch: 10 items, 0 written to") and "10 there already" in summary


# -- faults ----------------------------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    """The live processes below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
                if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                    out.add(pid)
        except OSError:
            pass
    return out


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process tree from /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_batch_leaves_no_process_and_no_temporary_folder(tmp_path, sig):
    src, out, tmp = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "tmp"
    tmp.mkdir()
    write_lines(src, items(200))
    cmd = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "-j", "2", "--no-progress"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, env={**os.environ, "TMPDIR": str(tmp)})
    deadline = time.monotonic() + 180
    below: set[int] = set()
    while time.monotonic() < deadline and (len(below) < 4 or not out.exists() or out.stat().st_size == 0):
        below = _descendants(proc.pid)  # the forkserver, its two workers, the resource tracker
        time.sleep(0.1)
    assert len(below) >= 4 and out.stat().st_size > 0, "the pool did not start"
    os.kill(proc.pid, sig)
    code = proc.wait(timeout=60)
    deadline = time.monotonic() + 30
    while _alive(below) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(below)
    if sig == signal.SIGTERM:
        assert code == 143 and proc.stderr.read().decode().endswith("summarizer: terminated\n")
        assert list(tmp.iterdir()) == []  # multiprocessing's pymp-* folder is gone
    lines = out.read_bytes().count(b"\n")
    assert 1 <= lines < 200


def test_an_option_or_language_nobody_takes_is_refused_before_any_item(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    write_lines(src, items(2))
    out = tmp_path / "out.jsonl"
    for extra, words in ((["-O", "bogus=1"], "has no option 'bogus'"), (["-l", "xx"], "unknown language 'xx'")):
        assert main(["batch", str(src), "-o", str(out), "--no-progress", *extra]) == 2
        assert words in capsys.readouterr().err and not out.exists()  # no error records to resume from
    for kw, words in (({"bogus": 1}, "has no option 'bogus'"), ({"language": "xx"}, "unknown language 'xx'")):
        with pytest.raises(summarizer.OptionError, match=words):
            next(summarizer.batch([{"id": "a", "text": ENGLISH}], **kw))


def test_a_worker_that_dies_is_one_line_naming_the_items_in_flight():
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from summarizer.batches import Settings, _through

    class DiesAtThird:
        """An executor whose third item's worker dies: that future and every later one fail."""

        def __init__(self):
            self.submitted = 0

        def submit(self, fn, settings, n, value):
            self.submitted += 1
            if self.submitted > 4:  # a broken pool refuses new work at once
                raise BrokenProcessPool("A child process terminated abruptly")
            f: Future = Future()
            if self.submitted >= 3:
                f.set_exception(BrokenProcessPool("A process in the process pool was terminated abruptly"))
            else:
                f.set_result(fn(settings, n, value))
            return f

    tasks = [(k, {"id": f"i{k}", "text": ENGLISH}) for k in range(1, 8)]
    got = []
    with pytest.raises(summarizer.InputError, match=r"a worker died .* with items 'i3' \(line 3\), 'i4' \(line 4\) in"):
        for record in _through(DiesAtThird(), tasks, Settings(), window=2):
            got.append(json.loads(record)["id"])
    assert got == ["i1", "i2"]  # the records before them, kept


def test_numbered_document_ids_step_past_given_ones_and_bad_ones_are_said():
    docs = [ENGLISH, {"id": "q/1", "text": ENGLISH.replace("week", "month")}]
    (got,) = summarizer.batch([{"id": "q", "documents": docs}])
    assert got["status"] == "ok" and sorted(s["id"] for s in got["sources"]) == ["q/1", "q/1-2"]
    for bad in (1.5, "", True):
        (got,) = summarizer.batch([{"id": "q", "documents": [ENGLISH, {"id": bad, "text": ENGLISH}]}])
        assert got["status"] == "error" and got["error"].startswith("document 2: 'id' must be")
