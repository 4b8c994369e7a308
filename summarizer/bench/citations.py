"""Citations and disagreement flags against hand-checked data, and a lexical audit.

Three measures (``benchmarks/citations.py`` runs them; the data and how it
was labelled are described in ``benchmarks/data/README.md``):

* **Citation precision and recall.**  For each labelled brief sentence, the
  sentences of its story's other reports that fusion would cite for it
  (:meth:`summarizer.fusion.support.Evidence.supporters`, over the same
  candidates as :func:`summarizer.fuse`).  Precision counts ``supports`` as
  1 and ``partial`` as 1/2 over the labelled citations; recall is the share
  of the ``supports`` sentences that are cited.
* **Precision in the other languages' briefs.**  The citations of the
  five-sentence briefs of the French, Czech, Greek, Hebrew and Hindi
  clusters, against pairs labelled by reading (``citations-other.jsonl``);
  a citation no pair labels is counted apart (:func:`score_brief_citations`).
* **Flag precision and recall.**  Each case is a few reports; the first
  sentence of the first is the brief sentence; the flags are those fusion
  raises over what it cites.  A flag is right when its values are the
  expected ones (numbers compared as numbers, days and dates as days).
* **Lexical audit** of real briefs: the share of citations (other than the
  representative and those of kind ``update``, a toll told in other words
  on another day by design) that hold under a fifth of the brief sentence's content
  words (stop words dropped, stems folded), and the share of other reports
  that hold a near copy of a brief sentence (at least 70% of its content
  words, and it 70% of theirs) yet are not cited for it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..api import read_document
from ..errors import InputError as DataError
from ..fusion.disagree import weekdays
from ..fusion.fuse import LINK
from ..fusion.pool import build_pool, links
from ..fusion.support import Evidence
from ..pipeline import Analysis, analyse
from ..text.dates import day_dates
from ..text.quantities import quantities
from ..text.segment import LIST_MARKER
from ..text.terms import analyzer
from ..types import Disagreement, Document, Summary
from .datasets import load

LABELS = {"supports": 1.0, "partial": 0.5, "no": 0.0}
WEAK = 0.2
NEAR_COPY = 0.7


@dataclass
class Tally:
    cited: int = 0
    labelled: int = 0
    credit: float = 0.0
    unlabelled: int = 0
    wanted: int = 0  # "supports" sentences
    found: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    sentences: int = 0  # brief sentences scored
    gone: int = 0  # labelled brief sentences that are no longer sentences (a headline now)
    gone_candidates: int = 0  # labelled candidates that are no longer sentences

    @property
    def precision(self) -> float:
        return self.credit / self.labelled if self.labelled else float("nan")

    @property
    def recall(self) -> float:
        return self.found / self.wanted if self.wanted else float("nan")


def read_jsonl(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DataError(f"{path}:{n}: not JSON ({exc.msg})") from None
                except RecursionError:
                    raise DataError(f"{path}:{n}: not JSON (nested too deeply)") from None
    return out


def labelled_stories(records: Iterable[dict], data: Path, seeds: Path) -> dict[str, list[Analysis]]:
    """The analysed reports of each story the labelled ``records`` name: the
    items of their dev sets (``data/<set>.jsonl``) and, for the seeds, the
    reports of ``seeds`` whose three-digit prefixes the item lists
    (``"000/004"``)."""
    records = list(records)
    out: dict[str, list[Analysis]] = {}
    for name in sorted({r["set"] for r in records if r["set"] != "seeds"}):
        for item in load(data / f"{name}.jsonl"):
            out[item.id] = [analyse(d) for d in item.documents]
    seed_records = [r for r in records if r["set"] == "seeds"]
    if seed_records:
        analysed = [analyse(read_document(p)) for p in sorted(seeds.glob("*.txt"))]
        for r in seed_records:
            wanted = set(r["item"].split("/"))
            out[r["item"]] = [a for a in analysed if a.id[:3] in wanted]
    return out


def cited_for(analyses: Sequence[Analysis], doc: str, index: int) -> list[tuple[str, int, str]]:
    """(document id, sentence index, kind) of what fusion cites for sentence
    ``index`` of ``doc`` among ``analyses`` (one story), representative left out."""
    pool = build_pool(analyses)
    where = {(pool.sentence(i).doc_id, pool.sentence(i).index): i for i in range(len(pool))}
    rep = where.get((doc, index))
    if rep is None:
        raise DataError(f"{doc} has no sentence {index} (the data was labelled on other segmentation)")
    pairs = links(pool, LINK)
    evidence = Evidence(pool, range(len(analyses)))
    support = evidence.supporters(rep, pairs[rep].indices.tolist())
    return [(pool.sentence(s.sentence).doc_id, pool.sentence(s.sentence).index, s.kind) for s in support]


def locate(analyses: dict[str, Analysis], labelled: dict) -> int | None:
    """The index now of a labelled sentence (``doc``, ``index``, ``text``):
    the labelled index where the text still reads so, else the first
    sentence of the document that reads so; ``None`` when none does (the
    line is a headline now, or segmentation changed).

    Raises:
        InputError: for a document the story does not have.
    """
    doc = analyses.get(labelled["doc"])
    if doc is None:
        raise DataError(f"no report {labelled['doc']!r} in its story")
    sentences = doc.sentences
    text = labelled["text"]
    marker = LIST_MARKER.match(text)  # labelled when a list item's marker was part of its sentence
    texts = {text, text[marker.end() :]} if marker else {text}
    k = labelled["index"]
    if 0 <= k < len(sentences) and sentences[k].display in texts:
        return k
    return next((s.index for s in sentences if s.display in texts), None)


def score_citations(records: Iterable[dict], stories: dict[str, list[Analysis]]) -> dict[str, Tally]:
    """Precision and recall per language (and ``"all"``) over labelled records.

    Sentences are found by their text (:func:`locate`); a brief sentence
    that is no longer a sentence is left out and counted (``gone``), and so
    is a candidate (``gone_candidates``): it can be neither cited nor missed.
    """
    tallies: dict[str, Tally] = {}
    for rec in records:
        story = stories[rec["item"]]
        sent = rec["sentence"]
        by_id = {a.id: a for a in story}
        index = locate(by_id, sent)
        keys = (rec["language"], "all")
        if index is None:
            for key in keys:
                tallies.setdefault(key, Tally()).gone += 1
            continue
        labels = {}
        gone = 0
        for c in rec["candidates"]:
            k = locate(by_id, c)
            if k is None:
                gone += 1
            else:
                labels[(c["doc"], k)] = c["label"]
        cited = cited_for(story, sent["doc"], index)
        for key in keys:
            t = tallies.setdefault(key, Tally())
            t.sentences += 1
            t.gone_candidates += gone
            wanted = {k for k, v in labels.items() if v == "supports"}
            t.wanted += len(wanted)
            for doc, idx, kind in cited:
                t.cited += 1
                t.kinds[kind] = t.kinds.get(kind, 0) + 1
                label = labels.get((doc, idx))
                if label is None:
                    t.unlabelled += 1
                    continue
                t.labelled += 1
                t.credit += LABELS[label]
                t.found += (doc, idx) in wanted
    return tallies


def score_brief_citations(records: Iterable[dict], briefs: Sequence[Summary], analyses: Sequence[Analysis]) -> Tally:
    """Precision of the citations (other than the representative) that
    ``briefs`` make, against labelled (brief sentence, cited sentence) pairs
    (``citations-other.jsonl``: one record a pair, found by their texts); a
    citation no record labels is counted as ``unlabelled``."""
    labels = {
        (r["sentence"]["doc"], r["sentence"]["text"], r["cited"]["doc"], r["cited"]["text"]): r["label"]
        for r in records
    }
    by_id = {a.id: a for a in analyses}
    t = Tally()
    for brief in briefs:
        for s in brief.sentences:
            rep = s.citations[0]
            t.sentences += 1
            for c in s.citations[1:]:
                t.cited += 1
                t.kinds[c.kind] = t.kinds.get(c.kind, 0) + 1
                label = labels.get((rep.source, s.text, c.source, by_id[c.source].sentences[c.sentence].display))
                if label is None:
                    t.unlabelled += 1
                else:
                    t.labelled += 1
                    t.credit += LABELS[label]
    return t


def flags_for(case: dict) -> tuple[Disagreement, ...]:
    """The flags fusion raises for the first sentence of the case's first report."""
    docs = [Document(r["id"], r["text"], language=case["language"]) for r in case["reports"]]
    analyses = [analyse(d) for d in docs]
    pool = build_pool(analyses)
    evidence = Evidence(pool, range(len(analyses)))
    support = evidence.supporters(0, range(len(pool)))
    return evidence.flags(0, support, evidence.witnesses(0, range(len(pool)), support))


