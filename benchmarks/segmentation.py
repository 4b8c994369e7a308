"""Sentence segmentation scored on other projects' test data, with pySBD beside it.

Three sets from ``../shared/data/segmentation/`` (see the data README):

- ``pysbd-cases.jsonl`` and ``pragmatic-cases.jsonl``: the test cases of
  pySBD and of the Ruby pragmatic_segmenter, each a text and the sentences
  expected.  A case passes when the sentences found are those expected,
  white space inside each collapsed (the cases' own cleaning joins wrapped
  lines).  Pass rates per language and per class of case (the test list or
  spec a case comes from); each failure is put in a kind: a cut missed, a
  cut too many, both, or the text changed by the case's cleaning; a missed
  cut after a colon or an Arabic comma, or before or after a one-word
  sentence, is a choice we do not share, counted apart.
- ``ud-pud-sentences.jsonl``: the 1,000 sentences of each UD PUD treebank
  (12 languages).  Each document's sentences joined with a space make a
  text; the sentence ends inside it (each document's last end left out: it
  is the end of the text) are scored by precision, recall and F1.

Our segmenter is :func:`summarizer.text.segment.segment` with the case's
language (none for a language without a module here); pySBD 0.3.4
(``pip install -e '.[bench]'``) runs with the case's language and its
cleaning where the case asks for it, and with its English rules for Czech
and Turkish, which it lacks.

Run: ``python benchmarks/segmentation.py [--quick]``; writes
``results/segmentation.{json,md}``.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from _common import DATA, quick_option, write

from summarizer.text.lang import codes, get
from summarizer.text.segment import segment

SEG = DATA / "segmentation"
CASE_SETS = ("pysbd-cases", "pragmatic-cases")
PUD_LANGUAGES = ("ar", "cs", "de", "en", "es", "fr", "hi", "it", "pl", "ru", "tr", "zh")
#: pySBD's rules for the PUD languages it has no rules of.
PYSBD_FALLBACK = "en"
#: A missed cut after one of these is a choice (the cases count a colon or
#: an Arabic comma as a sentence end; we do not).
CHOICE_ENDS = ":،;"
GOLDEN_EN = "lang/test_english.py:GOLDEN_EN_RULES_TEST_CASES"

Segmenter = Callable[[str, str | None, dict], list[str]]


def ours(text: str, lang: str | None, mode: dict) -> list[str]:
    language = get(lang) if lang in codes() else None
    return [text[a:b] for a, b in segment(text, language=language)]


def pysbd_segmenter() -> Segmenter | None:
    try:
        import pysbd
        from pysbd.languages import LANGUAGE_CODES
    except ImportError:
        return None
    cache: dict = {}

    def run(text: str, lang: str | None, mode: dict) -> list[str]:
        code = lang if lang in LANGUAGE_CODES else PYSBD_FALLBACK
        clean = bool(mode.get("clean"))
        key = (code, clean, mode.get("doc_type"))
        if key not in cache:
            cache[key] = pysbd.Segmenter(language=code, clean=clean, doc_type=mode.get("doc_type"))
        return [s for s in cache[key].segment(text) if s.strip()]

    return run


def squeeze(s: str) -> str:
    return " ".join(s.split())


def cuts(sentences: Sequence[str]) -> tuple[set[int], int]:
    """Where the sentences end, counted in characters other than white
    space, the last end left out; and that count for the whole text."""
    out, n = set(), 0
    for s in sentences:
        n += len("".join(s.split()))
        out.add(n)
    out.discard(n)
    return out, n


def failure_kind(got: Sequence[str], expected: Sequence[str]) -> str:
    got_cuts, got_len = cuts(got)
    exp_cuts, exp_len = cuts(expected)
    if got_len != exp_len:
        return "text changed (the case's cleaning)"
    missed, extra = exp_cuts - got_cuts, got_cuts - exp_cuts
    if not missed and not extra:
        return "white space inside a sentence (the case's cleaning)"
    if missed and not extra:
        ends, pos = {}, 0
        for k, s in enumerate(expected):
            pos += len("".join(s.split()))
            ends[pos] = k
        if all(expected[ends[c]].rstrip("\"'”»)] ")[-1:] in CHOICE_ENDS for c in missed):
            return "choice: a colon or comma ends no sentence"
        if all(len(expected[ends[c]].split()) == 1 or len(expected[ends[c] + 1].split()) == 1 for c in missed):
            return "choice: a one-word sentence joins its neighbour"
        return "missed cut"
    if extra and not missed:
        return "cut too many"
    return "cuts moved"


def score_cases(name: str, segmenters: dict[str, Segmenter], quick: bool) -> dict:
    cases = [json.loads(line) for line in (SEG / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    if quick:
        cases = cases[::10]
    rows: dict[tuple[str, str], Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = {s: Counter() for s in segmenters}
    failures: dict[str, list] = {s: [] for s in segmenters}
    for case in cases:
        lang = case["lang"] or "none"
        group = case["id"].split("[")[0].split("#")[0].strip()
        text = case["text"] or ""  # one case is nil: no text, no sentence
        expected = [squeeze(s) for s in case["expected"] or [] if s.strip()]
        rows[(lang, group)]["cases"] += 1
        for sname, seg in segmenters.items():
            got = [squeeze(s) for s in seg(text, case["lang"], case["mode"])]
            if got == expected:
                rows[(lang, group)][sname] += 1
            else:
                kind = failure_kind(got, expected)
                kinds[sname][kind] += 1
                if sname == "ours":
                    failures[sname].append({"id": case["id"], "kind": kind, "got": got, "expected": expected})
    return {
        "cases": len(cases),
        "rows": [{"lang": k[0], "class": k[1], **v} for k, v in sorted(rows.items())],
        "kinds": {s: dict(k.most_common()) for s, k in kinds.items()},
        "failures": failures["ours"],
    }


def score_pud(segmenters: dict[str, Segmenter], quick: bool) -> dict:
    docs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in (SEG / "ud-pud-sentences.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs[(row["lang"], row["doc"])].append(row["text"].strip())
    out: dict[str, dict] = {}
    for lang in PUD_LANGUAGES:
        keys = [k for k in docs if k[0] == lang]
        if quick:
            keys = keys[:20]
        out[lang] = {}
        for sname, seg in segmenters.items():
            tp = fp = fn = 0
            start = time.perf_counter()
            for key in keys:
                sentences = docs[key]
                text = " ".join(sentences)
                gold, pos = set(), 0
                for s in sentences:
                    pos += len(s)
                    gold.add(pos)
                    pos += 1
                gold.discard(len(text))
                found, pos = set(), 0
                for piece in seg(text, lang, {"clean": False}):
                    piece = piece.strip()
                    at = text.find(piece, pos)
                    if at < 0:  # not a slice of the text: score it as no cut
                        continue
                    pos = at + len(piece)
                    found.add(pos)
                found.discard(len(text))
                tp += len(gold & found)
                fp += len(found - gold)
                fn += len(gold - found)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[lang][sname] = {
                "precision": p,
                "recall": r,
                "f1": f,
                "ends": tp + fn,
                "seconds": time.perf_counter() - start,
            }
    return out


def main() -> None:
    quick = quick_option(__doc__)
    segmenters: dict[str, Segmenter] = {"ours": ours}
    other = pysbd_segmenter()
    if other is not None:
        segmenters["pysbd"] = other
    else:
        print("pysbd is not installed (pip install -e '.[bench]'): our figures only")
    names = list(segmenters)
    data: dict = {"segmenters": names, "cases": {}}
    lines = []
    for name in CASE_SETS:
        res = score_cases(name, segmenters, quick)
        data["cases"][name] = res
        by_lang: dict[str, Counter] = defaultdict(Counter)
        for row in res["rows"]:
            for k in ("cases", *names):
                by_lang[row["lang"]][k] += row.get(k, 0)
        lines += [f"### {name} ({res['cases']} cases): exact-match pass rate", ""]
        lines += ["| language | cases | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
        total: Counter = Counter()
        for lang, c in sorted(by_lang.items()):
            total.update(c)
            lines.append(f"| {lang} | {c['cases']} | " + " | ".join(str(c[s]) for s in names) + " |")
        lines.append(f"| all | {total['cases']} | " + " | ".join(str(total[s]) for s in names) + " |")
        lines += ["", "By class of case (the list or spec it comes from):", ""]
        lines += ["| language | class | cases | " + " | ".join(names) + " |", "|---|---|---|" + "---|" * len(names)]
        for row in res["rows"]:
            cells = " | ".join(str(row.get(s, 0)) for s in names)
            lines.append(f"| {row['lang']} | {row['class']} | {row['cases']} | {cells} |")
        lines += ["", "Failures by kind:", "", "| kind | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        all_kinds = sorted({k for s in names for k in res["kinds"][s]})
        for kind in all_kinds:
            lines.append(f"| {kind} | " + " | ".join(str(res["kinds"][s].get(kind, 0)) for s in names) + " |")
        lines.append("")
        golden = [r for r in res["rows"] if r["class"] == GOLDEN_EN]
        if golden:
            g = golden[0]
            data["golden_en"] = {"cases": g["cases"], **{s: g.get(s, 0) for s in names}}
            lines += [
                f"English golden rules: {', '.join(f'{s} {g.get(s, 0)}' for s in names)} of {g['cases']}.",
                "",
            ]
        print(f"{name}: done", flush=True)
    pud = score_pud(segmenters, quick)
    data["pud"] = pud
    lines += [
        "### UD PUD: sentence ends inside each document (precision / recall / F1)",
        "",
        "| language | ends | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
    ]
    for lang, res in pud.items():
        cells = " | ".join(
            f"{res[s]['precision']:.3f} / {res[s]['recall']:.3f} / **{res[s]['f1']:.3f}**" for s in names
        )
        note = " (pySBD: English rules)" if "pysbd" in names and lang in ("cs", "tr") else ""
        lines.append(f"| {lang}{note} | {res[names[0]]['ends']} | {cells} |")
    write("segmentation" + ("-quick" if quick else ""), data, "\n".join(lines))


if __name__ == "__main__":
    main()
