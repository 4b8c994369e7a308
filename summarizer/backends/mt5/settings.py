"""The backend's options: generation settings, runtime, precision and device, each checked once."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ...errors import MissingDependencyError, OptionError
from .files import FAST_EXTRA, ct2_installed

RUNTIMES = ("auto", "torch", "ctranslate2")
PRECISIONS = ("float32", "int8")
STRATEGIES = ("chunk", "truncate")
DEVICES = ("cpu", "cuda", "cuda:N")
#: The backend's own keywords, beside the fields of :class:`GenerationSettings`.
BACKEND_OPTIONS = ("model", "device", "strategy", "runtime", "precision", "converted", "progress", "loop")


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


def check_options(
    *, strategy: str, runtime: str, loop: object, precision: str | None, settings: Mapping[str, object]
) -> None:
    """Refuse an unknown choice or keyword, naming the valid ones (the
    generation settings' values are checked by :class:`GenerationSettings`)."""
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
        valid = sorted(known | set(BACKEND_OPTIONS))
        raise OptionError(f"backend 'mt5' has no option {', '.join(map(repr, bad))}; its options: {', '.join(valid)}")


def check_device(device: str | None) -> str | None:
    """``device`` if it is cpu, cuda or cuda:N (or None: the default)."""
    if device is None:
        return None
    if not isinstance(device, str) or not re.fullmatch(r"cpu|cuda(:\d+)?", device):
        raise OptionError(f"unknown device {device!r}; choose {', '.join(DEVICES)}")
    return device


def pick_runtime(runtime: str, has_copy: bool, device: str | None) -> str:
    """The runtime to use: CTranslate2 when asked for (it must be installed)
    or, for ``auto``, on a GPU when it is installed and the converted copy is
    there (``has_copy``); PyTorch otherwise.  On the CPU ``auto`` is PyTorch: our decoding
    loop was the fastest there at batch 1 and 8, float32 and int8 alike
    (``benchmarks/mt5_throughput.py``)."""
    if runtime == "ctranslate2":
        if not ct2_installed():
            raise MissingDependencyError(f"the ctranslate2 runtime needs CTranslate2: {FAST_EXTRA}")
        return "ctranslate2"
    if runtime == "auto" and has_copy and ct2_installed():
        if device is None:
            import ctranslate2

            gpu = ctranslate2.get_cuda_device_count() > 0
        else:
            gpu = device.startswith("cuda")
        if gpu:
            return "ctranslate2"
    return "torch"


def pick_precision(precision: str | None, runtime: str, asked: str, has_copy: bool) -> str:
    """``precision``, or the default: int8 where the runtime is CTranslate2,
    or where ``auto`` (``asked``) finds a converted copy (made to run fast)
    and runs PyTorch on the CPU instead; float32 otherwise."""
    fast = asked == "auto" and has_copy
    return precision or ("int8" if runtime == "ctranslate2" or fast else "float32")
