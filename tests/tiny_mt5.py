"""Build a tiny mT5 checkpoint laid out like the hub's ``csebuetnlp/mT5_multilingual_XLSum``.

Random weights; a sentencepiece vocabulary trained on ``seeds/`` here, in a
fraction of a second; files ``config.json``, ``spiece.model``,
``tokenizer_config.json``, ``special_tokens_map.json`` and
``pytorch_model.bin`` (a plain state dict, no safetensors, no tokenizer.json).
"""

from __future__ import annotations

import json
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def mt5_config(vocab_size: int, **sizes: int):
    """The tiny checkpoint's configuration (its sizes, or those given, such as
    ``d_model``), with the hub checkpoint's special tokens: padding 0 (also the
    decoder's start), end 1, untied output layer."""
    from transformers import MT5Config

    tiny = {"d_model": 32, "d_kv": 8, "d_ff": 64, "num_layers": 2, "num_decoder_layers": 2, "num_heads": 2}
    return MT5Config(
        vocab_size=vocab_size,
        **{**tiny, **sizes},
        decoder_start_token_id=0,
        pad_token_id=0,
        eos_token_id=1,
        tie_word_embeddings=False,
    )


def build(folder: Path, vocab_size: int = 400, seed: int = 0, varied: bool = False) -> Path:
    """The checkpoint in ``folder``.  ``varied``: the output layer's rows for
    padding and end of text are zeroed and the rest scaled up, so greedy and
    beam search write long, varied token sequences (random weights alone
    mostly emit padding), which is what comparing two runtimes needs."""
    import sentencepiece as spm
    import torch
    from transformers import MT5ForConditionalGeneration

    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for f in sorted(SEEDS.glob("*.txt")):
        lines.extend(line for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    lines.append("The storm hit the coast on Monday. Officials said families left their homes.")
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_prefix=str(folder / "spiece"),
        vocab_size=vocab_size,
        model_type="unigram",
        pad_id=0,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        character_coverage=1.0,
        minloglevel=2,
    )
    (folder / "spiece.vocab").unlink()
    torch.manual_seed(seed)
    config = mt5_config(vocab_size)
    model = MT5ForConditionalGeneration(config)
    if varied:
        with torch.no_grad():
            model.lm_head.weight.mul_(8.0)
            model.lm_head.weight[0].zero_()
            model.lm_head.weight[1].zero_()
    config.save_pretrained(folder)
    torch.save(model.state_dict(), folder / "pytorch_model.bin")
    (folder / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "T5Tokenizer",
                "eos_token": "</s>",
                "unk_token": "<unk>",
                "pad_token": "<pad>",
                "extra_ids": 0,
                "model_max_length": 512,
            }
        )
    )
    (folder / "special_tokens_map.json").write_text(
        json.dumps(
            {
                "eos_token": "</s>",
                "unk_token": "<unk>",
                "pad_token": "<pad>",
            }
        )
    )
    return folder
