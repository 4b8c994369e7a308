"""Our decoding loop gives ``generate``'s tokens (summarizer/backends/mt5_decode.py)."""

import itertools

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch

from summarizer.backends import mt5_decode
from summarizer.backends.mt5 import MT5Backend, _int8_hardware, _quantize
from summarizer.backends.mt5_decode import Decoder, Search, _fused, _row_top, _top, supported

from ..tiny_mt5 import mt5_config


@pytest.fixture(scope="module")
def varied(tiny_mt5_varied):
    """A tiny mT5 whose outputs are long and varied, and a second copy whose
    end token competes with the others, so hypotheses end at many lengths
    (the finishing and stopping rules of beam search are then exercised)."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    folder = tiny_mt5_varied
    tok = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(folder)).eval()
    ending = AutoModelForSeq2SeqLM.from_pretrained(str(folder)).eval()
    with torch.no_grad():
        ending.lm_head.weight[1] = ending.lm_head.weight[5:60].mean(0) * 10.0
    return folder, tok, model, ending


def texts(seeds):
    return [d.text[k : k + n] for d in seeds[:2] for k, n in ((0, 500), (700, 260), (1500, 900), (3000, 120))]


def reference(model, enc, **kwargs):
    """``generate``'s tokens, cut as the backend cuts them."""
    with torch.inference_mode():
        rows = model.generate(**enc, do_sample=False, **kwargs)
    out = []
    for row in rows.tolist():
        row = row[1:]
        if 1 in row:
            row = row[: row.index(1)]
        out.append([t for t in row if t != 0])
    return out


def compare(model, tok, docs, batch, **kwargs):
    decoder = Decoder(model)
    search = Search(
        num_beams=kwargs["num_beams"],
        max_new_tokens=kwargs["max_new_tokens"],
        min_new_tokens=kwargs.get("min_new_tokens", 0),
        no_repeat_ngram_size=kwargs["no_repeat_ngram_size"],
        length_penalty=kwargs["length_penalty"],
    )
    got, want = [], []
    for k in range(0, len(docs), batch):
        enc = tok(docs[k : k + batch], truncation=True, max_length=512, padding=True, return_tensors="pt")
        got += decoder.generate(enc["input_ids"], enc["attention_mask"], search)
        want += reference(model, enc, **kwargs)
    return got, want


@pytest.mark.parametrize("block", [mt5_decode.BLOCK, 8])
@pytest.mark.parametrize("which", ["varied", "ending"])
def test_float32_tokens_equal_generate(varied, seeds, which, block, monkeypatch):
    """Greedy and beam search, padded batches, no repeated n-grams or not, a
    minimum length or not, length penalties below and above 1; with blocks of
    8 pieces the tiny vocabulary (400) is searched by blocks as mT5's is."""
    monkeypatch.setattr(mt5_decode, "BLOCK", block)
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
    q = _quantize(model)
    kwargs = {"num_beams": 4, "no_repeat_ngram_size": 2, "max_new_tokens": 30, "length_penalty": 1.0}
    got, want = compare(q, tok, texts(seeds), 4, **kwargs)
    assert got == want


def test_best_continuations_equal_topk_of_the_flat_scores_ties_included():
    torch.manual_seed(0)
    total = torch.randn(3, 4, 50)
    total[1, 2, 7] = total[1, 0, 3]  # a tie between two beams
    total[2, :, :] = -1e9  # every score equal
    total[2, 0, :5] = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
    for k in (1, 8, 12):
        best, beam, token = _top(total, k)
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
        values, places = _row_top(total, 9)
        want, _ = torch.topk(total, 9)
        assert torch.equal(values, want)
        assert torch.equal(total.gather(-1, places), values)  # the places hold those values
        assert places[0, 1, 0] == vocab - 2 and places[1, 0, 0] == 100
        for k in (1, 8):  # and through _top, ties between beams included
            best, beam, token = _top(total, k)
            flat_best, flat = torch.topk(total.view(2, -1), k)
            assert torch.equal(best, flat_best) and torch.equal(beam * vocab + token, flat)


