"""Pairs scored per second: our ROUGE against Google's ``rouge-score``.

Same English pairs (made from sentences of the MultiLing English set, ASCII
only, 1-8 sentences each), same options (ROUGE-1/2/L/Lsum, Porter stems).
Also checks the largest difference between the two (must be 0 up to 1e-6).

Run: ``python benchmarks/rouge_speed.py``; writes ``results/rouge_speed.{json,md}``.
"""

from __future__ import annotations

import json
import random
import time

from _common import DATA, write

from summarizer.bench.rouge import RougeScorer


def pairs(n: int = 500):
    sents = []
    for line in (DATA / "multiling2011-en.jsonl").read_text(encoding="utf-8").splitlines():
        for d in json.loads(line)["documents"]:
            sents += [s for s in d.replace("\n", " ").split(". ") if s.strip() and s.isascii()]
    rng = random.Random(1)
    return [
        ("\n".join(rng.sample(sents, rng.randint(1, 8))), "\n".join(rng.sample(sents, rng.randint(1, 8))))
        for _ in range(n)
    ]


def main() -> None:
    from rouge_score import rouge_scorer

    data = pairs()
    types = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
    ours = RougeScorer(types, language="en", stemmer="porter")
    theirs = rouge_scorer.RougeScorer(types, use_stemmer=True)
    worst = 0.0
    for pred, ref in data:
        a, b = ours.score(prediction=pred, references=[ref]), theirs.score(ref, pred)
        worst = max(worst, max(abs(a[t][k] - b[t][k]) for t in types for k in range(3)))
    results = {}
    for label, fn in (
        ("ours", lambda p, r: ours.score(prediction=p, references=[r])),
        ("rouge-score", lambda p, r: theirs.score(r, p)),
    ):
        best = float("inf")
        for _ in range(3):
            fresh = RougeScorer(types, language="en", stemmer="porter") if label == "ours" else None
            call = (lambda p, r, fresh=fresh: fresh.score(prediction=p, references=[r])) if fresh else fn
            start = time.perf_counter()
            for pred, ref in data:
                call(pred, ref)
            best = min(best, time.perf_counter() - start)
        results[label] = len(data) / best
    ratio = results["ours"] / results["rouge-score"]
    md = (
        f"| scorer | pairs/s |\n|---|---|\n| ours | {results['ours']:.0f} |\n"
        f"| rouge-score 0.1.2 | {results['rouge-score']:.0f} |\n\n"
        f"Ours scores {ratio:.1f}x as many pairs per second (fresh stem cache each run; best of 3; "
        f"{len(data)} pairs, ROUGE-1/2/L/Lsum, Porter). Largest difference from rouge-score: {worst:.2e}."
    )
    write("rouge_speed", {"pairs_per_second": results, "ratio": ratio, "max_difference": worst}, md)


if __name__ == "__main__":
    main()
