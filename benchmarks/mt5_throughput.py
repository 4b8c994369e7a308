"""Throughput of the mT5-base architecture: documents and generated tokens per second.

The model is built from mT5-base's configuration with random weights (the
compute equals the real checkpoint's), fed 512-token inputs, and made to
generate exactly ``--new-tokens`` tokens (``min_new_tokens ==
max_new_tokens``) with XL-Sum's beam search (4 beams, no repeated bigrams).
On CPU it runs a few documents at batch size 1; on CUDA, batch sizes 1, 8
and 32 in bfloat16.

Run: ``python benchmarks/mt5_throughput.py [--device cuda] [--docs N] [--batches 1,8,32]``;
writes ``results/mt5_throughput-<device>.{json,md}``.
"""

from __future__ import annotations

import argparse
import time

from _common import write


def build(device: str):
    import torch
    from transformers import MT5Config, MT5ForConditionalGeneration

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
    model = MT5ForConditionalGeneration(config).eval()
    if device.startswith("cuda"):
        model = model.to(device=device, dtype=torch.bfloat16)
    return model


def main() -> None:
    import torch

    from summarizer.backends.mt5 import GenerationSettings

    ap = argparse.ArgumentParser()
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--docs", type=int, default=None, help="documents per batch size (default: 2 on CPU, 64 on GPU)")
    ap.add_argument("--batches", default=None, help="batch sizes (default: 1 on CPU, 1,8,32 on GPU)")
    ap.add_argument("--new-tokens", type=int, default=84)
    args = ap.parse_args()
    gpu = args.device.startswith("cuda")
    batches = [int(b) for b in (args.batches or ("1,8,32" if gpu else "1")).split(",")]
    docs = args.docs or (64 if gpu else 2)
    st = GenerationSettings()
    start = time.perf_counter()
    model = build(args.device)
    build_s = time.perf_counter() - start
    name = torch.cuda.get_device_name(args.device) if gpu else f"CPU, {torch.get_num_threads()} threads"
    gen = torch.Generator().manual_seed(1)
    rows = []
    for bs in batches:
        n = max(docs, bs)
        n -= n % bs
        ids = torch.randint(3, 250000, (n, st.max_input_tokens), generator=gen)
        kwargs = {
            "num_beams": st.num_beams,
            "no_repeat_ngram_size": st.no_repeat_ngram_size,
            "max_new_tokens": args.new_tokens,
            "min_new_tokens": args.new_tokens,
            "do_sample": False,
        }
        with torch.inference_mode():
            warm = ids[:bs].to(args.device)
            model.generate(input_ids=warm, attention_mask=torch.ones_like(warm), max_new_tokens=2, min_new_tokens=2)
            if gpu:
                torch.cuda.synchronize()
            t0 = time.perf_counter()
            produced = 0
            for k in range(0, n, bs):
                x = ids[k : k + bs].to(args.device)
                out = model.generate(input_ids=x, attention_mask=torch.ones_like(x), **kwargs)
                produced += (out.shape[1] - 1) * out.shape[0]
            if gpu:
                torch.cuda.synchronize()
            secs = time.perf_counter() - t0
        rows.append(
            {
                "batch": bs,
                "documents": n,
                "seconds": secs,
                "docs_per_s": n / secs,
                "tokens_per_s": produced / secs,
                "new_tokens_per_doc": produced / n,
            }
        )
        print(rows[-1], flush=True)
    lines = [
        f"mT5-base architecture (random weights), {st.max_input_tokens}-token inputs, {st.num_beams} beams, "
        f"exactly {args.new_tokens} new tokens; device: {name}; model built in {build_s:.0f} s.",
        "",
        "| batch | documents | seconds | documents/s | generated tokens/s |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['batch']} | {r['documents']} | {r['seconds']:.1f} | {r['docs_per_s']:.3f} "
            f"| {r['tokens_per_s']:.1f} |"
        )
    tag = "cuda" if gpu else "cpu"
    write(f"mt5_throughput-{tag}", {"device": name, "runs": rows, "new_tokens": args.new_tokens}, "\n".join(lines))


if __name__ == "__main__":
    main()