def test_a_setting_the_loop_does_not_do_falls_back_to_generate(varied, seeds, tmp_path):
    """A checkpoint whose generation config sets a repetition penalty is
    decoded by ``generate`` (the loop does not implement it), so the
    backend's tokens still equal ``generate``'s."""
    from transformers import GenerationConfig

    folder, tok, model, _ = varied
    assert supported(model)
    penalised = GenerationConfig.from_model_config(model.config)
    penalised.repetition_penalty = 1.5
    model.generation_config = penalised
    try:
        assert not supported(model)
    finally:
        model.generation_config = GenerationConfig.from_model_config(model.config)
    import shutil

    copy = tmp_path / "penalised"
    shutil.copytree(folder, copy)
    penalised.save_pretrained(copy)
    settings = {"num_beams": 3, "no_repeat_ngram_size": 2, "max_new_tokens": 20}
    backend = MT5Backend(model=str(copy), runtime="torch", progress=False, batch_size=4, **settings)
    docs = texts(seeds)
    got = backend.generate_ids(docs)
    assert backend._loop() is None
    from transformers import AutoModelForSeq2SeqLM

    reloaded = AutoModelForSeq2SeqLM.from_pretrained(str(copy)).eval()
    enc = tok(docs, truncation=True, max_length=512, padding=True, return_tensors="pt")
    assert got == reference(reloaded, enc, length_penalty=1.0, **settings)
    assert got != reference(model, enc, length_penalty=1.0, **settings)  # the penalty changes tokens


def test_backend_loop_and_generate_give_the_same_tokens(varied, seeds):
    folder = varied[0]
    settings = {"num_beams": 4, "no_repeat_ngram_size": 2, "max_new_tokens": 24, "progress": False, "batch_size": 3}
    with_loop = MT5Backend(model=str(folder), runtime="torch", **settings)
    without = MT5Backend(model=str(folder), runtime="torch", loop=False, **settings)
    docs = texts(seeds)
    assert with_loop.generate_ids(docs) == without.generate_ids(docs)
    assert with_loop._loop() is not None and without._loop() is None


def test_a_plain_t5_goes_through_generate():
    """T5 may scale the decoder's output before its output layer; the loop
    does not, so only mT5 is decoded by it."""
    from transformers import T5Config, T5ForConditionalGeneration

    config = T5Config(vocab_size=64, d_model=16, d_kv=4, d_ff=32, num_layers=1, num_heads=2, decoder_start_token_id=0)
    assert not supported(T5ForConditionalGeneration(config))


def test_loop_option_must_be_a_yes_or_no(varied):
    from summarizer.errors import OptionError

    with pytest.raises(OptionError, match="loop must be true or false"):
        MT5Backend(model=str(varied[0]), loop="no")


def test_int8_packing_leaves_the_global_engine_as_it_was(varied):
    _, _, model, _ = varied
    before = torch.backends.quantized.engine
    q = _quantize(model)
    assert torch.backends.quantized.engine == before
    assert type(q.lm_head).__module__.startswith("torch.ao.nn.quantized.dynamic")


def test_int8_hardware_is_read_from_the_cpu_flags(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512f\n\nprocessor\t: 1\n", encoding="utf-8")
    assert not _int8_hardware(str(info))
    info.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512_vnni amx_tile\n", encoding="utf-8")
    assert _int8_hardware(str(info))
    assert not _int8_hardware(str(tmp_path / "missing"))


@pytest.mark.parametrize("precision", ["float32", "int8"])
def test_our_encoder_pass_equals_the_models_bit_for_bit(varied, seeds, precision):
    _, tok, model, _ = varied
    model = _quantize(model) if precision == "int8" else model
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


#: Where int8 weights are packed by oneDNN (a CPU with int8 instructions), as on
#: the machine where mT5's widths were measured to fuse bit for bit; elsewhere
#: the probe in _fused may refuse a group, and the layers then run unfused.
MEASURED = "onednn" in torch.backends.quantized.supported_engines and _int8_hardware()


def test_int8_layers_that_read_one_input_fuse_into_one_bit_for_bit():
    torch.manual_seed(0)
    for width, fuses in ((768, MEASURED), (64, False)):  # mT5-base's width fuses; a narrow one may not (shapes)
        layers = [torch.nn.Linear(width, n, bias=False) for n in (width, width, width // 2)]
        quantized = list(_quantize(torch.nn.Sequential(*layers)))
        fused = _fused(quantized)
        assert fused is not None or not fuses
        if fused is not None:  # then its output is theirs side by side, bit for bit
            for rows in (1, 3, 4, 37, 200):
                x = torch.randn(rows, 1, width) * 3
                assert torch.equal(fused(x), torch.cat([m(x) for m in quantized], -1))
        assert _fused(layers) is None  # float32 layers stay as they are
    with_bias = _quantize(torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.Linear(64, 8)))
    assert _fused(list(with_bias)) is None


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
    q = _quantize(model)
    decoder = Decoder(q)
    if MEASURED:
        assert all(f is not None for f in decoder.decoder.qkv_fused + decoder.decoder.wi_fused)
    kwargs = {"num_beams": 4, "no_repeat_ngram_size": 2, "max_new_tokens": 20, "length_penalty": 1.0}
    got, want = compare(q, tok, texts(seeds), 4, **kwargs)
    assert got == want
    assert [len(w) for w in want].count(20) >= len(want) - 1  # full length but the one empty input
