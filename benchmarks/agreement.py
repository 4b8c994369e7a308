"""How much room there is: systems and people scored against a held-out reference.

For every set in ``../shared/data/``, each reference in turn is held out and
scored against (``summarizer.bench.agreement``): another person's summary
(``human``), the default and the baselines, the greedy oracle rebuilt from
the *other* references, and on single documents ``consensus`` (the
sentences the other annotators chose most often).  The row
``oracle-greedy (fitted)`` is the harness's oracle, built from all the
references it is scored against, as in ``quality.md``: the gap between the
two oracle rows is what fitting to the test references is worth.

ROUGE-2 F1, averaged over held-out references then items, 95% bootstrap
intervals, paired permutation tests (seed 0); budgets as in ``quality.py``.

Run: ``python benchmarks/agreement.py [--quick]``; writes ``results/agreement.{json,md}``.
"""

from __future__ import annotations

import time

from _common import quick_option, reference_sets, write

from summarizer.bench import agreement, harness
from summarizer.bench.datasets import load
from summarizer.registry import default_registry

SINGLE = ["human", "salience", "textrank", "lead", "consensus", "oracle-greedy"]
MULTI = ["human", "fusion", "lead", "lead-rr", "oracle-greedy"]
FITTED = "oracle-greedy (fitted)"
TYPES = ("rouge2",)


def table(bench, fitted) -> str:
    lines = ["| system | ROUGE-2 vs a held-out reference |", "|---|---|"]
    for r in bench.runs:
        ci = bench.interval(r.name, "rouge2")
        fails = f" ({len(r.failures)} failed)" if r.failures else ""
        lines.append(f"| {r.name}{fails} | {100 * ci.mean:.2f} [{100 * ci.low:.1f}, {100 * ci.high:.1f}] |")
    ci = fitted.interval("oracle-greedy", "rouge2")
    lines.append(f"| {FITTED} | {100 * ci.mean:.2f} [{100 * ci.low:.1f}, {100 * ci.high:.1f}] |")
    return "\n".join(lines)


def verdicts(bench, fitted, default: str) -> str:
    names = [r.name for r in bench.runs]
    out = []
    for other in [n for n in names if n != default]:
        c = bench.compare(default, other)
        out.append(
            f"- {default} vs {other}: {100 * c.difference:+.2f} points, p = {c.p_value:.4f} "
            f"({'significant' if c.significant() else 'not significant'} at 0.05)"
        )
    mine = bench.interval(default, "rouge2").mean
    held = bench.interval("oracle-greedy", "rouge2").mean
    fit = fitted.interval("oracle-greedy", "rouge2").mean
    out.append(
        f"- {default} reaches {100 * mine / held:.1f}% of the oracle rebuilt without the held-out "
        f"reference, and {100 * mine / fit:.1f}% of the fitted one"
    )
    return "\n".join(out)


def copies(items) -> str:
    found = agreement.near_copies(items)
    if not found:
        return ""
    ids = sorted({i for i, _, _ in found})
    where = ", ".join(ids) if len(ids) <= 5 else f"{len(ids)} items"
    return (
        f"- {len(found)} pairs of references are near-copies of each other (ROUGE-2 F at least 80 "
        f"between them; {where}); they lift `human`\n"
    )


def main() -> None:
    quick = quick_option(__doc__)
    reg = default_registry()
    sections, data, multi, fits = [], {}, [], []
    for path in reference_sets():
        items = load(path, limit=5 if quick else None)
        is_multi = items[0].multi
        systems = MULTI if is_multi else SINGLE
        default = "fusion" if is_multi else "salience"
        start = time.perf_counter()
        bench = agreement.held_out(items, systems, registry=reg, dataset=path.stem, types=TYPES, progress=False)
        # The harness's oracle, on the same items, for the fitted row.
        scored = set(bench.items)
        fitted = harness.run(
            [i for i in items if i.id in scored],
            ["oracle-greedy"],
            registry=reg,
            dataset=path.stem,
            types=TYPES,
            progress=False,
        )
        md = (
            f"### {path.stem} ({len(bench.items)} items)\n\n{table(bench, fitted)}\n\n"
            f"{verdicts(bench, fitted, default)}\n{copies(items)}"
        )
        sections.append(md)
        print(md, f"({time.perf_counter() - start:.0f} s)", flush=True)
        data[path.stem] = {"held_out": bench.to_dict()["table"], "fitted_oracle": fitted.to_dict()["table"]}
        if is_multi:
            multi.append(bench)
            fits.append(fitted)
    if multi:
        pool, pool_fit = harness.pool(multi), harness.pool(fits)
        md = (
            f"### MultiLing 2011 pooled over {len(multi)} languages ({len(pool.items)} clusters)\n\n"
            f"{table(pool, pool_fit)}\n\n{verdicts(pool, pool_fit, 'fusion')}\n"
        )
        sections.insert(0, md)
        print(md)
        data["multiling-pooled"] = {"held_out": pool.to_dict()["table"], "fitted_oracle": pool_fit.to_dict()["table"]}
    write("agreement" + ("-quick" if quick else ""), {"tables": data}, "\n".join(sections))


if __name__ == "__main__":
    main()
