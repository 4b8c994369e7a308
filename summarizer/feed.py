"""Reading a feed of reports: JSON Lines, one report a line (or an RSS or Atom feed).

A line is ``{"id", "text", "title"?, "date"?, "source"?, "language"?}``; a
text in HTML (``<p>...</p>``, as RSS content comes) is read as its text,
which the citations then index and the JSON output carries (``"origin":
"html"``; a text already made from a page or Markdown may say so itself).
Lines are read one at a time and each is bounded (:data:`MAX_LINE`), so a
feed of a hundred thousand reports is read in memory proportional to its
reports, not more.  A line that cannot be used (not JSON, no text, an id
used already, binary junk, no letters at all, bytes of no encoding) is
skipped with its line number and the reason, never dropped silently; so is
listed a ``date`` that is no date or out of range, left out of a report read
without it.  A feed is decoded as a text file is (a byte-order mark, UTF-16
by its bytes, UTF-8, Windows-1256 Arabic; ``--encoding`` over all of them).

An RSS (0.9x, 1.0, 2.0) or Atom feed (``.xml``, ``.rss``, ``.atom``) is read
with feedparser, which reads the malformed feeds the web serves (an
undeclared ``&nbsp;``, an unclosed tag) and neither fetches a DTD nor
expands nested entities: each item is a report, its ``id`` the item's guid
or link, its text the item's content (or description; a headline alone is
its text), its ``title`` and ``date`` the item's, its ``source`` its link
and its ``language`` the channel's where it names one we read.
"""

from __future__ import annotations

import calendar
import datetime
import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .text.dates import date_problem, parse_date, unix_day
from .text.decoding import codec_name, decode, text_lines
from .text.lang import canonical
from .text.normalize import has_words
from .text.pages import fragment_text, looks_like_fragment, unescaped
from .text.reading import read_bytes
from .types import Document, display_text

#: A line longer than this is skipped (a report of 10 MB is a mistake).
MAX_LINE = 10 * 1024 * 1024
#: A feed larger than this is refused.
MAX_FEED = 2 * 1024 * 1024 * 1024
#: RSS and Atom feeds.
XML_SUFFIXES = (".xml", ".rss", ".atom")
FEED_SUFFIXES = (".jsonl", ".ndjson", ".json", *XML_SUFFIXES)
#: An RSS or Atom feed is parsed whole, into objects several times its size.
MAX_XML = 64 * 1024 * 1024
#: A ``.json`` file (one report, or an array of them) is parsed whole, so it
#: is bounded more tightly than JSON Lines.
MAX_JSON = 256 * 1024 * 1024
# JSON can spell half of a UTF-16 surrogate pair ("\ud800") alone; decoded,
# it is a character that no UTF-8 output can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")

Skipped = list[tuple[str, str]]


def is_feed(path: str | os.PathLike) -> bool:
    """Whether ``path`` names a feed (by its suffix): JSON Lines, a
    ``.json`` file holding one report or an array of them, or an RSS or
    Atom feed."""
    return Path(path).suffix.lower() in FEED_SUFFIXES


def json_lines(
    path: str | os.PathLike, *, max_line: int = MAX_LINE, encoding: str | None = None
) -> Iterator[tuple[int, object]]:
    """``(line number, parsed value or the InputError saying why not)`` for each non-blank line.
    Of a ``.json`` file, ``(n, value)`` for the n-th value of its array (or
    ``(1, value)`` for a file holding one object).  The file is read in
    ``encoding``, else in the one its bytes show, as a text file is
    (:mod:`summarizer.text.decoding`).

    Raises:
        InputError: when the file cannot be opened, passes :data:`MAX_FEED`
            (:data:`MAX_JSON` for a ``.json`` file), or a ``.json`` file is
            not JSON.
    """
    p = Path(path)
    if p.suffix.lower() == ".json":
        yield from _json_array(p, encoding)
        return
    if p.suffix.lower() in XML_SUFFIXES:
        yield from _xml_items(p, encoding)
        return
    try:
        f = p.open("rb")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    with f:
        yield from json_lines_of(f, str(p), max_line=max_line, encoding=encoding)


def json_lines_of(
    stream: BinaryIO, name: str, *, max_line: int = MAX_LINE, encoding: str | None = None
) -> Iterator[tuple[int, object]]:
    """:func:`json_lines` of an open binary stream (standard input), read
    as it comes: a line is yielded as soon as it has been read.

    Raises:
        InputError: when reading fails or passes :data:`MAX_FEED`.
    """
    total = 0
    for n, line, size in text_lines(stream, name, encoding=encoding, max_line=max_line):
        total += size
        if isinstance(line, InputError):
            yield n, line
        elif line.strip():
            yield n, parsed(line)
        if total > MAX_FEED:
            raise InputError(f"{name}: more than {MAX_FEED >> 30} GB; split the feed")


def _json_array(p: Path, encoding: str | None) -> Iterator[tuple[int, object]]:
    value = parsed(decode(read_bytes(p, limit=MAX_JSON, encoding=encoding), name=str(p), encoding=encoding))
    if isinstance(value, InputError):
        raise InputError(f"{p}: {value}") from None
    if isinstance(value, list):
        yield from enumerate(value, 1)
    elif isinstance(value, dict):
        yield 1, value
    else:
        raise InputError(
            f"{p}: a .json file holds a report (an object) or an array of them, not {type(value).__name__}"
        )


