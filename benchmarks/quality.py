"""Quality tables for every reference set in ``../shared/data/``.

Single-document sets (EASC): the default ``salience``, our ``textrank`` and
``lexrank``, sumy's stock TextRank and LexRank run as a user would, ``lead``,
``random`` and the greedy ``oracle``; budget: the item's median reference
length in words, truncated.  Multi-document sets (MultiLing 2011): ``fusion``
(the default for several reports) against the same systems run over the
concatenated reports in the order given (so ``lead`` is the first report's
opening, then the next report's: the convention of the quality issue),
``brief`` (fusion as ``summarizer brief`` runs it: stories grouped first,
each story's brief in turn), plus
``lead-rr``, the first sentence of each report in turn, short lines and
repeats left out (the strongest baseline), and ``concepts``, the concept
coverage program over all sentences (Gillick and Favre); budget 250 words,
truncated; and at 100 words (``fusion``, ``brief``, ``lead-rr``, ``concepts``: the
held-out English clusters of the fusion issue are scored at that length).
Also pooled over the seven MultiLing languages, where the
seven translations of a topic are one story: tests are also run over the
ten story means (exact sign-flip permutation).

ROUGE F1 averaged over references then items, 95% bootstrap intervals,
paired permutation tests (seed 0).  English with Porter stems, other
languages unstemmed, Arabic letters folded (see the data README).

Run: ``python benchmarks/quality.py [--quick]``; writes ``results/quality.{json,md}``.
"""

from __future__ import annotations

import time

from _common import DATA, quick_option, reference_sets, write

from summarizer.bench import harness
from summarizer.bench.datasets import load
from summarizer.budget import Budget
from summarizer.registry import default_registry

SINGLE = [
    "salience",
    "textrank",
    "lexrank",
    "sumy-textrank",
    "sumy-lexrank",
    "lead",
    "random",
    "oracle",
    "oracle-greedy",
]
MULTI = [
    "fusion",
    "brief",
    "salience",
    "textrank",
    "lexrank",
    "sumy-textrank",
    "sumy-lexrank",
    "lead",
    "lead-rr",
    "concepts",
    "random",
    "oracle",
]
TYPES = ("rouge1", "rouge2", "rougeL")
#: MultiLing is also scored at 100 words, the length of the held-out English
#: clusters' target in the fusion issue, with the systems that matter there.
SHORT_WORDS = 100
SHORT = ["fusion", "brief", "lead-rr", "concepts"]


def table(bench, systems) -> str:
    lines = ["| system | ROUGE-1 | ROUGE-2 | ROUGE-L | items/s |", "|---|---|---|---|---|"]
    for name in systems:
        cells = []
        for t in TYPES:
            ci = bench.interval(name, t)
            cells.append(f"{100 * ci.mean:.2f} [{100 * ci.low:.1f}, {100 * ci.high:.1f}]")
        run = {r.name: r for r in bench.runs}[name]
        fails = f" ({len(run.failures)} failed)" if run.failures else ""
        lines.append(f"| {name}{fails} | " + " | ".join(cells) + f" | {run.items_per_second:.1f} |")
    return "\n".join(lines)


