"""Saved news pages: HTML reduced to the article's text, title and date.

Extraction is trafilatura's (Apache-2.0, offline: it parses the page it is
given and fetches nothing), an optional extra (``pip install
'summarizer[html]'``): menus, adverts, scripts, comment threads and footers
are left out.  Each extracted block (a heading, a paragraph) becomes a
paragraph of its own, so the title and the first paragraph are never run
together.  Citations index the extracted text, which the JSON output and
the review page carry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError, MissingDependencyError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
INPUT_FORMATS = ("auto", "text", "html", "markdown")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    date: str | None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts as an HTML page does (a doctype or an ``<html>`` tag)."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def extract(markup: str, where: str = "page") -> Page:
    """The article of an HTML page.

    Raises:
        MissingDependencyError: when trafilatura is not installed.
        InputError: when the page holds no article text.
    """
    try:
        import trafilatura
    except ImportError:
        raise MissingDependencyError(
            f"{where}: reading HTML pages needs trafilatura: pip install 'summarizer[html]'"
        ) from None
    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # dates from the page's markup and stamps only: a free search of the text
        # takes any year mentioned for the publication date (2014-01-01)
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(f"{where}: no article text found in the page")
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n\n".join(p for p in paragraphs if p)
    title = getattr(doc, "title", None) or None
    date = getattr(doc, "date", None) or None
    return Page(text, " ".join(title.split()) if title else None, date)
