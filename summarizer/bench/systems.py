"""What the harness can run: any registered backend, ``fusion``, the greedy
``oracle`` and sumy's stock summarizers run the way a user would.

Every system maps an :class:`~summarizer.bench.datasets.Item` and a budget to
a list of summary sentences.  On a multi-document item, single-document
backends (``lead`` among them) and the stock sumy systems run over the
reports concatenated in the order given, so ``lead`` is the first report's
opening, then the next report's (the convention of the quality issue's
table); ``lead-rr`` takes the first sentence of each report in turn, then the
second of each, ... -- a much stronger baseline on news clusters, reported
beside it; ``fusion`` runs on the reports as they are (one story), and
``brief`` as ``summarizer brief`` does: the reports grouped into stories
first, each story's brief in turn (the largest story first), cut to the
budget.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..backends.textrank import lexrank_ratings
from ..budget import Budget
from ..fusion import fuse
from ..fusion.concepts import concept_weights, concepts_of
from ..options import FUSION_OPTIONS
from ..orchestrate import summarize_one
from ..pipeline import analyse
from ..registry import DEFAULT_BACKEND
from ..selection.coverage import Unit, select
from ..similarity import l2_rows, term_matrix, tfidf
from ..text.lang import get
from ..text.normalize import count_words
from ..types import Document
from .datasets import Item
from .rouge import RougeScorer, ngrams, truncate_words

System = Callable[[Item, Budget], list[str]]
BENCH_ONLY = ("brief", "concepts", "fusion", "lead-rr", "oracle", "oracle-greedy", "sumy-textrank", "sumy-lexrank")


def concatenate(item: Item) -> Document:
    """The item's reports as one document (blank lines between them)."""
    if not item.multi:
        return item.documents[0]
    return Document(id=f"{item.id}/all", text="\n\n".join(d.text for d in item.documents), language=item.language)


#: concepts leaves out sentences shorter than this (titles and datelines
#: the reader does not recognise are sentences to a splitter; MultiLing
#: pooled ROUGE-2 of concepts: 13.72 with none left out, 13.56 at 10 words,
#: 13.79 at 14).
SHORT = 14
#: lead-rr leaves out a sentence this similar (tf-idf cosine) to one it took.
NEAR = 0.5


def round_robin_lead(item: Item, budget: Budget, language: str | None) -> list[str]:
    """The first sentence of each report in turn, then the second of each, ...,
    leaving out sentences that repeat one taken (cosine :data:`NEAR`).

    Short lines are not left out: since the reader takes a headline above its
    date line for the title and a date line before the text for a stamp,
    leaving them out only costs lead-rr (MultiLing pooled ROUGE-2 18.22 with
    none left out, 18.14 under 10 words, 17.84 under 14; before, 17.59, 17.78
    and 17.87)."""
    analyses = [analyse(d, language=language) for d in item.documents]
    order = []
    depth = max((len(a.sentences) for a in analyses), default=0)
    for k in range(depth):
        for a in analyses:
            if k < len(a.sentences):
                order.append((a, k))
    if not order:
        return []
    vectors = l2_rows(tfidf(term_matrix([a.terms[k] for a, k in order])[0]))
    taken: list[int] = []
    words = 0
    limit = budget.max_sentences(len(order))
    for i, (a, k) in enumerate(order):
        if len(taken) >= limit or budget.full(words):
            break
        if not budget.fits(words, a.lengths[k]):
            continue
        if taken and float((vectors[taken] @ vectors[i].T).max()) >= NEAR:
            continue
        taken.append(i)
        words += a.lengths[k]
    return [order[i][0].sentences[order[i][1]].display for i in taken]


def concept_ilp(item: Item, budget: Budget, language: str | None) -> list[str]:
    """Concept coverage over every sentence of the reports (Gillick and Favre,
    2009; :mod:`summarizer.fusion.concepts`): stem bigrams weighted by the
    reports that state them, the exact program under the budget, short lines
    left out; in the reports' order."""
    analyses = [analyse(d, language=language) for d in item.documents]
    weights = concept_weights([set().union(*map(concepts_of, a.terms)) if a.terms else set() for a in analyses])
    sents = [(a, k) for a in analyses for k in range(len(a.sentences)) if a.lengths[k] >= SHORT]
    units = [Unit(concepts_of(a.terms[k]), a.lengths[k], 0.0) for a, k in sents]
    chosen = select(units, weights, budget)
    return [sents[i][0].sentences[sents[i][1]].display for i in sorted(chosen)]


