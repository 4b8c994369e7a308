import io
import json
import subprocess
import sys
import time

import pytest

from summarizer.cli import main

from .conftest import SEEDS


def run(argv, stdin=None):
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def test_brief_of_one_seed_is_3_to_5_clean_sentences():
    code, out = run(["brief", str(SEEDS / "000_fa2a66c985b7476f.txt"), "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert [s["id"] for s in data["sources"]] == ["000_fa2a66c985b7476f"]
    (brief,) = data["briefs"]
    assert 3 <= len(brief["sentences"]) <= 5
    text = (SEEDS / "000_fa2a66c985b7476f.txt").read_text(encoding="utf-8")
    for s in brief["sentences"]:
        for c in s["citations"]:
            assert " ".join(text[c["start"] : c["end"]].split()) == s["text"]
        for junk in ("تعليق", "ذات صلة", "زر الذهاب"):
            assert junk not in s["text"]


def test_text_and_markdown_formats():
    code, out = run(["brief", str(SEEDS / "002_66720f3e99723966.txt"), "--bidi", "logical"])
    assert code == 0 and "[1]" in out and "Sources" in out
    code, md = run(["brief", str(SEEDS / "002_66720f3e99723966.txt"), "-f", "markdown", "-n", "2"])
    assert code == 0 and md.count("\n- ") == 2 and "## Sources" in md


def test_budget_options():
    code, out = run(["brief", str(SEEDS / "002_66720f3e99723966.txt"), "-f", "json", "--words", "30"])
    assert code == 0
    assert len(json.loads(out)["briefs"][0]["sentences"]) >= 1


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


@pytest.mark.parametrize(
    "argv, message",
    [
        (["brief", "/nonexistent/file.txt"], "no such"),
        (["brief", "SEEDS", "--backend", "nope"], "available:"),
        (["brief", "SEEDS", "--sentences", "0"], "at least 1"),
        (["brief", "SEEDS", "--ratio", "2"], "ratio"),
        (["brief", "SEEDS", "--sentences", "2", "--words", "5"], "only one"),
        (["brief", "SEEDS", "--language", "xx"], "unknown language"),
        # once, not once a file of the folder
        (["brief", "SEEDS", "--encoding", "nope"], "error: unknown encoding 'nope'"),
        (["stories", "SEEDS", "--encoding", "nope"], "error: unknown encoding 'nope'"),
        (["brief"], "arguments"),
    ],
)
def test_bad_options(capsys, argv, message):
    argv = [str(SEEDS) if a == "SEEDS" else a for a in argv]
    code, _ = run(argv)
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err


def test_empty_directory(tmp_path, capsys):
    code, _ = run(["brief", str(tmp_path)])
    assert code == 2 and "no text files" in capsys.readouterr().err


def test_one_sentence_text(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text("قال المتحدث إن الاجتماع انتهى.", encoding="utf-8")
    code, out = run(["brief", str(f), "-f", "json"])
    assert code == 0 and len(json.loads(out)["briefs"][0]["sentences"]) == 1


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["salience", "textrank", "lexrank"])
def test_five_megabyte_text_finishes(tmp_path, backend):
    from summarizer.api import read_document
    from summarizer.pipeline import analyse

    lines = [
        line
        for p in sorted(SEEDS.glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
        if len(line.split()) > 15
    ]
    paragraphs, size, k = [], 0, 0
    while size < 5_000_000:  # every paragraph different, so none is dropped as a repeat
        p = f"الفقرة رقم {k}: " + lines[k % len(lines)]
        paragraphs.append(p)
        size += len(p.encode("utf-8")) + 2
        k += 1
    f = tmp_path / "big.txt"
    f.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert len(analyse(read_document(f)).sentences) > 10000
    start = time.perf_counter()
    code, out = run(["brief", str(f), "-f", "json", "-n", "3", "--backend", backend])
    assert code == 0 and len(json.loads(out)["briefs"][0]["sentences"]) == 3
    assert time.perf_counter() - start < 300  # a guard against hangs, not a speed target


def test_stdin_and_module_entry_point():
    text = (SEEDS / "002_66720f3e99723966.txt").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", "-", "-f", "json"], input=text, capture_output=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sources"][0]["id"] == "stdin"


def test_debug_shows_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "--debug", "brief", str(tmp_path / "no.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0 and "Traceback" in proc.stderr


def test_backends_lists_names_with_a_line_on_each_and_the_default():
    code, out = run(["backends"])
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert code == 0 and {"textrank", "lexrank", "lead", "salience", "mt5", "random"} <= set(lines)
    assert "(default)" in lines["salience"] and sum("(default)" in line for line in lines.values()) == 1
    assert "baseline" in lines["lead"] and "usable" in lines["lead"]
    assert "--model DIR" in lines["mt5"]


def brief_words(out: str) -> list[int]:
    return [sum(len(s["text"].split()) for s in b["sentences"]) for b in json.loads(out)["briefs"]]


@pytest.mark.parametrize("path", [*sorted(SEEDS.glob("*.txt")), SEEDS], ids=lambda p: p.name)
def test_words_is_a_cap_on_every_seed(path, capsys):
    for words in (1, 7, 20, 60, 120):
        code, out = run(["brief", str(path), "-f", "json", "--words", str(words)])
        assert code == 0, capsys.readouterr().err  # never "no sentence fits": the best one is shortened
        assert all(0 < n <= words for n in brief_words(out)), brief_words(out)


def test_words_cap_says_when_the_best_sentence_was_left_out(tmp_path, capsys):
    f = tmp_path / "r.txt"
    f.write_text(
        "The storm that reached the northern coast on Monday night forced thousands of families to leave "
        "their homes. Rivers rose. Schools closed for a week.",
        encoding="utf-8",
    )
    code, out = run(["brief", str(f), "-f", "json", "--words", "6"])
    (n,) = brief_words(out)
    assert code == 0 and 0 < n <= 6
    assert "left out" in capsys.readouterr().err


def test_backend_ranks_inside_fusion_and_is_named():
    for backend in ("lead", "textrank"):
        code, out = run(["brief", str(SEEDS), "-b", backend, "-f", "json"])
        assert code == 0
        assert {b["backend"] for b in json.loads(out)["briefs"]} == {f"fusion+{backend}"}


def test_json_sources_carry_the_detected_language_and_title():
    code, out = run(["brief", str(SEEDS), "-f", "json"])
    sources = json.loads(out)["sources"]
    assert code == 0 and {s["language"] for s in sources} == {"ar"}
    assert all(s["title"] for s in sources)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["brief", "SEEDS", "-l", ""], "language is empty"),
        (["brief", "SEEDS", "--model", "x"], "has no option 'model'"),
        (["brief", "SEEDS", "-b", "salience", "--device", "cpu"], "has no option 'device'"),
        (["brief", "SEEDS", "-b", "textrank", "-O", "dampng=0.3"], "'dampng'; its options: damping"),
        (["brief", "SEEDS", "-b", "textrank", "-O", "damping=2"], "damping must be in [0, 1)"),
        (["brief", "SEEDS", "-O", "novalue"], "KEY=VALUE"),
    ],
)
def test_options_that_do_not_apply_are_refused(capsys, argv, message):
    argv = [str(SEEDS) if a == "SEEDS" else a for a in argv]
    code, _ = run(argv)
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1