def _values(shown: Iterable[str], language: str) -> frozenset:
    out: set = set()
    for v in shown:
        days = weekdays(v, language)
        if days:
            out |= days
            continue
        dates = day_dates(v, language)
        if dates:
            out |= set(dates)
            continue
        q = quantities(v, language)
        out.add(q[0].value if q else v)
    return frozenset(out)


def score_flags(cases: Iterable[dict]) -> dict:
    """Flag precision and recall, and the cases that went wrong."""
    raised = right = expected = found = n = 0
    wrong = []
    for case in cases:
        n += 1
        lang = case["language"]
        want = [_values(f, lang) for f in case["flags"]]
        got = [_values([v for v, _ in d.values], lang) for d in flags_for(case)]
        raised += len(got)
        expected += len(want)
        ok = [g for g in got if g in want]
        right += len(ok)
        found += sum(w in got for w in want)
        if len(ok) != len(got) or any(w not in got for w in want):
            wrong.append(
                {
                    "id": case["id"],
                    "expected": [sorted(map(str, w)) for w in want],
                    "raised": [sorted(map(str, g)) for g in got],
                }
            )
    return {
        "cases": n,
        "raised": raised,
        "expected": expected,
        "precision": right / raised if raised else float("nan"),
        "recall": found / expected if expected else float("nan"),
        "wrong": wrong,
    }