def oracle(
    item: Item,
    budget: Budget,
    language: str | None,
    metric: str = "rouge2",
    shortlist: int = 25,
    swaps: bool = True,
) -> list[str]:
    """Greedy extractive oracle on the evaluation's own objective.

    Each step adds the sentence that most raises ``metric`` F (mean over
    references) of the extract as it will be scored -- sentences in document
    order, truncated to the word budget -- and stops when nothing raises it
    or the budget is full; then single sentences are swapped in and out
    while that raises the score.  To keep this cheap on clusters of a
    thousand sentences, only the ``shortlist`` candidates with the largest
    n-gram gain (counted incrementally within sentences) are scored exactly.
    ``swaps=False`` stops after the greedy pass (the plain greedy oracle of
    the literature, a lower bar).  When no sentence raises ``metric`` (no
    bigram of the references in any sentence), ROUGE-1 decides, and when
    none raises that either, the first sentence: never an empty extract.
    """
    n = int(metric[-1])
    analyses = [analyse(d, language=language) for d in item.documents]
    pool = [s.display for a in analyses for s in a.sentences]
    lengths = [k for a in analyses for k in a.lengths]
    scorer = RougeScorer([metric], language=language or analyses[0].language)
    tok = scorer.tokenizer.tokenize
    grams = [ngrams(tok(p), n) for p in pool]
    refs = [ngrams(tok(r), n) for r in item.references]

    def exact(chosen: list[int]) -> float:
        text = "\n".join(pool[j] for j in sorted(chosen))
        if budget.words is not None:
            text = truncate_words(text, budget.words)
        return scorer.score(prediction=text, references=item.references)[metric].fmeasure

    chosen, best, gains = _greedy(grams, refs, lengths, exact, budget, shortlist)
    if not chosen:  # no sentence raises it: an oracle is never empty, nor below lead
        if metric != "rouge1":
            return oracle(item, budget, language, "rouge1", shortlist, swaps)
        return pool[:1]  # cut to a word budget when scored, as any extract
    # Then swap single sentences in and out while that raises the score
    # (greedy alone stops at local optima).
    candidates = [i for _, i in gains[: 2 * shortlist]] if swaps else []
    chosen = _swapped(chosen, best, candidates, exact)
    return [pool[j] for j in sorted(chosen)]


def _greedy(
    grams: list[Counter],
    refs: list[Counter],
    lengths: list[int],
    exact: Callable[[list[int]], float],
    budget: Budget,
    shortlist: int,
) -> tuple[list[int], float, list[tuple[float, int]]]:
    """The greedy pass of :func:`oracle`: the sentences chosen, their exact
    score, and the last step's candidates by n-gram gain."""
    current: Counter = Counter()
    chosen: list[int] = []
    best = 0.0
    words = 0
    gains: list[tuple[float, int]] = []
    limit = budget.max_sentences(len(grams))
    while len(chosen) < limit and (budget.words is None or words < budget.words):
        gains = _ngram_gains(grams, refs, chosen, current)
        pick, pick_value = None, best
        for _, i in gains[:shortlist]:
            value = exact([*chosen, i])
            if value > pick_value + 1e-12:
                pick, pick_value = i, value
        if pick is None:
            break
        chosen.append(pick)
        current.update(grams[pick])
        best = pick_value
        words += lengths[pick]
    return chosen, best, gains


def _ngram_gains(
    grams: list[Counter], refs: list[Counter], chosen: list[int], current: Counter
) -> list[tuple[float, int]]:
    """(minus the reference n-grams a sentence adds to ``current``, over the
    square root of its n-grams; its index) for each sentence not chosen, best first."""
    gains = []
    for i, g in enumerate(grams):
        if i in chosen or not g:
            continue
        gain = sum(sum(min(current[x] + c, r[x]) - min(current[x], r[x]) for x, c in g.items() if x in r) for r in refs)
        gains.append((-gain / (sum(g.values()) ** 0.5), i))
    gains.sort()
    return gains