def _xml_items(p: Path, encoding: str | None) -> Iterator[tuple[int, object]]:
    """``(n, report object)`` for the n-th item of an RSS or Atom feed (see
    the module docstring), read in ``encoding`` when given (as a server's
    ``charset`` would say, over the feed's own declaration), else in the
    one it declares or its byte-order mark shows.

    Raises:
        InputError: when the file cannot be read, passes :data:`MAX_XML`,
            or holds no item (it is no feed).
    """
    import feedparser  # 80 ms to import: only for an RSS or Atom feed, not for --help or a text file

    data = _CHAR_REF.sub(_no_bad_char, read_bytes(p, limit=MAX_XML, encoding=encoding))
    headers = {} if encoding is None else {"content-type": f"application/xml; charset={codec_name(encoding)}"}
    try:
        # a stream: a string or bytes that look like a path or an address would be opened or fetched
        parsed = feedparser.parse(
            io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False, response_headers=headers
        )
    except Exception as exc:  # the parser's own failure on a broken feed: say so, never an internal error
        raise InputError(f"{p}: cannot be read as a feed ({type(exc).__name__}: {_one_line(exc)})") from None
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        raise InputError(f"{p}: no items: not an RSS or Atom feed" + (f" ({_one_line(why)})" if why else ""))
    language = _feed_language(parsed.get("feed", {}).get("language"))
    for n, entry in enumerate(entries, 1):
        yield n, _entry_report(entry, n, language)


#: A numeric character reference (``&#8217;``, ``&#xD800;``).
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));")


def _no_bad_char(m: re.Match[bytes]) -> bytes:
    """A reference to no character (a surrogate, NUL, past U+10FFFF) as U+FFFD:
    feedparser's loose parser stops on one with an error of its own."""
    value = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return b"&#xFFFD;" if value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF else m.group(0)


def _one_line(value: object) -> str:
    """A parser's error as one short line (:func:`summarizer.types.display_text`)."""
    return display_text(str(value))[:200]


def _feed_language(value: object) -> str | None:
    """The channel's language (``en-us``, ``ar``) as one we read, else ``None`` (detected then)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return canonical(value.strip().split("-")[0].split("_")[0])
    except ValueError:
        return None


def _entry_report(entry: dict, n: int, language: str | None) -> dict:
    """A feed item as the object a JSON Lines feed would give for it: its
    HTML content read as its text here, where the feed says it is HTML (one
    stray tag in a description is no fragment to :func:`looks_like_fragment`)."""
    out: dict[str, object] = {"id": entry.get("id") or entry.get("link") or str(n)}
    bodies = [c for c in entry.get("content") or [] if isinstance(c.get("value"), str)]
    detail = max(bodies, key=lambda c: len(c["value"])) if bodies else entry.get("summary_detail") or {}
    text, title = detail.get("value"), entry.get("title")
    if isinstance(text, str) and "html" in str(detail.get("type", "")):
        text = fragment_text(text)
        out["origin"] = "html"
    if isinstance(text, str) and has_words(text):
        out["text"] = text
        if isinstance(title, str) and title.strip():
            out["title"] = title
    elif isinstance(title, str) and title.strip():
        out["text"] = title  # a headline alone is its text
        out.pop("origin", None)
    written = entry.get("published") or entry.get("updated")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if isinstance(written, str) and parse_date(written):
        out["date"] = written  # the day as written (the reporter's), not the UTC one
    elif stamp and (day := _stamp_day(stamp)) is not None:
        out["date"] = day
    if isinstance(entry.get("link"), str):
        out["source"] = entry["link"]
    if language is not None:
        out["language"] = language
    return out


def _stamp_day(stamp: object) -> str | None:
    """The UTC day of a time feedparser read (a ``struct_time``), ``None``
    when it names none a date can hold (the year 0, a month 13: no date)."""
    try:
        seconds = calendar.timegm(stamp)  # type: ignore[arg-type]
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).date().isoformat()
    except (ValueError, OverflowError, OSError, TypeError):
        return None


def parsed(value: object) -> object:
    """``value`` -- JSON text, or a value parsed already -- as a value
    without lone surrogates (:func:`without_surrogates`), or the InputError
    saying why it cannot be one."""
    try:
        return without_surrogates(json.loads(value) if isinstance(value, (str, bytes)) else value)
    except ValueError as exc:
        return InputError(f"not JSON ({exc})")
    except RecursionError:
        return InputError(TOO_DEEP)


#: The error of a JSON value nested too deeply for the parser ("[[[[...").
TOO_DEEP = "JSON nested too deeply to be a report"


def without_surrogates(value: object) -> object:
    """``value`` (parsed JSON) with every lone surrogate in its strings and
    keys replaced by U+FFFD, one character for one: offsets into a text stay
    what they were, and the text can be written out as UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in value.items()}
    return value


