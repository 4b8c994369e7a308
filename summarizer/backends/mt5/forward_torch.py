"""Forward on PyTorch: load the checkpoint safely, and generate one batch.

On the CPU a batch is decoded with our own loop (:mod:`.loop`):
``generate``'s search, decision for decision, without its overhead, so
float32 gives ``generate``'s tokens but where two hypotheses score within a
few rounding steps of each other (see that module).  On a GPU, with
``loop=False``, or for a model whose generation config asks for what the
loop does not do, ``transformers``' ``generate`` runs, with a beam cache
that leaves the cross-attention keys and values in place
(:func:`beam_cache`).  ``precision="int8"`` quantises the linear layers
(:mod:`.int8`, CPU only).
"""

from __future__ import annotations

import pickle
import warnings
from pathlib import Path
from typing import Any

from ...errors import MissingDependencyError, ModelNotFoundError, OptionError
from .files import EXTRA, check_model_folder, first_line
from .int8 import quantize
from .loop import Decoder, supported
from .postprocess import clean
from .search import Search
from .settings import GenerationSettings


def load(path: Path, device_name: str | None, precision: str) -> tuple[Any, Any, str]:
    """The tokenizer, the model (quantised for int8) and the device it runs on.

    Never runs code from the folder and never prompts; reads safetensors
    when the folder has them (plain tensors, no pickle), and a pickled
    ``.bin`` with torch's weights-only loader.

    Raises:
        OptionError: CUDA asked for where there is none; int8 on a GPU.
        ModelNotFoundError: a folder that cannot be loaded safely.
    """
    import torch

    device = device_name or ("cuda" if torch.cuda.is_available() else "cpu")
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise OptionError(f"device {device!r} asked for, but CUDA is not available here; use cpu")
    dtype = None
    if device.startswith("cuda"):
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    check_model_folder(path)  # again: the folder may have changed since the backend was made
    tokenizer, model = _from_pretrained(path, dtype)
    model.to(device).eval()
    if precision == "int8":
        if device != "cpu":
            raise OptionError("precision 'int8' with the torch runtime runs on the cpu only")
        model = quantize(model)
    return tokenizer, model, device


def _from_pretrained(path: Path, dtype: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    safe = any(path.glob("*.safetensors"))
    try:
        with warnings.catch_warnings():  # torch's unpickler warns on stderr about protocols
            warnings.simplefilter("ignore")
            tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
            model = AutoModelForSeq2SeqLM.from_pretrained(
                str(path),
                local_files_only=True,
                trust_remote_code=False,
                use_safetensors=safe,
                dtype=dtype,  # None (the library's default) on the cpu
            )
    except ImportError as exc:
        raise MissingDependencyError(f"loading {path} needs a missing package ({exc}); {EXTRA}") from None
    except Exception as exc:  # OSError, ValueError, an unpickling error that torch refused...
        if isinstance(exc, pickle.UnpicklingError) or "weights only load failed" in str(exc).lower():
            reason = "its weights file holds objects other than tensors, which are never unpickled"
        else:
            reason = first_line(exc)
        raise ModelNotFoundError(f"{path}: cannot load the model safely: {reason}") from None
    return tokenizer, model


def decoder(model: Any) -> Decoder | None:
    """Our decoding loop over ``model``, or None where it would not decode
    as ``generate`` does (:func:`.loop.supported`)."""
    return Decoder(model) if supported(model) else None


def generate_batch(
    tokenizer: Any, model: Any, device: str, texts: list[str], st: GenerationSettings, loop: Decoder | None
) -> list[list[int]]:
    """The generated ids of each text of one batch (no start, end or padding
    tokens): by our ``loop`` where there is one, else by ``generate``."""
    import torch

    enc = tokenizer(texts, truncation=True, max_length=st.max_input_tokens, padding=True, return_tensors="pt").to(
        device
    )
    if loop is not None:
        configured = model.generation_config.min_new_tokens
        search = Search(
            num_beams=st.num_beams,
            max_new_tokens=st.max_new_tokens,
            min_new_tokens=st.min_new_tokens if st.min_new_tokens is not None else (configured or 0),
            no_repeat_ngram_size=st.no_repeat_ngram_size,
            length_penalty=st.length_penalty,
        )
        return loop.generate(enc["input_ids"], enc["attention_mask"], search)
    kwargs: dict[str, Any] = {
        "num_beams": st.num_beams,
        "no_repeat_ngram_size": st.no_repeat_ngram_size,
        "max_new_tokens": st.max_new_tokens,
        "length_penalty": st.length_penalty,
        "do_sample": False,
    }
    if st.min_new_tokens is not None:
        kwargs["min_new_tokens"] = st.min_new_tokens
    if st.num_beams > 1:
        kwargs["past_key_values"] = beam_cache(model.config)
    with torch.inference_mode():
        ids = model.generate(**enc, **kwargs)
    special = {tokenizer.pad_token_id, tokenizer.eos_token_id}
    out = []
    for row in ids.tolist():
        row = row[1:]  # the decoder's start token
        if tokenizer.eos_token_id in row:
            row = row[: row.index(tokenizer.eos_token_id)]
        out.append(clean(row, special))
    return out


def beam_cache(config: Any) -> Any:
    """A key/value cache for beam search that reorders only the decoder's own
    keys and values when beams are reordered.

    ``transformers`` copies every layer's cross-attention keys and values too
    at each step, though the beams of one input attend to the same encoder
    output, so the copy is identical (beams are only ever reordered among
    the beams of one input).  Leaving it in place changes no token
    (``tests/backends/mt5/test_forward_torch.py`` checks them against
    ``generate``'s own cache) and saves a copy of the whole encoder output
    per layer and step: on the mT5-base architecture (4 beams, 512-token
    inputs) float32 went from 9.1 to 15.5 tokens/s at batch 8 and from 6.8
    to 7.3 at batch 1 (``benchmarks/mt5_throughput.py``).
    """
    from transformers.cache_utils import DynamicCache, EncoderDecoderCache

    class SharedCrossAttention(EncoderDecoderCache):
        def reorder_cache(self, beam_idx: Any) -> None:
            self.self_attention_cache.reorder_cache(beam_idx)

    return SharedCrossAttention(DynamicCache(config=config), DynamicCache(config=config))
