"""The CTranslate2 runtime of the mt5 backend against the PyTorch one, on a tiny real checkpoint."""

import io
import json
import shutil

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("ctranslate2", reason="the mt5-fast extra is not installed (pip install 'cited-briefs[mt5-fast]')")

from summarizer import Budget, MissingDependencyError, ModelNotFoundError, OutputError, fuse
from summarizer.backends.mt5 import CONVERTED, MT5Backend, convert
from summarizer.cli import main

from ...conftest import seed_paths

TEXTS = [p.read_text(encoding="utf-8")[k : k + 500] for p in seed_paths() for k in (0, 900)]


@pytest.fixture(scope="module")
def varied(tiny_mt5_varied, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny-varied") / "model"  # a copy: converting writes into it
    shutil.copytree(tiny_mt5_varied, folder)
    convert(str(folder))
    return folder


def ids(folder, runtime, precision, **settings):
    b = MT5Backend(model=str(folder), runtime=runtime, precision=precision, progress=False, **settings)
    return b, b.generate_ids(TEXTS)


@pytest.mark.parametrize(
    "settings",
    [
        {"num_beams": 1, "no_repeat_ngram_size": 2},  # greedy, XL-Sum's bigram rule
        {"num_beams": 4, "no_repeat_ngram_size": 0},  # beam search
        {"num_beams": 2, "no_repeat_ngram_size": 0, "batch_size": 3},  # batches of other sizes
    ],
)
def test_float32_tokens_equal_pytorch_token_for_token(varied, settings):
    settings = {"max_new_tokens": 40, **settings}
    _, torch_ids = ids(varied, "torch", "float32", **settings)
    fast, fast_ids = ids(varied, "ctranslate2", "float32", **settings)
    assert fast.runtime == "ctranslate2"
    assert all(len(x) >= 10 for x in torch_ids)  # long, varied outputs: a real comparison
    assert fast_ids == torch_ids


def test_int8_runs_and_mostly_agrees_on_greedy(varied):
    _, torch_ids = ids(varied, "torch", "float32", num_beams=1, max_new_tokens=30)
    _, int8_ids = ids(varied, "ctranslate2", "int8", num_beams=1, max_new_tokens=30)
    same = sum(a == b for a, b in zip(torch_ids, int8_ids))
    assert len(int8_ids) == len(TEXTS) and same >= len(TEXTS) // 2  # int8 may differ; how often: the benchmark


def test_auto_runs_torch_on_the_cpu_and_the_converted_copy_on_a_gpu(varied, tmp_path, monkeypatch):
    import shutil

    import ctranslate2

    on_cpu = MT5Backend(model=str(varied), device="cpu", progress=False)
    assert (on_cpu.runtime, on_cpu.precision) == ("torch", "int8")  # the copy asks for speed: int8
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    on_gpu = MT5Backend(model=str(varied), progress=False)
    assert (on_gpu.runtime, on_gpu.precision) == ("ctranslate2", "int8")
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 0)
    assert MT5Backend(model=str(varied), progress=False).runtime == "torch"
    bare = tmp_path / "bare"
    shutil.copytree(varied, bare, ignore=shutil.ignore_patterns(CONVERTED))
    plain = MT5Backend(model=str(bare), progress=False)
    assert (plain.runtime, plain.precision) == ("torch", "float32")
    assert MT5Backend(model=str(bare), progress=False, converted=str(varied / CONVERTED)).precision == "int8"
    with pytest.raises(ModelNotFoundError, match="summarizer convert"):
        MT5Backend(model=str(bare), runtime="ctranslate2", progress=False).generate_texts(["x"])


def test_missing_engine_and_reconversion_say_what_to_do(varied, monkeypatch):
    with pytest.raises(OutputError, match="--force"):
        convert(str(varied))
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "ctranslate2" else real(name, *a))
    with pytest.raises(MissingDependencyError, match=r"cited-briefs\[mt5-fast\]"):
        MT5Backend(model=str(varied), runtime="ctranslate2", progress=False)
    with pytest.raises(MissingDependencyError, match=r"cited-briefs\[mt5-fast\]"):
        convert(str(varied), force=True)


def test_cli_converts_and_briefs_with_the_fast_runtime(tmp_path, seeds, tiny_mt5):
    folder = tiny_mt5  # read only: the converted model goes to --to
    out = io.StringIO()
    assert main(["convert", "--model", str(folder), "--to", str(tmp_path / "fast")], out=out) == 0
    assert (tmp_path / "fast" / "model.bin").exists()
    out = io.StringIO()
    args = ["brief", str(seed_paths()[0]), "-b", "mt5", "--model", str(folder), "-f", "json"]
    args += ["--runtime", "ctranslate2", "-O", f"converted={tmp_path / 'fast'}", "-O", "max_new_tokens=12"]
    assert main(args, out=out) == 0
    brief = json.loads(out.getvalue())["briefs"][0]
    assert brief["backend"] == "mt5"
    text = seed_paths()[0].read_text(encoding="utf-8")
    for s in brief["sentences"]:  # the same alignment: every citation slices the source
        for c in s["citations"]:
            assert c["kind"] == "aligned" and text[c["start"] : c["end"]].strip()


def test_fusion_rewrites_groups_on_the_fast_runtime(varied, seeds):
    briefs = fuse(
        seeds, backend="mt5", model=str(varied), budget=Budget(sentences=2), max_new_tokens=16, progress=False
    )
    by_id = {d.id: d for d in seeds}
    for brief in briefs:
        for s in brief.sentences:
            assert s.citations or not s.supported
            for c in s.citations:
                assert by_id[c.source].text[c.start : c.end].strip()


def test_cli_convert_without_model_folder_is_one_line(tmp_path, capsys):
    assert main(["convert", "--model", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such model folder" in err
