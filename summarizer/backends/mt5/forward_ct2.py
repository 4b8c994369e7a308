"""Forward on CTranslate2: load the converted copy (``summarizer convert``), and generate one batch.

The same tokenizer, batches and settings as the torch runtime; the
converted model counts its tokens in its own vocabulary, read from its
vocabulary file, so ids are mapped to its tokens and back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import ModelNotFoundError
from .files import check_model_folder, ct2_vocabulary, first_line
from .postprocess import clean
from .settings import GenerationSettings


@dataclass(frozen=True)
class Converted:
    """A loaded converted model: the translator and its own vocabulary (the token of each id, and back)."""

    translator: Any
    vocab: list[str]
    index: dict[str, int]


def load(path: Path, converted: Path, device_name: str | None, precision: str) -> tuple[Any, Converted, str]:
    """The tokenizer, the converted model and the device it runs on.

    Raises:
        ModelNotFoundError: no converted copy, or one that does not load.
    """
    import ctranslate2
    from transformers import AutoTokenizer

    device = device_name or ("cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu")
    kind, _, index = device.partition(":")
    compute = {"float32": "float32", "int8": "int8_float32" if kind == "cpu" else "int8_float16"}[precision]
    if not (converted / "model.bin").exists():
        raise ModelNotFoundError(
            f"{converted}: no converted copy of the model; make it once with `summarizer convert --model {path}`"
        )
    check_model_folder(path)
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
        translator = ctranslate2.Translator(
            str(converted),
            device=kind,
            device_index=int(index or 0),
            compute_type=compute,
            inter_threads=1,
            intra_threads=0,
        )
    except (RuntimeError, ValueError, OSError) as exc:
        raise ModelNotFoundError(f"{converted}: cannot load the converted model: {first_line(exc)}") from None
    vocab = ct2_vocabulary(converted)
    return tokenizer, Converted(translator, vocab, {t: i for i, t in enumerate(vocab)}), device


def generate_batch(tokenizer: Any, model: Converted, texts: list[str], st: GenerationSettings) -> list[list[int]]:
    """The generated ids of each text of one batch (no start, end or padding tokens)."""
    enc = tokenizer(texts, truncation=True, max_length=st.max_input_tokens)["input_ids"]
    tokens = [[model.vocab[i] for i in ids] for ids in enc]
    results = model.translator.translate_batch(
        tokens,
        beam_size=st.num_beams,
        no_repeat_ngram_size=st.no_repeat_ngram_size,
        max_decoding_length=st.max_new_tokens,
        min_decoding_length=st.min_new_tokens or 0,
        length_penalty=st.length_penalty,
        max_batch_size=st.batch_size,
    )
    special = {tokenizer.pad_token_id, tokenizer.eos_token_id}
    return [clean((model.index[t] for t in r.hypotheses[0]), special) for r in results]
