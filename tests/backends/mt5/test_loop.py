"""Our decoding loop gives ``generate``'s tokens (summarizer/backends/mt5/loop.py)."""

import itertools

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch

from summarizer.backends.mt5 import search
from summarizer.backends.mt5.int8 import quantize
from summarizer.backends.mt5.loop import Decoder, supported

from ...tiny_mt5 import mt5_config
from .conftest import compare, measured, texts


@pytest.mark.parametrize("block", [search.BLOCK, 8])
@pytest.mark.parametrize("which", ["varied", "ending"])
def test_float32_tokens_equal_generate(varied, seeds, which, block, monkeypatch):
    """Greedy and beam search, padded batches, no repeated n-grams or not, a
    minimum length or not, length penalties below and above 1; with blocks of
    8 pieces the tiny vocabulary (400) is searched by blocks as mT5's is."""
    monkeypatch.setattr(search, "BLOCK", block)
    _, tok, model, ending = varied
    model = model if which == "varied" else ending
    docs = texts(seeds)
    lengths = []
    for beams, ngram, least, penalty in itertools.product((1, 3, 4), (0, 2), (0, 6), (0.6, 2.0)):
        kwargs = {
            "num_beams": beams,
            "no_repeat_ngram_size": ngram,
            "max_new_tokens": 30,
            "min_new_tokens": least,
            "length_penalty": penalty,
        }
        got, want = compare(model, tok, docs, 3, **kwargs)
        assert got == want, kwargs
        lengths += [len(w) for w in want]
    assert sum(n >= 10 for n in lengths) >= 0.8 * len(lengths)  # mostly long outputs: a real comparison
    if which == "ending":
        assert len(set(lengths)) > 10  # hypotheses end at many lengths


@pytest.mark.parametrize("early", [True, "never"])
def test_early_stopping_settings_of_the_model_are_followed(varied, seeds, early):
    _, tok, _, ending = varied
    ending.generation_config.early_stopping = early
    try:
        for beams, penalty in ((2, 1.0), (4, 2.0), (4, -1.0)):
            kwargs = {"num_beams": beams, "no_repeat_ngram_size": 2, "max_new_tokens": 30, "length_penalty": penalty}
            got, want = compare(ending, tok, texts(seeds), 4, **kwargs)
            assert got == want, kwargs
    finally:
        ending.generation_config.early_stopping = False


def test_int8_tokens_equal_generate_on_the_same_int8_model(varied, seeds):
    _, tok, model, _ = varied
    q = quantize(model)
    kwargs = {"num_beams": 4, "no_repeat_ngram_size": 2, "max_new_tokens": 30, "length_penalty": 1.0}
    got, want = compare(q, tok, texts(seeds), 4, **kwargs)
    assert got == want


def test_a_plain_t5_goes_through_generate():
    """T5 may scale the decoder's output before its output layer; the loop
    does not, so only mT5 is decoded by it."""
    from transformers import T5Config, T5ForConditionalGeneration

    config = T5Config(vocab_size=64, d_model=16, d_kv=4, d_ff=32, num_layers=1, num_heads=2, decoder_start_token_id=0)
    assert not supported(T5ForConditionalGeneration(config))


@pytest.mark.parametrize("precision", ["float32", "int8"])
def test_our_encoder_pass_equals_the_models_bit_for_bit(varied, seeds, precision):
    _, tok, model, _ = varied
    model = quantize(model) if precision == "int8" else model
    enc = tok(texts(seeds), truncation=True, max_length=512, padding=True, return_tensors="pt")
    assert not bool(enc["attention_mask"].all())  # padded: the mask is part of the comparison
    decoder = Decoder(model)
    with torch.inference_mode():  # as the backend runs both
        assert torch.equal(decoder.encode(enc["input_ids"], enc["attention_mask"]), model.get_encoder()(**enc)[0])
        for row in range(len(enc["input_ids"])):  # one input alone: no padding, or padding of its own
            alone = {k: v[row : row + 1] for k, v in enc.items()}
            assert torch.equal(
                decoder.encode(alone["input_ids"], alone["attention_mask"]), model.get_encoder()(**alone)[0]
            )


def test_int8_loop_with_fused_layers_gives_generates_tokens(varied, seeds):
    """mT5-base's width (768), where the int8 projections fuse, one layer each side."""
    from transformers import MT5ForConditionalGeneration

    _, tok, small, _ = varied
    sizes = {"d_model": 768, "d_kv": 64, "d_ff": 2048, "num_layers": 1, "num_decoder_layers": 1, "num_heads": 12}
    config = mt5_config(small.config.vocab_size, **sizes)
    torch.manual_seed(0)
    model = MT5ForConditionalGeneration(config).eval()
    with torch.no_grad():
        model.lm_head.weight[:2] = 0.0  # no padding or end: long outputs
        model.lm_head.weight.mul_(30.0)
    q = quantize(model)
    decoder = Decoder(q)
    if measured():
        assert all(f is not None for f in decoder.decoder.qkv_fused + decoder.decoder.wi_fused)
    kwargs = {"num_beams": 4, "no_repeat_ngram_size": 2, "max_new_tokens": 20, "length_penalty": 1.0}
    got, want = compare(q, tok, texts(seeds), 4, **kwargs)
    assert got == want
    assert [len(w) for w in want].count(20) >= len(want) - 1  # full length but the one empty input
