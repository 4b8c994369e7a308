"""Speed of our TextRank against sumy's stock TextRank, and on a long document.

* Seeds: each seed summarised by our ``textrank`` backend (segmentation,
  cleaning, stems, vectorised matrix, sumy's power method) and by sumy's own
  TextRank on the same text through its own tokenizer path (a plain
  sentence split, since punkt data is not installable, and sumy's word
  tokenizer and Arabic stemmer).  Median of repeated runs; the ratio is
  sumy's time over ours (above 1: we are faster).
* A 1,000-sentence document (seed sentences, numbered so none repeats):
  wall time of ``textrank`` and ``salience`` end to end.

Run: ``python benchmarks/speed.py``; writes ``benchmarks/results/speed.{json,md}``.
"""

from __future__ import annotations

import statistics
import time

from _common import ROOT, write

from summarizer import Budget, Document, summarize
from summarizer.api import read_document
from summarizer.bench.datasets import Item
from summarizer.bench.systems import sumy_stock


def timed(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def long_document(n: int = 1000) -> Document:
    lines = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        lines += [l for l in p.read_text(encoding="utf-8").splitlines() if len(l.split()) > 12]
    sentences = [f"في البند {k} {lines[k % len(lines)].split('.')[0]}." for k in range(n)]
    return Document("long", "\n\n".join(sentences))


def main() -> None:
    budget = Budget(sentences=4)
    rows = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        doc = read_document(p)
        item = Item(doc.id, (doc,), ("",), "ar")

        def ours(doc=doc):
            return summarize(doc, backend="textrank", language="ar", budget=budget)

        def stock(item=item):
            return sumy_stock("textrank", item, budget, "ar")

        stock()  # warm up imports
        ours()
        t_ours = timed(ours)
        t_sumy = timed(stock)
        rows.append({"seed": doc.id, "ours_ms": 1000 * t_ours, "sumy_ms": 1000 * t_sumy, "ratio": t_sumy / t_ours})
    doc = long_document()
    from summarizer.pipeline import analyse

    n = len(analyse(doc).sentences)
    t_tr = timed(lambda: summarize(doc, backend="textrank", budget=budget), repeat=3)
    t_sal = timed(lambda: summarize(doc, backend="salience", budget=budget), repeat=3)
    lines = ["| seed | ours (ms) | sumy stock (ms) | sumy / ours |", "|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['seed']} | {r['ours_ms']:.1f} | {r['sumy_ms']:.1f} | {r['ratio']:.2f} |")
    total = sum(r["sumy_ms"] for r in rows) / sum(r["ours_ms"] for r in rows)
    lines.append(f"\nAll seeds: sumy's stock TextRank takes {total:.2f}x our time.")
    lines.append(f"\n{n}-sentence document: textrank {t_tr:.2f} s, salience {t_sal:.2f} s (target: under 2 s).")
    write(
        "speed",
        {"seeds": rows, "seed_ratio": total, "long_sentences": n, "long_textrank_s": t_tr, "long_salience_s": t_sal},
        "\n".join(lines),
    )


if __name__ == "__main__":
    main()
