"""Citations and disagreement flags against hand-checked data, and the lexical audit.

Data (``benchmarks/data/``, see its README for how it was labelled):
``citations.jsonl`` (154 brief sentences of MultiLing 2011 English and
Arabic and the seeds, 111 of them sentences today, 4,196 labelled
(sentence, other-report sentence) pairs), ``citations-other.jsonl`` (the
citations of the French, Czech, Greek, Hebrew and Hindi briefs, precision
only) and ``disagreements.jsonl`` (76 cases, constructed and from the dev
sets, 33 of which must raise a flag).  Reports citation precision
(``supports`` 1, ``partial`` 1/2) and recall of the ``supports`` sentences,
flag precision and recall, and the lexical audit of the briefs of every
MultiLing language and the seeds (see :mod:`summarizer.bench.citations`).

Run: ``python benchmarks/citations.py``; writes ``results/citations.{json,md}``.
"""

from __future__ import annotations

from _common import DATA, ROOT, quick_option, write

from summarizer import Budget, analyse, fuse
from summarizer.api import read_document
from summarizer.bench.citations import (
    audit,
    labelled_stories,
    read_jsonl,
    score_brief_citations,
    score_citations,
    score_flags,
)
from summarizer.bench.datasets import load

HERE = ROOT / "benchmarks" / "data"
LANGS = ("ar", "cs", "el", "en", "fr", "he", "hi")


def main() -> None:
    quick = quick_option(__doc__)
    records = read_jsonl(HERE / "citations.jsonl")
    if quick:
        records = records[::10]
    tallies = score_citations(records, labelled_stories(records, DATA, ROOT / "seeds"))
    flags = score_flags(read_jsonl(HERE / "disagreements.jsonl"))
    other = read_jsonl(HERE / "citations-other.jsonl")
    audits, others = {}, {}
    for lang in LANGS:
        items = load(DATA / f"multiling2011-{lang}.jsonl", limit=2 if quick else None)
        briefs, analyses = [], []
        for item in items:
            an = [analyse(d) for d in item.documents]
            analyses += an
            briefs += fuse(an, budget=Budget(sentences=5), stories=False)
        audits[f"multiling2011-{lang}"] = audit(briefs, analyses)
        if lang not in ("ar", "en"):
            others[lang] = score_brief_citations(other, briefs, analyses)
    seeds = [analyse(read_document(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    audits["seeds"] = audit(fuse(seeds), seeds)

    lines = [
        "## Citations (hand-checked pairs)",
        "",
        "| set | brief sentences | cited | labelled | precision | supports found | recall | kinds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, t in sorted(tallies.items()):
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(t.kinds.items()))
        row = (key, t.sentences, t.cited, t.labelled, f"{t.precision:.3f}", f"{t.found} / {t.wanted}")
        lines.append("| " + " | ".join(map(str, (*row, f"{t.recall:.3f}", kinds))) + " |")
    gone = tallies["all"].gone if "all" in tallies else 0
    if gone or ("all" in tallies and tallies["all"].gone_candidates):
        lines += [
            "",
            f"Left out: {gone} labelled brief sentences and {tallies['all'].gone_candidates} labelled candidates "
            "that are no longer sentences (headlines above their date line are titles now).",
        ]
    lines += [
        "",
        "## Citations in the other languages' briefs (5 sentences per MultiLing topic)",
        "",
        "Labelled by reading (`citations-other.jsonl`): French directly, the others through the English",
        "version of the same topic. Precision only: no other sentence of these stories was read.",
        "",
        "| language | brief sentences | cited | labelled | precision | kinds |",
        "|---|---|---|---|---|---|",
    ]
    for lang, t in others.items():
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(t.kinds.items()))
        lines.append(f"| {lang} | {t.sentences} | {t.cited} | {t.labelled} | {t.precision:.3f} | {kinds} |")
    pooled = [t for t in others.values() if t.labelled]
    if pooled:
        credit, labelled = sum(t.credit for t in pooled), sum(t.labelled for t in pooled)
        lines.append(f"| all | | {sum(t.cited for t in others.values())} | {labelled} | {credit / labelled:.3f} | |")
    lines += [
        "",
        "## Disagreement flags",
        "",
        f"{flags['cases']} cases: {flags['raised']} flags raised, {flags['expected']} expected; "
        f"precision {flags['precision']:.3f}, recall {flags['recall']:.3f}",
        "",
    ]
    for w in flags["wrong"]:
        lines.append(f"- {w['id']}: expected {w['expected']}, raised {w['raised']}")
    lines += [
        "",
        "## Lexical audit of the briefs (5 sentences per MultiLing topic; seeds default)",
        "",
        "| set | citations | weak (<20% of content words) | other reports | near copy left uncited |",
        "|---|---|---|---|---|",
    ]
    for name, a in audits.items():
        lines.append(
            f"| {name} | {a['citations']} | {a['weak']:.1%} | {a['reports']} | {a['uncited_near_copies']:.1%} |"
        )
    data = {
        "citations": {k: {**vars(t), "precision": t.precision, "recall": t.recall} for k, t in tallies.items()},
        "other_languages": {k: {**vars(t), "precision": t.precision} for k, t in others.items()},
        "flags": flags,
        "audit": audits,
        "quick": quick,
    }
    write("citations", data, "\n".join(lines))


if __name__ == "__main__":
    main()
