"""The torch runtime: our loop where it decodes as ``generate``, ``generate`` elsewhere (forward_torch.py)."""

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from summarizer.backends.mt5 import MT5Backend
from summarizer.backends.mt5.loop import supported

from .conftest import reference, texts


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


@pytest.mark.parametrize("beams, batch", [(4, 4), (3, 2)])
def test_beam_search_tokens_equal_generate_with_its_own_cache(tiny_mt5_varied, seeds, beams, batch):
    """The backend's beam cache leaves cross-attention keys and values in
    place when beams are reordered; not one token may change for it, on a
    batch of inputs of different lengths (padding)."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    folder = tiny_mt5_varied
    texts = [d.text[k : k + n] for d in seeds[:2] for k, n in ((0, 500), (700, 260))]
    settings = {"num_beams": beams, "no_repeat_ngram_size": 2, "max_new_tokens": 40}
    ours = MT5Backend(model=str(folder), batch_size=batch, progress=False, runtime="torch", **settings)
    got = ours.generate_ids(texts)
    tok = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(folder)).eval()
    enc = tok(texts, truncation=True, max_length=512, padding=True, return_tensors="pt")
    with torch.inference_mode():
        rows = model.generate(**enc, **settings, length_penalty=ours.settings.length_penalty, do_sample=False)
    want = [[t for t in row[1:] if t not in (tok.pad_token_id, tok.eos_token_id)] for row in rows.tolist()]
    assert all(len(w) >= 10 for w in want)  # long, varied outputs: a real comparison
    assert got == want
