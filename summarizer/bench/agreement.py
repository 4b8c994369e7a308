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
import time
from typing import Dict, List, Optional, Sequence, Tuple

from ..budget import Budget
from ..pipeline import analyse
from .datasets import Item
from .harness import Benchmark, SystemRun, progress_bar
from .rouge import ROUGE_TYPES, RougeScorer, ngrams, truncate_words
from .systems import System, make_system

HUMAN = "human"
CONSENSUS = "consensus"
#: Systems rebuilt from the other references each time one is held out.
FITTED = ("oracle", "oracle-greedy", CONSENSUS)
#: Share of a sentence's word pairs that must appear in a reference for the
#: reference to count as containing it (the EASC summaries run a few words
#: together, so an exact match would miss some).
CONTAINED = 0.8

Scores = Dict[str, float]  # ROUGE type -> F


def contained(sentence: Sequence[str], reference: set, share: float = CONTAINED) -> bool:
    """Whether the token list ``sentence`` is (nearly) inside ``reference``,
    a set of token pairs; a one-word sentence is looked up as a word."""
    if len(sentence) < 2:
        return bool(sentence) and any(sentence[0] in pair for pair in reference)
    pairs = list(zip(sentence, sentence[1:]))
    return sum(p in reference for p in pairs) >= share * len(pairs)


def consensus(item: Item, budget: Budget, language: Optional[str], scorer: RougeScorer) -> List[str]:
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
    budget: Optional[Budget] = None,
    language: Optional[str] = None,
    options: Optional[Dict[str, object]] = None,
    types: Sequence[str] = ROUGE_TYPES,
    progress: bool = True,
    seed: int = 0,
) -> Benchmark:
    """Score ``systems`` (see the module docstring) against each held-out
    reference; ``budget`` overrides each item's own convention and
    ``options`` go to the backends, as in :func:`~summarizer.bench.harness.run`."""
    made: Dict[str, System] = {
        name: make_system(name, registry, language, dict(options or {}))
        for name in systems
        if name not in (HUMAN, CONSENSUS)
    }
    runs = {name: SystemRun(name) for name in systems}
    scorers: Dict[str, RougeScorer] = {}
    usable = [item for item in items if len(item.references) >= 2]
    bar = progress_bar(progress)
    with bar:
        task = bar.add_task("held-out", total=len(usable) * len(systems))
        for item in usable:
            lang = language or item.language or "en"
            scorer = scorers.setdefault(lang, RougeScorer(types, language=lang))
            b = budget or item.default_budget()

            def score(sentences: Sequence[str], reference: str) -> Scores:
                text = "\n".join(sentences)
                if b.words is not None:
                    text = truncate_words(text, b.words)
                s = scorer.score(prediction=text, references=[reference])
                return {t: s[t].fmeasure for t in types}

            for name in systems:
                run = runs[name]
                bar.update(task, description=f"{name} {item.id}"[:40])
                start = time.perf_counter()
                try:
                    per_ref = _per_reference(name, item, b, made, score, scorer, language or item.language)
                except Exception as exc:  # reported, never silently dropped
                    run.failures.append((item.id, f"{type(exc).__name__}: {exc}"))
                    bar.advance(task)
                    continue
                run.seconds += time.perf_counter() - start
                run.scores[item.id] = _mean(per_ref)
                bar.advance(task)
    return Benchmark(dataset, [i.id for i in usable], [runs[n] for n in systems], tuple(types), seed)


def _mean(scores: Sequence[Scores]) -> Scores:
    return {t: sum(s[t] for s in scores) / len(scores) for t in scores[0]}


def _per_reference(name, item, budget, made, score, scorer, language) -> List[Scores]:
    """System ``name``'s scores against each of ``item``'s references held out."""
    refs = item.references
    if name == HUMAN:
        return [_mean([score([o], held) for o in refs[:k] + refs[k + 1 :]]) for k, held in enumerate(refs)]
    if name not in FITTED:
        out = made[name](item, budget)
        return [score(out, held) for held in refs]
    found = []
    for k, held in enumerate(refs):
        fitted = dataclasses.replace(item, references=refs[:k] + refs[k + 1 :])
        out = consensus(fitted, budget, language, scorer) if name == CONSENSUS else made[name](fitted, budget)
        found.append(score(out, held))
    return found


def near_copies(
    items: Sequence[Item], *, language: Optional[str] = None, threshold: float = 0.8
) -> List[Tuple[str, int, int]]:
    """``(item id, k, j)`` for each pair of an item's references whose ROUGE-2
    F is at least ``threshold``: on extractive references, two people who
    chose nearly the same sentences; on written ones, more likely one summary
    edited into another, which lifts ``human`` without real agreement."""
    found = []
    for item in items:
        scorer = RougeScorer(["rouge2"], language=language or item.language or "en")
        refs = item.references
        for k in range(len(refs)):
            for j in range(k + 1, len(refs)):
                if scorer.score(prediction=refs[k], references=[refs[j]])["rouge2"].fmeasure >= threshold:
                    found.append((item.id, k, j))
    return found
