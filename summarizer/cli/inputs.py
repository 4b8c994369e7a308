"""Reading the reports named on the command line: files, folders, feeds
and standard input, each reduced to its text (pages and Markdown) and
given a unique id; what cannot be read in a folder is passed over, said."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..documents import settle
from ..errors import InputError, MissingDependencyError
from ..feed import is_feed, read_feed
from ..text.language import foreign_script
from ..text.markdown import MARKDOWN_SUFFIXES
from ..text.markdown import extract as extract_markdown
from ..text.normalize import has_words
from ..text.pages import HTML_SUFFIXES, Page, extract, fragment_text, looks_like_fragment, looks_like_html, unescaped
from ..text.reading import codec_name, expand_paths, read_stdin, read_text
from ..types import Document, display_text
from .console import PROG

#: (path, reason) of each input passed over.
Skipped = list[tuple[str, str]]


def read_inputs(
    inputs: Sequence[str], encoding: str | None, input_format: str = "auto"
) -> tuple[list[Document], Skipped]:
    """The reports named on the command line, and those passed over.

    A file named directly must be readable (else an error); a file found in
    a folder that cannot be read or holds no text is passed over, listed
    with the reason on stderr (and in the JSON), never dropped silently.
    """
    if encoding is not None:  # once, before any file is read (not once a file, each skipped)
        codec_name(encoding)
    skipped: Skipped = []
    paths = _paths(inputs, skipped)
    docs = []
    for doc_id, (p, in_folder) in zip(unique_ids(p for p, _ in paths), paths):
        try:
            if p is not None and is_feed(p):
                reports, lines = read_feed(p, encoding=encoding)
                docs.extend(reports)
                skipped.extend(lines)
                continue
            docs.append(_read_one(doc_id, p, encoding, input_format))
        except (InputError, MissingDependencyError) as exc:
            if not in_folder:
                raise
            skipped.append((str(p), str(exc).removeprefix(f"{p}: ")))
    docs = settle(_unique_documents(docs))
    for path, reason in skipped:
        sys.stderr.write(f"{PROG}: skipped {display_text(path)}: {display_text(reason)}\n")
    if not docs:
        raise InputError(f"no readable reports ({len(skipped)} skipped)")
    return docs, skipped


def _paths(inputs: Sequence[str], skipped: Skipped) -> list[tuple[Path | None, bool]]:
    """Each file to read (``None`` for standard input), and whether it was found in a folder."""
    paths: list[tuple[Path | None, bool]] = []
    for item in inputs:
        if item == "-":
            paths.append((None, False))
        else:
            named = Path(item)
            paths.extend((p, p != named) for p in expand_paths([item], skipped))
    if sum(p is None for p, _ in paths) > 1:
        raise InputError("standard input (-) can be read only once")
    return paths


def _read_one(doc_id: str, p: Path | None, encoding: str | None, input_format: str) -> Document:
    """The report in file ``p`` (standard input for ``None``), reduced to its text."""
    raw = read_stdin(encoding=encoding) if p is None else read_text(p, encoding=encoding)
    page, origin = _reduced(raw, p, input_format)
    text = raw if page is None else page.text
    if not has_words(text):
        raise InputError(f"{p or '<stdin>'}: {_empty(raw, origin)}")
    if page is not None:
        return Document(doc_id, text, title=page.title, path=str(p) if p else None, date=page.date, origin=origin)
    return Document(id=doc_id, text=text, path=str(p) if p else None)


def _empty(raw: str, origin: str | None) -> str:
    """Why a report has no text: none at all, or none outside the Markdown's
    code and images or the HTML's markup (where the file has letters)."""
    if origin is None or not has_words(raw):
        return "the text is empty (no letters or digits)"
    what = "code blocks, images and HTML" if origin == "markdown" else "tags, comments, scripts and styles"
    return f"no text outside {what} (read as {origin}; --input-format text reads the file as it is)"


def _reduced(text: str, p: Path | None, input_format: str) -> tuple[Page | None, str | None]:
    """The page a page, Markdown or HTML fragment reduces to, and its origin;
    ``(None, None)`` for plain text."""
    origin = _origin(p, text, input_format)
    if origin == "html":
        return extract(text, str(p or "<stdin>")), origin
    if origin == "markdown":
        return extract_markdown(text), origin
    if origin == "fragment":
        return Page(fragment_text(text), None, None), "html"
    if origin is None and input_format == "auto" and (read := unescaped(text)) is not None:
        return Page(read, None, None), "html"  # "&quot;" without tags: the same
    return None, origin


def _origin(p: Path | None, text: str, input_format: str) -> str | None:
    """``"html"`` or ``"markdown"`` when the input is to be reduced to its
    text first (by ``--input-format``, else the file's suffix, else, on
    stdin, a text that starts as a page); ``"fragment"`` for a text file or
    stdin in HTML that is no whole page (``<p>...</p>``: read with the
    standard library, no extra needed); ``None`` for plain text (whose
    HTML character references, ``&quot;``, are read in auto mode)."""
    if input_format != "auto":
        return None if input_format == "text" else input_format
    suffix = p.suffix.lower() if p is not None else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if p is None and looks_like_html(text):
        return "html"
    return "fragment" if looks_like_fragment(text) else None


def unique_ids(paths: Iterable[Path | None]) -> list[str]:
    """File stems (``stdin`` for standard input), made unique by a numeric
    suffix where two share one."""
    taken: set[str] = set()
    out = []
    for p in paths:
        stem = "stdin" if p is None else display_text(p.stem or p.name) or "report"  # an id is a label: shown safely
        doc_id, n = stem, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{stem}-{n}"
        taken.add(doc_id)
        out.append(doc_id)
    return out


def _unique_documents(docs: list[Document]) -> list[Document]:
    """The documents, an id used twice (a feed and a file, two feeds) made unique by a suffix."""
    taken: set[str] = set()
    out = []
    for d in docs:
        doc_id, n = d.id, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{d.id}-{n}"
        taken.add(doc_id)
        out.append(d if doc_id == d.id else replace(d, id=doc_id))
    return out


def warn_foreign(docs: Sequence[Document], language: str | None) -> None:
    """Warn, on one line, when ``--language`` names a language that does not
    write the script of some reports (Arabic text read with English rules)."""
    if language is None:
        return
    found = [(d.path or d.id, code) for d in docs if (code := foreign_script(d.text, language))]
    if not found:
        return
    (where, code), more = found[0], len(found) - 1
    where = display_text(where)  # a path or a feed's source: data, shown without its control characters
    who = f"{where} and {more} more report{'s' if more > 1 else ''} look" if more else f"{where} looks"
    their = "their" if more else "its"
    sys.stderr.write(
        f"{PROG}: warning: {who} written in {code}, not {language}; {their} sentences and words are read "
        f"with {language}'s rules (leave --language out to detect each report's)\n"
    )
