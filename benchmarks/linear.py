"""Every text path is linear on adversarial inputs.

Each class of hostile text below is built at 64 KB, 128 KB, ... 1 MB and run
through the paths a user's input takes: analysis and a one-report brief
(segmentation, boilerplate, terms, scoring, selection), fusion of two such
reports (pooling, grouping, figures, disagreements), and rendering (terminal
text in visual order, Markdown, JSON).  Time is the best of three runs;
each doubling of the input must cost at most 2.5 times the time.

Run: ``python benchmarks/linear.py [--quick]``; writes ``results/linear.{json,md}``.
"""

from __future__ import annotations

import io
import itertools
import time

from _common import quick_option, write

from summarizer import Budget, Document, fuse, summarize
from summarizer.pipeline import analyse
from summarizer.render import render_text, to_json, to_markdown

#: The classes of hostile text: a name and a unit repeated to the size wanted.
CASES = {
    "run of dots": ("كلمة", "."),
    "glued Arabic periods": ("", "كلمة."),
    "glued Latin periods": ("", "word.Word"),
    "a glued period in one long token": ("www", ".Reuters"),
    "huge number": ("العدد ", "7"),
    "no spaces": ("", "x"),
    "no punctuation": ("", "word "),
    "brackets": ("قال ", "(("),
    "abbreviations": ("", "Mr. "),
    "dotted initials": ("", "U.S."),
    "closing quotes": ("", '."'),
    "blank lines": ("a", "\n\n"),
    "one-letter lines": ("", "a\n"),
    "short paragraphs without periods": ("", "floods hit the valley town\n\n"),
    "paragraph flags": ("", "BREAKING: the river rose above the old flood walls again\n\n"),
    "dashes": ("بغداد ", "- "),
    "numbers": ("", "12 "),
    "percentages": ("", "5% "),
    "clock times": ("", "11:02 "),
    "same sentence": ("", "The army left the city at dawn today. "),
    "markdown and html": ("", "[x](javascript:a) <img onerror=b> "),
    "escape sequences": ("", "\x1b[31mred\x1b]8;;x\x07 "),
}
SIZES = [64 * 1024 * 2**k for k in range(5)]  # 64 KB .. 1 MB
RATIO = 2.5


def build(case: tuple[str, str], size: int) -> str:
    head, unit = case
    return head + unit * max(1, (size - len(head.encode())) // len(unit.encode()))


def run_once(text: str) -> None:
    doc = Document("a", text)
    try:
        a = analyse(doc)
    except Exception:  # an input with no words is refused at once: nothing more to time
        return
    brief = summarize(a, budget=Budget(sentences=4))
    briefs = fuse([a, analyse(Document("b", text))], budget=Budget(sentences=4))
    out = io.StringIO()
    render_text([a], [brief], out, bidi="visual", width=80)
    to_markdown([a], list(briefs))
    to_json([a], list(briefs))


def best_of(text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run_once(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    quick = quick_option(__doc__)
    sizes = SIZES[:3] if quick else SIZES
    run_once(build(CASES["same sentence"], SIZES[0]))  # warm up: imports are not part of any size's time
    rows = []
    worst = 0.0
    for name, case in CASES.items():
        times = [best_of(build(case, size)) for size in sizes]
        ratios = [b / a if a > 0 else 0.0 for a, b in itertools.pairwise(times)]
        worst = max(worst, max(ratios))
        rows.append({"case": name, "seconds": times, "ratios": ratios, "ok": all(r <= RATIO for r in ratios)})
        print(
            f"{name:22} " + " ".join(f"{t:7.3f}" for t in times) + "  ratios " + " ".join(f"{r:.2f}" for r in ratios),
            flush=True,
        )
    header = "| input | " + " | ".join(f"{s // 1024} KB (s)" for s in sizes) + " | largest ratio | linear |"
    lines = [header, "|" + "---|" * (len(sizes) + 3)]
    for r in rows:
        cells = " | ".join(f"{t:.3f}" for t in r["seconds"])
        lines.append(f"| {r['case']} | {cells} | {max(r['ratios']):.2f} | {'yes' if r['ok'] else 'NO'} |")
    verdict = "every path linear" if all(r["ok"] for r in rows) else "NOT linear: see the rows marked NO"
    lines.append(
        f"\nEach doubling of the input costs at most {worst:.2f}x the time ({verdict}; the bound is {RATIO}x)."
    )
    write(
        "linear" + ("-quick" if quick else ""), {"sizes": sizes, "rows": rows, "worst_ratio": worst}, "\n".join(lines)
    )


if __name__ == "__main__":
    main()
