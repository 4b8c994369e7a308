import subprocess
import sys

import pytest

from summarizer import Budget, Document, OptionError, UnknownBackendError, summarize
from summarizer.backends.base import Extractive
from summarizer.registry import BUILTINS, Registry


class Last:
    """A backend written outside the core: prefers the last sentence."""

    name = "last"

    def __init__(self, *, weight: float = 1.0):
        self.weight = weight

    def scores(self, analysis):
        return [self.weight * i for i in range(len(analysis.sentences))]


def test_register_and_use_a_new_backend_without_touching_the_core():
    reg = Registry(BUILTINS, group=None)
    reg.register("last", Last)
    out = summarize("One here. Two here. Three here.", backend="last", registry=reg, budget=Budget(sentences=1))
    assert out.text == "Three here." and out.backend == "last"
    assert isinstance(reg.create("last"), Extractive)
    # the same backend ranks inside fusion: each report's last sentence first
    docs = [
        Document("a", "Snow fell in the hills. The river rose fast."),
        Document("b", "Wind shook the town. The bridge closed early."),
    ]
    (brief,) = summarize(docs, backend="last", registry=reg, budget=Budget(sentences=1), stories=False)
    assert brief.sentences[0].text in ("The river rose fast.", "The bridge closed early.")


def test_unknown_options_are_refused_naming_the_valid_ones():
    reg = Registry(BUILTINS, group=None)
    reg.register("last", Last)
    with pytest.raises(OptionError, match=r"'wieght'.*its options: weight"):
        reg.create("last", wieght=2)
    with pytest.raises(OptionError, match=r"'dampng'.*damping, prior, similarity"):
        summarize("One here. Two here.", backend="textrank", dampng=0.3)
    with pytest.raises(OptionError, match=r"takes no options"):
        summarize("One here. Two here.", backend="lead", model="x")
    with pytest.raises(OptionError, match=r"fusion's own options"):
        summarize(["One here. Two here.", "Three here."], backend="lead", corroboraton=1)


def test_decorator_and_unknown_name_lists_choices():
    reg = Registry({}, group=None)

    @reg.register("mine")
    class Mine(Last):
        pass

    with pytest.raises(UnknownBackendError, match=r"available: mine"):
        reg.get("nope")


def test_entry_points_are_read_lazily(monkeypatch):
    import importlib.metadata as md

    calls = []

    class EP:
        name, value = "ep-backend", "tests.test_registry:Last"

    def fake(group):
        calls.append(group)
        return [EP()] if group == "summarizer.backends" else []

    monkeypatch.setattr(md, "entry_points", fake)
    reg = Registry({"lead": BUILTINS["lead"]})
    assert calls == []
    reg.get("lead")
    assert calls == []  # a built-in name needs no scan
    assert reg.get("ep-backend") is Last
    assert calls == ["summarizer.backends"]


def test_builtins_all_load():
    reg = Registry(BUILTINS, group=None)
    doc = Document("d", "Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu.")
    for name in ("salience", "textrank", "lexrank", "lead", "random"):
        s = summarize(doc, backend=name, registry=reg, budget=Budget(sentences=2))
        assert len(s.sentences) == 2, name


def test_describe_says_what_each_builtin_is_and_which_is_the_default_without_importing_it():
    reg = Registry(BUILTINS, group=None)
    infos = {name: reg.describe(name) for name in reg.names()}
    assert [n for n, i in infos.items() if i.default] == ["salience"]
    assert all(i.description and i.description != "(no description)" for i in infos.values())
    assert infos["lead"].usable and infos["lead"].note == ""
    assert "--model DIR" in infos["mt5"].note
    # telling what mt5 needs imports neither the backend nor torch
    code = (
        "import sys; from summarizer.registry import default_registry as d; r = d();"
        "[r.describe(n) for n in r.names()];"
        "print(sorted(m for m in ('torch', 'transformers', 'summarizer.backends.mt5', 'sumy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_describe_names_the_extra_a_builtin_misses(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda n, *a: None if n == "torch" else real(n, *a))
    info = Registry(BUILTINS, group=None).describe("mt5")
    assert not info.usable
    assert "needs torch: pip install 'cited-briefs[mt5]'" in info.note and "--model DIR" in info.note


def test_describe_a_plugin_by_its_docstring_and_refuse_an_unknown_name():
    reg = Registry(BUILTINS, group=None)
    reg.register("last", Last)
    info = reg.describe("last")
    assert info.description == "A backend written outside the core: prefers the last sentence."
    assert info.usable and not info.default
    with pytest.raises(UnknownBackendError, match="available: last, lead, "):
        reg.describe("nope")


def test_a_broken_plug_in_is_one_error_and_leaves_the_others_listed(tmp_path, monkeypatch):
    from summarizer import BackendLoadError
    from summarizer.registry import Registry

    (tmp_path / "raising_plugin.py").write_text("raise RuntimeError('half installed')\n", encoding="utf-8")
    (tmp_path / "exiting_plugin.py").write_text("import sys\nsys.exit(3)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    reg = Registry(
        {
            "lead": "summarizer.backends.baselines:LeadBackend",
            "noattr": "json:NoSuchThing",
            "raises": "raising_plugin:Backend",
            "nocolon": "json",
            "exits": "exiting_plugin:Backend",
        },
        group=None,
    )
    for name, words in (
        ("noattr", "AttributeError"),
        ("raises", "RuntimeError: half installed"),
        ("nocolon", "names no factory"),
        ("exits", "SystemExit: 3"),
    ):
        with pytest.raises(BackendLoadError, match=words):
            reg.get(name)
        info = reg.describe(name)
        assert not info.usable and f"backend {name!r}" in info.note
    assert reg.describe("lead").usable
    with pytest.raises(OptionError, match="a backend name must be a non-empty string"):
        reg.register("", object)


def test_fuse_with_a_registry_of_ones_own_that_rewrites_finds_its_ranker():
    from summarizer import Registry, fuse

    class FirstWords:
        """Writes each group as its first sentence's first five words."""

        name = "first-words"

        def generate(self, analyses, budget):
            raise NotImplementedError

        def realise(self, groups):
            return [" ".join(g[0].split()[:5]) + "." for g in groups]

    reg = Registry({}, group=None)
    reg.register("first-words", FirstWords)
    docs = [
        Document("a", "The old bridge in the town closed today as the river rose. Shops shut early."),
        Document("b", "The river rose and the old bridge in the town closed today. Schools stayed open."),
    ]
    (brief,) = fuse(docs, backend="first-words", registry=reg, stories=False)
    assert brief.sentences and all(len(s.text.split()) <= 5 for s in brief.sentences)


def test_stories_is_true_or_false_and_budget_parse_reads_strings():
    from summarizer import BudgetError, fuse

    for bad in ("no", "false", 0, None):
        with pytest.raises(OptionError, match="stories is True or False"):
            fuse(["One report here.", "Another report there."], stories=bad)
    import numpy as np

    assert fuse(["One report here.", "Another report there."], stories=np.bool_(False))  # numpy's bool is one
    for bad in (None, 5):
        with pytest.raises(BudgetError, match=r"Budget.parse\(\) reads a string"):
            Budget.parse(bad)
