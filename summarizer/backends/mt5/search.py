"""Greedy and beam search as ``generate`` makes them, over any one-step model (our loop's, :mod:`.loop`).

The search is ``generate``'s, decision for decision: log-softmax scores
summed over a hypothesis, the best ``2 x beams`` continuations kept at each
step, a hypothesis ended by the end token among the best ``beams`` scored
by its length to the power ``length_penalty``, and ``generate``'s stopping
rule (with ``early_stopping`` False, its default: stop an input when its
best running score, divided by the current length to that power, cannot
beat its worst finished one).  No-repeated-n-gram, minimum-length and
end-of-sequence handling and the beam bookkeeping are a few tensor
operations per step, and each beam's best continuations are searched among
the blocks of 64 pieces with the highest maxima (:func:`row_top`).
``tests/backends/mt5/test_loop.py`` checks the tokens against ``generate``
for greedy and beam search, padded batches, minimum lengths, early stopping
and int8.

The model is a function ``step(tokens, t, beams, cache)``: the logits
(rows, vocabulary) of each row's next token after ``tokens`` (rows,) at
position ``t``, writing the rows' keys and values at ``t`` into ``cache``
(position first: a beam reorder here gathers its filled part).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

#: A model one step at a time: ``step(tokens, t, beams, cache) -> logits`` (see the module docstring).
Step = Callable[["torch.Tensor", int, int, "torch.Tensor"], "torch.Tensor"]


@dataclass(frozen=True)
class Search:
    """What the loop needs of the generation settings (``early_stopping`` is
    the model's own, as ``generate`` takes it)."""

    num_beams: int
    max_new_tokens: int
    min_new_tokens: int = 0
    no_repeat_ngram_size: int = 0
    length_penalty: float = 1.0


@dataclass(frozen=True)
class Specials:
    """The model's own tokens and stopping setting, from its generation config."""

    start: int
    eos: tuple[int, ...]
    pad: int
    early_stopping: bool | str = False

    def cut(self, row: list[int]) -> list[int]:
        """Tokens before the first end token, padding left out."""
        for k, tok in enumerate(row):
            if tok in self.eos:
                row = row[:k]
                break
        return [tok for tok in row if tok != self.pad]


def process(seqs: torch.Tensor, scores: torch.Tensor, search: Search, eos: tuple[int, ...]) -> torch.Tensor:
    """``generate``'s logits processors as set here: no repeated n-gram and
    a minimum number of new tokens.  ``seqs``: (rows, length) with the start token."""
    length = seqs.shape[1]
    if search.min_new_tokens and length - 1 < search.min_new_tokens:
        scores[:, list(eos)] = float("-inf")
    n = search.no_repeat_ngram_size
    if n and length >= n:
        # a window of n tokens whose first n-1 equal the last n-1 tokens bans its last token
        windows = seqs.unfold(1, n, 1)
        hit = (windows[:, :, :-1] == seqs[:, length - n + 1 :].unsqueeze(1)).all(-1)
        row, at = hit.nonzero(as_tuple=True)
        banned = windows[row, at, -1]
        inside = banned < scores.shape[-1]  # an id past the output layer cannot be generated
        scores[row[inside], banned[inside]] = float("-inf")
    return scores


def greedy(step: Step, cache: torch.Tensor, batch: int, search: Search, special: Specials) -> list[list[int]]:
    """Greedy search: each input's generated tokens, cut before the end token."""
    import torch

    device = cache.device
    seqs = torch.full((batch, 1), special.start, dtype=torch.long, device=device)
    running = torch.ones(batch, dtype=torch.bool, device=device)
    eos = torch.tensor(special.eos, device=device)
    for t in range(search.max_new_tokens):
        logits = step(seqs[:, -1], t, 1, cache)
        nxt = process(seqs, logits, search, special.eos).argmax(-1)
        nxt = torch.where(running, nxt, torch.full_like(nxt, special.pad))
        seqs = torch.cat([seqs, nxt[:, None]], 1)
        running &= ~torch.isin(nxt, eos)
        if not bool(running.any()):
            break
    return [special.cut(row[1:]) for row in seqs.tolist()]


@dataclass(frozen=True)
class Finished:
    """Each input's best ``beams`` finished hypotheses: tokens (batch, beams,
    steps + 1), length-penalised scores (batch, beams), and which are real
    (a place not yet filled scores -1e9)."""

    seqs: torch.Tensor
    scores: torch.Tensor
    done: torch.Tensor

    def add(self, cand: torch.Tensor, final: torch.Tensor, finished: torch.Tensor, pad: int) -> Finished:
        """The best ``beams`` of these and the candidates ``cand`` (batch,
        keep, length + 1) scored ``final``, of which ``finished`` ended."""
        import torch

        batch, beams, width = self.seqs.shape
        arange = torch.arange(batch, device=cand.device)[:, None]
        padded = torch.full((batch, cand.shape[1], width), pad, dtype=torch.long, device=cand.device)
        padded[:, :, : cand.shape[2]] = cand
        merged_seqs = torch.cat([self.seqs, padded], 1)
        merged_scores = torch.cat([self.scores, final], 1)
        merged_done = torch.cat([self.done, finished], 1)
        best = torch.topk(merged_scores, beams)[1]
        return Finished(merged_seqs[arange, best], merged_scores[arange, best], merged_done[arange, best])


def beam(step: Step, cache: torch.Tensor, batch: int, search: Search, special: Specials) -> list[list[int]]:
    """Beam search: each input's best finished hypothesis, cut before the end token."""
    import torch

    device = cache.device
    beams, steps = search.num_beams, search.max_new_tokens
    keep = max(2, 1 + len(special.eos)) * beams
    arange = torch.arange(batch, device=device)[:, None]
    # running hypotheses (batch, beams, length) and their summed log-probabilities
    seqs = torch.full((batch, beams, 1), special.start, dtype=torch.long, device=device)
    scores = torch.zeros((batch, beams), device=device)
    scores[:, 1:] = -1e9  # only the first beam's continuations at the first step
    done = Finished(
        torch.full((batch, beams, steps + 1), special.pad, dtype=torch.long, device=device),
        torch.full((batch, beams), -1e9, device=device),
        torch.zeros((batch, beams), dtype=torch.bool, device=device),
    )
    spare = torch.empty_like(cache)  # a beam reorder gathers the filled part into it
    open_ = torch.ones((batch, 1), dtype=torch.bool, device=device)  # may still improve
    # log-probabilities, rewritten in place at every step: fresh 4 MB tensors
    # (4 beams x 250,112 pieces) are page-faulted in anew at every step (at
    # batch 1 on mT5-base, 72,000 minor faults per 64 steps, about 40,000 with
    # this buffer and the in-place add in _expand)
    buffer: torch.Tensor | None = None
    for t in range(steps):
        logits = step(seqs[:, :, -1].reshape(-1), t, beams, cache)
        if buffer is None:
            buffer = torch.empty_like(logits)
        logp = torch.log_softmax(logits, -1, out=buffer)
        logp = process(seqs.reshape(batch * beams, t + 1), logp, search, special.eos)
        cand, cand_scores, origin, ends = _expand(logp, seqs, scores, keep, steps, special)
        # the best `beams` candidates that do not end run on
        live = cand_scores + ends.to(torch.float32) * -1.0e9
        pick = torch.topk(live, beams)[1]
        seqs, scores, origin = cand[arange, pick], live[arange, pick], origin[arange, pick]
        # candidates among the best `beams` that end join the finished ones, by length-penalised score
        finished = ends.clone()
        finished[:, beams:] = False
        done = done.add(cand, _final(cand_scores, t + 1, done, open_, finished, search, special), finished, special.pad)
        # the decoder's keys and values follow their hypotheses
        rows = (origin + arange * beams).reshape(-1)
        torch.index_select(cache[: t + 1], 1, rows, out=spare[: t + 1])
        cache, spare = spare, cache
        open_ = _still_open(open_, scores, done, t + 1, search, special)
        if special.early_stopping is True and bool(done.done.all()):
            break
        if not bool(open_.any()) or bool(ends.all()):
            break
    return [special.cut(done.seqs[b, 0, 1:].tolist()) for b in range(batch)]


def _expand(
    logp: torch.Tensor, seqs: torch.Tensor, scores: torch.Tensor, keep: int, steps: int, special: Specials
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """The best ``keep`` continuations of each input over all its beams:
    their tokens (batch, keep, length + 1), summed scores, beams of origin,
    and whether each ends (the end token, or the last step)."""
    import torch

    batch, beams, length = seqs.shape
    arange = torch.arange(batch, device=seqs.device)[:, None]
    total = logp.view(batch, beams, logp.shape[-1]).add_(scores[:, :, None])
    cand_scores, origin, token = top(total, keep)
    cand = torch.cat([seqs[arange, origin], token[:, :, None]], -1)
    ends = torch.isin(token, torch.tensor(special.eos, device=seqs.device)) | (length + 1 >= steps + 1)
    return cand, cand_scores, origin, ends


def _final(
    cand_scores: torch.Tensor,
    length: int,
    done: Finished,
    open_: torch.Tensor,
    finished: torch.Tensor,
    search: Search,
    special: Specials,
) -> torch.Tensor:
    """The candidates' scores as finished hypotheses: divided by their length
    to the power ``length_penalty``; -1e9 for those that did not end, of an
    input no longer open, or (with ``early_stopping`` True) of an input whose
    ``beams`` finished hypotheses are all there."""
    import torch

    final = cand_scores / (length**search.length_penalty)
    if special.early_stopping is True:
        final = final + (done.done.all(-1, keepdim=True)).to(torch.float32) * -1.0e9
    return final + (~open_).to(torch.float32) * -1.0e9 + (~finished).to(torch.float32) * -1.0e9


def _still_open(
    open_: torch.Tensor, scores: torch.Tensor, done: Finished, length: int, search: Search, special: Specials
) -> torch.Tensor:
    """``generate``'s stopping rule: an input stays open while its best
    running score, divided by the length to the power ``length_penalty``
    (the largest length with ``early_stopping`` "never" and a positive
    penalty), can beat its worst finished hypothesis."""
    import torch

    penalty = search.length_penalty
    hypothetical = search.max_new_tokens if special.early_stopping == "never" and penalty > 0.0 else length
    best_running = scores[:, :1] / (hypothetical**penalty)
    worst_done = torch.where(done.done, done.scores.min(1, keepdim=True)[0], -1.0e9)
    return open_ & (best_running > worst_done).any(-1, keepdim=True)


def top(total: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The ``k`` best (score, beam, token) of each input over all its beams'
    continuations, best first, exactly as ``generate`` takes them:
    ``torch.topk`` of the flattened (batch, beams x vocabulary) scores.

    On one input (4 beams, 250,112 pieces) that takes 13 times as long
    (2.3 against 0.17 ms, measured once) as each beam's best ``k + 1``
    (:func:`row_top`) and then the best ``k + 1`` of those, which gives the
    same answer whenever those ``k + 1`` values are distinct (the order of
    the best is then the only one).  Where two are equal, the order of equal
    scores is ``torch.topk``'s own on the flat scores, so that is taken
    instead.
    """
    import torch

    batch, _, vocab = total.shape
    values, tokens = row_top(total, min(k + 1, vocab))  # (batch, beams, k + 1)
    best, at = torch.topk(values.view(batch, -1), min(k + 1, values.shape[1] * values.shape[2]))
    if best.shape[1] < k + 1 or bool((best[:, 1:] == best[:, :-1]).any()):
        best, flat = torch.topk(total.view(batch, -1), k)
        return best, flat // vocab, flat % vocab
    best, at = best[:, :k], at[:, :k]
    return best, at // values.shape[2], tokens.view(batch, -1).gather(1, at)


#: Pieces per block in :func:`row_top`.
BLOCK = 64


def row_top(total: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The ``k`` largest values of each row of ``total`` (..., vocabulary) and
    their places, as a set: where values tie, which of them are taken may
    differ from ``torch.topk`` (callers check for ties).

    The row is cut into blocks of :data:`BLOCK`; the ``k`` largest values lie
    in the ``k`` blocks with the largest maxima (each of them is at most its
    block's maximum, and a value outside those blocks is at most ``k`` maxima
    inside them), so only those blocks are searched: one pass of a maximum
    over the row instead of ``topk``'s selection (on 4 x 250,112 scores
    about 1.2 ms less a step).  Pieces past the last whole block are always
    searched.
    """
    import torch

    vocab = total.shape[-1]
    blocks = vocab // BLOCK
    if blocks <= 4 * k:
        return torch.topk(total, k)
    whole = blocks * BLOCK
    lead = total.shape[:-1]
    chunks = total[..., :whole].unflatten(-1, (blocks, BLOCK))
    which = torch.topk(chunks.amax(-1), k)[1]  # (..., k) block numbers
    places = (which[..., None] * BLOCK + torch.arange(BLOCK, device=total.device)).flatten(-2)
    if whole < vocab:
        tail = torch.arange(whole, vocab, device=total.device).expand(*lead, vocab - whole)
        places = torch.cat([places, tail], -1)
    values, at = torch.topk(total.gather(-1, places), k)
    return values, places.gather(-1, at)
