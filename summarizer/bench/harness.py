"""Running systems over a dataset and comparing them.

For each system and item: summarise under the item's budget, truncate to
the word budget (the ROUGE convention), score ROUGE-1/2/L/Lsum F against the
references, time it.  A failing item is recorded with its error and left
out of that system's mean, and the table says how many failed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..budget import Budget
from ..progress import progress as progress_lines
from ..types import display_text
from .datasets import Item
from .rouge import ROUGE_TYPES, RougeScorer, truncate_words
from .stats import Comparison, Interval, bootstrap_ci, grouped_permutation, paired_permutation
from .systems import make_system

#: MultiLing items of one topic in every language end in the same ``-M003``.
_STORY = re.compile(r"-(M\d+)$")


def story_of(item_id: str) -> str:
    """The story an item tells: MultiLing's topic number, shared by its seven
    translations; otherwise the item itself."""
    m = _STORY.search(item_id)
    return m.group(1) if m else item_id


@dataclass
class SystemRun:
    name: str
    scores: dict[str, dict[str, float]] = field(default_factory=dict)  # item id -> type -> F
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def items_per_second(self) -> float:
        return len(self.scores) / self.seconds if self.seconds > 0 else float("nan")


@dataclass
class Benchmark:
    dataset: str
    items: list[str]
    runs: list[SystemRun]
    types: tuple[str, ...] = ROUGE_TYPES
    seed: int = 0

    def common(self, names: Sequence[str]) -> list[str]:
        """Items every named system scored (so comparisons are paired)."""
        by = {r.name: r for r in self.runs}
        return [i for i in self.items if all(i in by[n].scores for n in names)]

    def interval(self, name: str, rouge_type: str) -> Interval:
        run = {r.name: r for r in self.runs}[name]
        vals = [run.scores[i][rouge_type] for i in self.items if i in run.scores]
        return bootstrap_ci(vals, seed=self.seed)

    def compare(self, a: str, b: str, rouge_type: str = "rouge2") -> Comparison:
        by = {r.name: r for r in self.runs}
        items = self.common([a, b])
        return paired_permutation(
            [by[a].scores[i][rouge_type] for i in items],
            [by[b].scores[i][rouge_type] for i in items],
            seed=self.seed,
        )

    def compare_stories(self, a: str, b: str, rouge_type: str = "rouge2") -> Comparison:
        """As :meth:`compare`, with items that tell one story (see
        :func:`story_of`) counted as one observation."""
        by = {r.name: r for r in self.runs}
        items = self.common([a, b])
        return grouped_permutation(
            [by[a].scores[i][rouge_type] for i in items],
            [by[b].scores[i][rouge_type] for i in items],
            [story_of(i) for i in items],
            seed=self.seed,
        )

    @property
    def shares_stories(self) -> bool:
        """Whether some items tell the same story (so the story-level test applies)."""
        keys = [story_of(i) for i in self.items]
        return len(set(keys)) < len(keys)

    def best(self, rouge_type: str = "rouge2", exclude: Sequence[str] = ("oracle", "oracle-greedy")) -> str | None:
        ranked = [r.name for r in self.runs if r.name not in exclude and r.scores]
        ranked.sort(key=lambda n: -self.interval(n, rouge_type).mean)
        return ranked[0] if ranked else None

    def to_dict(self) -> dict:
        table = {}
        for r in self.runs:
            row: dict[str, object] = {
                "items": len(r.scores),
                "failures": len(r.failures),
                "items_per_second": r.items_per_second,
            }
            for t in self.types:
                ci = self.interval(r.name, t)
                row[t] = {"mean": ci.mean, "low": ci.low, "high": ci.high}
            table[r.name] = row
        return {
            "dataset": self.dataset,
            "seed": self.seed,
            "table": table,
            "per_item": {r.name: r.scores for r in self.runs},
            "failures": {r.name: r.failures for r in self.runs if r.failures},
        }


def run(
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
    strict: bool = False,
) -> Benchmark:
    """Score every system on every item (see the module docstring).

    ``strict``: a word budget is a cap, as ``summarizer brief --words``
    applies it, instead of the target ROUGE evaluations use."""
    made = {name: make_system(name, registry, language, dict(options or {})) for name in systems}
    return drive(
        items,
        systems,
        produce=lambda name, item, b, scorer: made[name](item, b),
        judge=lambda sentences, item, b, scorer: score_extract(
            scorer, cast(Sequence[str], sentences), item.references, b, types
        ),
        dataset=dataset,
        budget=budget,
        language=language,
        types=types,
        progress=progress,
        seed=seed,
        strict=strict,
    )


Scores = dict[str, float]  # ROUGE type -> F


def score_extract(
    scorer: RougeScorer, sentences: Sequence[str], references: Sequence[str], budget: Budget, types: Sequence[str]
) -> Scores:
    """F of each ROUGE type of ``sentences`` (one a line, truncated to a word
    budget, the ROUGE convention) against ``references``."""
    text = "\n".join(sentences)
    if budget.words is not None:
        text = truncate_words(text, budget.words)
    s = scorer.score(prediction=text, references=list(references))
    return {t: s[t].fmeasure for t in types}


def drive(
    items: Sequence[Item],
    systems: Sequence[str],
    *,
    produce: Callable[[str, Item, Budget, RougeScorer], object],
    judge: Callable[[object, Item, Budget, RougeScorer], Scores],
    dataset: str,
    budget: Budget | None,
    language: str | None,
    types: Sequence[str],
    progress: bool,
    seed: int,
    strict: bool = False,
) -> Benchmark:
    """The loop behind :func:`run` (and held-out scoring): for each item and
    system, ``produce(system, item, budget, scorer)`` makes the output, timed,
    and ``judge(output, item, budget, scorer)`` scores it.  A failure is
    recorded with its error and the item left out of that system's mean."""
    runs = [SystemRun(name) for name in systems]
    scorers: dict[str, RougeScorer] = {}
    bar = progress_bar(progress)
    # the bar on a terminal; elsewhere, a plain line now and then (a log)
    plain = None if progress and sys.stderr is not None and not sys.stderr.isatty() else False
    with bar, progress_lines(len(items) * len(systems), "bench", show=plain, plain=True) as tick:
        task = bar.add_task("benchmark", total=len(items) * len(systems))
        for k, item in enumerate(items):
            lang = language or item.language or "en"
            scorer = scorers.setdefault(lang, RougeScorer(types, language=lang))
            # A word budget is a target here: every summary is cut to it for
            # scoring (the ROUGE convention), so systems fill it up; unless
            # ``strict``, to score what a user gets under a cap.
            b = dataclasses.replace(budget or item.default_budget(), strict=strict)
            if k == 0:  # warm-up, untimed: imports and caches are not charged to whichever system runs first
                for r in runs:
                    with contextlib.suppress(Exception):  # a failure is recorded by the timed run
                        produce(r.name, item, b, scorer)
            for r in runs:
                bar.update(task, description=display_text(f"{r.name} {item.id}")[:40])
                start = time.perf_counter()
                try:
                    output = produce(r.name, item, b, scorer)
                except Exception as exc:  # reported, never silently dropped
                    r.failures.append((item.id, f"{type(exc).__name__}: {exc}"))
                    bar.advance(task)
                    tick(failed=1)
                    continue
                r.seconds += time.perf_counter() - start
                r.scores[item.id] = judge(output, item, b, scorer)
                bar.advance(task)
                tick()
    return Benchmark(dataset, [i.id for i in items], runs, tuple(types), seed)


def pool(benches: Sequence[Benchmark], dataset: str = "pooled") -> Benchmark:
    """One benchmark of all items of several (ids prefixed by their set's name),
    with the systems of the first."""
    first = benches[0]
    runs = []
    for r in first.runs:
        merged = SystemRun(r.name)
        for b in benches:
            other = {x.name: x for x in b.runs}[r.name]
            for item_id, s in other.scores.items():
                merged.scores[f"{b.dataset}:{item_id}"] = s
            merged.failures += [(f"{b.dataset}:{i}", e) for i, e in other.failures]
            merged.seconds += other.seconds
        runs.append(merged)
    items = [f"{b.dataset}:{i}" for b in benches for i in b.items]
    return Benchmark(dataset, items, runs, first.types, first.seed)


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def add_task(self, *a, **k):
        return 0

    def update(self, *a, **k):
        pass

    def advance(self, *a, **k):
        pass


def progress_bar(enabled: bool):
    """A rich progress bar (cleared when done), or a stand-in that shows nothing."""
    if not enabled:
        return _NoProgress()
    return Progress(
        TextColumn("{task.description:40}", markup=False),  # an item id is no markup
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
    )
