"""``summarizer batch``: items per second by engine, identical output, flat memory.

Input: 1,000 clusters sampled with replacement (seed 0) from the MultiLing
2011 sets of ``../shared/data`` (all seven languages; each cluster keeps
its id with a running number).  Each configuration runs the command line
in a fresh process -- 1 worker, 2 workers (process pool), Ray with 2 CPUs
-- and the outputs are compared record by record with the timings taken
out.  Memory: 1,000 and 100,000 single-report lines (short reports cut
from the same data) with 2 workers; peak RSS of the main process and of
the largest other process, and of all of them together (sampled from
``/proc``), which must stay flat as the input grows.

Run: ``python benchmarks/batch.py`` (``--quick``: 100 clusters, 10,000
lines); writes ``results/batch.{json,md}``.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import DATA, ROOT, quick_option, write

LANGS = ("ar", "cs", "el", "en", "fr", "he", "hi")

# Runs the command line in-process and samples, every 0.2 s, the resident
# memory of this process and of all its descendants (the pool's workers sit
# under a fork server, Ray's under raylets), from /proc.
RUNNER = """
import os, resource, sys, threading, time
from summarizer.cli import main

def rss(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0

def tree(root):
    kids = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/stat") as f:
                    kids.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]), []).append(int(p))
            except OSError:
                pass
    out, todo = [], [root]
    while todo:
        q = todo.pop()
        out.append(q)
        todo += kids.get(q, [])
    return out

peak = [0, 0]
stop = threading.Event()
def sample():
    me = os.getpid()
    while not stop.is_set():
        pids = tree(me)
        sizes = [rss(p) for p in pids if p != me]
        peak[0] = max(peak[0], sum(sizes) + rss(me))
        peak[1] = max([peak[1], *sizes])
        time.sleep(0.2)
threading.Thread(target=sample, daemon=True).start()
t = time.perf_counter()
code = main(sys.argv[1:])
wall = time.perf_counter() - t
stop.set()
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"RESULT {code} {wall} {own} {peak[1]} {peak[0]}", file=sys.stderr)
"""


def clusters(n: int, path: Path) -> None:
    pool = []
    for lang in LANGS:
        for line in (DATA / f"multiling2011-{lang}.jsonl").read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            r = json.loads(line)
            pool.append((r["id"], r["documents"]))
    rng = random.Random(0)
    with open(path, "w", encoding="utf-8") as f:
        for k in range(n):
            cid, docs = rng.choice(pool)
            f.write(json.dumps({"id": f"{cid}#{k}", "documents": docs}, ensure_ascii=False) + "\n")


def singles(n: int, path: Path) -> None:
    texts = []
    for line in (DATA / "multiling2011-en.jsonl").read_text(encoding="utf-8").split("\n"):
        for d in json.loads(line)["documents"] if line.strip() else []:
            texts.append(" ".join(d.split()[:120]))
    rng = random.Random(0)
    with open(path, "w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps({"id": f"r{k}", "text": rng.choice(texts)}, ensure_ascii=False) + "\n")


def run(src: Path, out: Path, *extra: str) -> dict:
    cmd = [sys.executable, "-c", RUNNER, "batch", str(src), "-o", str(out), "--no-progress", *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    line = [x for x in proc.stderr.splitlines() if x.startswith("RESULT ")]
    if not line:
        raise SystemExit(f"run failed: {' '.join(extra)}\n{proc.stderr[-2000:]}")
    code, wall, own, kid, total = line[-1].split()[1:]
    with open(out, encoding="utf-8") as f:
        items = sum(1 for _ in f)
    return {
        "exit": int(code),
        "seconds": float(wall),
        "items": items,
        "items_per_s": items / float(wall),
        "peak_main_mib": int(own) / 1024,
        "peak_worker_mib": int(kid) / 1024,
        "peak_total_mib": int(total) / 1024,
    }


def records(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            r.pop("seconds", None)
            out.append(r)
    return out


def main() -> None:
    quick = quick_option(__doc__)
    n_clusters, n_lines = (100, 10_000) if quick else (1000, 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        clusters(n_clusters, t / "clusters.jsonl")
        rows = {}
        for name, extra in (
            ("1 worker", ("-j", "1")),
            ("2 workers", ("-j", "2")),
            ("ray, 2 CPUs", ("--engine", "ray", "-j", "2")),
        ):
            rows[name] = run(t / "clusters.jsonl", t / f"{name[0]}.jsonl", *extra)
            print(name, rows[name], flush=True)
        base = records(t / "1.jsonl")
        same = {name: records(t / f"{name[0]}.jsonl") == base for name in rows}
        memory = {}
        for n in (1000, n_lines):
            singles(n, t / f"singles{n}.jsonl")
            memory[n] = run(t / f"singles{n}.jsonl", t / f"singles{n}.out.jsonl", "-j", "2")
            print(n, memory[n], flush=True)

    speedup = rows["2 workers"]["items_per_s"] / rows["1 worker"]["items_per_s"]
    lines = [
        f"{n_clusters} MultiLing clusters (sampled with replacement), one fresh process per configuration:",
        "",
        "| engine | seconds | items/s | output equal to 1 worker | peak RSS, all processes (MiB) |",
        "|---|---|---|---|---|",
    ]
    for name, r in rows.items():
        lines.append(
            f"| {name} | {r['seconds']:.1f} | {r['items_per_s']:.2f} | {'yes' if same[name] else 'NO'} | "
            f"{r['peak_total_mib']:.0f} |"
        )
    lines += [
        "",
        f"2 workers / 1 worker: {speedup:.2f}x items/s (target 1.7x on 2 cores).",
        "",
        "Memory against input length (single reports, 2 workers):",
        "",
        "| input lines | seconds | items/s | peak RSS main (MiB) | largest other process (MiB) | all processes (MiB) |",
        "|---|---|---|---|---|---|",
    ]
    for n, r in memory.items():
        lines.append(
            f"| {n:,} | {r['seconds']:.1f} | {r['items_per_s']:.1f} | {r['peak_main_mib']:.0f} | "
            f"{r['peak_worker_mib']:.0f} | {r['peak_total_mib']:.0f} |"
        )
    data = {
        "clusters": n_clusters,
        "engines": rows,
        "equal_to_one_worker": same,
        "speedup_2_workers": speedup,
        "memory": {str(k): v for k, v in memory.items()},
        "quick": quick,
    }
    write("batch", data, "\n".join(lines))


if __name__ == "__main__":
    main()