def test_debug_version_and_output_work_anywhere(tmp_path, capsys):
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(tmp_path / "no.txt"), "--debug"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0 and "Traceback" in proc.stderr
    for argv in (["--version"], ["brief", "--version"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 0
    assert "summarizer 0.2.0" in capsys.readouterr().out
    seed = SEEDS / "002_66720f3e99723966.txt"
    target = tmp_path / "brief.json"
    assert run(["-o", str(target), "brief", str(seed)])[0] == 0  # the suffix picks the format
    first = json.loads(target.read_text(encoding="utf-8"))
    assert first["briefs"][0]["sentences"]
    assert run(["brief", str(seed), "-o", str(target)])[0] == 2  # an existing file needs --force
    assert "--force" in capsys.readouterr().err
    assert run(["brief", str(seed), "-o", str(target), "--force", "-n", "1"])[0] == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["briefs"][0]["sentences"]) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]  # no temporary file left behind


def test_output_never_overwrites_an_input(tmp_path, capsys):
    src = tmp_path / "r.txt"
    src.write_bytes((SEEDS / "002_66720f3e99723966.txt").read_bytes())
    before = src.read_bytes()
    for argv in (["brief", str(src), "-o", str(src), "--force"], ["brief", str(tmp_path), "-o", str(src), "--force"]):
        assert run(argv)[0] == 2 and "is one of the inputs" in capsys.readouterr().err
    assert src.read_bytes() == before


def test_a_language_that_does_not_write_the_reports_script_is_one_warning(capsys):
    code, out = run(["stories", str(SEEDS), "-l", "fr"])
    err = capsys.readouterr().err
    assert code == 0 and out
    assert err.count("\n") == 1 and "and 4 more reports look written in ar, not fr" in err
    code, _ = run(["brief", str(SEEDS / "003_c3aad08660fb59c2.txt"), "-l", "en"])
    assert code == 0 and "003_c3aad08660fb59c2.txt looks written in ar, not en" in capsys.readouterr().err
    for argv in (["brief", str(SEEDS), "-l", "ar"], ["brief", str(SEEDS)]):  # its own language, or detected
        assert run(argv)[0] == 0 and "warning" not in capsys.readouterr().err


def test_output_says_what_it_wrote(tmp_path, capsys):
    one, many = SEEDS / "002_66720f3e99723966.txt", str(SEEDS)
    assert run(["brief", str(one), "-o", str(tmp_path / "one.md")])[0] == 0
    assert capsys.readouterr().err == f"summarizer: wrote {tmp_path / 'one.md'}: 1 brief\n"
    assert run(["brief", many, "-o", str(tmp_path / "many.json")])[0] == 0
    briefs = len(json.loads((tmp_path / "many.json").read_text(encoding="utf-8"))["briefs"])
    assert briefs >= 2 and capsys.readouterr().err == f"summarizer: wrote {tmp_path / 'many.json'}: {briefs} briefs\n"
    assert run(["stories", many, "-o", str(tmp_path / "s.json")])[0] == 0
    stories = len(json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["stories"])
    assert capsys.readouterr().err == f"summarizer: wrote {tmp_path / 's.json'}: {stories} stories\n"
    assert run(["brief", str(one)])[0] == 0 and capsys.readouterr().err == ""  # to stdout: nothing said