def _title(title: str | None) -> str | None:
    """A feed's title as people read it: entities read and tags left out
    (RSS titles come as ``Storm &amp; floods`` or ``<b>Storm</b>``)."""
    if title is None:
        return None
    if looks_like_fragment(title):
        return " ".join(fragment_text(title).split()) or None
    return unescaped(title) or title


def _field(raw: dict, name: str) -> str | None:
    value = raw.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"'{name}' must be a string, not {type(value).__name__}")
    return value


def report_id(value: object) -> str:
    """A report's or an item's ``id`` as a string (``7`` is ``"7"``).

    Raises:
        InputError: for anything but a non-empty string or a whole number,
            naming the value given.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        raise InputError(f"'id' must be a non-empty string or a whole number, not {display_text(repr(value))[:80]}")
    return str(value)


def _date(value: object) -> tuple[str | None, str | None]:
    """A report's ``date`` -- a string as written, or a Unix time (a number,
    in seconds or milliseconds, as APIs give it) written as its UTC day --
    and ``None``; or ``None`` and why it is not used, when it is no date we
    read (:func:`~summarizer.text.dates.date_problem`)."""
    if value is None or (isinstance(value, str) and not value.strip()):  # an empty date is no date
        return None, None
    day: str | None = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        unix = unix_day(float(value)) if value >= 0 else None
        why = None if unix is not None else "no Unix time"
        day = unix.isoformat() if unix is not None else None
    elif isinstance(value, str):
        day, why = value, None
    else:
        why = f"not a string or a Unix time but {type(value).__name__}"
    why = why or date_problem(day or "")
    if why is None:
        return day, None
    return None, f"'date' {display_text(repr(value))[:80]} is {why}; the report is read without it"


def report_document(value: dict, doc_id: str, notes: list[str] | None = None) -> Document:
    """The report a JSON object describes (``text``, and ``title``, ``date``,
    ``source``, ``language`` if given).  A ``date`` that cannot be used is
    left out, and why is appended to ``notes``.

    Raises:
        InputError: saying what is wrong with it (no text, binary, empty,
            a field that is not a string, an unknown language).
    """
    if value.get("text", "") is None:
        raise InputError("'text' is null; it must be a string")
    text = _field(value, "text")
    if text is None:
        others = [k for k in value if isinstance(k, str) and k != "id"][:8]
        raise InputError("no 'text'" + (f" (its fields: {', '.join(others)})" if others else ""))
    if "\x00" in text[:8192]:
        raise InputError("looks like binary data, not text")
    origin = _field(value, "origin")
    if origin not in (None, "html", "markdown"):
        raise InputError(f"'origin' must be 'html' or 'markdown' (text made from one), not {origin!r}")
    if looks_like_fragment(text):  # a feed's HTML content (<p>...</p>): its text, which citations index
        text, origin = fragment_text(text), "html"
    elif origin is None and (read := unescaped(text)) is not None:  # "&quot;" without tags: the same
        text, origin = read, "html"
    if not has_words(text):
        raise InputError("the text is empty (no letters or digits)")
    language = _field(value, "language")
    if language is not None:
        try:
            language = canonical(language)
        except ValueError as exc:
            raise InputError(str(exc)) from None
    date, why = _date(value.get("date"))
    if why is not None and notes is not None:
        notes.append(why)
    return Document(
        id=doc_id,
        text=text,
        title=_title(_field(value, "title")),
        date=date,
        language=language,
        path=_field(value, "source"),
        origin=origin,
    )


#: A report's id -> ``(FEED:N, what of its line was left out and why)``.
Notes = dict[str, list[tuple[str, str]]]


def read_feed(
    path: str | os.PathLike, notes: Notes | None = None, *, encoding: str | None = None
) -> tuple[list[Document], Skipped]:
    """The reports of a feed read in ``encoding`` (default: the one its
    bytes show), and the lines skipped (``("FEED:N", reason)``).

    A line read without its date (:func:`report_document`) is listed among
    the skipped with why, or, when ``notes`` is given, there under its
    report's id.

    Raises:
        InputError: when the feed cannot be read, or holds no usable report.
    """
    docs: list[Document] = []
    skipped: Skipped = []
    seen: dict[str, int] = {}
    for n, value in json_lines(path, encoding=encoding):
        where = f"{path}:{n}"
        try:
            if isinstance(value, InputError):
                raise value
            if not isinstance(value, dict):
                raise InputError(f"a report is a JSON object, not {type(value).__name__}")
            doc_id = report_id(value.get("id", n))
            if doc_id in seen:
                raise InputError(f"the id {doc_id!r} is used already, on line {seen[doc_id]}")
            left_out: list[str] = []
            docs.append(report_document(value, doc_id, left_out))
            seen[doc_id] = n
            for why in left_out:
                (notes.setdefault(doc_id, []) if notes is not None else skipped).append((where, why))
        except InputError as exc:
            skipped.append((where, str(exc)))
    if not docs:
        why = f"; {skipped[0][0]}: {skipped[0][1]}" if skipped else ""
        raise InputError(f"{path}: no usable report ({len(skipped)} skipped{why})")
    return docs, skipped
