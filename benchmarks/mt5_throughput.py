"""Throughput of the mT5-base architecture on each runtime: documents and generated tokens per second.

The model is mT5-base's configuration with random weights (the compute
equals the real checkpoint's), saved as a model folder with the tiny test
tokenizer and converted once for CTranslate2 (``summarizer convert``).
Everything runs through the backend (:class:`summarizer.backends.mt5.MT5Backend`,
``generate_ids``): 512-token inputs (seed reports, cut at the window),
XL-Sum's beam search (4 beams, no repeated bigrams), exactly
``--new-tokens`` new tokens (minimum = maximum).  Side by side in one
run, each the median of three timed runs after one untimed run on the
same documents, at batch sizes 1 and 8, float32 and int8 (PyTorch's dynamic
quantisation of the linear layers, packed by oneDNN on a CPU with int8
instructions; CTranslate2's int8 weights):

* ``transformers generate`` (float32), the baseline: ``transformers``' own
  ``generate`` with its own cache, which copies the cross-attention keys and
  values at every beam step, with the backend's settings and its model
  loaded before timing, as every runtime's is;
* ``torch, generate``: the backend's torch runtime through ``generate``
  with a cache that leaves those keys and values in place
  (``summarizer.backends.mt5.forward_torch.beam_cache``; ``loop=False``);
* ``torch, our loop``: the torch runtime's default on the CPU, our decoding
  loop (:mod:`summarizer.backends.mt5.loop`), the same model and search;
* ``ctranslate2``: the converted copy.

Also: on the same inputs, how often each one's tokens equal PyTorch
float32's through ``generate`` (greedy and beam), and where they first
differ.

Run: ``python benchmarks/mt5_throughput.py [--device cuda] [--batches 1,8,32] [--new-tokens N] [--repeats N]``;
writes ``results/mt5_throughput-<device>.{json,md}``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from _common import ROOT, write

sys.path.insert(0, str(ROOT))

#: (label, runtime, precision, our decoding loop): the torch runtime's loop is used on the CPU only
RUNS = (
    ("torch, generate", "torch", "float32", False),
    ("torch, generate", "torch", "int8", False),
    ("torch, our loop", "torch", "float32", True),
    ("torch, our loop", "torch", "int8", True),
    ("ctranslate2", "ctranslate2", "float32", True),
    ("ctranslate2", "ctranslate2", "int8", True),
)


def runs(gpu: bool) -> list[tuple[str, str, str, bool]]:
    """The runs of :data:`RUNS` this device has: PyTorch's dynamic int8 and our loop are CPU-only."""
    return [r for r in RUNS if not (gpu and ((r[1] == "torch" and r[2] == "int8") or r[0] == "torch, our loop"))]


