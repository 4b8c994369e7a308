"""int8 on the CPU for the torch runtime: PyTorch's dynamic quantisation of the linear layers.

:func:`quantize` turns every linear layer into PyTorch's dynamic int8 one,
packed by oneDNN where the CPU multiplies int8 in hardware
(:func:`int8_packing`); :func:`fused` joins the int8 layers that read one
input into one layer, bit for bit their outputs side by side, for our
decoding loop (:mod:`.loop`).

torch warns that ``torch.ao.quantization`` will be removed, and points to
torchao's ``quantize_``.  Measured against it (torchao 0.18.0 on torch
2.13.0 CPU, mT5-base widths with 2 + 2 layers and a 32,000-piece output
layer, 4 beams, 24 new tokens, our loop, one run on a shared 2-core
machine): this path 23.5 tokens/s at batch 1 and 49.1 at batch 8;
torchao's int8 dynamic activations and weights 3.0 and 17.8 (0.13x,
0.36x), its int8 weight-only 3.3 and 11.9 (0.14x, 0.24x), float32 7.9 and
17.8.  Without ``torch.compile`` torchao's CPU kernels are slower than
float32 at batch 1, and importing it prints messages on stderr, so this
path stays until a supported one is as fast.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch


def quantize(model: Any) -> Any:
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
    if "onednn" in engines.supported_engines and int8_hardware():
        engines.engine = "onednn"
    try:
        yield
    finally:
        engines.engine = before


def int8_hardware(cpuinfo: str = "/proc/cpuinfo") -> bool:
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


#: Row counts :func:`fused` checks: the decoder's rows, inputs x beams.
PROBE_ROWS = (1, 2, 3, 4, 5, 8, 12, 16, 32, 33, 64, 128)


def fused(layers: list[Any]) -> Callable[[torch.Tensor], torch.Tensor] | None:
    """One linear layer doing the work of ``layers``, which read the same
    input: their outputs side by side, bit for bit.  Only for PyTorch's
    dynamic int8 layers without bias (None otherwise): each keeps its own
    int8 weights and scale, as the channels of one per-channel int8 weight,
    and the input is quantised once for all.  The integer sums are exact and
    each channel is scaled as before, so the outputs are the same where the
    kernels scale in the same order, which depends on the shapes: probe
    inputs of 1 to 128 rows (the decoder's inputs x beams) check it, and
    None is returned where any differs (measured: mT5's 768-wide layers
    agreed at every row count tried, 1 to 4,096; 64-wide ones differed in
    the last bit at 3 and 4 rows).  Measured once on mT5-base at batch 1: a
    self-attention's three projections 123 -> 43 us; fusing and checking
    the decoder's 24 groups takes a fraction of a second at load.  The
    encoder's layers are left as they are: 512 rows a call, the calls'
    overhead is small there and the check would cost more.
    """
    import torch

    dynamic = torch.ao.nn.quantized.dynamic.Linear
    if not all(
        isinstance(m, dynamic) and m._packed_params.dtype == torch.qint8 and (m.version or 0) >= 4 for m in layers
    ):
        return None
    weights = []
    for m in layers:
        weight, bias = m._weight_bias()
        if bias is not None or weight.qscheme() != torch.per_tensor_affine:
            return None
        weights.append(weight)
    scales = torch.cat([torch.full((w.shape[0],), w.q_scale(), dtype=torch.double) for w in weights])
    zeros = torch.cat([torch.full((w.shape[0],), w.q_zero_point(), dtype=torch.long) for w in weights])
    ints = torch.cat([w.int_repr() for w in weights])
    joined = torch._make_per_channel_quantized_tensor(ints, scales, zeros, 0)  # the same int8 values, no rounding
    with int8_packing():
        packed = torch.ops.quantized.linear_prepack(joined, None)

    def linear(x: torch.Tensor) -> torch.Tensor:
        return torch.ops.quantized.linear_dynamic(x, packed, reduce_range=True)

    # the kernels are chosen by shape: probe a range of row counts
    seed = torch.Generator().manual_seed(0)
    for rows in PROBE_ROWS:
        probe = torch.randn(rows, weights[0].shape[1], generator=seed)
        if not torch.equal(linear(probe), torch.cat([m(probe) for m in layers], -1)):
            return None
    return linear
