"""Fusion of 10, 100 and 1,000 reports: wall time and peak memory.

Reports are made by perturbing and recombining real text: sentences of the
seeds and of the shared MultiLing Arabic set, shuffled into reports of about
30 sentences, each sentence given a random one-word change so that copies
are near, not exact.  Each size runs in a fresh process so that peak memory
(max RSS) is its own.

Run: ``python benchmarks/fusion_scale.py``; writes ``results/fusion_scale.{json,md}``.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time

from _common import DATA, ROOT, write


def reports(n: int, per: int = 30, seed: int = 0):
    from summarizer.pipeline import analyse
    from summarizer.types import Document

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for line in (DATA / "multiling2011-ar.jsonl").read_text(encoding="utf-8").splitlines():
        texts += json.loads(line)["documents"]
    sentences = [s.display for i, t in enumerate(texts) for s in analyse(Document(f"t{i}", t)).sentences]
    vocab = sorted({w for s in sentences for w in s.split()})
    rng = random.Random(seed)
    out = []
    for k in range(n):
        picked = rng.sample(sentences, per)
        for j, s in enumerate(picked):
            words = s.split()
            words[rng.randrange(len(words))] = rng.choice(vocab)
            picked[j] = " ".join(words)
        out.append(Document(f"r{k}", "\n\n".join(picked)))
    return out


def one(n: int) -> dict:
    from summarizer import Budget, fuse

    docs = reports(n)
    start = time.perf_counter()
    briefs = fuse(docs, budget=Budget(sentences=5))
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "reports": n,
        "sentences": sum(len(d.text.split("\n\n")) for d in docs),
        "seconds": wall,
        "peak_mib": peak,
        "stories": len(briefs),
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    rows = []
    for n in (10, 100, 1000):
        proc = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    lines = [
        "| reports | sentences | fusion wall time (s) | peak memory of the process (MiB) | stories |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['reports']} | {r['sentences']} | {r['seconds']:.2f} | {r['peak_mib']:.0f} | {r['stories']} |"
        )
    growth = rows[2]["seconds"] / rows[1]["seconds"]
    lines.append(
        f"\n100 -> 1,000 reports (10x): time grows {growth:.1f}x (quadratic would be 100x). "
        "Targets: 1,000 reports under 60 s and 4 GiB."
    )
    write("fusion_scale", {"runs": rows, "growth_100_to_1000": growth}, "\n".join(lines))


if __name__ == "__main__":
    main()
