import pytest

from summarizer import Document
from summarizer.bench.datasets import Item
from summarizer.bench.stories import adjusted_rand, anchor, bcubed, feed, labels


def test_bcubed_on_a_hand_worked_case():
    # gold: {0,1,2} {3,4}; pred: {0,1} {2,3,4}
    pred, gold = ["x", "x", "y", "y", "y"], ["a", "a", "a", "b", "b"]
    p, r, f = bcubed(pred, gold)
    # precision per report: 1, 1, 1/3, 2/3, 2/3 -> 11/15; recall: 2/3, 2/3, 1/3, 1, 1 -> 11/15
    assert p == pytest.approx(11 / 15) and r == pytest.approx(11 / 15) and f == pytest.approx(11 / 15)
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)


def test_adjusted_rand_index():
    gold = ["a", "a", "a", "b", "b", "b"]
    assert adjusted_rand(gold, gold) == pytest.approx(1.0)
    assert adjusted_rand(["z"] * 6, gold) == pytest.approx(0.0)
    assert adjusted_rand(["x", "y", "x", "y", "x", "y"], gold) < 0.1


def test_feed_is_every_report_shuffled_with_its_story():
    items = [
        Item("s1", (Document("s1/0", "One a."), Document("s1/1", "One b.")), ("r",)),
        Item("s2", (Document("s2/0", "Two a."),), ("r",)),
    ]
    docs, gold = feed(items, seed=3)
    assert sorted(gold) == ["s1", "s1", "s2"] and len({d.id for d in docs}) == 3
    assert feed(items, seed=3)[1] == gold  # seeded


def test_labels_and_anchor():
    assert labels([[0, 2], [1]], 3) == [0, 1, 0]
    with pytest.raises(ValueError):
        labels([[0]], 2)
    docs = [
        Document(f"d{i}", t)
        for i, t in enumerate(
            [
                "The river flooded the valley villages on Monday.",
                "Floods in the valley villages after the river rose.",
                "The mayor won the capital's election on Sunday.",
            ]
        )
    ]
    groups = anchor(docs, threshold=0.2)  # tiny texts share "the": a higher bar than the 0.04 of real feeds
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]
