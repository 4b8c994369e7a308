"""What the citation step decides on Arabic same-fact and changed-fact pairs (ANS).

Data: ``../shared/data/ans-stance-dev.jsonl`` (3,407 Arabic headline pairs of
the Arabic News Stance corpus: ``agree``, a paraphrase a person wrote;
``disagree``, the headline with one entity, figure, place or polarity
changed; a few ``other``).  Each pair is two one-line reports fused into one
brief (``fuse(..., stories=False)``: the grouping of stories is not what is
measured).  A pair is *cited as one fact* when a sentence of the brief cites
both reports.  Reported per split (``train``, ``dev``; the corpus's test
split is held out): the share of ``agree`` pairs cited as one fact (higher is
better), of ``disagree`` pairs cited as one fact (lower is better), and of
the ``disagree`` pairs whose figures differ (both give figures, a value of
one is not in the other) that raise a disagreement flag.  A changed figure
cited with a flag is told as two accounts of one thing: the share of
``disagree`` pairs cited as one fact without a flag is given too.  With ``--quick``, every tenth pair.

Run: ``python benchmarks/stance.py``; writes ``results/stance.{json,md}``.
"""

from __future__ import annotations

import json
import time

from _common import DATA, quick_option, table, write

from summarizer import Document, fuse
from summarizer.text.quantities import quantities

KEYS = (
    "agree",
    "agree_one",
    "agree_one_unflagged",
    "disagree",
    "disagree_one",
    "disagree_one_unflagged",
    "changed_figures",
    "flagged",
)


def pairs(quick: bool) -> list[dict]:
    rows = [json.loads(line) for line in (DATA / "ans-stance-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["stance"] in ("agree", "disagree")]
    return rows[::10] if quick else rows


def decide(s1: str, s2: str) -> tuple[bool, bool]:
    """(whether one brief sentence cites both reports, whether the brief raises a flag)."""
    docs = [Document("a", s1, language="ar"), Document("b", s2, language="ar")]
    (brief,) = fuse(docs, stories=False)
    one = any({"a", "b"} <= set(s.sources) for s in brief.sentences)
    return one, any(s.disagreements for s in brief.sentences)


def figures_differ(s1: str, s2: str) -> bool:
    """Whether both headlines give figures and they differ (a value of one is not in the other)."""
    a = {q.value for q in quantities(s1, "ar")}
    b = {q.value for q in quantities(s2, "ar")}
    return bool(a) and bool(b) and a != b


def main() -> None:
    quick = quick_option(__doc__)
    start = time.perf_counter()
    tally: dict[str, dict[str, int]] = {}
    for row in pairs(quick):
        one, flag = decide(row["s1"], row["s2"])
        t = tally.setdefault(
            row["split"],
            dict.fromkeys(KEYS, 0),
        )
        t[row["stance"]] += 1
        t[f"{row['stance']}_one"] += one
        t[f"{row['stance']}_one_unflagged"] += one and not flag
        if row["stance"] == "disagree" and figures_differ(row["s1"], row["s2"]):
            t["changed_figures"] += 1
            t["flagged"] += flag
    rows = []
    for split in sorted(tally):
        t = tally[split]
        rows.append(
            f"| {split} | {t['agree']} | {t['agree_one'] / max(t['agree'], 1):.3f} | {t['disagree']} | "
            f"{t['disagree_one'] / max(t['disagree'], 1):.3f} | "
            f"{t['disagree_one_unflagged'] / max(t['disagree'], 1):.3f} | {t['changed_figures']} | "
            f"{t['flagged'] / max(t['changed_figures'], 1):.3f} |"
        )
    columns = [
        "split",
        "agree pairs",
        "agree cited as one fact",
        "disagree pairs",
        "disagree cited as one fact",
        "of them without a flag",
        "disagree with changed figures",
        "of those flagged",
    ]
    seconds = time.perf_counter() - start
    lines = table("ANS stance pairs, two one-line reports fused into one brief", columns, rows)
    write(
        "stance" + ("-quick" if quick else ""),
        {"splits": tally, "seconds": round(seconds, 1)},
        "\n".join(lines) + f"\n\n{seconds:.0f} s.",
    )


if __name__ == "__main__":
    main()
