"""A model folder never runs code and never prompts (tiny real checkpoints built here)."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from ...conftest import SEEDS

SEED = str(SEEDS / "002_66720f3e99723966.txt")


@pytest.fixture(scope="module")
def tiny(tiny_mt5):
    return tiny_mt5


def run_cli(*argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.parametrize("config", ["config.json", "tokenizer_config.json"])
def test_a_folder_that_names_its_own_code_is_refused(tiny, tmp_path, config):
    folder = tmp_path / "model"
    shutil.copytree(tiny, folder)
    marker = tmp_path / "ran"
    (folder / "evil.py").write_text(f"open({str(marker)!r}, 'w').write('ran')\n", encoding="utf-8")
    data = json.loads((folder / config).read_text(encoding="utf-8"))
    data["auto_map"] = {
        "AutoConfig": "evil.EvilConfig",
        "AutoModelForSeq2SeqLM": "evil.EvilModel",
        "AutoTokenizer": ["evil.EvilTokenizer", None],
    }
    (folder / config).write_text(json.dumps(data), encoding="utf-8")
    proc = run_cli("-b", "mt5", "--model", str(folder), SEED, "-f", "json", stdin="y\ny\ny\n")
    assert proc.returncode == 2 and proc.stdout == ""  # no prompt on stdout, nothing inside the JSON
    assert "never runs code from a model folder" in proc.stderr and proc.stderr.count("\n") == 1
    assert not marker.exists()


def test_a_pickle_that_torch_refuses_is_one_line(tiny, tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(tiny, folder)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (exec, (f"open({str(marker)!r}, 'w').write('ran')",))

    with open(folder / "pytorch_model.bin", "wb") as f:
        pickle.dump({"shared.weight": Evil()}, f)
    proc = run_cli("-b", "mt5", "--model", str(folder), SEED)
    assert proc.returncode == 2 and "cannot load the model safely" in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert not marker.exists()


def test_safetensors_are_read_when_present(tiny, tmp_path):
    from transformers import AutoModelForSeq2SeqLM

    folder = tmp_path / "model"
    shutil.copytree(tiny, folder)
    AutoModelForSeq2SeqLM.from_pretrained(str(tiny)).save_pretrained(folder, safe_serialization=True)
    # A poisoned .bin beside the safetensors file is never opened.
    (folder / "pytorch_model.bin").write_bytes(b"not a pickle at all")
    proc = run_cli("-b", "mt5", "--model", str(folder), SEED, "-O", "max_new_tokens=8", "-O", "num_beams=1")
    assert proc.returncode == 0, proc.stderr


OVERSIZED = [
    ("tokenizer.json", 200 * 1024 * 1024, "200 MB, larger than any real one (at most 50 MB read)"),
    ("spiece.model", 21 * 1024 * 1024, "21 MB, larger than any real one (at most 20 MB read)"),
    ("config.json", 11 * 1024 * 1024, "11 MB, larger than any real one (at most 10 MB read)"),
]


@pytest.mark.parametrize("name, size, words", OVERSIZED, ids=[c[0] for c in OVERSIZED])
def test_a_model_file_larger_than_any_real_one_is_refused_unread(tiny, tmp_path, capsys, name, size, words):
    import io

    from summarizer.cli import main

    folder = tmp_path / "model"
    shutil.copytree(tiny, folder)
    with open(folder / name, "r+b" if (folder / name).exists() else "wb") as f:
        f.truncate(size)  # sparse: no disk used, and never read
    code = main(["brief", "-b", "mt5", "--model", str(folder), SEED], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and words in err, err


def test_a_garbage_spiece_model_is_one_line(tiny, tmp_path, capsys):
    import io

    from summarizer.cli import main

    folder = tmp_path / "model"
    shutil.copytree(tiny, folder)
    (folder / "spiece.model").write_bytes(bytes(range(256)) * 20)
    code = main(["brief", "-b", "mt5", "--model", str(folder), SEED], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "spiece.model: not a SentencePiece model" in err, err
