import pytest

from summarizer import Budget, Document, UnknownBackendError, summarize
from summarizer.backends.base import Backend, extract
from summarizer.pipeline import analyse
from summarizer.registry import BUILTINS, Registry


class Last:
    """A backend written outside the core: the last sentence."""

    name = "last"

    def __init__(self, **options):
        self.options = options

    def summarize(self, document, budget):
        a = analyse(document)
        return extract(a, [len(a.sentences) - 1], [1.0] * len(a.sentences), self.name)


def test_register_and_use_a_new_backend_without_touching_the_core():
    reg = Registry(BUILTINS, group=None)
    reg.register("last", Last)
    out = summarize("One here. Two here. Three here.", backend="last", registry=reg)
    assert out.text == "Three here." and out.backend == "last"
    assert isinstance(reg.create("last"), Backend)


def test_decorator_and_unknown_name_lists_choices():
    reg = Registry({}, group=None)

    @reg.register("mine")
    class Mine(Last):
        pass

    with pytest.raises(UnknownBackendError, match="available: mine"):
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
        s = reg.create(name).summarize(doc, Budget(sentences=2))
        assert len(s.sentences) == 2, name
