"""Batches and windows of the mt5 backend (summarizer/backends/mt5/preprocess.py), without a model."""

from summarizer.backends.mt5.preprocess import batches, windows


class Pieces:
    """A tokenizer of one piece per word, as the backend calls it (truncation at ``max_length``)."""

    def __call__(self, texts, add_special_tokens=True, truncation=False, max_length=None):
        ids = []
        for t in texts:
            row = list(range(len(t.split()))) + ([1] if add_special_tokens else [])
            ids.append(row[:max_length] if truncation else row)
        return {"input_ids": ids}


def test_windows_pack_sentences_in_order_within_the_window_and_the_end_token():
    sentences = ["a b c", "d e f", "g h i", "j k l m n"]
    # 8 tokens a window, one kept for </s>: 3 + 3 fit, a third would not; 5 then stands alone
    assert windows(sentences, [3, 3, 3, 5], 8) == ["a b c d e f", "g h i", "j k l m n"]
    # 6 tokens: 3 + 3 would fill it, leaving no room for </s>
    assert windows(sentences, [3, 3, 3, 5], 6) == ["a b c", "d e f", "g h i", "j k l m n"]
    assert windows(["one long sentence"], [50], 8) == ["one long sentence"]  # never dropped
    assert windows([], [], 8) == []


def test_batches_run_longest_first_ties_in_input_order_cut_at_the_window():
    texts = ["a", "a b c", "a b", "a b c d e f", "x y"]
    assert batches(Pieces(), texts, 512, 2) == [[3, 1], [2, 4], [0]]
    # cut at 3 tokens, the three longest tie and keep their input order
    assert batches(Pieces(), texts, 3, 8) == [[1, 2, 3, 4, 0]]