def verdicts(bench, default: str) -> str:
    others = ["lead"] + (["lead-rr", "concepts"] if default == "fusion" else [])
    pairs = [
        (default, o)
        for o in [*others, "sumy-textrank", "sumy-lexrank", "textrank" if default != "textrank" else "lexrank"]
    ]
    if default != "fusion":  # our TextRank against sumy's, each on one document
        pairs += [("textrank", "sumy-textrank"), ("textrank", "sumy-lexrank")]
    else:  # what summarizer brief prints (stories first) against the strongest baseline
        pairs += [("brief", "lead-rr")]
    out = []
    for a, b in pairs:
        c = bench.compare(a, b)
        line = (
            f"- {a} vs {b}: ROUGE-2 {100 * c.difference:+.2f} points, paired permutation "
            f"p = {c.p_value:.4f} ({'significant' if c.significant() else 'not significant'} at 0.05)"
        )
        if bench.shares_stories:  # translations of one story are not independent: test over stories
            s = bench.compare_stories(a, b)
            line += f"; over the {s.method.split('(')[1].rstrip(')')}: p = {s.p_value:.4f}"
            line += f" ({'significant' if s.significant() else 'not significant'})"
        out.append(line)
    oracle = bench.interval("oracle", "rouge2").mean
    out.append(
        f"- {default} reaches {100 * bench.interval(default, 'rouge2').mean / oracle:.1f}% of the oracle's ROUGE-2"
    )
    if "oracle-greedy" in {r.name for r in bench.runs}:
        greedy = bench.interval("oracle-greedy", "rouge2").mean
        out.append(
            f"- {default} reaches {100 * bench.interval(default, 'rouge2').mean / greedy:.1f}% of the "
            "greedy oracle's (no swaps)"
        )
    return "\n".join(out)


def short_section(benches) -> tuple[str, dict]:
    """MultiLing pooled and per language at :data:`SHORT_WORDS` words."""
    pool = harness.pool(benches)
    title = f"### MultiLing 2011 pooled at {SHORT_WORDS} words ({len(pool.items)} clusters)"
    lines = [title, "", table(pool, SHORT), ""]
    for a, b in [("fusion", "lead-rr"), ("fusion", "concepts"), ("brief", "lead-rr")]:
        c, st = pool.compare(a, b), pool.compare_stories(a, b)
        lines.append(
            f"- {a} vs {b}: ROUGE-2 {100 * c.difference:+.2f} points, p = {c.p_value:.4f} over clusters, "
            f"{st.p_value:.4f} over stories ({'significant' if st.significant() else 'not significant'})"
        )
    lines += ["", "| language | " + " | ".join(SHORT) + " |", "|---|" + "---|" * len(SHORT)]
    for b in benches:
        cells = [f"{100 * b.interval(n, 'rouge2').mean:.2f}" for n in SHORT]
        lines.append(f"| {b.dataset.rsplit('-', 1)[1]} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n", pool.to_dict()["table"]


def main() -> None:
    quick = quick_option(__doc__)
    reg = default_registry()
    sections, data = [], {}
    multi = []
    for path in reference_sets():
        items = load(path, limit=5 if quick else None)
        systems = MULTI if items[0].multi else SINGLE
        start = time.perf_counter()
        bench = harness.run(items, systems, registry=reg, dataset=path.stem, types=TYPES, progress=False)
        default = "fusion" if items[0].multi else "salience"
        md = f"### {path.stem} ({len(items)} items)\n\n{table(bench, systems)}\n\n{verdicts(bench, default)}\n"
        sections.append(md)
        print(md, f"({time.perf_counter() - start:.0f} s)", flush=True)
        data[path.stem] = bench.to_dict()["table"]
        if items[0].multi:
            multi.append(bench)
    if multi:
        pool = harness.pool(multi)
        md = (
            f"### MultiLing 2011 pooled over {len(multi)} languages ({len(pool.items)} clusters)\n\n"
            f"{table(pool, MULTI)}\n\n{verdicts(pool, 'fusion')}\n"
        )
        sections.insert(0, md)
        print(md)
        data["multiling-pooled"] = pool.to_dict()["table"]
        short = []
        for path in sorted(DATA.glob("multiling*.jsonl")):
            items = load(path, limit=5 if quick else None)
            budget = Budget(words=SHORT_WORDS)
            short.append(
                harness.run(items, SHORT, registry=reg, dataset=path.stem, budget=budget, types=TYPES, progress=False)
            )
        md, data[f"multiling-pooled-{SHORT_WORDS}w"] = short_section(short)
        sections.insert(1, md)
        print(md)
    write("quality" + ("-quick" if quick else ""), {"tables": data}, "\n".join(sections))


if __name__ == "__main__":
    main()
