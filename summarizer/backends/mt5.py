"""Abstractive summaries with mT5 (Hugging Face ``transformers`` 5 + ``sentencepiece``).

Three steps, as the pipelines of ``transformers`` shape them: prepare
(clean, segment, chunk to the model's window), generate (batches sorted by
length, beam search), and attribute (align each generated sentence to the
source sentences that support it; see :mod:`summarizer.align`).

The model is a local folder or a hub id.  Nothing is downloaded: a hub id
must already be in the local Hugging Face cache.  Before anything heavy is
imported, the backend checks that the ``mt5`` extra is installed and that
the model is there, and fails at once with a message that says what to do.
The default, ``csebuetnlp/mT5_multilingual_XLSum``, is mT5-base fine-tuned
on XL-Sum (45 languages, Arabic among them); its generation settings are the
defaults here.

Two runtimes generate, with the same tokenizer, batches and settings:
PyTorch and CTranslate2 (``pip install 'cited-briefs[mt5-fast]'``), which runs
a converted copy of the checkpoint.  On the CPU, PyTorch decodes with our
own loop (:mod:`summarizer.backends.mt5_decode`): ``generate``'s search,
decision for decision, without its overhead, so float32 gives
``generate``'s tokens but where two hypotheses score within a few rounding
steps of each other (see that module); on a GPU, ``transformers``' ``generate`` with a beam
cache that leaves the cross-attention keys and values in place
(:func:`_beam_cache`).  ``precision="int8"`` quantises the linear layers
(PyTorch's dynamic int8) or loads CTranslate2's int8 weights; speeds are in
the README (``benchmarks/mt5_throughput.py``).  The CTranslate2 copy is
made once, offline, by ``summarizer convert --model DIR`` (:func:`convert`)
into ``DIR/ctranslate2`` or a folder given; it is never made while
summarising.
``runtime="auto"`` (the default) is PyTorch on the CPU, where our loop is
the faster at every batch size and precision measured, and on a GPU
CTranslate2 when it is installed and the converted copy is there.  A
converted copy makes int8 the default precision on either runtime.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pickle
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..budget import Budget
from ..errors import InputError, MissingDependencyError, ModelNotFoundError, OptionError, install_hint
from ..header import header
from ..pipeline import Analysis
from ..types import Summary

DEFAULT_MODEL = "csebuetnlp/mT5_multilingual_XLSum"
EXTRA = install_hint("mt5")
FAST_EXTRA = install_hint("mt5-fast")
RUNTIMES = ("auto", "torch", "ctranslate2")
PRECISIONS = ("float32", "int8")
#: Where ``summarizer convert`` puts the CTranslate2 copy, inside the model folder.
CONVERTED = "ctranslate2"
STRATEGIES = ("chunk", "truncate")
_TOKENIZER_FILES = ("spiece.model", "tokenizer.json")
_WEIGHT_FILES = (
    "pytorch_model.bin",
    "model.safetensors",
    "pytorch_model.bin.index.json",
    "model.safetensors.index.json",
)


def require_extra() -> None:
    """Raise :class:`MissingDependencyError` unless torch, transformers and sentencepiece import."""
    missing = []
    for name in ("torch", "transformers", "sentencepiece"):
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    if missing:
        raise MissingDependencyError(f"the mt5 backend needs {', '.join(missing)}: install the extra with {EXTRA}")


def _hub_cache() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "huggingface")
    return Path(home) / "hub"


def _cached_snapshot(repo_id: str) -> Path | None:
    """The folder of ``repo_id`` in the local Hugging Face cache, if it is there."""
    root = _hub_cache() / ("models--" + repo_id.replace("/", "--"))
    ref = root / "refs" / "main"
    snapshots = root / "snapshots"
    if ref.is_file():
        candidate = snapshots / ref.read_text().strip()
        if (candidate / "config.json").exists():
            return candidate
    if snapshots.is_dir():
        for candidate in sorted(snapshots.iterdir()):
            if (candidate / "config.json").exists():
                return candidate
    return None


def how_to_get(model: str) -> str:
    return (
        f"To get it once, on a machine with network access: "
        f"`hf download {model} --local-dir ./mt5-model` "
        f"(or in Python: huggingface_hub.snapshot_download('{model}', local_dir='mt5-model')); "
        f"copy the folder here and pass --model ./mt5-model (library: model='./mt5-model')."
    )


def resolve_model(model: str) -> Path:
    """The local folder holding ``model`` (a folder, or a hub id already cached).

    Raises:
        ModelNotFoundError: at once, naming what is missing and how to get it.
    """
    path = Path(model).expanduser()
    if path.is_dir():
        missing = []
        if not (path / "config.json").exists():
            missing.append("config.json")
        if not any((path / f).exists() for f in _TOKENIZER_FILES):
            missing.append(" or ".join(_TOKENIZER_FILES))
        if not any((path / f).exists() for f in _WEIGHT_FILES):
            missing.append(" or ".join(_WEIGHT_FILES[:2]))
        if missing:
            raise ModelNotFoundError(f"{path}: not a model folder; missing {', '.join(missing)}")
        check_model_folder(path)
        return path
    looks_like_id = model.count("/") == 1 and not model.startswith((".", "/", "~")) and not path.suffix
    if not looks_like_id:
        raise ModelNotFoundError(f"{model}: no such model folder. {how_to_get(DEFAULT_MODEL)}")
    cached = _cached_snapshot(model)
    if cached is None:
        raise ModelNotFoundError(
            f"model {model!r} is not on this machine, and nothing is downloaded while summarising. " + how_to_get(model)
        )
    check_model_folder(cached)
    return cached


#: Files of a model folder that can name code to run (``auto_map``).
_CONFIG_FILES = ("config.json", "tokenizer_config.json", "generation_config.json", "preprocessor_config.json")


_MB = 1024 * 1024
#: The largest file of each kind a model folder may hold, checked before any
#: is parsed (a 200 MB tokenizer.json took 7.4 GB and aborted the process).
#: The real ones: mT5's tokenizer.json 16 MB, its spiece.model 4.1 MB, its
#: configs a few KB (the largest tokenizer_config.json on the hub about 2 MB).
MAX_FILE_SIZES = {
    "tokenizer.json": 50 * _MB,
    "spiece.model": 20 * _MB,
    "special_tokens_map.json": 10 * _MB,
    **dict.fromkeys(_CONFIG_FILES, 10 * _MB),
}


def check_model_folder(path: Path) -> None:
    """Refuse a model folder before anything of it is loaded: a file larger
    than any real one (:data:`MAX_FILE_SIZES`), a ``spiece.model`` that is
    no SentencePiece model (transformers warns, then fails on another
    reader), or one that names code to run (:func:`refuse_custom_code`);
    each an error of one line.

    Raises:
        ModelNotFoundError: a file too large or unreadable.
        InputError: a folder that names code of its own.
    """
    for name, limit in MAX_FILE_SIZES.items():
        try:
            size = (path / name).stat().st_size
        except OSError:
            continue
        if size > limit:
            raise ModelNotFoundError(
                f"{path / name}: {size / _MB:.0f} MB, larger than any real one (at most {limit // _MB} MB read)"
            )
    spiece = path / "spiece.model"
    if spiece.is_file():
        try:
            import sentencepiece
        except ImportError:
            pass  # the extra's error comes when the model loads
        else:
            try:
                sentencepiece.SentencePieceProcessor(model_file=str(spiece))
            except (OSError, RuntimeError, ValueError) as exc:
                raise ModelNotFoundError(f"{spiece}: not a SentencePiece model ({_first_line(exc)})") from None
    refuse_custom_code(path)


def refuse_custom_code(path: Path) -> None:
    """Refuse a model folder that names code of its own to run.

    A ``config.json`` (or tokenizer config) with ``auto_map`` asks
    transformers to import Python files from the folder; summarizer never
    runs code that comes with a model, so such a folder is an error before
    anything is loaded (and transformers is told ``trust_remote_code=False``
    as well, so it never prompts).
    """
    import json

    for name in _CONFIG_FILES:
        f = path / name
        if not f.is_file():
            continue
        try:
            data = json.loads(f.read_bytes()[:10_000_000])
        except (OSError, ValueError, RecursionError) as exc:
            raise ModelNotFoundError(f"{f}: not a readable JSON file ({exc})") from None
        if isinstance(data, dict) and ("auto_map" in data or data.get("trust_remote_code")):
            raise InputError(
                f"{f}: the model asks to run its own code (auto_map); summarizer never runs code from a model folder"
            )


DEVICES = ("cpu", "cuda", "cuda:N")


def check_device(device: str | None) -> str | None:
    """``device`` if it is cpu, cuda or cuda:N (or None: the default)."""
    if device is None:
        return None
    import re

    if not isinstance(device, str) or not re.fullmatch(r"cpu|cuda(:\d+)?", device):
        raise OptionError(f"unknown device {device!r}; choose {', '.join(DEVICES)}")
    return device


@dataclass(frozen=True)
class GenerationSettings:
    """XL-Sum's settings by default: 512 input tokens, 4 beams, no repeated 2-grams, 84 new tokens."""

    max_input_tokens: int = 512
    num_beams: int = 4
    no_repeat_ngram_size: int = 2
    max_new_tokens: int = 84
    min_new_tokens: int | None = None
    length_penalty: float = 1.0
    batch_size: int = 8

    def __post_init__(self) -> None:
        for name in ("max_input_tokens", "num_beams", "no_repeat_ngram_size", "max_new_tokens", "batch_size"):
            value = getattr(self, name)
            least = 0 if name == "no_repeat_ngram_size" else 1
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                raise OptionError(f"{name} must be a whole number of at least {least}, not {value!r}")
        if self.min_new_tokens is not None and (not isinstance(self.min_new_tokens, int) or self.min_new_tokens < 0):
            raise OptionError(f"min_new_tokens must be a whole number, not {self.min_new_tokens!r}")
        if isinstance(self.length_penalty, bool) or not isinstance(self.length_penalty, (int, float)):
            raise OptionError(f"length_penalty must be a number, not {self.length_penalty!r}")


