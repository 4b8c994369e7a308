"""Abstractive summaries with mT5 (Hugging Face ``transformers`` 5 + ``sentencepiece``).

Three steps, as the pipelines of ``transformers`` shape them, one module each:

* :mod:`.preprocess`: tokenize, order the inputs into batches (longest
  first), pack long inputs into windows of the model's length;
* forward, one module per runtime: :mod:`.forward_torch` (PyTorch; on the
  CPU our decoding loop, :mod:`.loop` over :mod:`.search`, with int8 from
  :mod:`.int8`) and :mod:`.forward_ct2` (CTranslate2, ``pip install
  'cited-briefs[mt5-fast]'``, on a copy made once by ``summarizer convert``,
  :mod:`.conversion`);
* :mod:`.postprocess`: decode, cut to the budget, align each generated
  sentence to the source sentences that support it (see
  :mod:`summarizer.align`).

:mod:`.backend` runs them in that order (:class:`MT5Backend`, the backend
the registry loads); :mod:`.files` finds the model folder and refuses a
suspect one before anything is loaded; :mod:`.settings` checks the options.

The model is a local folder or a hub id.  Nothing is downloaded: a hub id
must already be in the local Hugging Face cache.  Before anything heavy is
imported, the backend checks that the ``mt5`` extra is installed and that
the model is there, and fails at once with a message that says what to do.
The default, ``csebuetnlp/mT5_multilingual_XLSum``, is mT5-base fine-tuned
on XL-Sum (45 languages, Arabic among them); its generation settings are the
defaults here.

Both runtimes generate with the same tokenizer, batches and settings.  On
the CPU, PyTorch decodes with our own loop: ``generate``'s search, decision
for decision, without its overhead, so float32 gives ``generate``'s tokens
but where two hypotheses score within a few rounding steps of each other
(see :mod:`.loop`); on a GPU, ``transformers``' ``generate`` with a beam
cache that leaves the cross-attention keys and values in place.
``precision="int8"`` quantises the linear layers (PyTorch's dynamic int8)
or loads CTranslate2's int8 weights; speeds are in the README
(``benchmarks/mt5_throughput.py``).  The CTranslate2 copy is made once,
offline, by ``summarizer convert --model DIR`` (:func:`convert`) into
``DIR/ctranslate2`` or a folder given; it is never made while summarising.
``runtime="auto"`` (the default) is PyTorch on the CPU, where our loop is
the faster at every batch size and precision measured, and on a GPU
CTranslate2 when it is installed and the converted copy is there.  A
converted copy makes int8 the default precision on either runtime.
"""

from __future__ import annotations

from .backend import MT5Backend
from .conversion import convert
from .files import CONVERTED, DEFAULT_MODEL, MAX_FILE_SIZES, check_model_folder, require_extra, resolve_model
from .settings import DEVICES, PRECISIONS, RUNTIMES, STRATEGIES, GenerationSettings

__all__ = [
    "CONVERTED",
    "DEFAULT_MODEL",
    "DEVICES",
    "MAX_FILE_SIZES",
    "PRECISIONS",
    "RUNTIMES",
    "STRATEGIES",
    "GenerationSettings",
    "MT5Backend",
    "check_model_folder",
    "convert",
    "require_extra",
    "resolve_model",
]
