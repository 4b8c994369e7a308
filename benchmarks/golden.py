"""Golden outputs: what the tool prints today, kept to compare byte for byte after a change.

    python benchmarks/golden.py record [DIR]   # write every output under DIR
    python benchmarks/golden.py check [DIR]    # run again, compare with DIR, list what differs

DIR defaults to ``build/golden``.  The cases run the command line in this
process (``summarizer.cli.main``), each writing its output with ``-o``:

- ``seeds/``: ``brief`` in every format (json, text, markdown, html), with
  ``-n 1``, ``-w 40``, ``--no-stories``, the textrank and lexrank backends,
  and ``stories -f json``;
- every MultiLing language as one feed of its 100 reports (``brief -f json``
  and ``stories -f json``) and each of its clusters fused (``batch``);
- the EASC articles one by one (``batch``) and as one feed (``stories``);
- the ECB+ events as one feed (``brief -f json``, ``stories -f json``);
- the ``bench`` tables of EASC and MultiLing English (JSON; the speed
  column, which no two runs share, is left out).

A refactoring keeps every file identical; a change of behaviour re-records
them and says so in its commit.  Not a test: it needs ``../shared/data``
and takes a few minutes.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

from _common import DATA, ROOT

from summarizer.cli import main

DEFAULT_DIR = ROOT / "build" / "golden"
#: bench keys that hold timings (they differ run to run).
TIMING_KEYS = {"items_per_second", "seconds", "elapsed", "items/s"}


def feed_of(path: Path, out: Path) -> Path:
    """Every report of every cluster of a dev set, as one JSON Lines feed (the set's order)."""
    with path.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            item = json.loads(line)
            texts = item.get("documents") or [item["text"]]
            for i, text in enumerate(texts):
                report = {"id": f"{item['id']}-d{i}", "text": text, "language": item.get("language")}
                w.write(json.dumps(report, ensure_ascii=False) + "\n")
    return out


def cases(tmp: Path) -> dict[str, list[str]]:
    """Output name -> command line (without ``-o``)."""
    seeds = "seeds"  # relative: the JSON carries the path, the same in every checkout
    runs: dict[str, list[str]] = {
        "seeds-brief.json": ["brief", "-f", "json", seeds],
        "seeds-brief.txt": ["brief", "-f", "text", "--bidi", "logical", seeds],
        "seeds-brief.md": ["brief", "-f", "markdown", seeds],
        "seeds-brief.html": ["brief", "-f", "html", seeds],
        "seeds-n1.json": ["brief", "-f", "json", "-n", "1", seeds],
        "seeds-w40.json": ["brief", "-f", "json", "-w", "40", seeds],
        "seeds-nostories.json": ["brief", "-f", "json", "--no-stories", seeds],
        "seeds-textrank.json": ["brief", "-f", "json", "-b", "textrank", seeds],
        "seeds-lexrank.json": ["brief", "-f", "json", "-b", "lexrank", seeds],
        "seeds-stories.json": ["stories", "-f", "json", seeds],
    }
    for path in sorted(DATA.glob("multiling2011-*.jsonl")):
        lang = path.stem.rsplit("-", 1)[1]
        feed = str(feed_of(path, tmp / f"ml-{lang}.jsonl"))
        runs[f"ml-{lang}-feed-brief.json"] = ["brief", "-f", "json", feed]
        runs[f"ml-{lang}-stories.json"] = ["stories", "-f", "json", feed]
        runs[f"ml-{lang}-clusters.jsonl"] = ["batch", "-j", "1", "--no-progress", str(path)]
    easc = DATA / "easc-wiki.jsonl"
    if easc.exists():
        runs["easc-batch.jsonl"] = ["batch", "-j", "1", "--no-progress", str(easc)]
        runs["easc-stories.json"] = ["stories", "-f", "json", str(feed_of(easc, tmp / "easc.jsonl"))]
        runs["easc-bench.json"] = ["bench", "--no-progress", str(easc)]
    ecb = DATA / "ecbplus-dev.jsonl"
    if ecb.exists():
        feed = str(feed_of(ecb, tmp / "ecb.jsonl"))
        runs["ecb-feed-brief.json"] = ["brief", "-f", "json", feed]
        runs["ecb-stories.json"] = ["stories", "-f", "json", feed]
    en = DATA / "multiling2011-en.jsonl"
    if en.exists():
        runs["ml-en-bench.json"] = ["bench", "--no-progress", str(en)]
    return runs


def _untimed(value: object) -> object:
    if isinstance(value, dict):
        return {k: _untimed(v) for k, v in value.items() if k not in TIMING_KEYS}
    if isinstance(value, list):
        return [_untimed(v) for v in value]
    return value


def _drop_timings(name: str, target: Path) -> None:
    """Remove what differs run to run: bench speeds and its dataset's absolute path, batch seconds."""
    if name.endswith("-bench.json"):
        data = _untimed(json.loads(target.read_text(encoding="utf-8")))
        assert isinstance(data, dict)
        data.pop("dataset", None)
        target.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    elif name.endswith(".jsonl"):
        lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
        text = "".join(json.dumps(_untimed(r), ensure_ascii=False) + "\n" for r in lines)
        target.write_text(text, encoding="utf-8")


def run_all(out: Path) -> list[str]:
    """Run every case into ``out``; the names of the cases whose command failed."""
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)
    failed = []
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name, argv in cases(tmp).items():
            target = out / name
            target.unlink(missing_ok=True)
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = main(["-o", str(target), "--force", *argv])
            if code not in (0, None):
                failed.append(f"{name} (exit {code})")
            if target.exists():
                _drop_timings(name, target)
            print(f"{name}: {'ok' if target.exists() else 'missing'}", file=sys.stderr)
    return failed


def _bytes(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def main_() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode not in ("record", "check"):
        print(__doc__)
        return 2
    golden = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_DIR
    if mode == "record":
        failed = run_all(golden)
        print(f"recorded {len(list(golden.iterdir()))} outputs in {golden}" + (f"; failed: {failed}" if failed else ""))
        return 1 if failed else 0
    with tempfile.TemporaryDirectory() as t:
        now = Path(t)
        failed = run_all(now)
        names = sorted({p.name for p in golden.iterdir()} | {p.name for p in now.iterdir()})
        differ = [n for n in names if _bytes(golden / n) != _bytes(now / n)]
    for n in differ:
        print(f"differs: {n}")
    print(f"{len(names) - len(differ)} of {len(names)} outputs identical" + (f"; failed: {failed}" if failed else ""))
    return 1 if differ or failed else 0


if __name__ == "__main__":
    sys.exit(main_())
