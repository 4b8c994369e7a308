"""summarizer/selection/mmr.py: maximal marginal relevance under a budget (choose)."""

import numpy as np

from summarizer import Budget
from summarizer.selection import NEAR_COPY, SAID_ALREADY, Selection, choose

# Items 0 and 1 are near copies; 2 is somewhat like 0; 3 is like nothing.
SIMILAR = np.array(
    [
        [0.0, 0.95, 0.6, 0.0],
        [0.95, 0.0, 0.5, 0.0],
        [0.6, 0.5, 0.0, 0.1],
        [0.0, 0.0, 0.1, 0.0],
    ]
)
SHORT = [5, 5, 5, 5]


def test_the_best_items_in_the_order_taken():
    assert choose([1.0, 0.0, 3.0, 2.0], np.zeros((4, 4)), SHORT, Budget(sentences=3)) == Selection((2, 3, 0), 0, 5)
    assert choose([1.0, 0.0, 3.0, 2.0], np.zeros((4, 4)), SHORT, Budget(ratio=0.5)).chosen == (2, 3)


def test_ties_go_to_the_earlier_item():
    assert choose([1.0, 1.0, 1.0, 1.0], np.zeros((4, 4)), SHORT, Budget(sentences=2)).chosen == (0, 1)


def test_a_near_copy_of_a_taken_item_is_never_taken():
    assert NEAR_COPY > SAID_ALREADY  # within a report only near copies; across a story, less
    scores = [4.0, 3.0, 2.0, 1.0]
    assert choose(scores, SIMILAR, SHORT, Budget(sentences=4)).chosen == (0, 2, 3)  # 1 is 0.95 like 0
    assert choose(scores, SIMILAR, SHORT, Budget(sentences=4), said_already=SAID_ALREADY).chosen == (0, 3)


def test_redundancy_trades_score_for_novelty():
    scores = [4.0, 3.0, 2.0, 1.9]
    assert choose(scores, SIMILAR, SHORT, Budget(sentences=2)).chosen == (0, 2)
    # 2 counts 2.0 - 0.5 * 0.6 = 1.7 against 3's 1.9
    assert choose(scores, SIMILAR, SHORT, Budget(sentences=2), redundancy=0.5).chosen == (0, 3)


def test_a_word_cap_passes_over_longer_items_and_counts_those_ranked_above():
    got = choose([4.0, 3.0, 2.0, 1.0], np.zeros((4, 4)), [6, 8, 7, 3], Budget(words=10))
    assert got == Selection((0, 3), too_long=2, shortest=3)  # 1 and 2 would cross it after 0
    assert choose([4.0, 3.0], np.zeros((2, 2)), [11, 12], Budget(words=10)) == Selection((), 2, 11)


def test_a_word_target_stops_once_reached():
    got = choose([4.0, 3.0, 2.0, 1.0], np.zeros((4, 4)), [6, 8, 7, 3], Budget(words=10, strict=False))
    assert got == Selection((0, 1), 0, 3)


def test_nan_scores_are_never_taken():
    assert choose([float("nan"), 1.0, float("nan")], np.zeros((3, 3)), [5, 5, 5], Budget(sentences=3)).chosen == (1,)


def test_a_function_of_rows_chooses_as_the_matrix_does():
    scores = [4.0, 3.0, 2.0, 1.9]
    for budget in (Budget(sentences=3), Budget(words=12)):
        dense = choose(scores, SIMILAR, [5, 6, 7, 4], budget, redundancy=0.5)
        assert choose(scores, lambda i: SIMILAR[i], [5, 6, 7, 4], budget, redundancy=0.5) == dense


def test_nothing_to_choose_from():
    assert choose([], np.zeros((0, 0)), [], Budget(sentences=3)) == Selection((), 0, 0)
