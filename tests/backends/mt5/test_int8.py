"""PyTorch's dynamic int8 for the torch runtime (summarizer/backends/mt5/int8.py)."""

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch

from summarizer.backends.mt5.int8 import fused, int8_hardware, quantize

from .conftest import measured


def test_int8_packing_leaves_the_global_engine_as_it_was(varied):
    _, _, model, _ = varied
    before = torch.backends.quantized.engine
    q = quantize(model)
    assert torch.backends.quantized.engine == before
    assert type(q.lm_head).__module__.startswith("torch.ao.nn.quantized.dynamic")


def test_int8_hardware_is_read_from_the_cpu_flags(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512f\n\nprocessor\t: 1\n", encoding="utf-8")
    assert not int8_hardware(str(info))
    info.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512_vnni amx_tile\n", encoding="utf-8")
    assert int8_hardware(str(info))
    assert not int8_hardware(str(tmp_path / "missing"))


def test_int8_layers_that_read_one_input_fuse_into_one_bit_for_bit():
    torch.manual_seed(0)
    for width, fuses in ((768, measured()), (64, False)):  # mT5-base's width fuses; a narrow one may not (shapes)
        layers = [torch.nn.Linear(width, n, bias=False) for n in (width, width, width // 2)]
        quantized = list(quantize(torch.nn.Sequential(*layers)))
        joined = fused(quantized)
        assert joined is not None or not fuses
        if joined is not None:  # then its output is theirs side by side, bit for bit
            for rows in (1, 3, 4, 37, 200):
                x = torch.randn(rows, 1, width) * 3
                assert torch.equal(joined(x), torch.cat([m(x) for m in quantized], -1))
        assert fused(layers) is None  # float32 layers stay as they are
    with_bias = quantize(torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.Linear(64, 8)))
    assert fused(list(with_bias)) is None
