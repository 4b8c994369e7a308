"""Shared by the benchmark scripts: machine description and result files."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))


def reference_sets() -> list[Path]:
    """The dev sets with reference summaries (EASC, MultiLing), in name order; the
    data folder also holds sets without references (ECB+ events, ANS pairs)."""
    return sorted([*DATA.glob("easc-*.jsonl"), *DATA.glob("multiling*.jsonl")])


def machine() -> dict:
    mem = None
    try:
        with open("/proc/meminfo") as f:
            mem = f.readline().split()[1] + " kB"
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "memory": mem,
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def table(title: str, columns: list[str], rows: list[str]) -> list[str]:
    """The lines of a Markdown section: its heading, the column names and their rule, the rows."""
    return [f"### {title}", "", "| " + " | ".join(columns) + " |", "|" + "---|" * len(columns), *rows]


def write(name: str, data: dict, markdown: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"machine": machine(), **data}
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    m = data["machine"]
    header = f"Machine: {m['cpus']} CPUs, {m['memory']}, Python {m['python']}, {m['platform']} ({m['date']})\n\n"
    (RESULTS / f"{name}.md").write_text(header + markdown + "\n", encoding="utf-8")
    print(markdown)
    print(f"\nwritten: {RESULTS / name}.json and .md")


def quick_option(doc: str) -> bool:
    """Parse a script's command line (``--help`` shows ``doc``); true with ``--quick``."""
    ap = argparse.ArgumentParser(
        description=doc.strip().splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=doc
    )
    ap.add_argument("--quick", action="store_true", help="only the first 5 items of each set (a smoke run)")
    return ap.parse_args().quick
