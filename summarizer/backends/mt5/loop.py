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
  highest maxima (:func:`.search.row_top`);
* the encoder (:meth:`Decoder.encode`, bit for bit ``transformers``')
  combines its position bias and padding mask once, not in every layer.

On the mT5-base architecture at batch 1 (4 beams, 512-token inputs) this
took PyTorch's dynamic int8 from 2.8x to 4.3x ``generate``'s float32 tokens
per second (2.4x to 6.3x at batch 8), and float32 from 1.1x to 1.3x (1.7x
to 2.5x at batch 8), in one run of ``benchmarks/mt5_throughput.py`` (the
README has the table).  In int8 the decoder's projections that read one
input run as one layer, bit for bit the separate ones' output
(:func:`.int8.fused`).

The search is ``generate``'s, decision for decision (:mod:`.search`);
``tests/backends/mt5/test_loop.py`` checks the tokens against ``generate``
for greedy and beam search, padded batches, minimum lengths, early stopping
and int8.

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
from typing import TYPE_CHECKING, Any

from .int8 import fused
from .search import Search, Specials, beam, greedy

if TYPE_CHECKING:
    import torch

#: A linear layer's forward, float32 or int8.
Linear = Callable[["torch.Tensor"], "torch.Tensor"]

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
        eos = gen.eos_token_id
        ends = tuple(int(e) for e in (eos if isinstance(eos, (list, tuple)) else [eos]))
        self.special = Specials(
            start=int(gen.decoder_start_token_id),
            eos=ends,
            pad=int(gen.pad_token_id) if gen.pad_token_id is not None else ends[0],
            early_stopping=gen.early_stopping if gen.early_stopping is not None else False,
        )
        self.encoder = _Stack(model.get_encoder(), config)
        self.decoder = _Stack(model.get_decoder(), config)
        self.lm_head = model.get_output_embeddings().forward

    # -- the model, one step at a time -------------------------------------------
    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """The encoder's output (batch, source, d_model), bit for bit
        ``transformers``' encoder's (``tests/backends/mt5/test_loop.py``),
        but with the position bias and the padding mask combined once for
        all layers: ``transformers`` combines them again in every layer, a
        fresh (batch, heads, source, source) tensor each time (12.6 MB at
        512 positions), which was a fifth of the int8 encoder's time on
        mT5-base (about 0.16 -> 0.13 s per 512-token input, measured once)."""
        import torch

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
        import torch

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
    def generate(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, search: Search) -> list[list[int]]:
        """The generated tokens of each input (start token left out, cut
        before the end token), as ``generate`` would give them."""
        import torch

        with torch.inference_mode():
            encoded = self.encode(input_ids, attention_mask)
            batch, beams = input_ids.shape[0], search.num_beams
            steps = search.max_new_tokens
            cross = self._cross(encoded)
            floor = torch.finfo(encoded.dtype).min
            cross_mask = torch.zeros(attention_mask.shape, dtype=encoded.dtype, device=encoded.device)
            cross_mask = cross_mask.masked_fill(attention_mask == 0, floor)[:, None, None, :]
            bias = self.decoder.bias(steps + 1, steps + 1)
            # the decoder's own keys and values, position first, so that the filled
            # part is one block: (steps + 1, rows, 2 x layers, heads, d_kv)
            shape = (steps + 1, batch * beams, 2 * self.decoder.layers, self.heads, self.d_kv)
            cache = torch.empty(shape, dtype=encoded.dtype, device=encoded.device)

            def step(tokens: torch.Tensor, t: int, beams: int, cache: torch.Tensor) -> torch.Tensor:
                return self._step(tokens, t, beams, cache, cross, cross_mask, bias)

            run = greedy if beams == 1 else beam
            return run(step, cache, batch, search, self.special)


class _Stack:
    """The layers of an mT5 encoder or decoder stack, as plain callables.

    Linear layers are called through their ``forward`` (float32 or PyTorch's
    dynamic int8 alike), skipping the module machinery; the feed-forward is
    the model's own operations, and the layer norm is mT5's (no mean, no
    bias) as one fused ``rms_norm`` (tokens checked against ``generate`` in
    ``tests/backends/mt5/test_loop.py``).
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
        self.qkv: list[tuple[Linear, Linear, Linear]] = [(a.q.forward, a.k.forward, a.v.forward) for a in own]
        decoder = bool(stack.is_decoder)
        # only the decoder's projections are fused: see int8.fused
        self.qkv_fused = [fused([a.q, a.k, a.v]) if decoder else None for a in own]
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
        self.wi_fused = [fused([m.wi_0, m.wi_1]) if decoder and self.gated else None for m in dense]
        self.wo = [m.wo.forward for m in dense]
        self.final_weight = stack.final_layer_norm.weight

    def bias(self, queries: int, keys: int) -> torch.Tensor:
        """The stack's position bias (1, heads, queries, keys), as its first layer computes it."""
        return self._attention.compute_bias(queries, keys)

    def norm(self, n: int, sub: int, x: torch.Tensor) -> torch.Tensor:
        import torch

        return torch.nn.functional.rms_norm(x, (self.d_model,), self.norms[n][sub], self.eps)

    def final(self, x: torch.Tensor) -> torch.Tensor:
        import torch

        return torch.nn.functional.rms_norm(x, (self.d_model,), self.final_weight, self.eps)

    def projections(self, n: int, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Layer ``n``'s self-attention queries, keys and values of ``y``."""
        joined = self.qkv_fused[n]
        if joined is not None:
            q, k, v = joined(y).chunk(3, -1)
            return q, k, v
        fq, fk, fv = self.qkv[n]
        return fq(y), fk(y), fv(y)

    def ff(self, n: int, y: torch.Tensor) -> torch.Tensor:
        joined = self.wi_fused[n]
        if joined is not None:
            gate, linear = joined(y).chunk(2, -1)
            return self.wo[n](self.act[n](gate) * linear)
        wi = self.wi[n]
        if self.gated:
            return self.wo[n](self.act[n](wi[0](y)) * wi[1](y))
        return self.wo[n](self.act[n](wi[0](y)))
