"""Reading the reports named on the command line: files, folders, feeds
and standard input, each reduced to its text (pages and Markdown) and
given a unique id; what cannot be read in a folder is passed over, said."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..documents import reduced_document, settle
from ..errors import InputError, MissingDependencyError
from ..feed import Notes, is_feed, read_feed
from ..text.language import foreign_script
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
    notes: Notes = {}  # what of a report read was left out (a date it cannot be): said, not skipped
    paths = _paths(inputs, skipped)
    docs = []
    for doc_id, (p, in_folder) in zip(unique_ids(p for p, _ in paths), paths):
        try:
            if p is not None and is_feed(p):
                reports, lines = read_feed(p, notes, encoding=encoding)
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
    noted = [line for lines in notes.values() for line in lines]
    for path, reason in noted:
        sys.stderr.write(f"{PROG}: note: {display_text(path)}: {display_text(reason)}\n")
    if not docs:
        raise InputError(f"no readable reports ({len(skipped)} skipped)")
    return docs, skipped + noted  # the JSON lists both under "skipped", each with its reason


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
    return reduced_document(doc_id, raw, p, input_format)


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
