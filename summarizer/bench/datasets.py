"""Reference datasets from local files (never downloaded).

Two layouts:

* JSON Lines, one item a line.  Single-document:
  ``{"id", "text", "references": [...], "language"?, "title"?}``;
  multi-document: ``{"id", "documents": [str | {"id", "text", "title"?}], "references": [...]}``.
* A folder of items: each sub-folder is one item; its ``references/``
  folder holds one text file per reference summary, and its other ``.txt``
  files are the documents.

A user with XL-Sum's Arabic test split (``arabic_test.jsonl``: ``id``,
``text``, ``summary``) turns it into the first layout with one line of
Python per item: ``{"id": r["id"], "text": r["text"], "references": [r["summary"]], "language": "ar"}``.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from ..budget import Budget
from ..errors import InputError
from ..text.reading import read_text
from ..types import Document


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
        lengths = [len(r.split()) for r in self.references] or [100]
        return Budget(words=max(1, int(statistics.median(lengths))))


def _documents(item_id: str, raw: dict, language: str | None) -> tuple[Document, ...]:
    if "documents" in raw:
        docs = []
        for k, d in enumerate(raw["documents"]):
            if isinstance(d, str):
                docs.append(Document(id=f"{item_id}/{k}", text=d, language=language))
            else:
                docs.append(
                    Document(
                        id=str(d.get("id", f"{item_id}/{k}")), text=d["text"], title=d.get("title"), language=language
                    )
                )
        return tuple(docs)
    if "text" in raw:
        return (Document(id=item_id, text=raw["text"], title=raw.get("title"), language=language),)
    raise InputError(f"item {item_id}: needs 'text' or 'documents'")


def load_jsonl(path: str | Path, *, limit: int | None = None) -> list[Item]:
    """Read a JSON Lines dataset.

    Raises:
        InputError: naming the file and line of a malformed item.
    """
    p = Path(path)
    items: list[Item] = []
    # split on "\n" only: str.splitlines() would also cut at U+2028 or U+0085
    # inside a JSON string (the MultiLing Greek set has them)
    for n, line in enumerate(read_text(p).split("\n"), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            item_id = str(raw.get("id", n))
            refs = raw["references"]
            if isinstance(refs, str):
                refs = [refs]
            lang = raw.get("language")
            items.append(Item(item_id, _documents(item_id, raw, lang), tuple(refs), lang))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{p}:{n}: not a dataset item ({type(exc).__name__}: {exc})") from None
        if limit and len(items) >= limit:
            break
    if not items:
        raise InputError(f"{p}: no items")
    return items


def load_folder(path: str | Path, *, limit: int | None = None) -> list[Item]:
    """Read the folder layout described in the module docstring."""
    root = Path(path)
    items: list[Item] = []
    for sub in sorted(d for d in root.iterdir() if d.is_dir()):
        refs_dir = sub / "references"
        refs = tuple(read_text(f) for f in sorted(refs_dir.glob("*.txt"))) if refs_dir.is_dir() else ()
        docs = tuple(
            Document(id=f"{sub.name}/{f.stem}", text=read_text(f), path=str(f)) for f in sorted(sub.glob("*.txt"))
        )
        if not docs or not refs:
            raise InputError(f"{sub}: an item folder needs .txt documents and references/*.txt")
        items.append(Item(sub.name, docs, refs))
        if limit and len(items) >= limit:
            break
    if not items:
        raise InputError(f"{root}: no item folders")
    return items


def load(path: str | Path, *, limit: int | None = None) -> list[Item]:
    """A dataset from a ``.jsonl`` file or an item folder."""
    p = Path(path)
    if p.is_dir():
        return load_folder(p, limit=limit)
    if not p.exists():
        raise InputError(f"{p}: no such dataset")
    return load_jsonl(p, limit=limit)
