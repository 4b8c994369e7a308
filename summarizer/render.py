"""Output: plain terminal text (rich, right-to-left aware), Markdown and JSON.

The JSON shape (version 1) is stable; later versions only add keys::

    {"version": 1,
     "sources": [{"id": str, "path": str|null, "title": str|null, "language": str|null}],
     "briefs": [{"sources": [source id, ...], "backend": str,
                 "sentences": [{"text": str, "score": float, "supported": bool,
                                "citations": [{"source": id, "start": int, "end": int,
                                               "sentence": int, "score": float,
                                               "representative": bool}],
                                "disagreements": [{"kind": str,
                                                   "values": [{"value": str, "sources": [id]}]}]}]}]}

Offsets index the source text as decoded from its file (Python string
indices), so ``text[start:end]`` is the cited sentence.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from .bidi import is_rtl, visual
from .pipeline import Analysis
from .types import Document, Summary, SummarySentence, display_text

FORMATS = ("text", "markdown", "json")
BIDI_MODES = ("auto", "visual", "logical")

SourceLike = Analysis | Document


@dataclass(frozen=True)
class _Source:
    id: str
    path: str | None
    title: str | None
    language: str | None


def _source(x: SourceLike) -> _Source:
    """What a renderer shows of a source: an analysis knows its detected
    language and found title; a bare document only what it was given."""
    if isinstance(x, Analysis):
        return _Source(x.id, x.document.path, x.title_text, x.language)
    return _Source(x.id, x.path, x.title, x.language)


def to_dict(
    sources: Sequence[SourceLike], summaries: Sequence[Summary], skipped: Sequence[tuple[str, str]] = ()
) -> dict:
    """The JSON-ready structure described in the module docstring."""
    srcs = [_source(x) for x in sources]
    return {
        "version": 1,
        "sources": [{"id": d.id, "path": d.path, "title": d.title, "language": d.language} for d in srcs],
        "briefs": [
            {
                "sources": list(s.sources),
                "backend": s.backend,
                "sentences": [_sentence_dict(x) for x in s.sentences],
            }
            for s in summaries
        ],
        "skipped": [{"path": path, "reason": reason} for path, reason in skipped],
    }


def _sentence_dict(s: SummarySentence) -> dict:
    return {
        "text": s.text,
        "score": round(float(s.score), 6),
        "supported": s.supported,
        "citations": [
            {
                "source": c.source,
                "start": c.start,
                "end": c.end,
                "sentence": c.sentence,
                "score": round(float(c.score), 6),
                "representative": c.representative,
            }
            for c in s.citations
        ],
        "disagreements": [
            {"kind": d.kind, "values": [{"value": v, "sources": list(ids)} for v, ids in d.values]}
            for d in s.disagreements
        ],
    }


def to_json(
    sources: Sequence[SourceLike], summaries: Sequence[Summary], skipped: Sequence[tuple[str, str]] = ()
) -> str:
    return json.dumps(to_dict(sources, summaries, skipped), ensure_ascii=False, indent=2)


def _numbers(documents: Sequence[_Source]) -> dict[str, int]:
    return {d.id: i + 1 for i, d in enumerate(documents)}


def _markers(s: SummarySentence, numbers: dict[str, int]) -> str:
    nums = sorted({numbers[c.source] for c in s.citations if c.source in numbers})
    return "".join(f"[{n}]" for n in nums)


def _flags(s: SummarySentence, numbers: dict[str, int]) -> list[str]:
    out = []
    if not s.supported:
        out.append("unsupported: no source sentence backs this generated sentence")
    for d in s.disagreements:
        sides = "; ".join(f"{v} " + "".join(f"[{numbers[i]}]" for i in ids if i in numbers) for v, ids in d.values)
        out.append(f"sources disagree ({d.kind}): {sides}")
    return out


def _heading(k: int, total: int, summary: Summary, numbers: dict[str, int]) -> str:
    covers = "".join(f"[{numbers[i]}]" for i in summary.sources if i in numbers)
    label = f"Brief {k} of {total}" if total > 1 else "Brief"
    return f"{label} ({summary.backend}) - covers {covers}" if covers else label


def _title(d: _Source) -> str:
    return display_text(d.title or (d.path or d.id))


def _name(d: _Source) -> str:
    """The file name (or id) of a source, safe to print."""
    return display_text(d.path.rsplit("/", 1)[-1] if d.path else d.id)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def md_escape(text: str) -> str:
    """``text`` as literal Markdown: on one line, HTML characters as entities
    (no tag or autolink survives) and Markdown punctuation backslashed (no
    link, image, emphasis or code span)."""
    text = display_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(sources: Sequence[SourceLike], summaries: Sequence[Summary]) -> str:
    """Briefs as Markdown; every piece of source text is escaped (see :func:`md_escape`)."""
    documents = [_source(x) for x in sources]
    numbers = _numbers(documents)
    lines: list[str] = []
    for k, summary in enumerate(summaries, 1):
        lines.append(f"## {md_escape(_heading(k, len(summaries), summary, numbers))}")
        lines.append("")
        for s in summary.sentences:
            lines.append(f"- {md_escape(s.text)} {_markers(s, numbers)}".rstrip())
            for flag in _flags(s, numbers):
                lines.append(f"  - *{md_escape(flag)}*")
        lines.append("")
    lines.append("## Sources")
    lines.append("")
    for d in documents:
        lines.append(f"{numbers[d.id]}. {md_escape(_name(d))} - {md_escape(_title(d))}")
    return "\n".join(lines) + "\n"


def render_text(
    sources: Sequence[SourceLike],
    summaries: Sequence[Summary],
    out: TextIO,
    *,
    bidi: str = "auto",
    width: int | None = None,
) -> None:
    """Print briefs for people, with ``rich``.

    ``bidi``: ``"visual"`` reorders right-to-left lines for terminals that
    do not (see :mod:`summarizer.bidi`); ``"logical"`` prints text in
    storage order (for terminals that do bidi themselves, files and pipes);
    ``"auto"`` is visual on a terminal and logical otherwise.
    """
    from rich.console import Console
    from rich.text import Text

    documents = [_source(x) for x in sources]
    console = Console(file=out, width=width, highlight=False, soft_wrap=False)
    is_tty = console.is_terminal
    mode = bidi if bidi != "auto" else ("visual" if is_tty else "logical")
    numbers = _numbers(documents)
    cols = max(20, (console.width or 80) - 2)

    def emit(text: str, style: str = "", indent: int = 0) -> None:
        rtl = is_rtl(text)
        if mode == "logical":
            console.print(Text(" " * indent + text, style=style), soft_wrap=True)
            return
        for line in textwrap.wrap(text, width=cols - indent) or [""]:
            shown = visual(line)
            if rtl:
                console.print(Text(shown, style=style), justify="right", no_wrap=True, overflow="ignore")
            else:
                console.print(Text(" " * indent + shown, style=style), no_wrap=True, overflow="ignore")

    for k, summary in enumerate(summaries, 1):
        emit(_heading(k, len(summaries), summary, numbers), "bold")
        console.print()
        for s in summary.sentences:
            emit(f"{s.text} {_markers(s, numbers)}".rstrip())
            for flag in _flags(s, numbers):
                emit(f"! {flag}", "yellow", indent=2)
            console.print()
    emit("Sources", "bold")
    for d in documents:
        name = _name(d)
        emit(f"[{numbers[d.id]}] {name}", "dim")
        title = _title(d)
        if title and title != name:
            emit(title, "dim", indent=4)
