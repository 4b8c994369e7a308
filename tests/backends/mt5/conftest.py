"""What the tests of the torch runtime share: a tiny model with long, varied outputs, and ``generate``'s tokens."""

from __future__ import annotations

import pytest

from summarizer.backends.mt5.int8 import int8_hardware
from summarizer.backends.mt5.loop import Decoder
from summarizer.backends.mt5.search import Search


@pytest.fixture(scope="module")
def varied(tiny_mt5_varied):
    """A tiny mT5 whose outputs are long and varied, and a second copy whose
    end token competes with the others, so hypotheses end at many lengths
    (the finishing and stopping rules of beam search are then exercised)."""
    import torch
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
    import torch

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


def measured() -> bool:
    """Where int8 weights are packed by oneDNN (a CPU with int8 instructions), as on
    the machine where mT5's widths were measured to fuse bit for bit; elsewhere
    the probe in int8.fused may refuse a group, and the layers then run unfused."""
    import torch

    return "onednn" in torch.backends.quantized.supported_engines and int8_hardware()
