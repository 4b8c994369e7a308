"""Beam search's choice of the best continuations (summarizer/backends/mt5/search.py)."""

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch

from summarizer.backends.mt5.search import row_top, top


def test_best_continuations_equal_topk_of_the_flat_scores_ties_included():
    torch.manual_seed(0)
    total = torch.randn(3, 4, 50)
    total[1, 2, 7] = total[1, 0, 3]  # a tie between two beams
    total[2, :, :] = -1e9  # every score equal
    total[2, 0, :5] = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
    for k in (1, 8, 12):
        best, beam, token = top(total, k)
        want, flat = torch.topk(total.view(3, -1), k)
        assert torch.equal(best, want)
        assert torch.equal(beam * 50 + token, flat)


def test_block_search_finds_the_largest_values_of_each_row():
    torch.manual_seed(1)
    for vocab in (250112, 64 * 40 + 5):  # mT5's, and one with pieces past the last whole block
        total = torch.randn(2, 4, vocab)
        total[0, 1, -2] = 9.0  # the best piece in the tail
        total[1, 0, :] = float("-inf")  # a row of banned pieces: all equal
        total[1, 0, 100] = 0.5
        values, places = row_top(total, 9)
        want, _ = torch.topk(total, 9)
        assert torch.equal(values, want)
        assert torch.equal(total.gather(-1, places), values)  # the places hold those values
        assert places[0, 1, 0] == vocab - 2 and places[1, 0, 0] == 100
        for k in (1, 8):  # and through top(), ties between beams included
            best, beam, token = top(total, k)
            flat_best, flat = torch.topk(total.view(2, -1), k)
            assert torch.equal(best, flat_best) and torch.equal(beam * vocab + token, flat)
