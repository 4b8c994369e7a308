"""The dev sets of ``../shared/data`` are there in CI, and a test that reads
one fails there without it instead of skipping (issue 34, point 5)."""

import json

import pytest

from .conftest import dev_set, in_ci

#: Every dev set a test reads through dev_set() (tests/text/test_lang.py,
#: tests/fusion/test_stories.py, tests/fusion/test_determinism.py,
#: tests/bench/test_citations.py).
READ_BY_TESTS = (
    "easc-wiki.jsonl",
    "multiling2011-ar.jsonl",
    "multiling2011-cs.jsonl",
    "multiling2011-el.jsonl",
    "multiling2011-en.jsonl",
    "multiling2011-fr.jsonl",
)


@pytest.mark.parametrize("name", READ_BY_TESTS)
def test_every_dev_set_the_tests_read_is_here_in_ci(name):
    with dev_set(name).open(encoding="utf-8") as f:
        first = json.loads(f.readline())
    assert first["id"] and (first.get("documents") or first.get("text"))


@pytest.mark.parametrize(("value", "ci"), [("true", True), ("1", True), ("", False), ("false", False), ("0", False)])
def test_ci_is_read_from_the_environment(monkeypatch, value, ci):
    monkeypatch.setenv("CI", value)
    assert in_ci() is ci
    monkeypatch.delenv("CI")
    assert not in_ci()


def test_a_missing_dev_set_fails_in_ci_and_skips_elsewhere(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"no-such-set\.jsonl is not here.*CI is set"):
        dev_set("no-such-set.jsonl")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=r"no-such-set\.jsonl is not here"):
        dev_set("no-such-set.jsonl")
