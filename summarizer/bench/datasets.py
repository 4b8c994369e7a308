"""Reference datasets from local files (never downloaded).

Two layouts:

* JSON Lines, one item a line.  Single-document:
  ``{"id", "text", "references": [...], "language"?, "title"?}``;
  multi-document: ``{"id", "documents": [str | {"id", "text", "title"?}], "references": [...]}``.
* A folder of items: each sub-folder is one item (hidden folders and files passed over); its ``references/``
  folder holds one text file per reference summary, and its other ``.txt``
  files are the documents.

A user with XL-Sum's Arabic test split (``arabic_test.jsonl``: ``id``,
``text``, ``summary``) turns it into the first layout with one line of
Python per item: ``{"id": r["id"], "text": r["text"], "references": [r["summary"]], "language": "ar"}``.
"""

from __future__ import annotations

import json
import stat
import statistics
from dataclasses import dataclass
from pathlib import Path

from ..budget import Budget
from ..errors import InputError
from ..text.lang import canonical
from ..text.normalize import count_words
from ..text.reading import read_text
from ..types import Document

Skipped = list[tuple[str, str]]


@dataclass(frozen=True)
class Item:
    """One benchmark item: documents to summarise and the people's summaries."""

    id: str
    documents: tuple[Document, ...]
    references: tuple[str, ...]
    language: str | None = None

    @property
    def multi(self) -> bool:
        return len(self.documents) > 1

    def default_budget(self) -> Budget:
        """The reporting convention: 250 words for clusters (MultiLing), the
        median reference length in words for single documents (EASC)."""
        if self.multi:
            return Budget(words=250)
        lengths = [count_words(r) for r in self.references] or [100]
        return Budget(words=max(1, int(statistics.median(lengths))))


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InputError(f"{what} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise InputError(f"{what} is empty")
    return value


def _documents(item_id: str, raw: dict, language: str | None) -> tuple[Document, ...]:
    if "documents" in raw:
        docs = []
        if not isinstance(raw["documents"], list) or not raw["documents"]:
            raise InputError("'documents' must be a non-empty list")
        for k, d in enumerate(raw["documents"]):
            if isinstance(d, str):
                docs.append(Document(id=f"{item_id}/{k}", text=_text(d, f"document {k}"), language=language))
            elif isinstance(d, dict):
                docs.append(
                    Document(
                        id=str(d.get("id") or f"{item_id}/{k}"),
                        text=_text(d.get("text"), f"document {k}'s text"),
                        title=d.get("title") if isinstance(d.get("title"), str) else None,
                        language=language,
                    )
                )
            else:
                raise InputError(f"document {k} must be a string or an object, not {type(d).__name__}")
        ids = [d.id for d in docs]
        if len(set(ids)) != len(ids):
            raise InputError(f"document ids repeat: {', '.join(sorted({i for i in ids if ids.count(i) > 1}))}")
        return tuple(docs)
    if "text" in raw:
        title = raw.get("title") if isinstance(raw.get("title"), str) else None
        return (Document(id=item_id, text=_text(raw["text"], "'text'"), title=title, language=language),)
    raise InputError("needs 'text' or 'documents'")


def _item(raw: object, n: int) -> Item:
    """One dataset item from its parsed JSON (``n``: its line number, the id when it has none)."""
    if not isinstance(raw, dict):
        raise InputError(f"an item is a JSON object, not {type(raw).__name__}")
    item_id = raw.get("id", n)
    if not isinstance(item_id, (str, int)) or isinstance(item_id, bool) or not str(item_id).strip():
        raise InputError(f"'id' must be a non-empty string or number, not {item_id!r}")
    item_id = str(item_id)
    if "references" not in raw:
        raise InputError("needs 'references'")
    refs = raw["references"]
    if isinstance(refs, str):
        refs = [refs]
    if not isinstance(refs, list) or not refs:
        raise InputError("'references' must be a non-empty list of strings")
    refs = [_text(r, f"reference {k}") for k, r in enumerate(refs)]
    lang = raw.get("language")
    if lang is not None:
        try:
            lang = canonical(lang)
        except ValueError as exc:
            raise InputError(str(exc)) from None
    return Item(item_id, _documents(item_id, raw, lang), tuple(refs), lang)


def load_jsonl(path: str | Path, *, limit: int | None = None) -> list[Item]:
    """Read a JSON Lines dataset.

    Raises:
        InputError: naming the file and line of a malformed item (not JSON,
            a missing or empty field, a reference that is not a string) or
            of an id used twice.
    """
    p = Path(path)
    items: list[Item] = []
    seen: dict[str, int] = {}
    # split on "\n" only: str.splitlines() would also cut at U+2028 or U+0085
    # inside a JSON string (the MultiLing Greek set has them)
    for n, line in enumerate(read_text(p).split("\n"), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{p}:{n}: not JSON ({exc})") from None
        except RecursionError:
            raise InputError(f"{p}:{n}: not JSON (nested too deeply)") from None
        try:
            item = _item(raw, n)
        except InputError as exc:
            raise InputError(f"{p}:{n}: {exc}") from None
        if item.id in seen:
            raise InputError(f"{p}:{n}: the id {item.id!r} is used already, on line {seen[item.id]}")
        seen[item.id] = n
        items.append(item)
        if limit and len(items) >= limit:
            break
    if not items:
        raise InputError(f"{p}: no items")
    return items


def load_folder(path: str | Path, *, limit: int | None = None, skipped: Skipped | None = None) -> list[Item]:
    """Read the folder layout described in the module docstring.  A file
    that is not a regular one (a FIFO, which would wait for a writer for
    good; a device) is passed over, and listed in ``skipped`` when given."""
    root = Path(path)
    items: list[Item] = []

    def texts(folder: Path) -> list[Path]:  # hidden files (macOS's ._d.txt) are no texts
        return _regular(sorted(f for f in folder.glob("*.txt") if not f.name.startswith(".")), skipped)

    for sub in sorted(d for d in root.iterdir() if d.is_dir() and not d.name.startswith(".")):  # .git, .cache
        refs_dir = sub / "references"
        refs = tuple(_text(read_text(f), str(f)) for f in texts(refs_dir)) if refs_dir.is_dir() else ()
        docs = tuple(Document(id=f"{sub.name}/{f.stem}", text=read_text(f), path=str(f)) for f in texts(sub))
        if not docs or not refs:
            raise InputError(f"{sub}: an item folder needs .txt documents and references/*.txt")
        items.append(Item(sub.name, docs, refs))
        if limit and len(items) >= limit:
            break
    if not items:
        raise InputError(f"{root}: no item folders")
    return items


def _regular(files: list[Path], skipped: Skipped | None) -> list[Path]:
    """The regular files of ``files`` (links followed); the others are listed in ``skipped``."""
    out = []
    for f in files:
        try:
            regular = stat.S_ISREG(f.stat().st_mode)
        except OSError as exc:
            raise InputError(f"{f}: cannot read ({exc.strerror or exc})") from None
        if regular:
            out.append(f)
        elif skipped is not None:
            skipped.append((str(f), "not a regular file (a FIFO, a device)"))
    return out


def load(path: str | Path, *, limit: int | None = None, skipped: Skipped | None = None) -> list[Item]:
    """A dataset from a ``.jsonl`` file or an item folder (``skipped``: see :func:`load_folder`)."""
    p = Path(path)
    if p.is_dir():
        return load_folder(p, limit=limit, skipped=skipped)
    if not p.exists():
        raise InputError(f"{p}: no such dataset")
    return load_jsonl(p, limit=limit)
