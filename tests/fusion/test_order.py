"""The order stage: first reported first; a word target's overshoot last."""

from summarizer import Budget


def test_past_a_word_target_the_crossing_sentences_go_last_in_the_order_chosen():
    from summarizer.fusion.group import Group
    from summarizer.fusion.order import beyond_target

    class Lengths:  # the one thing beyond_target asks of a pool
        def words(self, m: int) -> int:
            return [12, 10, 9, 20, 5][m]

    chosen = [Group((m,), m) for m in range(5)]
    # 12, 22, 31 (crosses 30), 51, 56: the third and later go after the time-ordered ones
    assert beyond_target(Lengths(), chosen, Budget(words=30, strict=False)) == [0, 0, 3, 4, 5]
    # a cap, or a count of sentences, leaves the time order alone
    assert beyond_target(Lengths(), chosen, Budget(words=30)) == [0] * 5
    assert beyond_target(Lengths(), chosen, Budget(sentences=2)) == [0] * 5
