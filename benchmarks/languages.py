"""Language detection on the reference reports: whole texts and their first characters.

Every report of the MultiLing 2011 sets (seven languages, 100 reports each)
and of EASC (Arabic) is detected with no language given, as the command
line detects a file's, whole and cut to its first 300 and 120 characters
(a headline, a date line and a sentence or so), and compared with the
language of its set.  Among Latin-script languages detection counts the
words and letters that one language of the script has alone
(:func:`summarizer.text.language.detect`).

Run: ``python benchmarks/languages.py``; writes ``results/languages.{json,md}``.
"""

from __future__ import annotations

from collections import Counter

from _common import DATA, quick_option, write

from summarizer.bench.datasets import load
from summarizer.text.language import detect

SETS = {f"multiling2011-{c}": c for c in ("ar", "cs", "el", "en", "fr", "he", "hi")} | {"easc-wiki": "ar"}
CUTS = (None, 300, 120)


def main() -> None:
    quick = quick_option(__doc__)
    rows = []
    for name, code in SETS.items():
        texts = [d.text for item in load(DATA / f"{name}.jsonl", limit=2 if quick else None) for d in item.documents]
        row: dict = {"set": name, "language": code, "reports": len(texts)}
        for cut in CUTS:
            got = Counter(detect(t if cut is None else t[:cut]) for t in texts)
            row[str(cut or "whole")] = {"right": got[code], "wrong": {k: v for k, v in got.items() if k != code}}
        rows.append(row)
        print(row, flush=True)
    lines = [
        "Reports detected as their set's language, with no language given (wrong guesses in brackets).",
        "",
        "| set | reports | whole text | first 300 characters | first 120 characters |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        cells = []
        for cut in CUTS:
            c = r[str(cut or "whole")]
            wrong = ", ".join(f"{k} {v}" for k, v in sorted(c["wrong"].items()))
            cells.append(f"{c['right']}" + (f" ({wrong})" if wrong else ""))
        lines.append(f"| {r['set']} | {r['reports']} | " + " | ".join(cells) + " |")
    write("languages", {"rows": rows}, "\n".join(lines))


if __name__ == "__main__":
    main()
