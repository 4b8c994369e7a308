"""One event in Arabic and English: one brief citing both, and a sample of its citations to read.

Needs the ``multilingual`` extra.  For each of the ten MultiLing 2011
stories, pairs of one Arabic and one English report are fused
(``fuse([ar, en])``, stories on): a pair passes when it gives one brief
and a sentence of it cites both reports.  Pairs: each story's report k in
both languages (k = 0, 1, 2: translations of each other), and report k in
Arabic with report k + 3 in English (not translations: other outlets' words).
Every cross-language citation (``kind="across"``) is listed with the anchors
the two sentences share, those read from digits and Latin-script names
apart from those read from number words and month names with the
language's file (:func:`summarizer.fusion.cite_across.anchors`): the list
is what was read to measure precision (see ``results/across.md``).

Run: ``python benchmarks/across.py``; writes ``results/across.{json,md}``.
"""

from __future__ import annotations

from _common import DATA, quick_option, table, write

from summarizer import Document, analyse, fuse
from summarizer.bench.datasets import load
from summarizer.fusion.cite_across import anchors


def main() -> None:
    quick = quick_option(__doc__)
    ar = load(DATA / "multiling2011-ar.jsonl", limit=3 if quick else None)
    en = load(DATA / "multiling2011-en.jsonl", limit=3 if quick else None)
    pairs = [(k, k) for k in range(3)] + [(k, k + 3) for k in range(3)]
    passed: dict[str, int] = {}
    cited: list[dict] = []
    for a, e in zip(ar, en):
        story = a.id.rsplit("-", 1)[-1]
        for ka, ke in pairs:
            reports = [
                analyse(Document(f"{story}/ar{ka}", a.documents[ka].text, language="ar")),
                analyse(Document(f"{story}/en{ke}", e.documents[ke].text, language="en")),
            ]
            briefs = fuse(reports)
            both = len(briefs) == 1 and any(len(set(s.sources)) == 2 for s in briefs[0].sentences)
            key = "translations" if ka == ke else "other reports"
            passed[f"{story} {key}"] = passed.get(f"{story} {key}", 0) + both
            if ka == ke == 0:
                passed[f"{story} first reports"] = int(both)
            by_id = {r.id: r for r in reports}
            for brief in briefs:
                for s in brief.sentences:
                    for c in s.citations:
                        if c.kind == "across":
                            cited.append(_row(s.text, brief.language, by_id[c.source], c, key))
    stories = sorted({k.split()[0] for k in passed})
    rows = [
        f"| {story} | {passed.get(f'{story} translations', 0)} / 3 | {passed.get(f'{story} other reports', 0)} / 3 |"
        for story in stories
    ]
    first = sum(passed.get(f"{story} first reports", 0) for story in stories)
    lines = table(
        "Arabic + English pairs giving one brief that cites both",
        ["story", "translations (k, k)", "other reports (k, k + 3)"],
        rows,
    )
    summary = f"First Arabic and English reports giving one brief citing both: {first} of {len(stories)} stories."
    lines += ["", summary, ""]
    lines += table(
        "Every citation across languages (read to measure precision)",
        ["pair", "cosine", "anchors (digits, names)", "anchors (words, days)", "brief sentence", "cited sentence"],
        [
            f"| {r['pair']} | {r['score']:.2f} | {' '.join(r['plain'])} | {' '.join(r['read'])} | "
            f"{r['brief'][:90]} | {r['cited'][:90]} |"
            for r in cited
        ],
    )
    write("across" + ("-quick" if quick else ""), {"pairs": passed, "citations": cited}, "\n".join(lines))


def _row(text: str, language: str | None, report, citation, key: str) -> dict:
    """One cross-language citation with the anchors its two sentences share."""
    other = report.document.text[citation.start : citation.end]
    plain = anchors(text) & anchors(other)
    read = (anchors(text, language) & anchors(other, report.language)) - plain
    return {
        "pair": key,
        "score": citation.score,
        "plain": sorted(plain),
        "read": sorted(read),
        "brief": " ".join(text.split()),
        "cited": " ".join(other.split()),
    }


if __name__ == "__main__":
    main()
