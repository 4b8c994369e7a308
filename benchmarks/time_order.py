"""Time order of the briefs (issue 35 point 4) on the MultiLing 2011 sets.

Each cluster's ten reports are fused as ``summarizer brief`` fuses them
(stories first; default 5 sentences, and 250 words), each report dated by
its own header (the MultiLing reports carry a dateline: ``Saturday, January
8, 2005``; none is handed a date); a date far from the other dates of its
story is left out, as the brief leaves it out (:func:`summarizer.timeline.story_dates`:
the Hindi translation's misprint of 2007 for 2010).  A brief sentence was *first reported*
on the earliest date of the reports that state it (its representative and
its ``same`` citations); an adjacent pair of brief sentences is *inverted*
when the first was first reported later than the second.  Pairs where a
date is unknown are counted apart.  The first sentence is the story's lead
(its most corroborated fact of the first day, :mod:`summarizer.fusion.lead`):
the pair of the lead and the sentence after it is counted in ``share`` and
also shown apart; ``share after the lead`` leaves it out.

Run: ``python benchmarks/time_order.py [--quick]``; writes ``results/time_order.{json,md}``.
"""

from __future__ import annotations

import itertools

from _common import DATA, quick_option, table, write

from summarizer import Budget, Document, analyse, fuse
from summarizer.bench.datasets import load
from summarizer.timeline import story_dates

BUDGETS = {"5 sentences": Budget(sentences=5), "250 words": Budget(words=250)}


def first_reported(sentence, dates):
    found = [dates[c.source] for c in sentence.citations if (c.representative or c.kind == "same") and dates[c.source]]
    return min(found) if found else None


def main() -> None:
    quick = quick_option(__doc__)
    rows, data = [], {}
    for path in sorted(DATA.glob("multiling*.jsonl")):
        lang = path.stem.rsplit("-", 1)[1]
        items = load(path, limit=3 if quick else None)
        for name, budget in BUDGETS.items():
            pairs = inverted = unknown = lead_pairs = lead_inverted = 0
            for item in items:
                docs = [Document(f"{item.id}#{k}", d.text, language=lang) for k, d in enumerate(item.documents)]
                analyses = [analyse(d) for d in docs if d.text.strip()]
                given = {a.id: a.date for a in analyses}
                for brief in fuse(analyses, budget=budget):
                    ids = list(brief.sources)
                    trusted = story_dates([given[i] for i in ids]).trusted([given[i] for i in ids])
                    dates = dict(zip(ids, trusted))
                    told = [first_reported(s, dates) for s in brief.sentences]
                    for k, (a, b) in enumerate(itertools.pairwise(told)):
                        if a is None or b is None:
                            unknown += 1
                            continue
                        pairs += 1
                        inverted += a > b
                        if k == 0:  # the lead (issue 35 point 8) and the sentence after it
                            lead_pairs += 1
                            lead_inverted += a > b
            share = inverted / pairs if pairs else 0.0
            rest = (inverted - lead_inverted) / (pairs - lead_pairs) if pairs > lead_pairs else 0.0
            data[f"{lang} {name}"] = {
                "pairs": pairs,
                "inverted": inverted,
                "share": share,
                "undated_pairs": unknown,
                "lead_pairs": lead_pairs,
                "lead_inverted": lead_inverted,
                "share_after_lead": rest,
            }
            rows.append(
                f"| {lang} | {name} | {pairs} | {inverted} | {100 * share:.1f}% | {lead_inverted} of {lead_pairs} "
                f"| {100 * rest:.1f}% | {unknown} |"
            )
            print(rows[-1], flush=True)
    columns = [
        "language",
        "budget",
        "dated pairs",
        "inverted",
        "share",
        "lead pairs inverted",
        "share after the lead",
        "pairs with an undated sentence",
    ]
    md = "\n".join(table("Adjacent brief sentences first reported out of order (MultiLing 2011)", columns, rows))
    write("time_order" + ("-quick" if quick else ""), data, md)


if __name__ == "__main__":
    main()
