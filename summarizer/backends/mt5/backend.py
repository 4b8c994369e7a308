"""The mt5 backend: its options, and the three steps run in order for a set of reports.

Preprocess (:mod:`.preprocess`: tokenize, batch longest first, pack long
inputs into windows), forward (:mod:`.forward_torch` or
:mod:`.forward_ct2`, one batch at a time), postprocess
(:mod:`.postprocess`: decode, cut to the budget, align to the source).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...budget import Budget
from ...pipeline import Analysis
from ...progress import progress
from ...types import Summary
from . import forward_ct2, forward_torch, postprocess, preprocess
from .files import CONVERTED, DEFAULT_MODEL, require_extra, resolve_model
from .settings import GenerationSettings, check_device, check_options, pick_precision, pick_runtime


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
            (:mod:`summarizer.backends.mt5.loop`: ``generate``'s search and
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
        check_options(strategy=strategy, runtime=runtime, loop=loop, precision=precision, settings=settings)
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
        self.runtime = pick_runtime(runtime, has_copy, self.device_name)
        self.precision = pick_precision(precision, self.runtime, runtime, has_copy)
        self._model: Any = None
        self._tokenizer: Any = None
        self._decoder: Any = None

    # -- loading ---------------------------------------------------------------
    def _load(self) -> tuple[Any, Any]:
        if self._model is None:
            if self.runtime == "ctranslate2":
                loaded = forward_ct2.load(self.path, self.converted, self.device_name, self.precision)
            else:
                loaded = forward_torch.load(self.path, self.device_name, self.precision)
            self._tokenizer, self._model, self.device = loaded
        return self._tokenizer, self._model

    def _loop(self) -> Any:
        """Our decoding loop (:mod:`summarizer.backends.mt5.loop`) on the
        CPU, where it gives ``generate``'s tokens faster; ``None`` where
        ``generate`` runs (a GPU, ``loop=False``, or a model whose generation
        config asks for what the loop does not do)."""
        if not self.loop or self.device != "cpu":
            return None
        if self._decoder is None:
            self._decoder = forward_torch.decoder(self._model) or False
        return self._decoder or None

    # -- generation --------------------------------------------------------------
    def generate_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """The generated token ids of each input (no start, end or padding
        tokens), in input order; batched, longest first, on either runtime."""
        tokenizer, _ = self._load()
        st = self.settings
        out: list[list[int]] = [[] for _ in texts]
        batches = preprocess.batches(tokenizer, texts, st.max_input_tokens, st.batch_size)
        shown = None if self.progress and len(batches) > 1 else False  # None: on a terminal
        with progress(len(batches), "generating", show=shown) as advance:
            for batch in batches:
                for i, ids in zip(batch, self._batch([texts[i] for i in batch])):
                    out[i] = ids
                advance()
        return out

    def _batch(self, texts: list[str]) -> list[list[int]]:
        if self.runtime == "ctranslate2":
            return forward_ct2.generate_batch(self._tokenizer, self._model, texts, self.settings)
        return forward_torch.generate_batch(
            self._tokenizer, self._model, self.device, texts, self.settings, self._loop()
        )

    def generate_texts(self, texts: Sequence[str]) -> list[str]:
        """One generated text per input, in input order (batched, longest first)."""
        tokenizer, _ = self._load()
        return [postprocess.decode(tokenizer, ids) for ids in self.generate_ids(texts)]

    def windows(self, sentences: Sequence[str]) -> list[str]:
        """Sentences packed in order into texts that fit the model's window."""
        tokenizer, _ = self._load()
        counts = preprocess.token_counts(tokenizer, sentences)
        return preprocess.windows(sentences, counts, self.settings.max_input_tokens)

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
        generated = self._summarise_texts([[s.display for s in a.sentences] for a in analyses])
        return [
            postprocess.cited_summary(
                a,
                text,
                budget,
                backend=self.name,
                metadata={"language": a.language, "model": self.model_name, "strategy": self.strategy},
            )
            for a, text in zip(analyses, generated)
        ]

    def realise(self, groups: Sequence[Sequence[str]]) -> list[str]:
        """One generated sentence for each group of sentences (used by fusion)."""
        return [postprocess.first_sentence(t) for t in self._summarise_texts(groups)]
