"""Held-out references: how well a system predicts a person it has not seen.

The harness scores each system against all of an item's references, and its
greedy ``oracle`` is built from those same references: the oracle's figure
says how much some extract can overlap the references it was fitted to, not
how good an extract can be made without them.  Here each reference in turn
is held out and everything is scored against it alone:

* ``human``: each *other* reference, truncated to the budget like a system's
  output, so the figure is how far one person agrees with another;
* any system of the harness that does not look at the references (``lead``,
  the backends, ``fusion``...), run once per item;
* ``oracle`` and ``oracle-greedy``, rebuilt from the other references only:
  what exact knowledge of the other people's n-grams buys on a new person;
* ``consensus``: the source's sentences ranked by how many of the other
  references contain them, ties by position -- on extractive references,
  the best that a perfect predictor of the other annotators' choices does.

An item's score is the mean over its held-out references, so every item
weighs the same, as in the harness; items with fewer than two references are
left out (nothing to hold out against).  The result is a
:class:`~summarizer.bench.harness.Benchmark`, so intervals and paired tests
work as usual.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from ..budget import Budget
from ..pipeline import analyse
from .datasets import Item
from .harness import Benchmark, Scores, drive, score_extract
from .rouge import ROUGE_TYPES, RougeScorer, ngrams
from .systems import System, make_system

HUMAN = "human"
CONSENSUS = "consensus"
#: Systems rebuilt from the other references each time one is held out.
FITTED = ("oracle", "oracle-greedy", CONSENSUS)
#: Share of a sentence's word pairs that must appear in a reference for the
#: reference to count as containing it (the EASC summaries run a few words
#: together, so an exact match would miss some).
CONTAINED = 0.8


def contained(sentence: Sequence[str], reference: set, share: float = CONTAINED) -> bool:
    """Whether the token list ``sentence`` is (nearly) inside ``reference``,
    a set of token pairs; a one-word sentence is looked up as a word."""
    if len(sentence) < 2:
        return bool(sentence) and any(sentence[0] in pair for pair in reference)
    pairs = list(itertools.pairwise(sentence))
    return sum(p in reference for p in pairs) >= share * len(pairs)


def consensus(item: Item, budget: Budget, language: str | None, scorer: RougeScorer) -> list[str]:
    """The item's sentences in order of how many references contain them
    (then document order), taken while ``budget`` allows."""
    analyses = [analyse(d, language=language) for d in item.documents]
    pool = [s for a in analyses for s in a.sentences]
    lengths = [k for a in analyses for k in a.lengths]
    tok = scorer.tokenizer.tokenize
    refs = [set(ngrams(tok(r), 2)) for r in item.references]
    votes = []
    for s in pool:
        words = tok(s.text)
        votes.append(sum(contained(words, r) for r in refs))
    order = sorted(range(len(pool)), key=lambda i: (-votes[i], i))
    chosen = budget.select(order, lengths, len(pool))
    return [pool[i].display for i in sorted(chosen)]


def held_out(
    items: Sequence[Item],
    systems: Sequence[str],
    *,
    registry,
    dataset: str = "dataset",
    budget: Budget | None = None,
    language: str | None = None,
    options: dict[str, object] | None = None,
    types: Sequence[str] = ROUGE_TYPES,
    progress: bool = True,
    seed: int = 0,
) -> Benchmark:
    """Score ``systems`` (see the module docstring) against each held-out
    reference; ``budget`` overrides each item's own convention and
    ``options`` go to the backends, as in :func:`~summarizer.bench.harness.run`."""
    made: dict[str, System] = {
        name: make_system(name, registry, language, dict(options or {}))
        for name in systems
        if name not in (HUMAN, CONSENSUS)
    }

    def produce(name: str, item: Item, b: Budget, scorer: RougeScorer) -> list[tuple[list[list[str]], str]]:
        return _per_reference(name, item, b, made, scorer, language or item.language)

    def judge(pairs, item: Item, b: Budget, scorer: RougeScorer) -> Scores:
        return _mean([_mean([score_extract(scorer, out, [held], b, types) for out in outs]) for outs, held in pairs])

    usable = [item for item in items if len(item.references) >= 2]
    return drive(
        usable,
        systems,
        produce=produce,
        judge=judge,
        dataset=dataset,
        budget=budget,
        language=language,
        types=types,
        progress=progress,
        seed=seed,
    )


def _mean(scores: Sequence[Scores]) -> Scores:
    return {t: sum(s[t] for s in scores) / len(scores) for t in scores[0]}


def _per_reference(name, item, budget, made, scorer, language) -> list[tuple[list[list[str]], str]]:
    """For each of ``item``'s references held out, the outputs of system
    ``name`` to score against it (several for ``human``: each other person's)."""
    refs = item.references
    others = [refs[:k] + refs[k + 1 :] for k in range(len(refs))]
    if name == HUMAN:
        return [([[o] for o in rest], held) for rest, held in zip(others, refs)]
    if name not in FITTED:
        out = made[name](item, budget)
        return [([out], held) for held in refs]
    found = []
    for rest, held in zip(others, refs):
        fitted = dataclasses.replace(item, references=rest)
        out = consensus(fitted, budget, language, scorer) if name == CONSENSUS else made[name](fitted, budget)
        found.append(([out], held))
    return found


def near_copies(
    items: Sequence[Item], *, language: str | None = None, threshold: float = 0.8
) -> list[tuple[str, int, int]]:
    """``(item id, k, j)`` for each pair of an item's references whose ROUGE-2
    F is at least ``threshold``: on extractive references, two people who
    chose nearly the same sentences; on written ones, more likely one summary
    edited into another, which lifts ``human`` without real agreement."""
    found = []
    scorers: dict[str, RougeScorer] = {}
    for item in items:
        lang = language or item.language or "en"
        scorer = scorers.setdefault(lang, RougeScorer(["rouge2"], language=lang))
        refs = item.references
        for k in range(len(refs)):
            for j in range(k + 1, len(refs)):
                if scorer.score(prediction=refs[k], references=[refs[j]])["rouge2"].fmeasure >= threshold:
                    found.append((item.id, k, j))
    return found