def build(folder: Path) -> Path:
    import torch
    from transformers import MT5Config, MT5ForConditionalGeneration

    from summarizer.backends.mt5 import convert
    from tests.tiny_mt5 import build as tiny

    config = MT5Config(  # mT5-base
        vocab_size=250112,
        d_model=768,
        d_kv=64,
        d_ff=2048,
        num_layers=12,
        num_decoder_layers=12,
        num_heads=12,
        feed_forward_proj="gated-gelu",
        tie_word_embeddings=False,
        decoder_start_token_id=0,
        pad_token_id=0,
        eos_token_id=1,
    )
    torch.manual_seed(0)
    MT5ForConditionalGeneration(config).eval().save_pretrained(folder)
    tok = tiny(folder.parent / "tokenizer")
    for name in ("spiece.model", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(tok / name, folder / name)
    convert(str(folder))
    return folder


def texts(n: int) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [seeds[k % len(seeds)][k * 97 % 500 :] for k in range(n)]


def timed_backend(
    folder: Path, device: str, runtime: str, precision: str, batch: int, new_tokens: int, loop: bool = True
):
    """The backend as the throughput runs use it: XL-Sum's beam search (4
    beams, no repeated bigrams), exactly ``new_tokens`` new tokens."""
    from summarizer.backends.mt5 import MT5Backend

    return MT5Backend(
        model=str(folder),
        device=device,
        runtime=runtime,
        precision=precision,
        loop=loop,
        num_beams=4,
        no_repeat_ngram_size=2,
        max_new_tokens=new_tokens,
        min_new_tokens=new_tokens,
        batch_size=batch,
        progress=False,
    )


def stock(folder: Path, settings) -> Callable[[list[str]], list[list[int]]]:
    """``transformers``' ``generate`` as a user of it runs it: float32, its
    own cache, the backend's ``settings`` (GenerationSettings) and batches
    (longest first).  The model is loaded here, once, outside any timing."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(folder)).eval()
    st = settings
    kwargs = {
        "num_beams": st.num_beams,
        "no_repeat_ngram_size": st.no_repeat_ngram_size,
        "max_new_tokens": st.max_new_tokens,
        "min_new_tokens": st.min_new_tokens,
        "length_penalty": st.length_penalty,
        "do_sample": False,
    }

    def generate(docs: list[str]) -> list[list[int]]:
        cut = {"truncation": True, "max_length": st.max_input_tokens}
        order = sorted(docs, key=lambda d: -len(tok(d, **cut)["input_ids"]))
        out = []
        for k in range(0, len(order), st.batch_size):
            enc = tok(order[k : k + st.batch_size], padding=True, return_tensors="pt", **cut)
            with torch.inference_mode():
                rows = model.generate(**enc, **kwargs)
            out += [[t for t in r[1:] if t not in (tok.pad_token_id, tok.eos_token_id)] for r in rows.tolist()]
        return out

    return generate


def timed_row(
    runtime: str, precision: str, batch: int, run: Callable[[list[str]], list[list[int]]], repeats: int
) -> dict:
    """``run`` timed on the batch's documents: the median of ``repeats``
    runs, after one untimed run on the same documents.  The first run at a
    batch's shapes pays for memory the engines touch for the first time
    (measured: our int8 loop at batch 8 gave 23 tokens/s on its first run,
    43-44 on the next four), and single runs here vary by up to a fifth (at
    batch 1: 25.0 tokens/s in one benchmark run, 29-33 in ten repeats)."""
    docs = texts(max(2, batch) if batch == 1 else batch)
    run(docs)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        out = run(docs)
        times.append(time.perf_counter() - t)
    secs = statistics.median(times)
    row = {
        "runtime": runtime,
        "precision": precision,
        "batch": batch,
        "documents": len(docs),
        "seconds": secs,
        "seconds_each": times,
        "docs_per_s": len(docs) / secs,
        "tokens_per_s": sum(len(x) for x in out) / secs,
    }
    print(row, flush=True)
    return row


def first_difference(a: list[int], b: list[int]) -> int | None:
    for k, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return k
    return None if len(a) == len(b) else min(len(a), len(b))


def main() -> None:
    import torch

    from summarizer.backends.mt5 import MT5Backend

    warnings.simplefilter("ignore")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--batches", default=None, help="batch sizes (default: 1,8; 1,8,32 on a GPU)")
    ap.add_argument("--new-tokens", type=int, default=32)
    ap.add_argument("--repeats", type=int, default=3, help="timed runs per row, the median reported (default 3)")
    args = ap.parse_args()
    gpu = args.device.startswith("cuda")
    batches = [int(b) for b in (args.batches or ("1,8,32" if gpu else "1,8")).split(",")]
    name = torch.cuda.get_device_name(args.device) if gpu else f"CPU, {torch.get_num_threads()} threads"
    rows = []
    agreement = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mt5-base"
        t0 = time.perf_counter()
        build(folder)
        build_s = time.perf_counter() - t0
        n_new = args.new_tokens
        if not gpu:
            for bs in batches:
                settings = timed_backend(folder, args.device, "torch", "float32", bs, n_new).settings
                rows.append(timed_row("transformers generate", "float32", bs, stock(folder, settings), args.repeats))
        for label, runtime, precision, loop in runs(gpu):
            for bs in batches:
                backend = timed_backend(folder, args.device, runtime, precision, bs, n_new, loop)
                rows.append(timed_row(label, precision, bs, backend.generate_ids, args.repeats))
        # agreement with generate in float32 on the same inputs (free length, greedy and beam)
        sample = texts(6)
        for beams in (1, 4):
            kw = {"num_beams": beams, "no_repeat_ngram_size": 2, "max_new_tokens": n_new, "progress": False}
            ref = MT5Backend(
                model=str(folder), device=args.device, runtime="torch", precision="float32", loop=False, **kw
            )
            base = ref.generate_ids(sample)
            for label, runtime, precision, loop in runs(gpu)[1:]:  # the first is the reference
                b = MT5Backend(
                    model=str(folder), device=args.device, runtime=runtime, precision=precision, loop=loop, **kw
                )
                got = b.generate_ids(sample)
                firsts = [first_difference(x, y) for x, y in zip(base, got)]
                agreement.append(
                    {
                        "beams": beams,
                        "runtime": label,
                        "precision": precision,
                        "identical": sum(f is None for f in firsts),
                        "of": len(sample),
                        "first_difference": [f for f in firsts if f is not None],
                    }
                )
                print(agreement[-1], flush=True)

    def per_batch(runtime: str) -> dict[int, float]:
        return {r["batch"]: r["tokens_per_s"] for r in rows if r["runtime"] == runtime and r["precision"] == "float32"}

    base, plain = per_batch("torch, generate"), per_batch("transformers generate")
    lines = [
        f"mT5-base architecture (random weights), 512-token inputs, 4 beams, no repeated bigrams, exactly "
        f"{args.new_tokens} new tokens; device: {name}; model built and converted in {build_s:.0f} s; "
        f"each row the median of {args.repeats} timed runs after one untimed run.",
        "",
        "| runtime | precision | batch | documents | seconds | documents/s | tokens/s | vs transformers generate "
        "| vs torch float32 (generate) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratios = [r["tokens_per_s"] / b[r["batch"]] if r["batch"] in b else float("nan") for b in (plain, base)]
        lines.append(
            f"| {r['runtime']} | {r['precision']} | {r['batch']} | {r['documents']} | {r['seconds']:.1f} | "
            f"{r['docs_per_s']:.3f} | {r['tokens_per_s']:.1f} | {ratios[0]:.1f}x | {ratios[1]:.1f}x |"
        )
    lines += [
        "",
        f"Same tokens as PyTorch float32 through `generate` on 6 inputs ({args.new_tokens} new tokens at most):",
        "",
        "| search | runtime | precision | identical | first differing token (the others) |",
        "|---|---|---|---|---|",
    ]
    for a in agreement:
        search = "greedy" if a["beams"] == 1 else f"beam {a['beams']}"
        lines.append(
            f"| {search} | {a['runtime']} | {a['precision']} | {a['identical']} / {a['of']} | "
            f"{', '.join(map(str, a['first_difference'])) or '-'} |"
        )
    tag = "cuda" if gpu else "cpu"
    write(
        f"mt5_throughput-{tag}",
        {"device": name, "runs": rows, "agreement": agreement, "new_tokens": args.new_tokens},
        "\n".join(lines),
    )


if __name__ == "__main__":
    main()
