"""Fragment audit (issue 35 point 2): how many brief sentences are no
usable sentence on their own, on every dev set.

Briefs are made as ``summarizer brief`` makes them, under word caps:
MultiLing 2011 (each language; each cluster fused, stories first) at 100
and 250 words, EASC (one article, ``salience``) at its median reference
length and at 37 words, the seeds (all together) at 60, 120 words and the
default 5 sentences.  Each brief sentence is classed by
:func:`summarizer.text.fragments.fragment_reason` (too short, a web
address, a piece of a quotation, a piece that starts inside another
sentence); a sentence shortened to fit a cap is counted apart (it is cut
on purpose, and says so).  Also shown, not counted as fragments: sentences
without end punctuation (a caption or a heading may be one) with examples.

Run: ``python benchmarks/fragments.py [--quick]``; writes ``results/fragments.{json,md}``.
"""

from __future__ import annotations

import re
from collections import Counter

from _common import DATA, ROOT, quick_option, table, write

from summarizer import Budget, Document, analyse, fuse, read_document, summarize
from summarizer.bench.datasets import load
from summarizer.text.fragments import fragment_reason

_END = re.compile(r"[.!?؟…۔。！？।॥\"'”’»)\]]\s*$")


def audit(briefs, counts: Counter, examples: list[str]) -> None:
    for brief in briefs:
        for s in brief.sentences:
            counts["sentences"] += 1
            if getattr(s, "shortened", False):
                counts["shortened"] += 1
                continue
            reason = fragment_reason(s.text)
            if reason:
                counts["fragments"] += 1
                counts[reason] += 1
                if len(examples) < 5:
                    examples.append(f"{reason}: {s.text[:80]}")
            elif not _END.search(s.text):
                counts["no end punctuation"] += 1


def main() -> None:
    quick = quick_option(__doc__)
    sets: dict[str, tuple[Counter, list[str]]] = {}

    def run(name, make):
        counts: Counter = Counter()
        examples: list[str] = []
        for briefs in make():
            audit(briefs, counts, examples)
        sets[name] = (counts, examples)
        share = counts["fragments"] / max(counts["sentences"], 1)
        print(f"{name}: {counts['fragments']} of {counts['sentences']} ({100 * share:.1f}%) {dict(counts)}", flush=True)

    for path in sorted(DATA.glob("multiling*.jsonl")):
        items = load(path, limit=2 if quick else None)
        lang = path.stem.rsplit("-", 1)[1]
        analysed = [
            [analyse(Document(f"{i.id}#{k}", d.text, language=lang)) for k, d in enumerate(i.documents)] for i in items
        ]
        for words in (100, 250):
            run(
                f"multiling-{lang} {words}w",
                lambda w=words, al=analysed: (fuse(a, budget=Budget(words=w)) for a in al),
            )
    easc = load(DATA / "easc-wiki.jsonl", limit=10 if quick else None)
    docs = [analyse(i.documents[0]) for i in easc]
    run("easc median", lambda: ([summarize(a, budget=i.default_budget())] for a, i in zip(docs, easc)))
    run("easc 37w", lambda: ([summarize(a, budget=Budget(words=37))] for a in docs))
    seeds = [read_document(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for budget in (Budget(words=60), Budget(words=120), Budget(sentences=5)):
        run(
            f"seeds {budget.words or budget.sentences}{'w' if budget.words else 's'}",
            lambda b=budget: [fuse(seeds, budget=b)],
        )

    rows, data = [], {}
    total = Counter()
    for name, (c, ex) in sets.items():
        total.update(c)
        share = c["fragments"] / max(c["sentences"], 1)
        classes = ", ".join(f"{k} {c[k]}" for k in ("short", "address", "quote piece", "starts inside") if c[k])
        rows.append(
            f"| {name} | {c['sentences']} | {c['fragments']} | {100 * share:.1f}% | {classes or '-'} | "
            f"{c['shortened']} | {c['no end punctuation']} |"
        )
        data[name] = {"counts": dict(c), "share": share, "examples": ex}
    share = total["fragments"] / max(total["sentences"], 1)
    columns = ["set", "sentences", "fragments", "share", "classes", "shortened to a cap", "no end punctuation"]
    md = "\n".join(
        [
            *table("Fragments among brief sentences", columns, rows),
            f"| all | {total['sentences']} | {total['fragments']} | {100 * share:.1f}% | | "
            f"{total['shortened']} | {total['no end punctuation']} |",
            "",
            "Examples:",
            "",
            *[f"- {name}: {e}" for name, (_, ex) in sets.items() for e in ex[:2]],
        ]
    )
    write("fragments" + ("-quick" if quick else ""), data, md)


if __name__ == "__main__":
    main()
