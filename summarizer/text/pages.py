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

import html
import re
from collections.abc import Generator, Iterator
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
# output): paragraphs, breaks, links, emphasis; its attributes, if any, each
# with a value (``<a href="...">``, ``<p class=lead>``), so that words in
# angle brackets stay text (``<a few words>``, ``<i think>``, ``<b.smith@x.org>``).
_FRAGMENT_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img|table|tr|td)"
    r"""(?:\s+[A-Za-z_:][-\w:.]{0,60}\s*=\s*(?:"[^"<>]{0,500}"|'[^'<>]{0,500}'|[^\s"'<>=`]{1,500})){0,20}\s*/?>""",
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
    found = False

    def read(m: re.Match[str]) -> str:
        nonlocal found
        got = html.unescape(m.group(0))
        found = found or got != m.group(0)
        return got

    out = _ENTITY.sub(read, text)
    return out if found else None


#: A text that opens with a tag of :data:`_FRAGMENT_TAG`, a script, a style
#: or a comment is HTML, even with nothing else (``<p>The minister said...``
#: never closed).
_FRAGMENT_OPENING = re.compile(
    r"\s*(?:<!--|<(?:script|style)\b[^<>]{0,500}>|" + _FRAGMENT_TAG.pattern + ")", re.IGNORECASE
)


def looks_like_fragment(text: str) -> bool:
    """Whether ``text`` is a piece of HTML rather than plain text: it opens
    with a tag of the kinds feeds carry (``<p>``, ``<br>``, ``<a href>``...),
    a script, a style or a comment (``<!--``), or it holds two such tags or
    more.  A ``<`` inside a line of text (``a<b and c>d``, ``< 5``) is text."""
    if _ARCHIVE.search(text, 0, 2_000):
        return False
    if _FRAGMENT_OPENING.match(text):
        return True
    tags = _FRAGMENT_TAG.finditer(text, 0, 20_000)
    return next(tags, None) is not None and next(tags, None) is not None


def inline_markup(text: str) -> str | None:
    """``text`` without its tags, its lines kept and its character references
    read, when every tag it holds is one of those inside a line (a plain text
    with a link: ``... said <a href="...">the ministry</a> ...``); ``None``
    when it holds a tag that ends a paragraph, a script, a style or a
    comment (then it is HTML, :func:`fragment_text`)."""
    if "<!--" in text or any(name.lower() not in _INLINE for name in _ANY_TAG.findall(text)):
        return None
    stripped = _INLINE_TAG.sub("", text)
    return unescaped(stripped) or stripped


#: The name of anything that opens as a tag (``<sup``, ``</section``).
_ANY_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?=[\s/>])")
#: A tag inside a line, whole, whatever the length of its attributes.
_INLINE_TAG = re.compile(r"</?(?:" + "|".join(sorted(_INLINE, key=len, reverse=True)) + r")(?:\s[^<>]*)?/?>", re.I)