def _swapped(chosen: list[int], best: float, candidates: list[int], exact: Callable[[list[int]], float]) -> list[int]:
    """``chosen`` with single sentences swapped for ``candidates`` while that
    raises the exact score (at most ten rounds)."""
    for _ in range(10):
        improved = False
        for k in range(len(chosen)):
            for i in candidates:
                if i in chosen:
                    continue
                trial = [*chosen[:k], i, *chosen[k + 1 :]]
                value = exact(trial)
                if value > best + 1e-12:
                    chosen, best, improved = trial, value, True
        if not improved:
            break
    return chosen


_PLAIN_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


def sumy_stock(kind: str, item: Item, budget: Budget, language: str) -> list[str]:
    """sumy's own TextRank/LexRank as a user runs it: a plain split on
    ``. ! ? ؟`` and line breaks, sumy's stemmer and stop words for the
    language where it has them, sumy's summarizer classes unchanged.  (nltk's
    punkt data, which sumy's tokenizers want, cannot be installed offline, so
    words are the letter runs sumy itself keeps.)"""
    # heavy: sumy and nltk, only for the sumy-* systems
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer, null_stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    name = get(language).name
    try:
        stemmer = Stemmer(name)
        stemmer("test")
    except Exception:  # no stemmer for this language, or it needs a missing package
        stemmer = null_stemmer

    class Words:
        def to_words(self, text: str):
            return re.findall(r"[^\W\d_]+", text)

    text = concatenate(item).text
    pieces = [p.strip() for p in _PLAIN_SPLIT.split(text) if p and p.strip()]
    tok = Words()
    doc = ObjectDocumentModel((Paragraph([Sentence(p, tok) for p in pieces]),))
    summarizer = (TextRankSummarizer if kind == "textrank" else LexRankSummarizer)(stemmer)
    with contextlib.suppress(LookupError):
        summarizer.stop_words = get_stop_words(name)
    # sumy returns a fixed number of sentences; to fill a word budget we need
    # its ranking, read from the same ratings its __call__ uses.
    if kind == "textrank":
        ratings = summarizer.rate_sentences(doc)
        order = sorted(range(len(pieces)), key=lambda i: -ratings[doc.sentences[i]])
    else:
        scores = lexrank_ratings(summarizer, doc.sentences)
        order = sorted(range(len(pieces)), key=lambda i: -scores[i])
    lengths = [count_words(p) for p in pieces]
    chosen = budget.select(order, lengths, len(pieces))
    return [" ".join(pieces[i].split()) for i in sorted(chosen)]


def make_system(name: str, registry, language: str | None, options: dict[str, Any]) -> System:
    """The system called ``name``."""
    if name in ("oracle", "oracle-greedy"):
        swaps = name == "oracle"
        return lambda item, budget: oracle(item, budget, language or item.language, swaps=swaps)
    if name in ("sumy-textrank", "sumy-lexrank"):
        kind = name.split("-")[1]
        return lambda item, budget: sumy_stock(kind, item, budget, language or item.language or "en")
    if name == "lead-rr":
        return lambda item, budget: round_robin_lead(item, budget, language or item.language)
    if name == "concepts":
        return lambda item, budget: concept_ilp(item, budget, language or item.language)
    if name in ("fusion", "brief"):
        backend = str(options.get("backend", DEFAULT_BACKEND))
        options = _taken(options, registry, backend, (*FUSION_OPTIONS, "backend"))
        options["stories"] = name == "brief"

        def run_fusion(item: Item, budget: Budget) -> list[str]:
            lang = language or item.language
            briefs = fuse(item.documents, budget=budget, language=lang, registry=registry, **options)
            return [s.text for brief in briefs for s in brief.sentences]

        return run_fusion
    backend = registry.create(name, **_taken(options, registry, name))

    def run_backend(item: Item, budget: Budget) -> list[str]:
        summary = summarize_one(analyse(concatenate(item), language=language or item.language), backend, budget)
        return [s.text for s in summary.sentences]

    return run_backend


def _taken(options: dict[str, Any], registry, backend: str, own: Sequence[str] = ()) -> dict[str, Any]:
    """The options that ``backend`` (or the system itself, ``own``) takes: one
    run of the harness hands the same options to every system."""
    valid = registry.options(backend)
    return {k: v for k, v in options.items() if k in own or valid is None or k in valid}


def known(registry) -> Sequence[str]:
    return sorted(set(registry.names()) | set(BENCH_ONLY))
