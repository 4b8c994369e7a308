"""Postprocess: token ids to text, and text to a cited summary aligned back to the source.

A generated text is cut into sentences, as many kept as the budget allows,
and each sentence is aligned to the source sentences that support it
(:func:`summarizer.align.align`): its citations slice the source exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...align import align
from ...budget import Budget
from ...header import header
from ...pipeline import Analysis
from ...text.lang import get
from ...text.normalize import count_words
from ...text.segment import segment
from ...types import Summary


def clean(ids: Iterable[int], special: set[int]) -> list[int]:
    """Token ids without the ``special`` ones (padding, end of text)."""
    return [t for t in ids if t not in special]


def decode(tokenizer: Any, ids: list[int]) -> str:
    """The text of generated ids, its white space collapsed to single spaces."""
    return " ".join(tokenizer.decode(ids, skip_special_tokens=True).split())


def cited_summary(analysis: Analysis, text: str, budget: Budget, *, backend: str, metadata: dict[str, str]) -> Summary:
    """The generated ``text`` as a summary of ``analysis``: its sentences within
    ``budget``, each aligned to the source sentences that support it."""
    a = analysis
    pieces = [text[x:y] for x, y in segment(text, language=get(a.language))]
    pieces = pieces or ([text] if text.strip() else [])
    lengths = [count_words(p) for p in pieces]
    keep = sorted(budget.select(range(len(pieces)), lengths, len(pieces)))
    cands = list(zip(a.sentences, a.terms))
    sentences = tuple(align(pieces[i], cands, a.language) for i in keep)
    hdr = header([a])
    return Summary(
        sentences,
        backend,
        (a.document.id,),
        tuple(sorted(metadata.items())),
        language=a.language,
        **hdr.fields(),
    )


def first_sentence(text: str) -> str:
    """The first sentence of a generated text (all of it where none is found)."""
    spans = segment(text)
    return text[spans[0][0] : spans[0][1]] if spans else text