#: A tag's name, after its ``<`` or ``</`` (HTML's: an ASCII letter, then anything but white space, ``/`` and ``>``).
_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
#: Where a start tag may end: its ``>``, or a quoted attribute value (which may hold a ``>``).
_TAG_STOP = re.compile(r""">|=[\t\n\f\r ]*(["'])""")
#: Word's conditional markers (``<![if !supportLists]>``, ``<![endif]>``): no text.
_CONDITIONAL = re.compile(r"<!\[(?:if\b[^\]>]{0,200}|endif)\]>", re.IGNORECASE)
#: Elements whose content is raw text, read to their end tag without looking for markup.
_RAW_TEXT = frozenset({"script", "style"})


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment: every tag but those inside a line
    (``<a>``, ``<b>``, ``<span>``...) ends a paragraph (``<p>``, ``<li>``, a
    heading, a ``<br>``), entities are read, scripts and styles left out,
    a CDATA section read as its text (no extra needed).

    One pass of :func:`_markup` over the text, in time linear in its length
    whatever it holds: each construct is read to its end, or, where it never
    ends (``<a `` repeated, an open ``<!--``, ``<?`` or ``</$``), to the end
    of the text, as a browser reads it, never searched for again from the
    next ``<`` (the standard library's parser did, in time growing with the
    square of the length: 91 s for 64 KB of ``<a ``).
    """
    blocks: list[str] = []
    current: list[str] = []
    skipping = 0

    def end_block() -> None:
        line = " ".join("".join(current).split())
        if line:
            blocks.append(line)
        current.clear()

    for kind, value in _markup(markup):
        if kind == "text":
            if not skipping:
                current.append(value)
        elif kind == "start":
            if value in _SKIPPED:
                skipping += value not in _RAW_TEXT  # a raw-text element was read to its end already
            elif value not in _INLINE:
                end_block()
        elif value in _SKIPPED:  # an end tag
            skipping = max(0, skipping - 1)
        elif value not in _INLINE:
            end_block()
    end_block()
    return "\n\n".join(blocks)


def _markup(markup: str) -> Iterator[tuple[str, str]]:
    """``("text", text)``, ``("start", name)`` and ``("end", name)`` for
    the pieces of ``markup`` in order: text with its character references
    read, tag names in lower case; comments, processing instructions,
    declarations and the content of scripts and styles left out.  Every
    search starts where the last piece ended, so the whole is read once."""
    pos, n = 0, len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            yield "text", html.unescape(markup[pos:])
            return
        if lt > pos:
            yield "text", html.unescape(markup[pos:lt])
        nxt = markup[lt + 1 : lt + 2]
        if nxt == "/":
            name = _TAG_NAME.match(markup, lt + 2)
            end = markup.find(">", lt + 2)
            if end < 0:  # an end tag or bogus comment never closed: the rest is markup
                return
            if name is not None:
                yield "end", name.group().lower()
            pos = end + 1
        elif nxt == "!":
            pos = yield from _declaration(markup, lt)
        elif nxt == "?":  # a processing instruction: markup to its ">"
            end = markup.find(">", lt + 2)
            pos = n if end < 0 else end + 1
        elif (name := _TAG_NAME.match(markup, lt + 1)) is not None:
            end = _tag_end(markup, name.end())
            if end < 0:  # a tag never closed: the rest is markup
                return
            tag = name.group().lower()
            yield "start", tag
            pos = end
            if tag in _RAW_TEXT:  # its content is no markup and no text of the report
                close = re.compile(f"</{tag}[\t\n\f\r />]", re.IGNORECASE).search(markup, pos)
                pos = n if close is None else close.start()
        else:  # "<" before a space, a digit, a sign: text
            yield "text", "<"
            pos = lt + 1


def _declaration(markup: str, lt: int) -> Generator[tuple[str, str], None, int]:
    """The pieces of a comment, CDATA section or declaration at ``lt``
    (``<!``); returns where the text goes on."""
    n = len(markup)
    if markup.startswith("<!--", lt):
        end = markup.find("-->", lt + 4)
        return n if end < 0 else end + 3
    if markup[lt + 2 : lt + 9].upper() == "[CDATA[":  # its text, as it is
        end = markup.find("]]>", lt + 9)
        yield "text", markup[lt + 9 : n if end < 0 else end]
        return n if end < 0 else end + 3
    if markup.startswith("<![", lt):
        conditional = _CONDITIONAL.match(markup, lt)
        if conditional is not None:
            return conditional.end()
        yield "text", "<!["  # another marked section ("<![C"): text, as it reads
        return lt + 3
    end = markup.find(">", lt + 2)  # a doctype or another declaration
    return n if end < 0 else end + 1


def _tag_end(markup: str, pos: int) -> int:
    """Where the start tag whose attributes begin at ``pos`` ends (after
    its ``>``), or -1 when it never does; a quoted attribute value may hold
    a ``>``."""
    while True:
        stop = _TAG_STOP.search(markup, pos)
        if stop is None:
            return -1
        if stop.group(1) is None:
            return stop.end()
        close = markup.find(stop.group(1), stop.end())
        if close < 0:
            return -1
        pos = close + 1
