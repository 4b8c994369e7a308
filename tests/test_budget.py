"""summarizer/budget.py: how long a summary may be, validated once."""

import dataclasses

import pytest

from summarizer import Budget, BudgetError


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"sentences": 0},
        {"sentences": -1},
        {"words": 0},
        {"ratio": 0},
        {"ratio": 1.5},
        {"ratio": float("nan")},
        {"sentences": 2, "words": 3},
        {"sentences": 2.5},
        {"sentences": True},
    ],
)
def test_budget_rejects_nonsense(kwargs):
    with pytest.raises(BudgetError):
        Budget(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one of sentences, words or ratio"),
        ({"sentences": 2, "ratio": 0.5}, r"\(got sentences, ratio\)"),
        ({"words": "100"}, "words must be a whole number, not '100'"),
        ({"words": -3}, "words must be at least 1, not -3"),
        ({"ratio": float("inf")}, r"ratio must be a number in \(0, 1\], not inf"),
        ({"ratio": 2}, r"ratio must be in \(0, 1\], not 2"),
        ({"sentences": 3, "strict": 1}, "strict must be True or False, not 1"),
    ],
)
def test_a_bad_budget_says_what_is_wrong(kwargs, message):
    with pytest.raises(BudgetError, match=message):
        Budget(**kwargs)


def test_a_budget_is_frozen_and_compares_by_value():
    b = Budget(words=100)
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.words = 5  # type: ignore[misc]
    assert b == Budget(words=100, strict=True) and b != Budget(words=100, strict=False)
    assert len({b, Budget(words=100)}) == 1


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("5", Budget(sentences=5)),
        ("5s", Budget(sentences=5)),
        (" 7S ", Budget(sentences=7)),
        ("100w", Budget(words=100)),
        ("100W", Budget(words=100)),
        ("0.2", Budget(ratio=0.2)),
        ("1.0", Budget(ratio=1.0)),
    ],
)
def test_parse_reads_sentences_words_and_ratios(text, budget):
    assert Budget.parse(text) == budget


@pytest.mark.parametrize("text", ["lots", "w", "5x", "1e"])
def test_parse_names_the_forms_it_reads(text):
    with pytest.raises(BudgetError, match=rf"cannot read budget '{text}': use N or Ns \(sentences\), Nw \(words\)"):
        Budget.parse(text)


@pytest.mark.parametrize("text, what", [("0w", "words"), ("-2", "sentences"), ("1.5", "ratio"), ("0s", "sentences")])
def test_a_length_read_but_out_of_range_says_what_is_wrong(text, what):
    with pytest.raises(BudgetError, match=what) as caught:
        Budget.parse(text)
    assert "cannot read" not in str(caught.value)


def test_max_sentences():
    assert Budget(sentences=3).max_sentences(10) == 3
    assert Budget(sentences=3).max_sentences(2) == 2
    assert Budget(ratio=0.5).max_sentences(9) == 4  # 4.5 rounds to even
    assert Budget(ratio=0.3).max_sentences(10) == 3
    assert Budget(ratio=0.01).max_sentences(10) == 1  # never none
    assert Budget(ratio=1.0).max_sentences(7) == 7
    assert Budget(words=5).max_sentences(12) == 12  # words limit by words, not by count


def test_a_strict_word_budget_is_a_cap_and_a_loose_one_a_target():
    cap, target = Budget(words=10), Budget(words=10, strict=False)
    assert cap.fits(4, 6) and not cap.fits(5, 6)
    assert target.fits(5, 6) and target.fits(9, 100) and not target.fits(10, 1)
    assert not cap.full(9) and cap.full(10) and cap.full(11)
    assert Budget(sentences=2).fits(10**6, 10**6) and not Budget(sentences=2).full(10**6)


def test_select_takes_items_in_rank_order_while_the_budget_allows():
    # A word budget is a cap: what would cross it is passed over, shorter items still fit.
    assert Budget(words=10).select([0, 1, 2], [6, 6, 6], 3) == [0]
    assert Budget(words=10).select([0, 1, 2], [6, 8, 3], 3) == [0, 2]
    assert Budget(words=10).select([2, 1, 0], [6, 8, 3], 3) == [2, 0]  # in rank order, not index order
    # ... or, not strict, a target that the last item may cross (benchmarks cut to it).
    assert Budget(words=10, strict=False).select([0, 1, 2], [6, 6, 6], 3) == [0, 1]
    assert Budget(words=10).select([0, 1], [11, 12], 2) == []
    assert Budget(sentences=2).select([3, 1, 0, 2], [9, 9, 9, 9], 4) == [3, 1]
    assert Budget(ratio=0.5).select([3, 1, 0, 2], [1, 1, 1, 1], 4) == [3, 1]
