"""Markdown reports reduced to their text.

A ``.md`` report is parsed with markdown-it-py (CommonMark; MIT, already
installed with ``rich``) and each block -- a heading, a paragraph, a list
item, a quotation -- becomes a paragraph of plain text: link text without
its address, no emphasis marks, no list bullets or ``>``, no images, code or
HTML blocks.  The first heading, when it comes before any text, is the
title.  As for saved pages (:mod:`summarizer.text.pages`), citations index
the text made here, which the JSON output and the review page carry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .pages import Page

if TYPE_CHECKING:
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = (".md", ".markdown")
# Inline tokens whose content is text; every other inline token is markup.
_TEXT = frozenset({"text", "code_inline"})


def extract(markup: str) -> Page:
    """The text and title of a Markdown report (its date is not read: a
    date line in the text is found as in any report)."""
    from markdown_it import MarkdownIt  # 40 ms to import: only for Markdown, not for --help

    tokens = MarkdownIt("commonmark").parse(markup)
    blocks: list[str] = []
    title: str | None = None
    heading = False
    for tok in tokens:
        if tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline":
            line = " ".join(_inline_text(tok.children or []).split())
            if not line:
                continue
            if heading and title is None and not blocks:
                title = line
            blocks.append(line)
    return Page("\n\n".join(blocks), title, None)


def _inline_text(children: Sequence[Token]) -> str:
    out = []
    for child in children:
        if child.type in _TEXT:
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)
