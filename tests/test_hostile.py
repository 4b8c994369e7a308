"""Hostile and careless input: every case ends in a result or in one clear line, and no file changes.

Each case states its exact outcome: the exit code, and either a property of
the output or the words of the one-line error.  A fixture snapshots the
test's folder and the seeds before and after, so a case that writes where it
should not fails too.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer import (
    Budget,
    BudgetError,
    Document,
    InputError,
    OptionError,
    UnknownBackendError,
    analyse,
    fuse,
    summarize,
)
from summarizer.cli import main

from .conftest import SEEDS

ARABIC = "قال المتحدث باسم الحكومة إن المحادثات ستستمر الأسبوع المقبل في بغداد. وأضاف أن الوفد سيعود غدا."
ENGLISH = "The talks will go on next week in the capital, the minister said. The delegation returns tomorrow."
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(*folders: Path) -> dict:
    out = {}
    for folder in folders:
        for p in sorted(folder.rglob("*")):
            if p.is_file() and not p.is_symlink():
                out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
            elif p.is_symlink():
                out[str(p)] = "link:" + os.readlink(p)
    return out


@pytest.fixture
def box(tmp_path):
    """A folder for a case; fails the case if the folder or the seeds changed unexpectedly."""
    yield tmp_path


def cli(argv, capsys, stdin: bytes | None = None):
    out = io.StringIO()
    if stdin is not None:
        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        try:
            code = main(argv, out=out)
        finally:
            sys.stdin = old
    else:
        code = main(argv, out=out)
    err = capsys.readouterr().err
    return code, out.getvalue(), err


def one_line_error(err: str, *words: str) -> None:
    lines = [line for line in err.splitlines() if line.startswith("summarizer: error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "\x1b" not in err
    for w in words:
        assert w in lines[0], (w, lines[0])


# -- files -------------------------------------------------------------------------------------------

BAD_FILES = [
    ("empty", b"", "empty"),
    ("blank", b"  \n\t\n  ", "empty"),
    ("format characters only", "\u200b\u200e\u200f\ufeff\u2060".encode(), "empty"),
    ("punctuation only", b"... !!! ??? ---", "empty"),
    ("bom only", codecs.BOM_UTF8, "empty"),
    ("nul bytes", b"\x00\x01\x02\x03binary", "binary"),
    ("png header", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "is an image (PNG)"),
    ("program", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100, "is a program, not text"),
    ("pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "is a PDF document"),
    ("docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00word/document.xml" + ENGLISH.encode(), "is a ZIP archive"),
    ("gzip", gzip.compress(ENGLISH.encode()), "is compressed (gzip)"),
    ("latin-1 english", "The café opened. Prices rose.".encode("latin-1"), "--encoding"),
    ("cp1252 german", "Die Straße ist gesperrt. Überall Schnee und Eis in München.".encode("cp1252"), "--encoding"),
    ("koi8-r russian", "Переговоры продолжатся на следующей неделе в столице.".encode("koi8_r"), "--encoding"),
    ("bad utf-16 after bom", codecs.BOM_UTF16_LE + b"\x00\xd8", "utf-16"),
]


@pytest.mark.parametrize("name, data, words", BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_files_are_one_line_errors(box, capsys, name, data, words):
    f = box / "r.txt"
    f.write_bytes(data)
    before = snapshot(box, SEEDS)
    code, out, err = cli(["brief", str(f)], capsys)
    assert code == 2 and out == ""
    one_line_error(err, words)
    assert snapshot(box, SEEDS) == before


GOOD_ENCODINGS = [
    ("utf-8", ARABIC.encode("utf-8"), None),
    ("utf-8 bom", codecs.BOM_UTF8 + ARABIC.encode("utf-8"), None),
    ("cp1256 arabic", ARABIC.encode("cp1256"), None),
    ("utf-16 le bom", codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), None),
    ("utf-16 be bom", codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), None),
    ("utf-32 bom", ARABIC.encode("utf-32"), None),
    ("utf-16 named", ARABIC.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 named with bom", ARABIC.encode("utf-16"), "utf-16"),
    ("koi8-r named", "Переговоры продолжатся на следующей неделе в столице.".encode("koi8_r"), "koi8-r"),
    ("cp1252 named", "Die Straße ist gesperrt. Überall Schnee.".encode("cp1252"), "cp1252"),
    ("crlf", ENGLISH.replace(". ", ".\r\n").encode(), None),
    ("cr only", ENGLISH.replace(". ", ".\r").encode(), None),
]


@pytest.mark.parametrize("name, data, encoding", GOOD_ENCODINGS, ids=[c[0] for c in GOOD_ENCODINGS])
def test_text_in_any_declared_or_marked_encoding_reads(box, capsys, name, data, encoding):
    f = box / "r.txt"
    f.write_bytes(data)
    argv = ["brief", str(f), "-f", "json"] + (["--encoding", encoding] if encoding else [])
    code, out, err = cli(argv, capsys)
    assert code == 0, err
    text = json.loads(out)["briefs"][0]["sentences"][0]["text"]
    assert not any("\ufb50" <= ch <= "\ufeff" and ch != "\ufeff" for ch in text)  # no mojibake forms
    source = data.decode(encoding or "utf-8", errors="ignore") if encoding else None
    if source is not None:
        assert text.split()[0] in source


def test_unknown_or_wrong_encoding_named(box, capsys):
    f = box / "r.txt"
    f.write_bytes(ARABIC.encode())
    code, _, err = cli(["brief", str(f), "--encoding", "klingon"], capsys)
    assert code == 2
    one_line_error(err, "unknown encoding 'klingon'")
    code, _, err = cli(["brief", str(f), "--encoding", "ascii"], capsys)
    assert code == 2
    one_line_error(err, "not valid ascii", "offset 0")


@pytest.mark.parametrize(
    "path, words",
    [
        ("/nonexistent/report.txt", "no such file"),
        ("/proc/self/mem", "cannot read"),
        ("/dev/zero", "binary"),
        ("/dev/urandom", "looks like a binary file"),  # refused from its first bytes, not at 50 MB
    ],
)
def test_special_paths(capsys, path, words):
    if not Path(path).parent.exists():
        pytest.skip(f"{path} is not on this system")
    code, out, err = cli(["brief", path], capsys)
    assert code == 2 and out == ""
    one_line_error(err, words)


def test_a_web_address_is_one_line_that_says_so(capsys):
    code, out, err = cli(["brief", "https://example.com/news/report.html"], capsys)
    assert code == 2 and out == ""
    one_line_error(err, "https://example.com/news/report.html: is a web address")


@pytest.mark.skipif(ROOT_USER, reason="root reads every file whatever its permissions")
def test_unreadable_file_and_folder(box, capsys):
    f = box / "r.txt"
    f.write_text(ENGLISH)
    f.chmod(0)
    try:
        code, _, err = cli(["brief", str(f)], capsys)
        assert code == 2
        one_line_error(err, "permission denied")
    finally:
        f.chmod(0o644)
    sub = box / "locked"
    sub.mkdir()
    sub.chmod(0)
    try:
        code, _, err = cli(["brief", str(sub)], capsys)
        assert code == 2
        one_line_error(err, "cannot list the folder")
    finally:
        sub.chmod(0o755)


def test_stdin_is_bounded(monkeypatch):
    from summarizer.text import reading

    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    stream = io.BytesIO(b"y\n" * 100_000)
    with pytest.raises(InputError, match="more than"):
        reading.read_stream(stream, name="<stdin>", limit=reading.MAX_BYTES)
    assert stream.tell() <= 1000 + reading.CHUNK  # stopped reading, not slurped


def test_endless_stdin_is_refused_not_read_forever():
    proc = subprocess.run(
        f"yes 'the army left the city' | {sys.executable} -m summarizer brief -",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "more than 50 MB" in proc.stderr and "Traceback" not in proc.stderr


def test_a_fifo_without_a_writer_says_so_then_reads(box):
    fifo = box / "feed.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "brief", str(fifo), "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 60
    err = b""
    while time.time() < deadline and b"waiting for a writer" not in err:
        ready, _, _ = select.select([proc.stderr], [], [], 0.2)
        if ready:
            err += os.read(proc.stderr.fileno(), 4096)
    assert b"waiting for a writer" in err
    with open(fifo, "w", encoding="utf-8") as w:
        w.write(ENGLISH)
    out, rest = proc.communicate(timeout=60)
    assert proc.returncode == 0, rest
    assert json.loads(out)["briefs"][0]["sentences"]


def test_symlinks_in_a_folder_are_not_followed(box, capsys):
    (box / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (box / "passwd.txt").symlink_to("/etc/passwd")
    (box / "loop.txt").symlink_to(box / "loop.txt")
    code, out, err = cli(["brief", str(box), "-f", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert [s["id"] for s in data["sources"]] == ["good"]
    assert {Path(s["path"]).name for s in data["skipped"]} == {"passwd.txt", "loop.txt"}
    assert "root:" not in out and err.count("symbolic link, not followed") == 2


def test_a_folder_of_only_links_has_no_text_files(box, capsys):
    (box / "passwd.txt").symlink_to("/etc/passwd")
    code, _, err = cli(["brief", str(box)], capsys)
    assert code == 2
    one_line_error(err, "folder has no text files")


def test_bad_reports_in_a_folder_are_skipped_and_listed(box, capsys):
    (box / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (box / "b.txt").write_bytes(b"")
    (box / "c.txt").write_bytes(b"\x00\x00binary")
    (box / "d.txt").write_bytes("Grüße aus München, Straße.".encode("cp1252"))
    code, out, err = cli(["brief", str(box), "-f", "json"], capsys)
    assert code == 0
    reasons = {Path(s["path"]).name: s["reason"] for s in json.loads(out)["skipped"]}
    assert set(reasons) == {"b.txt", "c.txt", "d.txt"}
    assert "empty" in reasons["b.txt"] and "binary" in reasons["c.txt"] and "--encoding" in reasons["d.txt"]
    assert err.count("skipped") == 3


def test_a_folder_where_nothing_is_readable(box, capsys):
    (box / "b.txt").write_bytes(b"")
    code, _, err = cli(["brief", str(box)], capsys)
    assert code == 2
    one_line_error(err, "no readable reports (1 skipped)")


# -- what reaches the terminal and the page ----------------------------------------------------------

ESCAPES = [
    ("ansi colour", "The army left \x1b[31mthe city\x1b[0m at dawn today. Rain fell."),
    ("osc hyperlink", "The army left \x1b]8;;http://evil\x07the city\x1b]8;;\x07 at dawn. Rain fell."),
    ("clear screen", "The army left the city\x1b[2J\x1b[H at dawn today. Rain fell."),
    ("bell and backspace", "The army\x07\x08\x08 left the city at dawn today. Rain fell."),
    ("c1 controls", "The army left\x9b31m the city at dawn today. Rain fell."),
    ("bidi override", "The army left \u202egnirps\u202c the city today. Rain fell."),
]


@pytest.mark.parametrize("name, text", ESCAPES, ids=[c[0] for c in ESCAPES])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_control_sequences_never_reach_the_terminal(box, capsys, name, text, fmt):
    f = box / "r.txt"
    f.write_text(text, encoding="utf-8")
    code, out, _ = cli(["brief", str(f), "-f", fmt, "--bidi", "visual"], capsys)
    assert code == 0
    assert not any(ch in out for ch in "\x1b\x07\x08\x9b\u202e\u202c")
    assert "army" in out


@pytest.mark.parametrize("space", ["\x0b", "\x1c", "\x1f", "\x85"], ids=["vertical tab", "fs", "us", "nel"])
def test_white_space_controls_part_words_as_spaces(box, capsys, space):
    # Word writes a soft line break as a vertical tab: it parts two words as any space does
    text = "The minister said on Tuesday that the bridge would reopen. Prices rose by 5 percent."
    f = box / "r.txt"
    f.write_text(text.replace(" ", space), encoding="utf-8")
    code, out, _ = cli(["brief", str(f), "-f", "text", "--bidi", "logical"], capsys)
    assert code == 0 and "The minister said on Tuesday" in out and space not in out
    code, page, _ = cli(["brief", str(f), "-f", "html"], capsys)  # the source pane, offsets kept
    assert code == 0 and "The minister said on Tuesday" in page and "\ufffd" not in page and space not in page


def test_file_names_with_control_characters_are_shown_safely(box, capsys):
    f = box / "evil\x1b[31m\nname.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    for fmt in ("text", "markdown"):
        code, out, _ = cli(["brief", str(f), "-f", fmt, "--bidi", "logical"], capsys)
        assert code == 0 and "\x1b" not in out and "\n" not in out.split("evil")[1].split("name")[0]
        assert "31m name" in out


@pytest.mark.parametrize(
    "text, forbidden",
    [
        ("Click [here](javascript:alert(1)) to win. The army left the city.", "](javascript"),
        ("An image <img src=x onerror=alert(1)> was shown. The army left.", "<img"),
        ("A script <script>alert(1)</script> ran. The army left the city.", "<script>"),
        ("Bold **claims** and `code` spans. The army left the city.", "**claims**"),
        ("Autolink <javascript:alert(1)> here. The army left the city.", "<javascript:"),
    ],
)
def test_markdown_output_is_escaped(box, capsys, text, forbidden):
    f = box / "r.txt"
    f.write_text(text, encoding="utf-8")
    code, out, _ = cli(["brief", str(f), "-f", "markdown", "-n", "2"], capsys)
    assert code == 0 and forbidden not in out


# -- wrong output with exit 0, no more ---------------------------------------------------------------


@pytest.mark.parametrize("backend", ["salience", "textrank", "lexrank", "lead", "random"])
def test_a_repeated_sentence_is_never_chosen_twice(backend):
    text = "The army left the city today. Rain fell on the hills. The army left the city today. Markets shut early."
    s = summarize(text, backend=backend, budget=Budget(sentences=4))
    texts = [x.text for x in s.sentences]
    assert len(texts) == len(set(texts)) == 3


def test_a_hundred_thousand_identical_sentences_give_one():
    s = summarize("The army left the city today. " * 100_000, budget=Budget(sentences=4))
    assert [x.text for x in s.sentences] == ["The army left the city today."]


def test_a_line_without_punctuation_is_cut_into_sentences_of_bounded_length():
    from summarizer.text.segment import MAX_CHARS, MAX_WORDS

    words = " ".join(f"word{k}" for k in range(20_000))
    a = analyse(Document("d", words))
    assert len(a.sentences) >= 20_000 // MAX_WORDS
    assert all(len(s.text.split()) <= MAX_WORDS and len(s.text) <= MAX_CHARS for s in a.sentences)
    glued = analyse(Document("g", "x" * 100_000))
    assert all(len(s.text) <= MAX_CHARS for s in glued.sentences) and len(glued.sentences) >= 100_000 // MAX_CHARS
    for s in glued.sentences:
        assert glued.document.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text, n",
    [
        ("今天天气很好。我们去公园散步。然后回家吃饭。", 3),
        ("今天天气很好！我们去公园散步？然后回家吃饭。", 3),
        ("यह पहला वाक्य है। यह दूसरा वाक्य है। यह तीसरा है।", 3),
    ],
)
def test_scripts_written_without_spaces_after_full_stops(text, n):
    assert len(analyse(Document("d", text)).sentences) == n


# -- options -----------------------------------------------------------------------------------------

BAD_OPTIONS = [
    (["--sentences", "0"], "at least 1"),
    (["--sentences", "-1"], "at least 1"),
    (["--sentences", "abc"], "invalid int value"),
    (["--words", "0"], "at least 1"),
    (["--ratio", "0"], "ratio"),
    (["--ratio", "1.5"], "ratio"),
    (["--ratio", "nan"], "ratio"),
    (["--sentences", "2", "--words", "5"], "only one"),
    (["--backend", "nope"], "available:"),
    (["--language", "xx"], "unknown language 'xx'"),
    (["--language", ""], "language is empty"),
    (["--format", "pdf"], "invalid choice"),
    (["--bidi", "sideways"], "invalid choice"),
    (["-O", "novalue"], "KEY=VALUE"),
    (["-O", "=1"], "KEY=VALUE"),
    (["-O", "unknown=1"], "has no option 'unknown'"),
    (["-b", "textrank", "-O", "damping=abc"], "damping must be a number"),
    (["-b", "textrank", "-O", "damping=1"], "damping must be in [0, 1)"),
    (["-b", "textrank", "-O", "prior=late"], "choose position, uniform"),
    (["-b", "lexrank", "-O", "threshold=-1"], "threshold must be in"),
    (["-b", "random", "-O", "seed=1.5"], "seed must be a whole number"),
    (["-b", "salience", "-O", "redundancy=true"], "redundancy must be a number"),
    (["--model", "x"], "has no option 'model'"),
    (["--device", "cpu"], "has no option 'device'"),
    (["-b", "mt5", "--model", "/nonexistent/model"], "no such model folder"),
    (["-b", "mt5", "--device", "mps", "--model", "x"], "unknown device 'mps'"),
]


@pytest.mark.parametrize("extra, words", BAD_OPTIONS, ids=[" ".join(c[0]) for c in BAD_OPTIONS])
def test_bad_options_are_one_line_errors(capsys, extra, words):
    before = snapshot(SEEDS)
    code, out, err = cli(["brief", str(SEEDS / "002_66720f3e99723966.txt"), *extra], capsys)
    assert code == 2 and out == ""
    one_line_error(err, words)
    assert snapshot(SEEDS) == before


def test_command_line_shape_errors(capsys):
    for argv, words in (([], None), (["frobnicate"], "invalid choice"), (["brief"], "arguments")):
        code, _, err = cli(argv, capsys)
        assert code == 2
        if words:
            one_line_error(err, words)
    code, _, err = cli(["brief", "-", "-"], capsys, stdin=ENGLISH.encode())
    assert code == 2
    one_line_error(err, "only once")


OUTPUTS = [
    ("into a folder", lambda box: str(box), [], "is a folder"),
    ("into a missing folder", lambda box: str(box / "no" / "x.json"), [], "does not exist"),
    ("over an existing file", lambda box: str(box / "old.json"), [], "pass --force"),
    ("over a device", lambda box: "/dev/null", ["--force"], "not a regular file"),
    ("over the input", lambda box: str(box / "in.txt"), ["--force"], "is one of the inputs"),
    ("empty path", lambda box: "", [], "output path is empty"),
]


@pytest.mark.parametrize("name, target, extra, words", OUTPUTS, ids=[c[0] for c in OUTPUTS])
def test_output_paths_are_checked_before_any_work(box, capsys, name, target, extra, words):
    (box / "in.txt").write_text(ENGLISH, encoding="utf-8")
    (box / "old.json").write_text("{}", encoding="utf-8")
    before = snapshot(box, SEEDS)
    code, out, err = cli(["brief", str(box / "in.txt"), "-o", target(box), *extra], capsys)
    assert code == 2 and out == ""
    one_line_error(err, words)
    assert snapshot(box, SEEDS) == before


def test_dash_as_the_output_is_standard_output(box, capsys, monkeypatch):
    (box / "in.txt").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.chdir(box)
    code, out, err = cli(["brief", "in.txt", "-o", "-", "-f", "json"], capsys)
    assert code == 0 and '"briefs"' in out and not (box / "-").exists() and "wrote" not in err


def test_an_output_suffix_of_no_format_of_ours_is_written_as_text_and_said(box, capsys):
    (box / "in.txt").write_text(ENGLISH, encoding="utf-8")
    code, _, err = cli(["brief", str(box / "in.txt"), "-o", str(box / "brief.pdf")], capsys)
    assert code == 0 and "warning: .pdf is no format of ours; writing text" in err
    assert "text, markdown, json, html" in err and (box / "brief.pdf").read_text(encoding="utf-8").strip()
    for name in ("brief.2021", "brief.ar", "brief.final"):  # part of a name, not a format
        code, _, err = cli(["brief", str(box / "in.txt"), "-o", str(box / name)], capsys)
        assert code == 0 and "warning" not in err


def test_dash_is_no_output_file_for_bench_html_nor_is_o_for_convert(box, capsys, monkeypatch):
    monkeypatch.chdir(box)
    code, _, err = cli(["convert", "--model", "m", "-o", "x"], capsys)
    assert code == 2
    one_line_error(err, "convert writes a model folder: name it with --to DIR, not -o")
    data = box / "d.jsonl"
    data.write_text(json.dumps({"id": "a", "text": ENGLISH, "references": ["The talks go on."]}) + "\n")
    code, _, err = cli(["bench", str(data), "--backends", "lead", "--html", "-", "--no-progress"], capsys)
    assert code == 2 and not (box / "-").exists()
    one_line_error(err, "--html writes a page to a file")


@pytest.mark.parametrize(
    "extra, words",
    [
        (["--address", "10.0.0.1:6379"], "needs --engine ray, not process"),
        (["-o", "BOX/out.html"], "batch writes JSON lines, not html: name the output .jsonl"),
        (["-o", "BOX/out.md"], "batch writes JSON lines, not markdown"),
    ],
)
def test_batch_refuses_what_it_would_ignore(box, capsys, extra, words):
    src = box / "items.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ENGLISH}) + "\n", encoding="utf-8")
    before = snapshot(box, SEEDS)
    code, _, err = cli(["batch", str(src), "--no-progress", *(a.replace("BOX", str(box)) for a in extra)], capsys)
    assert code == 2
    one_line_error(err, words)
    assert snapshot(box, SEEDS) == before


def test_a_full_disk_is_one_line_and_leaves_nothing_behind(box, monkeypatch, capsys):
    from summarizer import writing

    target = box / "brief.json"
    target.write_text("old", encoding="utf-8")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writing.os, "fsync", full)
    code, _, err = cli(["brief", str(SEEDS / "002_66720f3e99723966.txt"), "-o", str(target), "--force"], capsys)
    assert code == 2
    one_line_error(err, "No space left on device")
    assert target.read_text(encoding="utf-8") == "old"  # the old file survives
    assert [p.name for p in box.iterdir()] == ["brief.json"]  # no temporary file left


def test_stdout_to_a_full_disk():
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "summarizer", "brief", str(SEEDS / "002_66720f3e99723966.txt")],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 2 and "No space left on device" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


# -- an input is never an output, whatever its name --------------------------------------------------


def _hard_link(box: Path) -> list[str]:
    folder = box / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.link(folder / "a.txt", box / "copy.txt")
    return ["brief", str(folder), "-o", str(box / "copy.txt"), "--force"]


def _inside_folder(box: Path) -> list[str]:
    folder = box / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # no report, but in the folder read
    return ["brief", str(folder), "-o", str(folder / "notes.json"), "--force"]


def _linked_folder(box: Path) -> list[str]:
    folder = box / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (box / "via").symlink_to(folder)
    return ["stories", str(box / "via"), "-o", str(folder / "a.txt"), "--force"]


INPUT_OUTPUTS = [
    ("hard link to a report of the folder", _hard_link, "is one of the inputs"),
    ("existing file inside the input folder", _inside_folder, "is inside the input folder"),
    ("a report through a linked folder", _linked_folder, "is one of the inputs"),
]


@pytest.mark.parametrize("name, make, words", INPUT_OUTPUTS, ids=[c[0] for c in INPUT_OUTPUTS])
def test_no_name_of_an_input_is_an_output_even_with_force(box, capsys, name, make, words):
    argv = make(box)
    before = snapshot(box, SEEDS)
    code, out, err = cli(argv, capsys)
    assert code == 2 and out == ""
    one_line_error(err, words)
    assert snapshot(box, SEEDS) == before


@pytest.mark.parametrize("name", ["-", "/dev/stdin"])
def test_the_file_standard_input_reads_is_never_the_output(box, name):
    if name != "-" and not Path(name).exists():
        pytest.skip(f"no {name} here")
    src = box / "in.txt"
    src.write_text(ENGLISH, encoding="utf-8")
    before = snapshot(box)
    for command in ("brief", "stories"):
        with open(src, "rb") as stdin:
            proc = subprocess.run(
                [sys.executable, "-m", "summarizer", command, name, "-o", str(src), "--force"],
                stdin=stdin,
                capture_output=True,
                text=True,
                timeout=120,
            )
        assert proc.returncode == 2, proc.stderr
        one_line_error(proc.stderr, "is standard input" if name == "-" else "is one of the inputs")
    assert snapshot(box) == before


# -- the library -------------------------------------------------------------------------------------

LIBRARY = [
    ("a dict", lambda: summarize({"a": 1}), InputError, "not dict"),
    ("bytes", lambda: summarize(b"bytes here"), InputError, "not bytes"),
    ("a number", lambda: summarize(5), InputError, "not int"),
    ("nothing", lambda: summarize([]), InputError, "at least one"),
    ("a list with a number", lambda: summarize(["One line here.", 5]), InputError, "document 1"),
    ("budget as a number", lambda: summarize(ENGLISH, budget=5), OptionError, "Budget(sentences=5)"),
    ("language as a number", lambda: summarize(ENGLISH, language=5), OptionError, "language must be"),
    ("empty language", lambda: summarize(ENGLISH, language=""), InputError, "empty"),
    ("unknown language", lambda: summarize(ENGLISH, language="xx"), InputError, "known: ar"),
    ("unknown backend", lambda: summarize(ENGLISH, backend="nope"), UnknownBackendError, "available:"),
    ("option typo", lambda: summarize(ENGLISH, backend="textrank", dampng=0.3), OptionError, "damping"),
    ("blank text", lambda: summarize("   \n "), InputError, "empty"),
    ("empty id", lambda: Document(id="", text="x"), InputError, "non-empty"),
    ("bytes text", lambda: Document(id="a", text=b"x"), InputError, "must be a string, not bytes"),
    ("no text", lambda: Document(id="a", text=None), InputError, "must be a string, not NoneType"),
    ("a far date", lambda: Document("a", ENGLISH, date="9999-12-31"), InputError, "years run from 1900 to 2100"),
    ("repeated ids", lambda: fuse([Document("a", ENGLISH), Document("a", ARABIC)]), InputError, "repeated: a"),
    ("fuse nothing", lambda: fuse([]), InputError, "at least one"),
    ("fuse a dict", lambda: fuse({"a": 1}), InputError, "not dict"),
    ("boolean budget", lambda: Budget(words=True), BudgetError, "whole number"),
    ("analyse a string", lambda: analyse("text"), InputError, "takes a Document"),
    ("bad stemmer", lambda: analyse(Document("d", ENGLISH), stemmer="snow"), InputError, "choose auto"),
    ("fusion weight", lambda: fuse([ENGLISH, ARABIC], position=-1), OptionError, "position must be in"),
]


@pytest.mark.parametrize("name, call, error, words", LIBRARY, ids=[c[0] for c in LIBRARY])
def test_library_refuses_clearly(name, call, error, words):
    with pytest.raises(error) as info:
        call()
    assert words in str(info.value)


def test_string_documents_never_take_a_given_id():
    briefs = summarize([Document("doc0", ENGLISH), "The river rose above the bridge in the town today."])
    ids = {c.source for b in briefs for s in b.sentences for c in s.citations}
    assert "doc0" in ids and "doc1" in ids
    out = fuse(["The river rose above the old bridge today.", Document("doc0", ENGLISH)], stories=False)
    assert set(out[0].sources) == {"doc0", "doc0-2"}


def test_a_backend_that_gives_nan_scores_never_chooses_them():
    from summarizer.registry import BUILTINS, Registry

    class Nan:
        name = "nan"

        def scores(self, analysis):
            return [float("nan")] + [1.0] * (len(analysis.sentences) - 1)

    reg = Registry(BUILTINS, group=None)
    reg.register("nan", Nan)
    s = summarize("First one here. Second one here. Third one here.", backend="nan", registry=reg)
    assert "First one here." not in s.text


# -- markup that never closes: read in one pass, as a browser reads it --------------------------------

LEAD = "<p>The army left the city at dawn today.</p><p>Rain fell on the hills.</p>"
UNCLOSED = [
    ("start tags", "<a "),
    ("comments", "<!--"),
    ("processing instructions", "<?"),
    ("bogus end tags", "</$"),
    ("quoted attribute values", '<a href="'),
    ("declarations", "<!x"),
    ("script without its end", "<script>"),
]


@pytest.mark.parametrize("name, unit", UNCLOSED, ids=[c[0] for c in UNCLOSED])
def test_markup_that_never_closes_is_markup_to_the_end(name, unit):
    from summarizer.text.pages import fragment_text

    # the rest of the text is markup (the standard library's parser gave it
    # back as text, and took time growing with the square of its length)
    assert fragment_text(LEAD + unit * 3000) == "The army left the city at dawn today.\n\nRain fell on the hills."


@pytest.mark.parametrize("path", ["r.txt", "r.jsonl", "r.rss"])
def test_unclosed_markup_in_every_reader_of_fragments(box, capsys, path):
    import html as html_lib

    markup = LEAD + "<a " * 3000
    f = box / path
    if path.endswith(".jsonl"):
        f.write_text(json.dumps({"id": "x", "text": markup}) + "\n", encoding="utf-8")
    elif path.endswith(".rss"):
        f.write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Army</title>'
            f"<link>http://x/1</link><description>{html_lib.escape(markup)}</description></item></channel></rss>",
            encoding="utf-8",
        )
    else:
        f.write_text(markup, encoding="utf-8")
    code, out, err = cli(["brief", str(f), "-f", "json"], capsys)
    assert code == 0, err
    assert json.loads(out)["sources"][0]["text"] == "The army left the city at dawn today.\n\nRain fell on the hills."


# -- combining marks -----------------------------------------------------------------------------------

MARKS = [
    ("harakat on one letter", "ك", "\u064e\u064f\u0650\u0651\u0652"),
    ("zalgo after a word", "word", "\u0301\u0316\u0324\u0335\u0489"),
    ("one mark repeated", "e", "\u0301"),
    ("devanagari signs", "क", "\u093e\u0947\u094d"),
]


@pytest.mark.parametrize("name, base, marks", MARKS, ids=[c[0] for c in MARKS])
def test_runs_of_combining_marks_are_capped_per_base_character(name, base, marks):
    from summarizer.text.normalize import MAX_MARKS

    text = f"The army left. {base}{marks * 400} rain fell."
    doc = Document("d", text)
    kept = (marks * 400)[:MAX_MARKS]
    assert doc.text == f"The army left. {base}{kept} rain fell."
    a = analyse(doc)
    assert all(doc.text[s.start : s.end] == s.text for s in a.sentences)


def test_real_marks_are_kept():
    text = "مُحَمَّدٌ قَالَ إِنَّ الْوَفْدَ سَيَعُودُ. Tiếng Việt có dấu. यह पहला वाक्य है।"
    assert Document("d", text).text == text


# -- encodings, dates, output streams -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["rot13", "base64", "hex", "zlib", "bz2", "undefined"])
def test_codecs_that_are_no_text_encoding_are_refused(box, capsys, encoding):
    f = box / "r.txt"
    f.write_bytes(ENGLISH.encode())
    code, out, err = cli(["brief", str(f), "--encoding", encoding], capsys)
    assert code == 2 and out == ""
    one_line_error(err, "is no text encoding")


def test_a_codec_error_that_is_no_decode_error_is_one_line(box, capsys):
    # not named in issue 37: punycode and idna raise a bare UnicodeError (an internal error before)
    f = box / "r.txt"
    f.write_bytes(b"abc+ZZ")
    code, _, err = cli(["brief", str(f), "--encoding", "punycode"], capsys)
    assert code == 2
    one_line_error(err, "not valid punycode")


@pytest.mark.parametrize("stamp", ["0000-01-01T00:00:00Z", "2024-13-45T00:00:00Z"])
def test_an_atom_date_out_of_range_is_no_date(box, capsys, stamp):
    f = box / "f.atom"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        f'<entry><title>Army</title><id>urn:1</id><updated>{stamp}</updated><content type="html">'
        "&lt;p&gt;The army left the city at dawn today.&lt;/p&gt;</content></entry></feed>",
        encoding="utf-8",
    )
    code, out, err = cli(["brief", str(f), "-f", "json"], capsys)
    assert code == 0, err
    assert "0000" not in out and json.loads(out)["briefs"][0]["sentences"]


def test_json_output_escapes_c1_and_bidi_controls(box, capsys):
    f = box / "r.jsonl"
    value = {"id": "a\x9b31m", "source": "s\u202egnirps\u202c\x85", "text": f"<p>{ENGLISH}</p><p>Rain\x9b fell.</p>"}
    f.write_text(json.dumps(value) + "\n", encoding="utf-8")
    code, out, _ = cli(["brief", str(f), "-f", "json"], capsys)
    assert code == 0
    assert not any(ch in out for ch in "\x9b\x85\u202e\u202c") and "\\u009b" in out
    source = json.loads(out)["sources"][0]  # read back, the same values
    assert source["id"] == "a\x9b31m" and source["path"] == value["source"] and "Rain\x9b fell." in source["text"]


def _stdout(monkeypatch, stream):
    monkeypatch.setattr(sys, "stdout", stream)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_narrow_stdout_gets_escapes_and_one_note(box, capsys, monkeypatch, encoding):
    raw = io.BytesIO()
    _stdout(monkeypatch, io.TextIOWrapper(raw, encoding=encoding))
    f = box / "r.txt"
    f.write_text(ARABIC, encoding="utf-8")
    code = main(["brief", str(f)])
    sys.stdout.flush()
    err = capsys.readouterr().err
    assert code == 0, err
    assert "\\u0642" in raw.getvalue().decode(encoding)
    assert err.count("\n") == 1 and "PYTHONIOENCODING=utf-8" in err


def test_a_closed_stdout_is_one_line_unless_o_is_given(box, capsys, monkeypatch):
    _stdout(monkeypatch, None)
    f = box / "r.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    assert main(["brief", str(f)]) == 2
    one_line_error(capsys.readouterr().err, "standard output is closed")
    assert main(["brief", str(f), "-o", str(box / "b.txt")]) == 0
    written = (box / "b.txt").read_text(encoding="utf-8")
    assert "1 report [1]" in written and "\nSources\n[1] r.txt" in written


def test_a_broken_pipe_ends_quietly_with_0(box, capsys, monkeypatch):
    read, write = os.pipe()
    os.close(read)  # the reader has gone (| head -1)
    _stdout(monkeypatch, io.TextIOWrapper(os.fdopen(write, "wb", buffering=0), encoding="utf-8", write_through=True))
    f = box / "r.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    assert main(["brief", str(f)]) == 0
    assert capsys.readouterr().err == ""


def test_batch_to_a_full_stdout_is_one_line(box):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    items = box / "in.jsonl"
    items.write_text("".join(json.dumps({"id": str(k), "text": ENGLISH}) + "\n" for k in range(40)), encoding="utf-8")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "summarizer", "batch", str(items), "-j", "1"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1, proc.stderr
    assert b"No space left on device" in proc.stderr and b"Traceback" not in proc.stderr


def test_memory_error_is_one_line_naming_the_input(box, capsys, monkeypatch):
    from summarizer.cli import brief

    def too_large(*a, **k):
        raise MemoryError

    monkeypatch.setattr(brief, "analyse", too_large)  # where brief looks it up
    f = box / "big.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    code, _, err = cli(["brief", str(f)], capsys)
    assert code == 2
    one_line_error(err, "out of memory", "big.txt is too large")


# -- data in messages -----------------------------------------------------------------------------------


def test_a_feed_source_with_escapes_is_shown_without_them(box, capsys):
    f = box / "r.jsonl"
    f.write_text(json.dumps({"id": "1", "text": ARABIC, "source": "evil\x1b]0;pwned\x07\x9b31m"}) + "\n")
    code, _, err = cli(["brief", str(f), "-l", "en"], capsys)
    assert code == 0
    assert "looks written in ar" in err and not any(ch in err for ch in "\x1b\x07\x9b")


def test_a_fifo_name_with_escapes_is_shown_without_them(box, capsys, monkeypatch):
    import threading

    from summarizer.text import reading

    monkeypatch.setattr(reading, "FIFO_NOTICE", 0.05)
    fifo = box / "evil\x1b[2J\x9b1m.txt"
    os.mkfifo(fifo)

    def writer():
        time.sleep(0.5)
        with open(fifo, "w", encoding="utf-8") as w:
            w.write(ENGLISH)

    threading.Thread(target=writer, daemon=True).start()
    code, _, err = cli(["brief", str(fifo)], capsys)
    assert code == 0 and "waiting for a writer" in err
    assert not any(ch in err for ch in "\x1b\x9b")


def test_a_closed_stderr_is_a_sink():
    # not named in issue 37: with 2>&- every error ended in exit 1 (writing to None)
    proc = subprocess.run(
        f"{sys.executable} -m summarizer brief /nonexistent/report.txt 2>&-", shell=True, capture_output=True
    )
    assert proc.returncode == 2


def test_a_file_name_that_is_not_utf8_is_written_in_every_format(box, capsys):
    # not named in issue 37: the name's byte 0xff is a lone surrogate to Python, which no
    # UTF-8 output can hold (every -o FILE was an internal UnicodeEncodeError)
    folder = box / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"r\xff.txt")).write_text(ENGLISH, encoding="utf-8")
    for suffix in ("json", "md", "txt", "html"):
        target = box / f"brief.{suffix}"
        code, _, err = cli(["brief", str(folder), "-o", str(target)], capsys)
        assert code == 0, err
        target.read_text(encoding="utf-8")  # valid UTF-8
    data = json.loads((box / "brief.json").read_text(encoding="utf-8"))
    assert data["sources"][0]["path"] == str(folder / os.fsdecode(b"r\xff.txt"))  # the real name, escaped
