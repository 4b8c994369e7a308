"""Preprocess: tokenize the inputs, order them into batches, pack long inputs into windows.

Inputs are batched longest first, so that the inputs of one batch pad to
about the same length; a long input is cut at the model's window
(``strategy="truncate"``) or its sentences are packed, in order, into texts
that fit the window (:func:`windows`), each summarised and the joined
summaries summarised again while too long (``strategy="chunk"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def batches(tokenizer: Any, texts: Sequence[str], max_input_tokens: int, batch_size: int) -> list[list[int]]:
    """The places of ``texts`` in batches of ``batch_size``, longest first
    (in tokens, cut at the window; ties in input order)."""
    enc = tokenizer(list(texts), add_special_tokens=True, truncation=True, max_length=max_input_tokens)
    lengths = [len(ids) for ids in enc["input_ids"]]
    order = sorted(range(len(texts)), key=lambda i: (-lengths[i], i))
    return [order[k : k + batch_size] for k in range(0, len(order), batch_size)]


def token_counts(tokenizer: Any, texts: Sequence[str]) -> list[int]:
    """The number of tokens of each text, without the end token."""
    return [len(ids) for ids in tokenizer(list(texts), add_special_tokens=False)["input_ids"]]


def windows(sentences: Sequence[str], counts: Sequence[int], max_input_tokens: int) -> list[str]:
    """Sentences (of ``counts`` tokens each) packed in order into texts that fit the model's window."""
    limit = max_input_tokens - 1  # room for </s>
    out: list[str] = []
    cur: list[str] = []
    used = 0
    for s, n in zip(sentences, counts):
        if cur and used + n > limit:
            out.append(" ".join(cur))
            cur, used = [], 0
        cur.append(s)
        used += n
    if cur:
        out.append(" ".join(cur))
    return out