class MT5Backend:
    """Abstractive summaries with an mT5 checkpoint, with citations by alignment.

    Args:
        model: a folder (``config.json``, ``spiece.model`` and
            ``pytorch_model.bin`` as on the hub, or a ``save_pretrained``
            folder) or a hub id already in the local cache.
        device: ``"cpu"``, ``"cuda"``, ``"cuda:1"``...; default CUDA when available.
        strategy: ``"chunk"`` (default: long inputs are split by sentences
            into windows, each summarised, and the joined summaries summarised
            again while too long) or ``"truncate"`` (cut at the window).
        runtime: ``"auto"`` (on a GPU, CTranslate2 when installed and the
            converted copy exists; PyTorch otherwise, and always on the CPU,
            where our loop is the faster), ``"torch"`` or ``"ctranslate2"``.
        precision: ``"int8"`` or ``"float32"``.  Default: ``"int8"`` on
            CTranslate2 (its int8 weights) and where ``auto`` finds a
            converted copy, ``"float32"`` otherwise; ``"int8"`` on PyTorch is
            its dynamic quantisation of the linear layers.
        converted: the CTranslate2 copy (default: ``MODEL/ctranslate2``).
        progress: show a progress bar over batches on a terminal.
        loop: on the CPU, the torch runtime decodes with our own loop
            (:mod:`summarizer.backends.mt5_decode`: ``generate``'s search and
            tokens, without its overhead); ``False`` calls ``generate``.
        settings: any field of :class:`GenerationSettings` as a keyword.
    """

    name = "mt5"

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        device: str | None = None,
        strategy: str = "chunk",
        runtime: str = "auto",
        precision: str | None = None,
        converted: str | None = None,
        progress: bool = True,
        loop: bool = True,
        **settings: object,
    ) -> None:
        if strategy not in STRATEGIES:
            raise OptionError(f"unknown strategy {strategy!r}; choose {', '.join(STRATEGIES)}")
        if runtime not in RUNTIMES:
            raise OptionError(f"unknown runtime {runtime!r}; choose {', '.join(RUNTIMES)}")
        if not isinstance(loop, bool):
            raise OptionError(f"loop must be true or false, not {loop!r}")
        if precision is not None and precision not in PRECISIONS:
            raise OptionError(f"unknown precision {precision!r}; choose {', '.join(PRECISIONS)}")
        known = set(GenerationSettings.__dataclass_fields__)
        bad = sorted(set(settings) - known)
        if bad:
            backend = {"model", "device", "strategy", "runtime", "precision", "converted", "progress", "loop"}
            valid = sorted(known | backend)
            raise OptionError(
                f"backend 'mt5' has no option {', '.join(map(repr, bad))}; its options: {', '.join(valid)}"
            )
        require_extra()
        self.settings = GenerationSettings(**settings)  # type: ignore[arg-type]
        self.device_name = check_device(device)
        self.path = resolve_model(str(model))
        self.model_name = str(model)
        self.strategy = strategy
        self.progress = progress
        self.loop = loop
        self.converted = Path(converted).expanduser() if converted else self.path / CONVERTED
        has_copy = (self.converted / "model.bin").exists()
        self.runtime = _pick_runtime(runtime, has_copy, self.device_name)
        # int8 where the runtime is CTranslate2, or where ``auto`` finds a
        # converted copy (made to run fast) and runs PyTorch on the CPU instead
        fast = runtime == "auto" and has_copy
        self.precision = precision or ("int8" if self.runtime == "ctranslate2" or fast else "float32")
        self._model: Any = None
        self._vocab: list[str] = []
        self._index: dict[str, int] = {}
        self._tokenizer: Any = None
        self._decoder: Any = None

    # -- loading ---------------------------------------------------------------
    def _load(self):
        if self._model is not None:
            return self._tokenizer, self._model
        if self.runtime == "ctranslate2":
            return self._load_ct2()
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        device = self.device_name or ("cuda" if torch.cuda.is_available() else "cpu")
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise OptionError(f"device {device!r} asked for, but CUDA is not available here; use cpu")
        dtype = None
        if device.startswith("cuda"):
            dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        check_model_folder(self.path)  # again: the folder may have changed since __init__
        # Never run code from the folder, never prompt; safetensors when the folder has them
        # (plain tensors, no pickle); a pickled .bin is read with torch's weights_only loader.
        safe = any(self.path.glob("*.safetensors"))
        try:
            with warnings.catch_warnings():  # torch's unpickler warns on stderr about protocols
                warnings.simplefilter("ignore")
                tokenizer = AutoTokenizer.from_pretrained(
                    str(self.path), local_files_only=True, trust_remote_code=False
                )
                model = AutoModelForSeq2SeqLM.from_pretrained(
                    str(self.path),
                    local_files_only=True,
                    trust_remote_code=False,
                    use_safetensors=safe,
                    dtype=dtype,  # None (the library's default) on the cpu
                )
        except ImportError as exc:
            raise MissingDependencyError(f"loading {self.path} needs a missing package ({exc}); {EXTRA}") from None
        except Exception as exc:  # OSError, ValueError, an unpickling error that torch refused...
            if isinstance(exc, pickle.UnpicklingError) or "weights only load failed" in str(exc).lower():
                reason = "its weights file holds objects other than tensors, which are never unpickled"
            else:
                reason = _first_line(exc)
            raise ModelNotFoundError(f"{self.path}: cannot load the model safely: {reason}") from None
        model.to(device).eval()
        if self.precision == "int8":
            if device != "cpu":
                raise OptionError("precision 'int8' with the torch runtime runs on the cpu only")
            model = _quantize(model)
        self._tokenizer, self._model, self.device = tokenizer, model, device
        return tokenizer, model

    def _load_ct2(self):
        import ctranslate2
        from transformers import AutoTokenizer

        device = self.device_name or ("cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu")
        kind, _, index = device.partition(":")
        compute = {"float32": "float32", "int8": "int8_float32" if kind == "cpu" else "int8_float16"}[self.precision]
        if not (self.converted / "model.bin").exists():
            raise ModelNotFoundError(
                f"{self.converted}: no converted copy of the model; make it once with "
                f"`summarizer convert --model {self.path}`"
            )
        check_model_folder(self.path)
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True, trust_remote_code=False)
            translator = ctranslate2.Translator(
                str(self.converted),
                device=kind,
                device_index=int(index or 0),
                compute_type=compute,
                inter_threads=1,
                intra_threads=0,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelNotFoundError(f"{self.converted}: cannot load the converted model: {_first_line(exc)}") from None
        self._vocab = _ct2_vocabulary(self.converted)
        self._index = {t: i for i, t in enumerate(self._vocab)}
        self._tokenizer, self._model, self.device = tokenizer, translator, device
        return tokenizer, translator

    # -- generation --------------------------------------------------------------
    def generate_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """The generated token ids of each input (no start, end or padding
        tokens), in input order; batched, longest first, on either runtime."""
        tokenizer, _ = self._load()
        st = self.settings
        enc = tokenizer(list(texts), add_special_tokens=True, truncation=True, max_length=st.max_input_tokens)
        lengths = [len(ids) for ids in enc["input_ids"]]
        order = sorted(range(len(texts)), key=lambda i: (-lengths[i], i))
        out: list[list[int]] = [[] for _ in texts]
        batches = [order[k : k + st.batch_size] for k in range(0, len(order), st.batch_size)]
        run = self._batch_ct2 if self.runtime == "ctranslate2" else self._batch_torch
        with _progress(self.progress and len(batches) > 1, len(batches)) as advance:
            for batch in batches:
                for i, ids in zip(batch, run([texts[i] for i in batch])):
                    out[i] = ids
                advance()
        return out

    def _batch_torch(self, texts: list[str]) -> list[list[int]]:
        import torch

        tokenizer, model = self._tokenizer, self._model
        st = self.settings
        enc = tokenizer(texts, truncation=True, max_length=st.max_input_tokens, padding=True, return_tensors="pt").to(
            self.device
        )
        decoder = self._loop()
        if decoder is not None:
            from .mt5_decode import Search

            configured = model.generation_config.min_new_tokens
            search = Search(
                num_beams=st.num_beams,
                max_new_tokens=st.max_new_tokens,
                min_new_tokens=st.min_new_tokens if st.min_new_tokens is not None else (configured or 0),
                no_repeat_ngram_size=st.no_repeat_ngram_size,
                length_penalty=st.length_penalty,
            )
            return decoder.generate(enc["input_ids"], enc["attention_mask"], search)
        kwargs = {
            "num_beams": st.num_beams,
            "no_repeat_ngram_size": st.no_repeat_ngram_size,
            "max_new_tokens": st.max_new_tokens,
            "length_penalty": st.length_penalty,
            "do_sample": False,
        }
        if st.min_new_tokens is not None:
            kwargs["min_new_tokens"] = st.min_new_tokens
        if st.num_beams > 1:
            kwargs["past_key_values"] = _beam_cache(model.config)
        with torch.inference_mode():
            ids = model.generate(**enc, **kwargs)
        special = {tokenizer.pad_token_id, tokenizer.eos_token_id}
        out = []
        for row in ids.tolist():
            row = row[1:]  # the decoder's start token
            if tokenizer.eos_token_id in row:
                row = row[: row.index(tokenizer.eos_token_id)]
            out.append([t for t in row if t not in special])
        return out

    def _loop(self) -> Any:
        """Our decoding loop (:mod:`summarizer.backends.mt5_decode`) on the
        CPU, where it gives ``generate``'s tokens faster; ``None`` where
        ``generate`` runs (a GPU, ``loop=False``, or a model whose generation
        config asks for what the loop does not do)."""
        if not self.loop or self.device != "cpu":
            return None
        if self._decoder is None:
            from .mt5_decode import Decoder, supported

            self._decoder = Decoder(self._model) if supported(self._model) else False
        return self._decoder or None

    def _batch_ct2(self, texts: list[str]) -> list[list[int]]:
        tokenizer, translator = self._tokenizer, self._model
        st = self.settings
        enc = tokenizer(texts, truncation=True, max_length=st.max_input_tokens)["input_ids"]
        vocab, index = self._vocab, self._index  # the converted model's own: ids and tokens as it counts them
        tokens = [[vocab[i] for i in ids] for ids in enc]
        results = translator.translate_batch(
            tokens,
            beam_size=st.num_beams,
            no_repeat_ngram_size=st.no_repeat_ngram_size,
            max_decoding_length=st.max_new_tokens,
            min_decoding_length=st.min_new_tokens or 0,
            length_penalty=st.length_penalty,
            max_batch_size=st.batch_size,
        )
        special = {tokenizer.pad_token_id, tokenizer.eos_token_id}
        out = []
        for r in results:
            ids = [index[t] for t in r.hypotheses[0]]
            out.append([t for t in ids if t not in special])
        return out

    def generate_texts(self, texts: Sequence[str]) -> list[str]:
        """One generated text per input, in input order (batched, longest first)."""
        tokenizer, _ = self._load()
        return [" ".join(tokenizer.decode(ids, skip_special_tokens=True).split()) for ids in self.generate_ids(texts)]

    def _count(self, texts: Sequence[str]) -> list[int]:
        tokenizer, _ = self._load()
        return [len(ids) for ids in tokenizer(list(texts), add_special_tokens=False)["input_ids"]]

    def windows(self, sentences: Sequence[str]) -> list[str]:
        """Sentences packed in order into texts that fit the model's window."""
        limit = self.settings.max_input_tokens - 1  # room for </s>
        out: list[str] = []
        cur: list[str] = []
        used = 0
        for s, n in zip(sentences, self._count(sentences)):
            if cur and used + n > limit:
                out.append(" ".join(cur))
                cur, used = [], 0
            cur.append(s)
            used += n
        if cur:
            out.append(" ".join(cur))
        return out

    def _summarise_texts(self, units: Sequence[Sequence[str]]) -> list[str]:
        """Summaries of many inputs, each given as its sentences (map-reduce when long)."""
        if self.strategy == "truncate":
            return self.generate_texts([" ".join(u) for u in units])
        pieces = [list(u) for u in units]
        for _ in range(12):  # each round shrinks every long input several-fold
            plans = [self.windows(p) if p else [""] for p in pieces]
            flat = [w for plan in plans for w in plan]
            done = all(len(plan) == 1 for plan in plans)
            results = self.generate_texts(flat)
            k = 0
            nxt = []
            for plan in plans:
                nxt.append(results[k : k + len(plan)])
                k += len(plan)
            if done:
                return [r[0] for r in nxt]
            pieces = nxt
        return [" ".join(p) for p in pieces]

    # -- the backend -------------------------------------------------------------
    def generate(self, analyses: Sequence[Analysis], budget: Budget) -> list[Summary]:
        """Summaries of several analysed reports, generated in shared batches."""
        from ..align import align
        from ..text.lang import get
        from ..text.normalize import count_words
        from ..text.segment import segment

        generated = self._summarise_texts([[s.display for s in a.sentences] for a in analyses])
        out = []
        for a, text in zip(analyses, generated):
            pieces = [text[x:y] for x, y in segment(text, language=get(a.language))]
            pieces = pieces or ([text] if text.strip() else [])
            lengths = [count_words(p) for p in pieces]
            keep = sorted(budget.select(range(len(pieces)), lengths, len(pieces)))
            cands = list(zip(a.sentences, a.terms))
            sentences = tuple(align(pieces[i], cands, a.language) for i in keep)
            meta = {"language": a.language, "model": self.model_name, "strategy": self.strategy}
            hdr = header([a])
            out.append(
                Summary(
                    sentences,
                    self.name,
                    (a.document.id,),
                    tuple(sorted(meta.items())),
                    language=a.language,
                    title=hdr.title,
                    first_date=hdr.first_date,
                    last_date=hdr.last_date,
                    outlets=hdr.outlets,
                )
            )
        return out

    def realise(self, groups: Sequence[Sequence[str]]) -> list[str]:
        """One generated sentence for each group of sentences (used by fusion)."""
        from ..text.segment import segment

        texts = self._summarise_texts(groups)
        firsts = []
        for t in texts:
            spans = segment(t)
            firsts.append(t[spans[0][0] : spans[0][1]] if spans else t)
        return firsts


def _beam_cache(config: Any) -> Any:
    """A key/value cache for beam search that reorders only the decoder's own
    keys and values when beams are reordered.

    ``transformers`` copies every layer's cross-attention keys and values too
    at each step, though the beams of one input attend to the same encoder
    output, so the copy is identical (beams are only ever reordered among
    the beams of one input).  Leaving it in place changes no token
    (``tests/backends/test_mt5.py`` checks them against ``generate``'s own
    cache) and saves a copy of the whole encoder output per layer and step:
    on the mT5-base architecture (4 beams, 512-token inputs) float32 went
    from 9.1 to 15.5 tokens/s at batch 8 and from 6.8 to 7.3 at batch 1
    (``benchmarks/mt5_throughput.py``).
    """
    from transformers.cache_utils import DynamicCache, EncoderDecoderCache

    class SharedCrossAttention(EncoderDecoderCache):
        def reorder_cache(self, beam_idx: Any) -> None:
            self.self_attention_cache.reorder_cache(beam_idx)

    return SharedCrossAttention(DynamicCache(config=config), DynamicCache(config=config))


def _quantize(model: Any) -> Any:
    """PyTorch's dynamic int8 of ``model``'s linear layers, packed by oneDNN
    where the CPU multiplies int8 in hardware (:func:`int8_packing`)."""
    import torch

    with int8_packing():
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


@contextlib.contextmanager
def int8_packing() -> Iterator[None]:
    """PyTorch's quantisation engine, while int8 weights are packed: oneDNN
    where the CPU multiplies int8 in hardware (VNNI or AMX), PyTorch's
    default otherwise.

    The engine is chosen when the weights are packed and stays with them
    (each packed layer runs its own engine's kernel), so the global setting
    is restored at once.  The two engines give the same values up to the
    order of float sums (measured: 5e-7 at most on a 768 x 2,048 layer); on
    a CPU with AMX oneDNN's kernels were about 10% faster on mT5-base
    (``benchmarks/mt5_throughput.py``).
    """
    import torch

    engines = torch.backends.quantized
    before = engines.engine
    if "onednn" in engines.supported_engines and _int8_hardware():
        engines.engine = "onednn"
    try:
        yield
    finally:
        engines.engine = before


def _int8_hardware(cpuinfo: str = "/proc/cpuinfo") -> bool:
    """Whether the CPU has int8 dot-product instructions (AVX-512 VNNI, AVX-VNNI or AMX), from Linux's ``cpuinfo``."""
    try:
        with open(cpuinfo, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = set(line.partition(":")[2].split())
                    return bool(flags & {"avx512_vnni", "avx_vnni", "amx_int8"})
    except OSError:
        pass
    return False


def _ct2_vocabulary(folder: Path) -> list[str]:
    """The token of each id in a converted model (its vocabulary file)."""
    import json

    for name in ("shared_vocabulary.json", "target_vocabulary.json"):
        f = folder / name
        if f.is_file():
            return list(json.loads(f.read_text(encoding="utf-8")))
    for name in ("shared_vocabulary.txt", "target_vocabulary.txt"):
        f = folder / name
        if f.is_file():
            return f.read_text(encoding="utf-8").splitlines()
    raise ModelNotFoundError(f"{folder}: no vocabulary file in the converted model; convert it again")


def _ct2_installed() -> bool:
    try:
        return importlib.util.find_spec("ctranslate2") is not None
    except (ImportError, ValueError):
        return False


def _pick_runtime(runtime: str, has_copy: bool, device: str | None) -> str:
    """The runtime to use: CTranslate2 when asked for (it must be installed)
    or, for ``auto``, on a GPU when it is installed and the converted copy is
    there (``has_copy``); PyTorch otherwise.  On the CPU ``auto`` is PyTorch: our decoding
    loop was the fastest there at batch 1 and 8, float32 and int8 alike
    (``benchmarks/mt5_throughput.py``)."""
    if runtime == "ctranslate2":
        if not _ct2_installed():
            raise MissingDependencyError(f"the ctranslate2 runtime needs CTranslate2: {FAST_EXTRA}")
        return "ctranslate2"
    if runtime == "auto" and has_copy and _ct2_installed():
        if device is None:
            import ctranslate2

            gpu = ctranslate2.get_cuda_device_count() > 0
        else:
            gpu = device.startswith("cuda")
        if gpu:
            return "ctranslate2"
    return "torch"


def convert(
    model: str, output: str | os.PathLike | None = None, *, quantization: str = "float32", force: bool = False
) -> Path:
    """Convert an mT5 checkpoint folder for the CTranslate2 runtime, once.

    The copy goes to ``output`` (default: ``MODEL/ctranslate2``); weights are
    stored as ``quantization`` (``float32``, from which int8 is made when
    loading, or ``int8``, half the size on disk but then never exact).
    Nothing is downloaded and no code from the folder runs.

    Raises:
        MissingDependencyError: without CTranslate2 or the mt5 extra.
        ModelNotFoundError: for a folder that is not a model.
        OutputError: when the output exists (unless ``force``).
    """
    from ..errors import OutputError

    if quantization not in ("float32", "int8"):
        raise OptionError(f"unknown quantization {quantization!r}; choose float32, int8")
    require_extra()
    if not _ct2_installed():
        raise MissingDependencyError(f"converting needs CTranslate2: {FAST_EXTRA}")
    path = resolve_model(str(model))
    target = Path(output).expanduser() if output else path / CONVERTED
    if target.exists() and any(target.iterdir()) and not force:
        raise OutputError(f"{target}: exists; pass --force to convert again")
    from ctranslate2.converters import TransformersConverter

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            TransformersConverter(str(path), load_as_float16=False, trust_remote_code=False).convert(
                str(target), quantization=None if quantization == "float32" else "int8", force=True
            )
    except (OSError, ValueError, RuntimeError) as exc:
        raise ModelNotFoundError(f"{path}: cannot convert: {_first_line(exc)}") from None
    return target


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:300]


class _progress:
    """A rich progress bar on stderr when asked for and stderr is a terminal."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled = enabled
        self.total = total
        self._bar: Any = None

    def __enter__(self):
        import sys

        if not (self.enabled and sys.stderr.isatty()):
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(console=Console(stderr=True), transient=True)
        self._bar.__enter__()
        task = self._bar.add_task("generating", total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.__exit__(*exc)
        return False