def _content(a: Analysis, text: str) -> set[str]:
    return set(analyzer(a.language).terms(text))


def audit(briefs: Sequence[Summary], analyses: Sequence[Analysis]) -> dict:
    """The lexical audit of ``briefs`` made from ``analyses`` (see the module docstring)."""
    by_id = {a.id: a for a in analyses}
    citations = weak = reports = uncited = 0
    for brief in briefs:
        story = [by_id[i] for i in brief.sources]
        for s in brief.sentences:
            rep = next((c for c in s.citations if c.representative), None)
            if rep is None:
                continue
            lang_of = by_id[rep.source]
            words = _content(lang_of, s.text)
            if not words:
                continue
            for c in s.citations:
                if c.representative or c.kind == "update":
                    continue
                citations += 1
                held = _content(lang_of, by_id[c.source].document.text[c.start : c.end])
                weak += len(words & held) / len(words) < WEAK
            cited = {c.source for c in s.citations}
            for a in story:
                if a.id == rep.source:
                    continue
                reports += 1
                if a.id in cited:
                    continue
                for terms in a.terms:
                    t = set(terms)
                    if t and len(words & t) >= NEAR_COPY * len(words) and len(words & t) >= NEAR_COPY * len(t):
                        uncited += 1
                        break
    return {
        "citations": citations,
        "weak": weak / citations if citations else 0.0,
        "reports": reports,
        "uncited_near_copies": uncited / reports if reports else 0.0,
    }
