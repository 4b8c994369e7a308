"""``main``: exit codes, --debug, --version and -o anywhere (summarizer/cli/__init__.py)."""

import json
import subprocess
import sys

import pytest

from summarizer.cli import main

from ..conftest import SEEDS
from .conftest import run


def test_debug_shows_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "--debug", "brief", str(tmp_path / "no.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0 and "Traceback" in proc.stderr


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
