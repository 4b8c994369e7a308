"""Single-document quality under a word *cap* (``summarizer brief --words N``)
on EASC: the default ``salience`` against ``lead``, as a user gets them.

The quality tables (``quality.py``) use a word budget as a target, the
ROUGE convention; a cap is different: a sentence that does not fit is
passed over and, when none fits, the best one is shown shortened.  Caps:
each item's median reference length (the quality convention), 37 words (a
short article's budget in the held-out set of issue 35) and 20 words.
ROUGE-2 F1 with a paired permutation test (seed 0), failures counted.

Run: ``python benchmarks/capped.py [--quick]``; writes ``results/capped.{json,md}``.
"""

from __future__ import annotations

from _common import DATA, quick_option, table, write

from summarizer.bench import harness
from summarizer.bench.datasets import load
from summarizer.budget import Budget
from summarizer.registry import default_registry

SYSTEMS = ["salience", "lead"]


def main() -> None:
    quick = quick_option(__doc__)
    items = load(DATA / "easc-wiki.jsonl", limit=10 if quick else None)
    reg = default_registry()
    caps = {"median reference": None, "37 words": Budget(words=37), "20 words": Budget(words=20)}
    rows, data = [], {}
    for name, cap in caps.items():
        bench = harness.run(items, SYSTEMS, registry=reg, dataset="easc", budget=cap, strict=True, progress=False)
        c = bench.compare("salience", "lead")
        fails = {r.name: len(r.failures) for r in bench.runs}
        cells = [f"{100 * bench.interval(n, 'rouge2').mean:.2f}" for n in SYSTEMS]
        rows.append(
            f"| {name} | {cells[0]} | {cells[1]} | {100 * c.difference:+.2f} | {c.p_value:.4f} | "
            f"{fails['salience']} / {fails['lead']} |"
        )
        data[name] = {
            "salience": float(bench.interval("salience", "rouge2").mean),
            "lead": float(bench.interval("lead", "rouge2").mean),
            "difference": float(c.difference),
            "p": float(c.p_value),
            "failures": fails,
        }
        print(rows[-1], flush=True)
    columns = ["cap", "salience", "lead", "difference", "paired p", "failures (salience / lead)"]
    md = "\n".join(table(f"EASC under a word cap ({len(items)} articles), ROUGE-2 F1", columns, rows))
    write("capped" + ("-quick" if quick else ""), data, md)


if __name__ == "__main__":
    main()
