"""Tests of ``summarizer brief`` (summarizer/cli/brief.py)."""

import json
import time

import pytest

from ..conftest import SEEDS
from .conftest import run


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
