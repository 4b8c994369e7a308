"""A study, not a shipped option: how much faster CTranslate2 decodes mT5 with a vocabulary shortlist.

mT5's output layer scores 250,112 pieces at every step, about 60% of the
weights a decoding step reads.  CTranslate2 can restrict it to a shortlist
(``use_vmap`` with a ``vmap.txt`` beside the converted model): here every
piece of the input (a summary mostly copies its input) plus the
``--shortlist`` pieces the tokenizer rates most probable (SentencePiece
scores).  Measured side by side in one run on the mT5-base architecture
(random weights, the test tokenizer, as ``mt5_throughput.py``): PyTorch
float32 (the baseline), CTranslate2 int8 with the full vocabulary, and
CTranslate2 int8 with the shortlist, at batch 1 and 8, 4 beams, no repeated
bigrams, exactly ``--new-tokens`` new tokens.  A shortlist changes output
wherever the model would pick a piece outside it, which random weights do
all the time, so agreement is not reported: it says nothing about a
trained checkpoint, and none can be downloaded here to check one.

Run: ``python benchmarks/mt5_shortlist.py [--shortlist K] [--new-tokens N]``;
writes ``results/mt5_shortlist.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import warnings
from pathlib import Path

from _common import write
from mt5_throughput import build, texts, timed_backend


def write_shortlist(folder: Path, k: int) -> None:
    """``vmap.txt`` in the converted model: each piece maps to itself, and the
    ``k`` pieces of highest SentencePiece score are always allowed."""
    import sentencepiece as spm

    converted = folder / "ctranslate2"
    vocab = json.loads((converted / "shared_vocabulary.json").read_text(encoding="utf-8"))
    sp = spm.SentencePieceProcessor(model_file=str(folder / "spiece.model"))
    scored = sorted(range(sp.get_piece_size()), key=lambda i: -sp.get_score(i))
    common = [sp.id_to_piece(i) for i in scored[:k]]
    with open(converted / "vmap.txt", "w", encoding="utf-8") as f:
        f.write("\t" + " ".join(p for p in common if " " not in p and "\t" not in p) + "\n")
        for piece in vocab:
            if piece and " " not in piece and "\t" not in piece:
                f.write(f"{piece}\t{piece}\n")


def main() -> None:
    import ctranslate2
    from transformers import AutoTokenizer

    warnings.simplefilter("ignore")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shortlist", type=int, default=2000)
    ap.add_argument("--new-tokens", type=int, default=32)
    args = ap.parse_args()
    n_new = args.new_tokens
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = build(Path(tmp) / "mt5-base")
        write_shortlist(folder, args.shortlist)
        tok = AutoTokenizer.from_pretrained(str(folder))
        for bs in (1, 8):
            docs = texts(2 if bs == 1 else bs)
            torch_backend = timed_backend(folder, "cpu", "torch", "float32", bs, n_new, loop=False)
            torch_backend.generate_ids(texts(1))
            t = time.perf_counter()
            produced = sum(len(x) for x in torch_backend.generate_ids(docs))
            rows.append({"run": "torch float32", "batch": bs, "tokens_per_s": produced / (time.perf_counter() - t)})
            print(rows[-1], flush=True)
            sources = [tok.convert_ids_to_tokens(tok(d, truncation=True, max_length=512)["input_ids"]) for d in docs]
            translator = ctranslate2.Translator(str(folder / "ctranslate2"), device="cpu", compute_type="int8")
            for vmap in (False, True):
                kw = {
                    "beam_size": 4,
                    "no_repeat_ngram_size": 2,
                    "min_decoding_length": n_new,
                    "max_decoding_length": n_new,
                    "use_vmap": vmap,
                    "max_batch_size": bs,
                }
                translator.translate_batch(sources[:1], **kw)
                t = time.perf_counter()
                out = translator.translate_batch(sources, **kw)
                secs = time.perf_counter() - t
                produced = sum(len(r.hypotheses[0]) for r in out)
                name = "ctranslate2 int8" + (f", shortlist {args.shortlist} + input" if vmap else "")
                rows.append({"run": name, "batch": bs, "tokens_per_s": produced / secs})
                print(rows[-1], flush=True)
    base = {r["batch"]: r["tokens_per_s"] for r in rows if r["run"] == "torch float32"}
    lines = [
        f"mT5-base architecture (random weights), 512-token inputs, 4 beams, no repeated bigrams, exactly "
        f"{n_new} new tokens; CPU; one run.",
        "",
        "| run | batch | tokens/s | vs PyTorch float32 |",
        "|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['run']} | {r['batch']} | {r['tokens_per_s']:.1f} | {r['tokens_per_s'] / base[r['batch']]:.1f}x |"
        )
    write("mt5_shortlist", {"shortlist": args.shortlist, "new_tokens": n_new, "runs": rows}, "\n".join(lines))


if __name__ == "__main__":
    main()
