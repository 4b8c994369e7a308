"""The mt5 backend on a tiny real checkpoint built here (see tests/tiny_mt5.py)."""

import io
import json
import time

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from summarizer import Budget, Document, ModelNotFoundError, analyse, fuse, summarize
from summarizer.backends.mt5 import MT5Backend, resolve_model
from summarizer.cli import main

from ...conftest import SEEDS

FAST = {"max_new_tokens": 12, "num_beams": 2, "progress": False}


@pytest.fixture(scope="session")
def tiny(tiny_mt5):
    return tiny_mt5


def check_citations(summary, docs):
    by_id = {d.id: d for d in docs}
    assert summary.sentences
    for s in summary.sentences:
        assert s.citations or not s.supported
        for c in s.citations:
            assert by_id[c.source].text[c.start : c.end].strip()


def test_cli_runs_the_hub_layout(tiny):
    out = io.StringIO()
    path = SEEDS / "002_66720f3e99723966.txt"
    code = main(["brief", "--backend", "mt5", "--model", str(tiny), str(path), "-f", "json"], out=out)
    assert code == 0
    brief = json.loads(out.getvalue())["briefs"][0]
    assert brief["backend"] == "mt5" and brief["sentences"]
    text = path.read_text(encoding="utf-8")
    for s in brief["sentences"]:
        assert s["citations"] or s["supported"] is False
        for c in s["citations"]:
            assert text[c["start"] : c["end"]].strip()


def test_one_document_and_a_batch_are_deterministic(tiny, seeds):
    b = MT5Backend(model=str(tiny), **FAST)
    one = summarize(analyse(seeds[2]), backend="mt5", model=str(tiny), budget=Budget(sentences=2), **FAST)
    assert one == b.generate([analyse(seeds[2])], Budget(sentences=2))[0]
    many = b.generate([analyse(d) for d in seeds[:3]], Budget(sentences=2))
    assert len(many) == 3 and [m.sources for m in many] == [(d.id,) for d in seeds[:3]]
    for m, d in zip(many, seeds[:3]):
        check_citations(m, [d])
    assert summarize(seeds[2], backend="mt5", model=str(tiny), budget=Budget(sentences=2), **FAST) == one


class Counting(MT5Backend):
    calls = 0

    def generate_texts(self, texts):
        type(self).calls += 1
        return super().generate_texts(texts)


def test_long_input_is_chunked_not_cut(tiny, seeds):
    body = " ".join(s for d in seeds for s in d.text.split())
    words = body.split()
    text = " ".join((words * (20000 // len(words) + 1))[:20000])
    b = Counting(model=str(tiny), max_input_tokens=512, **FAST)
    b._load()
    assert len(b.windows([s.display for s in analyse(Document("x", text)).sentences])) > 10
    (out,) = b.generate([analyse(Document("long", text))], Budget(sentences=2))
    assert out.sentences and Counting.calls >= 2  # map, then reduce
    (cut,) = MT5Backend(model=str(tiny), strategy="truncate", **FAST).generate(
        [analyse(Document("long", text))], Budget(sentences=2)
    )
    assert cut.meta("strategy") == "truncate"


def test_save_pretrained_folder_loads(tiny, tmp_path):
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    AutoModelForSeq2SeqLM.from_pretrained(str(tiny)).save_pretrained(tmp_path)
    AutoTokenizer.from_pretrained(str(tiny)).save_pretrained(tmp_path)
    out = summarize(
        Document("d", "One line here. Two lines here."),
        backend="mt5",
        model=str(tmp_path),
        budget=Budget(sentences=1),
        **FAST,
    )
    assert out.backend == "mt5"


def test_missing_model_fails_fast_and_clearly(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    for model in ("csebuetnlp/mT5_multilingual_XLSum", str(tmp_path / "no-such-folder")):
        start = time.perf_counter()
        with pytest.raises(ModelNotFoundError) as err:
            MT5Backend(model=model)
        assert (
            time.perf_counter() - start < 10
        )  # no download attempt, no wait on a network (a guard, not a speed target)
        assert "hf download" in str(err.value)
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")
    with pytest.raises(ModelNotFoundError, match=r"spiece.model"):
        resolve_model(str(tmp_path / "half"))
    start = time.perf_counter()
    code = main(["brief", "--backend", "mt5", str(SEEDS / "002_66720f3e99723966.txt")])
    assert time.perf_counter() - start < 10
    err = capsys.readouterr().err
    assert code == 2 and "not on this machine" in err and "Traceback" not in err


def test_fusion_with_mt5_cites_by_alignment(tiny, seeds):
    briefs = fuse(seeds, backend="mt5", model=str(tiny), budget=Budget(sentences=3), **FAST)
    assert briefs[0].backend == "fusion+mt5"
    for b in briefs:
        check_citations(b, seeds)
