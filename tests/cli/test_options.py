"""Options refused with one line (summarizer/cli/options.py and the parser)."""

import pytest

from summarizer.cli import main

from ..conftest import SEEDS
from .conftest import run


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


@pytest.mark.parametrize(
    "argv, message",
    [
        (["brief", "SEEDS", "-l", ""], "language is empty"),
        (["brief", "SEEDS", "--model", "x"], "has no option 'model'"),
        (["brief", "SEEDS", "-b", "salience", "--device", "cpu"], "has no option 'device'"),
        (["brief", "SEEDS", "-b", "textrank", "-O", "dampng=0.3"], "'dampng'; its options: damping"),
        (["brief", "SEEDS", "-b", "textrank", "-O", "damping=2"], "damping must be in [0, 1)"),
        (["brief", "SEEDS", "-O", "novalue"], "KEY=VALUE"),
        # an option with a flag of its own, or given both ways: never an internal error
        (["brief", "SEEDS", "-O", "stories=false"], "-O stories: stories are told apart by default; --no-stories"),
        (["brief", "SEEDS", "-b", "textrank", "-O", "damping=0.5", "-O", "damping=0.6"], "-O damping given twice"),
        (["brief", "SEEDS", "-O", "words=5"], "has no option 'words'"),
        (["brief", "SEEDS", "-O", "language=en"], "-O language: use --language"),
        (["brief", "SEEDS", "-O", "backend=lead"], "-O backend: use --backend"),
        (["brief", "SEEDS", "-O", "budget=3"], "use --sentences, --words or --ratio"),
        (["batch", "SEEDS", "-O", "stories=false"], "--no-stories fuses all reports into one brief"),
        (["brief", "SEEDS", "-O", "brief_language=ar", "--brief-language", "en"], "brief_language given twice"),
        (["brief", "SEEDS", "-b", "mt5", "-O", "model=x", "--model", "y"], "model given twice"),
    ],
)
def test_options_that_do_not_apply_are_refused(capsys, argv, message):
    argv = [str(SEEDS) if a == "SEEDS" else a for a in argv]
    code, _ = run(argv)
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1


def _option_help(command: str, capsys) -> dict[str, str]:
    """``summarizer COMMAND --help``: each option's first flag -> its help text, unwrapped."""
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    helps: dict[str, str] = {}
    flag = None
    for line in capsys.readouterr().out.splitlines():
        if line.startswith("  -"):
            flag, _, text = line.strip().partition("  ")
            flag = flag.split()[0].rstrip(",")
            helps[flag] = text.strip()
        elif flag and line.startswith("    "):
            helps[flag] = (helps[flag] + " " + line.strip()).strip()
        else:
            flag = None
    return helps


def test_brief_stories_and_batch_share_one_text_for_each_shared_option(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    brief, stories, batch = (_option_help(c, capsys) for c in ("brief", "stories", "batch"))
    shared_by_all = {"--language", "--progress", "--no-progress"}
    assert shared_by_all <= set(brief) & set(stories) & set(batch)
    summary = {"--backend", "--sentences", "--words", "--ratio", "--no-stories", "--option", "--model", "--device"}
    assert summary | {"--runtime", "--precision"} <= set(brief) & set(batch)
    for flag in set(brief) & set(batch):
        assert brief[flag] == batch[flag], flag
    for flag in set(brief) & set(stories):
        assert brief[flag] == stories[flag], flag


def test_option_values_are_numbers_booleans_or_text():
    from summarizer.cli.options import backend_options

    got = backend_options(["damping=0.5", "n = 3", "fast=TRUE", "name=a=b"], model=None, device="cpu")
    assert got == {"damping": 0.5, "n": 3, "fast": True, "name": "a=b", "device": "cpu"}
    assert isinstance(got["n"], int) and isinstance(got["damping"], float)


def test_brief_language_may_come_by_its_flag_or_by_o():
    # -O brief_language is fusion's own option, as in batch, which has no flag for it
    from summarizer.cli.options import brief_options
    from summarizer.cli.parser import build_parser

    for argv in (["-O", "brief_language=ar"], ["--brief-language", "ar"]):
        args = build_parser().parse_args(["brief", str(SEEDS), *argv])
        assert brief_options(args).fusion.brief_language == "ar"
        code, out = run(["brief", str(SEEDS), "-f", "json", *argv])
        assert code == 0 and '"sentences"' in out
