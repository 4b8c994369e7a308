"""Saved news pages: HTML reduced to the article's text, title and date.

Extraction is trafilatura's (Apache-2.0, offline: it parses the page it is
given and fetches nothing), an optional extra (``pip install
'cited-briefs[html]'``): menus, adverts, scripts, comment threads and footers
are left out.  Each extracted block (a heading, a paragraph) becomes a
paragraph of its own, so the title and the first paragraph are never run
together.  Citations index the extracted text, which the JSON output and
the review page carry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError, MissingDependencyError, install_hint

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
        raise MissingDependencyError(f"{where}: reading HTML pages needs trafilatura: {install_hint('html')}") from None
    tree = _deep_tree(markup)
    doc = trafilatura.bare_extraction(
        markup if tree is None else tree,
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


def _deep_tree(markup: str) -> object | None:
    """The page parsed as deep as libxml2 reads with its huge option (2,048
    levels) when it nests tags deeper than the 256 levels read otherwise
    (unclosed ``<div>`` or ``<font>`` tags nest so), else ``None``: the
    page is handed over as text, parsed as before.  Below the limit, the
    text under it was silently lost: no article, or only its start."""
    from lxml import html as lxml_html

    data = markup.encode("utf-8", "surrogatepass")
    options = {"encoding": "utf-8", "collect_ids": False, "default_doctype": False, "remove_comments": True}
    parser = lxml_html.HTMLParser(**options, remove_pis=True)
    try:
        lxml_html.fromstring(data, parser=parser)
    except Exception:  # nothing to parse, or lxml refuses it: trafilatura says what it can
        return None
    if not any("XML_PARSE_HUGE" in e.message for e in parser.error_log):
        return None
    return lxml_html.fromstring(data, parser=lxml_html.HTMLParser(**options, remove_pis=True, huge_tree=True))


# -- HTML fragments ------------------------------------------------------------------------------

# A tag of the markup feeds carry in their text (RSS content, a scraper's
# output): paragraphs, breaks, links, emphasis.
_FRAGMENT_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img|table|tr|td)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
#: Tags whose content is no text of the report.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "object", "head", "title"})
#: Tags inside a paragraph; every other tag ends one.
_INLINE = frozenset(
    {"a", "b", "i", "u", "s", "em", "strong", "span", "small", "sub", "sup", "abbr", "cite", "q", "mark", "font"}
    | {"code", "time", "bdi", "bdo", "wbr", "img"}
)
# A news-archive record (<DOC> <DOCNO> ... <P>): read as text, where the
# boilerplate rules know its markup (summarizer.text.boilerplate).
_ARCHIVE = re.compile(r"<DOC(?:NO)?>", re.IGNORECASE)


#: An HTML character reference with its semicolon (``&quot;``, ``&#8217;``, ``&#x2014;``).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def unescaped(text: str) -> str | None:
    """``text`` with its HTML character references read (``&quot;we will
    rebuild&quot;``, ``teams&#8217; work``), as feeds and scraped texts
    carry them without tags; everything else, line breaks included, as it
    was.  ``None`` when it has none that stand for a character (``R&D``,
    ``AT&T`` and an unknown ``&foo;`` are text)."""
    import html

    found = False

    def read(m: re.Match[str]) -> str:
        nonlocal found
        got = html.unescape(m.group(0))
        found = found or got != m.group(0)
        return got

    out = _ENTITY.sub(read, text)
    return out if found else None


def looks_like_fragment(text: str) -> bool:
    """Whether ``text`` is a piece of HTML (two tags or more of the kinds
    feeds carry: ``<p>``, ``<br>``, ``<a href>``...) rather than plain text."""
    if _ARCHIVE.search(text, 0, 2_000):
        return False
    tags = _FRAGMENT_TAG.finditer(text, 0, 20_000)
    return next(tags, None) is not None and next(tags, None) is not None


#: The start of a marked section that is not CDATA, and the conditional
#: markers of HTML saved by Microsoft Word (``<![if !supportLists]>``, ``<![endif]>``).
_MARKED = re.compile(r"<!\[(?!CDATA\[)", re.IGNORECASE)
_CONDITIONAL = re.compile(r"<!\[(?:if\b[^\]>]{0,200}|endif)\]>", re.IGNORECASE)


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment: every tag but those inside a line
    (``<a>``, ``<b>``, ``<span>``...) ends a paragraph (``<p>``, ``<li>``, a
    heading, a ``<br>``), entities are read, scripts and styles left out
    (the standard library's parser: no extra needed)."""
    from html.parser import HTMLParser

    blocks: list[str] = []
    current: list[str] = []
    skipping = [0]

    def end_block() -> None:
        line = " ".join("".join(current).split())
        if line:
            blocks.append(line)
        current.clear()

    class _Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIPPED:
                skipping[0] += 1
            elif tag not in _INLINE:
                end_block()

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED:
                skipping[0] = max(0, skipping[0] - 1)
            elif tag not in _INLINE:
                end_block()

        def handle_data(self, data: str) -> None:
            if not skipping[0]:
                current.append(data)

        def unknown_decl(self, data: str) -> None:  # <![CDATA[...]]>: its text
            if data[:6].upper() == "CDATA[" and not skipping[0]:
                current.append(data[6:])

    reader = _Reader(convert_charrefs=True)
    # a marked section other than CDATA ("<![C", "<![if ...]>") is text: the
    # parser stops on one with an AssertionError of its own
    reader.feed(_MARKED.sub("&lt;![", _CONDITIONAL.sub("", markup)))
    reader.close()
    end_block()
    return "\n\n".join(blocks)
