"""A benchmark as a page: the table, a chart of the confidence intervals, the verdicts.

One self-contained HTML file (no scripts, no network; the chart is inline
SVG drawn here, no plotting library): systems sorted by ROUGE-2, each ROUGE
type a panel with every system's mean as a dot and its 95% bootstrap
interval as a bar, and the paired significance verdicts the terminal
prints, story-level where the items share stories.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ..html import CSS as _PAGE_CSS
from .verdicts import verdict_text

ROW = 26
LABEL = 150
PANEL = 220
PAD = 40


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _chart(result, systems: Sequence[str]) -> str:
    """Inline SVG: one panel per ROUGE type, a row per system."""
    types = list(result.types)
    rows = len(systems)
    width = LABEL + len(types) * (PANEL + PAD) + PAD
    height = 40 + rows * ROW + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="ROUGE F1 with 95% confidence intervals" '
        'font-family="system-ui,sans-serif" font-size="12">'
    ]
    for k, name in enumerate(systems):
        y = 40 + k * ROW + ROW / 2
        parts.append(f'<text x="{LABEL - 8}" y="{y + 4}" text-anchor="end">{_esc(name)}</text>')
        if k % 2 == 0:
            parts.append(
                f'<rect x="{LABEL}" y="{40 + k * ROW}" width="{width - LABEL}" height="{ROW}" fill="#f4f6f8"/>'
            )
    for t_no, t in enumerate(types):
        x0 = LABEL + PAD + t_no * (PANEL + PAD)
        cis = [result.interval(n, t) for n in systems]
        lo = min(c.low for c in cis)
        hi = max(c.high for c in cis)
        lo, hi = max(0.0, lo - 0.02), min(1.0, hi + 0.02)
        span = (hi - lo) or 1.0

        def x(v: float) -> float:
            return x0 + (v - lo) / span * PANEL  # noqa: B023 (drawn in this iteration)

        parts.append(f'<text x="{x0 + PANEL / 2}" y="16" text-anchor="middle" font-weight="bold">{_esc(t)}</text>')
        for tick in range(5):
            v = lo + span * tick / 4
            parts.append(
                f'<line x1="{x(v):.1f}" y1="28" x2="{x(v):.1f}" y2="{40 + rows * ROW}" stroke="#ddd"/>'
                f'<text x="{x(v):.1f}" y="{40 + rows * ROW + 16}" text-anchor="middle" fill="#555">'
                f"{100 * v:.0f}</text>"
            )
        for k, ci in enumerate(cis):
            y = 40 + k * ROW + ROW / 2
            parts.append(
                f'<line x1="{x(ci.low):.1f}" y1="{y}" x2="{x(ci.high):.1f}" y2="{y}" stroke="#1a6fd1" '
                'stroke-width="3"/>'
                f'<circle cx="{x(ci.mean):.1f}" cy="{y}" r="4.5" fill="#0b3d7a">'
                f"<title>{_esc(systems[k])} {t}: {100 * ci.mean:.2f} [{100 * ci.low:.1f}, {100 * ci.high:.1f}]</title>"
                "</circle>"
            )
    parts.append("</svg>")
    return "".join(parts)


def to_html(result, verdicts: Sequence[tuple], *, held_out: bool = False) -> str:
    """The page of a :class:`summarizer.bench.harness.Benchmark` and its verdicts
    (see :func:`summarizer.bench.verdicts.verdicts`)."""
    systems = [r.name for r in result.runs if r.scores]
    systems.sort(key=lambda n: -result.interval(n, "rouge2").mean if "rouge2" in result.types else 0.0)
    head = "".join(f"<th>{_esc(t)}</th>" for t in result.types)
    rows = []
    runs = {r.name: r for r in result.runs}
    for n in systems:
        cells = "".join(
            f"<td>{100 * (ci := result.interval(n, t)).mean:.2f} <small>[{100 * ci.low:.1f}, {100 * ci.high:.1f}]"
            "</small></td>"
            for t in result.types
        )
        r = runs[n]
        rows.append(
            f"<tr><th scope='row'>{_esc(n)}</th>{cells}<td>{r.items_per_second:.1f}</td><td>{len(r.failures)}</td></tr>"
        )
    lines = [f"<li>{_esc(verdict_text(*v))}</li>" for v in verdicts]
    against = ", each reference held out in turn" if held_out else ""
    title = f"{result.dataset}: ROUGE F1 x100, mean [95% bootstrap CI], {len(result.items)} items{against}"
    css = (
        _PAGE_CSS + "table{border-collapse:collapse;background:#fff}td,th{padding:.3rem .6rem;border:1px solid #ddd;"
        "text-align:right}th[scope=row]{text-align:left}small{color:#666}.chart{overflow-x:auto;background:#fff;"
        "border:1px solid #ddd;border-radius:6px;padding:.5rem;margin:1rem 0}.wrap{padding:1rem}"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        'img-src data:">'
        f"<title>{_esc(title)}</title><style>{css}</style></head><body>"
        f"<header><h1>{_esc(title)}</h1><p class='legend'>Systems sorted by ROUGE-2; dots are means, bars "
        "95% bootstrap intervals.</p></header><div class='wrap'>"
        f"<div class='chart'>{_chart(result, systems)}</div>"
        f"<table><thead><tr><th>system</th>{head}<th>items/s</th><th>failed</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f"<h2>Verdicts</h2><ul>{''.join(lines)}</ul></div></body></html>\n"
    )
