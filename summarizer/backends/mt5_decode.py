"""A decoding loop for mT5 on the CPU: ``generate``'s greedy and beam search, without its overhead.

``transformers``' ``generate`` spends most of a beam step outside the
model's weights on a CPU: it recomputes the decoder's position bias and
masks at every step, grows its key/value cache by concatenation, copies the
cache of every layer when beams are reordered, and keeps one copy of the
encoder's keys and values per beam.  :class:`Decoder` runs the same model
(the same modules, float32 or PyTorch's dynamic int8) step by step itself:

* the position bias of every (query, key) pair is computed once per batch;
* the decoder's own keys and values live in one preallocated tensor, and a
  beam reorder is one gather of the filled part into a second one (two
  buffers of (new tokens + 1) x rows x 2 x layers x heads x d_kv floats: on
  mT5-base, 8 inputs x 4 beams x 85 positions, 200 MB each);
* the encoder's keys and values are computed once per input and shared by
  its beams (the beams are the queries of one attention call);
* no-repeated-n-gram, minimum-length and end-of-sequence handling and the
  beam bookkeeping are a few tensor operations per step, and each beam's
  best continuations are searched among the blocks of 64 pieces with the
  highest maxima (:func:`_row_top`);
* the encoder (:meth:`Decoder.encode`, bit for bit ``transformers``')
  combines its position bias and padding mask once, not in every layer.

On the mT5-base architecture at batch 1 (4 beams, 512-token inputs) this
took PyTorch's dynamic int8 from 2.8x to 4.3x ``generate``'s float32 tokens
per second (2.4x to 6.3x at batch 8), and float32 from 1.1x to 1.3x (1.7x
to 2.5x at batch 8), in one run of ``benchmarks/mt5_throughput.py`` (the
README has the table).  In int8 the decoder's projections that read one
input run as one layer, bit for bit the separate ones' output
(:func:`_fused`).

The search is ``generate``'s, decision for decision: log-softmax scores
summed over a hypothesis, the best ``2 x beams`` continuations kept at each
step, a hypothesis ended by the end token among the best ``beams`` scored
by its length to the power ``length_penalty``, and ``generate``'s stopping
rule (with ``early_stopping`` False, its default: stop an input when its
best running score, divided by the current length to that power, cannot
beat its worst finished one).  ``tests/backends/test_mt5_decode.py`` checks
the tokens against ``generate`` for greedy and beam search, padded batches,
minimum lengths, early stopping and int8.

The arithmetic is not ``generate``'s bit for bit: the beams of one input
share one cross-attention call, whose sums round differently in the last
bits from one call per beam.  Where two hypotheses score within a few
float32 rounding steps of each other, the loop can keep the other one: on
the mT5-base architecture's random weights, 2 of 12 inputs with 2 or 3 new
tokens (two hypotheses 2e-5 apart in scores near -35.6), none of 6 with 32.
One call per beam removes that (checked: 0 of 12) but makes
cross-attention about four times as slow, 2 ms more a step at batch 1, so
it is not done.  Only the settings :class:`Decoder` implements are
accepted (:func:`supported`); a model whose generation config asks for
anything else (a repetition penalty, forced tokens...) is generated with
``generate``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

#: Generation-config fields that add a logits processor or change the search
#: when set to anything but ``generate``'s default; the loop implements none.
_UNSUPPORTED = {
    "repetition_penalty": 1.0,
    "encoder_repetition_penalty": 1.0,
    "encoder_no_repeat_ngram_size": 0,
    "bad_words_ids": None,
    "force_words_ids": None,
    "constraints": None,
    "forced_bos_token_id": None,
    "forced_eos_token_id": None,
    "suppress_tokens": None,
    "begin_suppress_tokens": None,
    "sequence_bias": None,
    "exponential_decay_length_penalty": None,
    "renormalize_logits": False,
    "num_beam_groups": 1,
    "diversity_penalty": 0.0,
    "min_length": 0,
    "num_return_sequences": 1,
    "max_time": None,
    "stop_strings": None,
    "guidance_scale": None,
    "watermarking_config": None,
    "forced_decoder_ids": None,
}


@dataclass(frozen=True)
class Search:
    """What the loop needs of the generation settings (``early_stopping`` is
    the model's own, as ``generate`` takes it)."""

    num_beams: int
    max_new_tokens: int
    min_new_tokens: int = 0
    no_repeat_ngram_size: int = 0
    length_penalty: float = 1.0


def supported(model: Any) -> bool:
    """Whether :class:`Decoder` decodes ``model`` as ``generate`` would: an
    mT5 encoder-decoder whose generation config sets nothing the loop does
    not implement (T5 itself may scale the decoder's output, which the loop
    does not do, so it goes through ``generate``)."""
    config = getattr(model, "config", None)
    if config is None or getattr(config, "model_type", None) != "mt5":
        return False
    gen = getattr(model, "generation_config", None)
    if gen is None or gen.decoder_start_token_id is None or gen.eos_token_id is None:
        return False
    return all(getattr(gen, name, default) in (default, None) for name, default in _UNSUPPORTED.items())


class Decoder:
    """Greedy and beam search over an mT5 model's own modules (see the module docstring)."""

    def __init__(self, model: Any) -> None:
        self.model = model
        config = model.config
        gen = model.generation_config
        self.heads = config.num_heads
        self.d_kv = config.d_kv
        self.start = int(gen.decoder_start_token_id)
        eos = gen.eos_token_id
        self.eos = [int(e) for e in (eos if isinstance(eos, (list, tuple)) else [eos])]
        self.pad = int(gen.pad_token_id) if gen.pad_token_id is not None else self.eos[0]
        self.early_stopping = gen.early_stopping if gen.early_stopping is not None else False
        self.encoder = _Stack(model.get_encoder(), config)
        self.decoder = _Stack(model.get_decoder(), config)
        self.lm_head = model.get_output_embeddings().forward

    # -- the model, one step at a time -------------------------------------------
    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """The encoder's output (batch, source, d_model), bit for bit
        ``transformers``' encoder's (``tests/backends/test_mt5_decode.py``),
        but with the position bias and the padding mask combined once for
        all layers: ``transformers`` combines them again in every layer, a
        fresh (batch, heads, source, source) tensor each time (12.6 MB at
        512 positions), which was a fifth of the int8 encoder's time on
        mT5-base (about 0.16 -> 0.13 s per 512-token input, measured once)."""
        enc = self.encoder
        x = enc.embed(input_ids)
        b, n, _ = x.shape
        h, d = self.heads, self.d_kv
        mask = enc.bias(n, n)
        if not bool(attention_mask.all()):
            floor = torch.finfo(x.dtype).min
            mask = torch.where(attention_mask[:, None, None, :].bool(), mask, floor)
        mask = mask.contiguous()
        sdpa = torch.nn.functional.scaled_dot_product_attention
        for i in range(enc.layers):
            y = enc.norm(i, 0, x)
            q, k, v = (p.reshape(b, n, h, d).transpose(1, 2) for p in enc.projections(i, y))
            a = sdpa(q, k, v, attn_mask=mask, scale=1.0)
            x = x + enc.o[i](a.transpose(1, 2).reshape(b, n, h * d))
            x = x + enc.ff(i, enc.norm(i, -1, x))
        return enc.final(x)

    def _cross(self, encoded: torch.Tensor) -> list[tuple[torch.Tensor, torch.Tensor]]:
        """Each layer's cross-attention keys and values: (batch, heads, source, d_kv), once per input."""
        b, s, _ = encoded.shape
        out = []
        for k_proj, v_proj in self.decoder.cross_kv:
            k = k_proj(encoded).view(b, s, self.heads, self.d_kv).transpose(1, 2).contiguous()
            v = v_proj(encoded).view(b, s, self.heads, self.d_kv).transpose(1, 2).contiguous()
            out.append((k, v))
        return out

    def _step(
        self,
        tokens: torch.Tensor,
        t: int,
        beams: int,
        cache: torch.Tensor,
        cross: list[tuple[torch.Tensor, torch.Tensor]],
        cross_mask: torch.Tensor,
        bias: torch.Tensor,
    ) -> torch.Tensor:
        """Logits (rows, vocabulary) for ``tokens`` (rows,) at position ``t``;
        writes the rows' keys and values at ``t`` into ``cache``."""
        rows = tokens.shape[0]
        batch = rows // beams
        h, d = self.heads, self.d_kv
        dec = self.decoder
        sdpa = torch.nn.functional.scaled_dot_product_attention
        x = dec.embed(tokens)[:, None, :]
        position = bias[:, :, t : t + 1, : t + 1].contiguous()
        for n in range(dec.layers):
            y = dec.norm(n, 0, x)
            q, k, v = dec.projections(n, y)
            q = q.view(rows, 1, h, d).transpose(1, 2)
            cache[t, :, 2 * n] = k.view(rows, h, d)
            cache[t, :, 2 * n + 1] = v.view(rows, h, d)
            keys = cache[: t + 1, :, 2 * n].permute(1, 2, 0, 3)  # (rows, heads, t + 1, d_kv)
            values = cache[: t + 1, :, 2 * n + 1].permute(1, 2, 0, 3)
            a = sdpa(q, keys, values, attn_mask=position, scale=1.0)
            x = x + dec.o[n](a.transpose(1, 2).reshape(rows, 1, h * d))
            # the beams of one input are the queries of one attention call over its encoder output
            q = dec.cross_q[n](dec.norm(n, 1, x)).view(batch, beams, h, d).transpose(1, 2)
            k, v = cross[n]
            a = sdpa(q, k, v, attn_mask=cross_mask, scale=1.0)
            x = x + dec.cross_o[n](a.transpose(1, 2).reshape(rows, 1, h * d))
            x = x + dec.ff(n, dec.norm(n, -1, x))
        return self.lm_head(dec.final(x))[:, 0].to(torch.float32)

    # -- search ----------------------------------------------------------------------
    @torch.inference_mode()
    def generate(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, search: Search) -> list[list[int]]:
        """The generated tokens of each input (start token left out, cut
        before the end token), as ``generate`` would give them."""
        encoded = self.encode(input_ids, attention_mask)
        batch, beams = input_ids.shape[0], search.num_beams
        steps = search.max_new_tokens
        cross = self._cross(encoded)
        floor = torch.finfo(encoded.dtype).min
        cross_mask = torch.zeros(attention_mask.shape, dtype=encoded.dtype, device=encoded.device)
        cross_mask = cross_mask.masked_fill(attention_mask == 0, floor)[:, None, None, :]
        bias = self.decoder.bias(steps + 1, steps + 1)
        rows = batch * beams
        # the decoder's own keys and values, position first, so that the filled
        # part is one block: (steps + 1, rows, 2 x layers, heads, d_kv)
        shape = (steps + 1, rows, 2 * self.decoder.layers, self.heads, self.d_kv)
        cache = torch.empty(shape, dtype=encoded.dtype, device=encoded.device)
        if beams == 1:
            return self._greedy(cache, cross, cross_mask, bias, batch, search)
        return self._beam(cache, cross, cross_mask, bias, batch, search)

    def _process(self, seqs: torch.Tensor, scores: torch.Tensor, search: Search) -> torch.Tensor:
        """``generate``'s logits processors as set here: no repeated n-gram and
        a minimum number of new tokens.  ``seqs``: (rows, length) with the start token."""
        length = seqs.shape[1]
        if search.min_new_tokens and length - 1 < search.min_new_tokens:
            scores[:, self.eos] = float("-inf")
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

    def _greedy(self, cache, cross, cross_mask, bias, batch: int, search: Search) -> list[list[int]]:
        device = cache.device
        seqs = torch.full((batch, 1), self.start, dtype=torch.long, device=device)
        running = torch.ones(batch, dtype=torch.bool, device=device)
        eos = torch.tensor(self.eos, device=device)
        for t in range(search.max_new_tokens):
            logits = self._step(seqs[:, -1], t, 1, cache, cross, cross_mask, bias)
            nxt = self._process(seqs, logits, search).argmax(-1)
            nxt = torch.where(running, nxt, torch.full_like(nxt, self.pad))
            seqs = torch.cat([seqs, nxt[:, None]], 1)
            running &= ~torch.isin(nxt, eos)
            if not bool(running.any()):
                break
        return [self._cut(row[1:]) for row in seqs.tolist()]

    def _beam(self, cache, cross, cross_mask, bias, batch: int, search: Search) -> list[list[int]]:
        device = cache.device
        beams, steps = search.num_beams, search.max_new_tokens
        keep = max(2, 1 + len(self.eos)) * beams
        penalty = search.length_penalty
        early = self.early_stopping
        eos = torch.tensor(self.eos, device=device)
        arange = torch.arange(batch, device=device)[:, None]
        # running hypotheses (batch, beams, length) and their summed log-probabilities
        seqs = torch.full((batch, beams, 1), self.start, dtype=torch.long, device=device)
        scores = torch.zeros((batch, beams), device=device)
        scores[:, 1:] = -1e9  # only the first beam's continuations at the first step
        done_seqs = torch.full((batch, beams, steps + 1), self.pad, dtype=torch.long, device=device)
        done_scores = torch.full((batch, beams), -1e9, device=device)
        done = torch.zeros((batch, beams), dtype=torch.bool, device=device)
        spare = torch.empty_like(cache)  # a beam reorder gathers the filled part into it
        open_ = torch.ones((batch, 1), dtype=torch.bool, device=device)  # may still improve
        top = torch.zeros(keep, dtype=torch.bool, device=device)
        top[:beams] = True
        # log-probabilities, rewritten in place at every step: fresh 4 MB tensors
        # (4 beams x 250,112 pieces) are page-faulted in anew at every step (at
        # batch 1 on mT5-base, 72,000 minor faults per 64 steps, about 40,000 with
        # this buffer and the in-place add below)
        logp_buffer: torch.Tensor | None = None
        for t in range(steps):
            length = t + 1  # tokens in a running hypothesis, the start token included
            logits = self._step(seqs[:, :, -1].reshape(-1), t, beams, cache, cross, cross_mask, bias)
            if logp_buffer is None:
                logp_buffer = torch.empty_like(logits)
            logp = torch.log_softmax(logits, -1, out=logp_buffer)
            logp = self._process(seqs.reshape(batch * beams, length), logp, search)
            vocab = logp.shape[-1]
            total = logp.view(batch, beams, vocab).add_(scores[:, :, None])
            cand_scores, origin, token = _top(total, keep)
            cand = torch.cat([seqs[arange, origin], token[:, :, None]], -1)  # (batch, keep, length + 1)
            ends = torch.isin(token, eos) | (length + 1 >= steps + 1)
            # the best `beams` candidates that do not end run on
            live = cand_scores + ends.to(torch.float32) * -1.0e9
            pick = torch.topk(live, beams)[1]
            next_seqs, next_scores, next_origin = cand[arange, pick], live[arange, pick], origin[arange, pick]
            # candidates among the best `beams` that end join the finished ones, by length-penalised score
            finished = ends & top[None, :]
            final = cand_scores / (length**penalty)
            if early is True:
                final = final + (done.all(-1, keepdim=True)).to(torch.float32) * -1.0e9
            final = final + (~open_).to(torch.float32) * -1.0e9 + (~finished).to(torch.float32) * -1.0e9
            padded = torch.full((batch, keep, steps + 1), self.pad, dtype=torch.long, device=device)
            padded[:, :, : length + 1] = cand
            merged_seqs = torch.cat([done_seqs, padded], 1)
            merged_scores = torch.cat([done_scores, final], 1)
            merged_done = torch.cat([done, finished], 1)
            best = torch.topk(merged_scores, beams)[1]
            done_seqs, done_scores = merged_seqs[arange, best], merged_scores[arange, best]
            done = merged_done[arange, best]
            seqs, scores = next_seqs, next_scores
            # the decoder's keys and values follow their hypotheses
            rows = (next_origin + arange * beams).reshape(-1)
            torch.index_select(cache[: t + 1], 1, rows, out=spare[: t + 1])
            cache, spare = spare, cache
            # generate's stopping rule
            if early == "never" and penalty > 0.0:
                hypothetical = steps
            else:
                hypothetical = length
            best_running = scores[:, :1] / (hypothetical**penalty)
            worst_done = torch.where(done, done_scores.min(1, keepdim=True)[0], -1.0e9)
            open_ = open_ & (best_running > worst_done).any(-1, keepdim=True)
            if early is True and bool(done.all()):
                break
            if not bool(open_.any()) or bool(ends.all()):
                break
        return [self._cut(done_seqs[b, 0, 1:].tolist()) for b in range(batch)]

    def _cut(self, row: list[int]) -> list[int]:
        """Tokens before the first end token, padding left out."""
        for k, tok in enumerate(row):
            if tok in self.eos:
                row = row[:k]
                break
        return [tok for tok in row if tok != self.pad]


def _top(total: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The ``k`` best (score, beam, token) of each input over all its beams'
    continuations, best first, exactly as ``generate`` takes them:
    ``torch.topk`` of the flattened (batch, beams x vocabulary) scores.

    On one input (4 beams, 250,112 pieces) that takes 13 times as long
    (2.3 against 0.17 ms, measured once) as each beam's best ``k + 1``
    (:func:`_row_top`) and then the best ``k + 1`` of those, which gives the
    same answer whenever those ``k + 1`` values are distinct (the order of
    the best is then the only one).  Where two are equal, the order of equal
    scores is ``torch.topk``'s own on the flat scores, so that is taken
    instead.
    """
    batch, _, vocab = total.shape
    values, tokens = _row_top(total, min(k + 1, vocab))  # (batch, beams, k + 1)
    best, at = torch.topk(values.view(batch, -1), min(k + 1, values.shape[1] * values.shape[2]))
    if best.shape[1] < k + 1 or bool((best[:, 1:] == best[:, :-1]).any()):
        best, flat = torch.topk(total.view(batch, -1), k)
        return best, flat // vocab, flat % vocab
    best, at = best[:, :k], at[:, :k]
    return best, at // values.shape[2], tokens.view(batch, -1).gather(1, at)


#: Pieces per block in :func:`_row_top`.
BLOCK = 64


def _row_top(total: torch.Tensor, k: int) -> tuple[torch.Tensor, torch.Tensor]:
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


def _fused(layers: list[Any]) -> Callable[[torch.Tensor], torch.Tensor] | None:
    """One linear layer doing the work of ``layers``, which read the same
    input: their outputs side by side, bit for bit.  Only for PyTorch's
    dynamic int8 layers without bias (None otherwise): each keeps its own
    int8 weights and scale, as the channels of one per-channel int8 weight,
    and the input is quantised once for all.  The integer sums are exact and
    each channel is scaled as before, so the outputs are the same where the
    kernels scale in the same order, which depends on the shapes: probe
    inputs of 1 to 128 rows (the decoder's inputs x beams) check it, and
    None is returned where any differs (measured: mT5's 768-wide layers
    agreed at every row count tried, 1 to 4,096; 64-wide ones differed in
    the last bit at 3 and 4 rows).  Measured once on mT5-base at batch 1: a
    self-attention's three projections 123 -> 43 us; fusing and checking
    the decoder's 24 groups takes a fraction of a second at load.  The
    encoder's layers are left as they are: 512 rows a call, the calls'
    overhead is small there and the check would cost more.
    """
    dynamic = torch.ao.nn.quantized.dynamic.Linear
    if not all(
        isinstance(m, dynamic) and m._packed_params.dtype == torch.qint8 and (m.version or 0) >= 4 for m in layers
    ):
        return None
    weights = []
    for m in layers:
        weight, bias = m._weight_bias()
        if bias is not None or weight.qscheme() != torch.per_tensor_affine:
            return None
        weights.append(weight)
    scales = torch.cat([torch.full((w.shape[0],), w.q_scale(), dtype=torch.double) for w in weights])
    zeros = torch.cat([torch.full((w.shape[0],), w.q_zero_point(), dtype=torch.long) for w in weights])
    ints = torch.cat([w.int_repr() for w in weights])
    joined = torch._make_per_channel_quantized_tensor(ints, scales, zeros, 0)  # the same int8 values, no rounding
    from .mt5 import int8_packing

    with int8_packing():
        packed = torch.ops.quantized.linear_prepack(joined, None)

    def linear(x: torch.Tensor) -> torch.Tensor:
        return torch.ops.quantized.linear_dynamic(x, packed, reduce_range=True)

    # the kernels are chosen by shape: probe a range of row counts
    seed = torch.Generator().manual_seed(0)
    for rows in _PROBE_ROWS:
        probe = torch.randn(rows, weights[0].shape[1], generator=seed)
        if not torch.equal(linear(probe), torch.cat([m(probe) for m in layers], -1)):
            return None
    return linear


#: Row counts :func:`_fused` checks: the decoder's rows, inputs x beams.
_PROBE_ROWS = (1, 2, 3, 4, 5, 8, 12, 16, 32, 33, 64, 128)


class _Stack:
    """The layers of an mT5 encoder or decoder stack, as plain callables.

    Linear layers are called through their ``forward`` (float32 or PyTorch's
    dynamic int8 alike), skipping the module machinery; the feed-forward is
    the model's own operations, and the layer norm is mT5's (no mean, no
    bias) as one fused ``rms_norm`` (tokens checked against ``generate`` in
    ``tests/backends/test_mt5_decode.py``).
    """

    def __init__(self, stack: Any, config: Any) -> None:
        blocks = list(stack.block)
        self.layers = len(blocks)
        self.embed = stack.embed_tokens
        self.eps = config.layer_norm_epsilon
        self.d_model = config.d_model
        attention = blocks[0].layer[0].SelfAttention
        self._attention = attention
        self.norms = [[layer.layer_norm.weight for layer in b.layer] for b in blocks]
        own = [b.layer[0].SelfAttention for b in blocks]
        Linear = Callable[[torch.Tensor], torch.Tensor]
        self.qkv: list[tuple[Linear, Linear, Linear]] = [(a.q.forward, a.k.forward, a.v.forward) for a in own]
        decoder = bool(stack.is_decoder)
        # only the decoder's projections are fused: see _fused
        self.qkv_fused = [_fused([a.q, a.k, a.v]) if decoder else None for a in own]
        self.o = [a.o.forward for a in own]
        cross = [b.layer[1].EncDecAttention for b in blocks] if decoder else []
        self.cross_q = [a.q.forward for a in cross]
        self.cross_kv = [(a.k.forward, a.v.forward) for a in cross]
        self.cross_o = [a.o.forward for a in cross]
        dense = [b.layer[-1].DenseReluDense for b in blocks]
        self.gated = bool(config.is_gated_act)
        self.act = [m.act for m in dense]
        self.wi: list[tuple[Linear, ...]]
        if self.gated:
            self.wi = [(m.wi_0.forward, m.wi_1.forward) for m in dense]
        else:
            self.wi = [(m.wi.forward,) for m in dense]
        self.wi_fused = [_fused([m.wi_0, m.wi_1]) if decoder and self.gated else None for m in dense]
        self.wo = [m.wo.forward for m in dense]
        self.final_weight = stack.final_layer_norm.weight

    def bias(self, queries: int, keys: int) -> torch.Tensor:
        """The stack's position bias (1, heads, queries, keys), as its first layer computes it."""
        return self._attention.compute_bias(queries, keys)

    def norm(self, n: int, sub: int, x: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.rms_norm(x, (self.d_model,), self.norms[n][sub], self.eps)

    def final(self, x: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.rms_norm(x, (self.d_model,), self.final_weight, self.eps)

    def projections(self, n: int, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Layer ``n``'s self-attention queries, keys and values of ``y``."""
        fused = self.qkv_fused[n]
        if fused is not None:
            q, k, v = fused(y).chunk(3, -1)
            return q, k, v
        fq, fk, fv = self.qkv[n]
        return fq(y), fk(y), fv(y)

    def ff(self, n: int, y: torch.Tensor) -> torch.Tensor:
        fused = self.wi_fused[n]
        if fused is not None:
            gate, linear = fused(y).chunk(2, -1)
            return self.wo[n](self.act[n](gate) * linear)
        wi = self.wi[n]
        if self.gated:
            return self.wo[n](self.act[n](wi[0](y)) * wi[1](y))
        return self.wo[n](self.act[n](wi[0](y)))
