"""Story grouping on labelled feeds (``summarizer.bench.stories``).

Each feed is every report of a multi-document set shuffled into one list
(seed 0); the clusters are the true stories.  Feeds: each MultiLing 2011
language (100 reports, 10 stories); all seven languages in one feed (700
reports; stories are grouped per language, cross-language grouping is not
attempted, so it is scored per language), with each report's language given
and again detected, as the command line reads files, and with no dates (each
report as its title and body sentences, whole and cut to the first two as a
feed item's lead: the dates of a report are in its header lines, which are left
out); each Arabic and English story's first week (its reports within 7 days of
its first, dated: reports days apart must stay together though they state few
facts in common); the 106 EASC articles, which must stay apart (each its own
story), as they are (undated) and all dated one day (a day's feed of many
subjects); MultiLing Arabic and EASC together (116
Arabic stories); and the seeds (the 2021 reports and the 2024 one).  Then
small feeds, as a user hands over one story or a few: each MultiLing
cluster alone (70 feeds of 10 reports, each one story) and every pair of
clusters of a language (315 feeds of 20), and the EASC articles ten at a
time (11 feeds, which must stay apart), scores averaged over the feeds.
And feeds that one story dominates: reports made as ``stories_scale.py``
makes them (8 to 20 of a story's sentences), one English or Arabic
MultiLing story giving 120, 150 or 300 of them beside five stories of 16,
10 or 20.  The ECB+ dev feed (42 events of 21 kinds, two of a kind that must
stay apart), whole and as its odd and even pairs of topics; and the Arabic,
English and French MultiLing reports in one feed scored as ten stories
across languages, and again with no report in two languages (each story's
reports 1-3 in Arabic, 4-6 in English, 7-10 in French).
B-cubed precision / recall / F1 and the adjusted Rand index, beside the
grouping with the multilingual encoder on the feeds of several languages
(when the ``multilingual`` extra is installed) and the anchors:
everything in one story, every report alone, average-link tf-idf (cosine,
mean link at least 0.04).

Run: ``python benchmarks/stories.py``; writes ``results/stories.{json,md}``.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import random

from _common import DATA, ROOT, quick_option, write

from summarizer import Document
from summarizer.api import read_document
from summarizer.bench.datasets import Item, load
from summarizer.bench.stories import WITH_ENCODER, evaluate, feed
from summarizer.pipeline import analyse

LANGS = ("ar", "cs", "el", "en", "fr", "he", "hi")


def feeds(quick: bool) -> dict:
    limit = 3 if quick else None
    multi = {lang: load(DATA / f"multiling2011-{lang}.jsonl", limit=limit) for lang in LANGS}
    out = {f"multiling-{lang}": (*feed(items), None) for lang, items in multi.items()}
    # Seven languages in one feed; story ids carry the language, scored per language.
    docs, gold, by = [], [], []
    for lang, items in multi.items():
        d, g = feed(items)
        docs += d
        gold += [f"{lang}:{x}" for x in g]
        by += [lang] * len(d)
    order = list(range(len(docs)))
    random.Random(0).shuffle(order)
    out["multiling, 7 languages in one feed"] = (
        [docs[i] for i in order],
        [gold[i] for i in order],
        [by[i] for i in order],
    )
    # The same feed as files come to the command line: no language given, each one detected.
    out["the same, languages detected"] = (
        [dataclasses.replace(docs[i], language=None) for i in order],
        [gold[i] for i in order],
        [by[i] for i in order],
    )
    # The same feed without dates: each report's title and body sentences only
    # (its dateline and header lines left out), whole and cut to a feed item's lead.
    for label, cut in (("title and body", None), ("title and first two sentences", 2)):
        out[f"the same, no dates: {label}"] = (
            [undated(docs[i], cut) for i in order],
            [gold[i] for i in order],
            [by[i] for i in order],
        )
    # Each story's first week only (its reports dated at most 7 days after its first):
    # reports days apart that state few facts in common, kept together by their words.
    for lang in ("ar", "en"):
        out[f"multiling-{lang}, each story's first week"] = (*feed([first_week(i) for i in multi[lang]]), None)
    easc = load(DATA / "easc-wiki.jsonl", limit=30 if quick else None)
    as_stories = [Item(i.id, i.documents, i.references, i.language) for i in easc]
    out["easc (106 subjects, apart)"] = (*feed(as_stories), None)
    # A day's feed of many subjects: the same articles, every one dated the same day.
    docs, gold = feed(as_stories)
    out["easc, every article dated one day (apart)"] = (
        [dataclasses.replace(d, date="2024-03-03") for d in docs],
        gold,
        None,
    )
    out["multiling-ar + easc"] = (*feed(list(multi["ar"]) + as_stories), None)
    # ECB+ look-alike events (two of one kind in each topic); odd and even topics of the file apart
    # check that the constants were not fitted to the whole.
    ecb = ecbplus(limit=4 if quick else None)
    topics = sorted({topic for topic, _ in ecb})
    out["ecbplus-dev (42 look-alike events)"] = (*feed([item for _, item in ecb]), None)
    for half, name in ((0, "first"), (1, "second")):
        chosen = [item for topic, item in ecb if topics.index(topic) % 2 == half]
        out[f"ecbplus-dev, {name} of each pair of topics"] = (*feed(chosen), None)
    # One story told in three languages: scored as one feed (a story across languages is one story).
    docs, gold = [], []
    for lang in ("ar", "en", "fr"):
        d, g = feed(multi[lang])
        docs += d
        gold += [x.rsplit("-", 1)[-1] for x in g]  # multiling2011-ar-M000: story M000 in any language
    order = list(range(len(docs)))
    random.Random(0).shuffle(order)
    out["multiling ar + en + fr, stories across languages"] = ([docs[i] for i in order], [gold[i] for i in order], None)
    # The same stories without translations: each story's reports 1-3 in Arabic, 4-6 in English and 7-10
    # in French (the languages are translations of each other, so their first reports are one text).
    docs, gold = [], []
    for lang, reports in (("ar", range(3)), ("en", range(3, 6)), ("fr", range(6, 10))):
        for item in multi[lang]:
            picked = tuple(item.documents[k] for k in reports if k < len(item.documents))
            d, g = feed([Item(item.id, picked, item.references, item.language)])
            docs += d
            gold += [x.rsplit("-", 1)[-1] for x in g]
    order = list(range(len(docs)))
    random.Random(0).shuffle(order)
    out["multiling ar 1-3 + en 4-6 + fr 7-10, no translations"] = (
        [docs[i] for i in order],
        [gold[i] for i in order],
        None,
    )
    seeds = [read_document(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out["seeds"] = (seeds, ["2021", "2021", "2021", "2024", "2021"], None)
    return out


def ecbplus(limit: int | None = None) -> list[tuple[int, Item]]:
    """The ECB+ dev events as (topic, item): each event one story (the file has no references)."""
    out = []
    for line in (DATA / "ecbplus-dev.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            raw = json.loads(line)
            docs = tuple(
                Document(f"{raw['id']}/{k}", text, language=raw.get("language"))
                for k, text in enumerate(raw["documents"])
            )
            out.append((int(raw["topic"]), Item(raw["id"], docs, ("",), raw.get("language"))))
        if limit and len(out) >= limit:
            break
    return out


def first_week(item: Item) -> Item:
    """``item`` with only the reports dated at most 7 days after its first."""
    days = [analyse(d, language=item.language).date for d in item.documents]
    start = min(d for d in days if d is not None)
    keep = tuple(d for d, day in zip(item.documents, days) if day is not None and (day - start).days <= 7)
    return Item(item.id, keep, item.references, item.language)


def undated(document: Document, sentences: int | None) -> Document:
    """``document`` as its title and its first ``sentences`` body sentences
    (all when ``None``): no dateline, no header lines, so no date."""
    a = analyse(document)
    body = " ".join(s.text for s in a.sentences[:sentences])
    return Document(document.id, body, title=a.title_text, language=document.language)


def small_feeds(quick: bool) -> dict[str, list[tuple[list, list]]]:
    """Each MultiLing cluster on its own, and every pair of clusters of a language."""
    alone: list[tuple[list, list]] = []
    pairs: list[tuple[list, list]] = []
    for lang in LANGS:
        items = load(DATA / f"multiling2011-{lang}.jsonl", limit=3 if quick else None)
        alone += [feed([item]) for item in items]
        pairs += [feed([a, b]) for a, b in itertools.combinations(items, 2)]
    easc = load(DATA / "easc-wiki.jsonl", limit=30 if quick else None)
    as_stories = [Item(i.id, i.documents, i.references, i.language) for i in easc]
    tens = [feed(as_stories[k : k + 10]) for k in range(0, len(as_stories), 10)]
    return {
        f"each MultiLing cluster alone ({len(alone)} feeds)": alone,
        f"every pair of MultiLing clusters of a language ({len(pairs)} feeds)": pairs,
        f"EASC articles ten at a time, each its own story ({len(tens)} feeds)": tens,
    }


def dominated() -> dict[str, tuple[list, list]]:
    """Feeds where one story is most of the reports (see the module docstring)."""
    from stories_scale import report, sources

    pool = sources()
    out = {}
    for lang in ("en", "ar"):
        names = sorted(n for n in pool if n.startswith(f"{lang}:"))[:6]
        for big, small in ((120, 16), (150, 10), (300, 20)):
            rng = random.Random(0)
            docs, gold = [], []
            for k, name in enumerate(names):
                _, headers, body = pool[name]
                for j in range(big if k == 0 else small):
                    docs.append(Document(f"{name}#{j}", report(headers, body, rng), language=lang))
                    gold.append(name)
            order = list(range(len(docs)))
            rng.shuffle(order)
            out[f"{lang}: one story of {big} among {big + 5 * small}"] = (
                [docs[i] for i in order],
                [gold[i] for i in order],
            )
    return out


def averaged(feeds: list[tuple[list, list]]) -> dict[str, dict[str, float]]:
    """Each method's scores averaged over the feeds, and in how many feeds it
    found the true stories exactly."""
    sums: dict[str, dict[str, float]] = {}
    for docs, gold in feeds:
        for method, parts in evaluate(docs, gold).items():
            got = parts["all"]
            acc = sums.setdefault(method, {"precision": 0.0, "recall": 0.0, "f1": 0.0, "ari": 0.0, "exact": 0})
            for k in ("precision", "recall", "f1", "ari"):
                acc[k] += getattr(got, k) / len(feeds)
            acc["exact"] += got.precision == 1.0 and got.recall == 1.0
    return sums


#: Feeds of several languages, grouped also with the multilingual encoder (when installed).
MIXED = (
    "multiling ar + en + fr, stories across languages",
    "multiling ar 1-3 + en 4-6 + fr 7-10, no translations",
    "multiling, 7 languages in one feed",
)


def main() -> None:
    from summarizer.fusion.across import sentence_encoder

    quick = quick_option(__doc__)
    encoder = sentence_encoder()
    rows, data = [], {}
    for name, (docs, gold, by) in feeds(quick).items():
        result = evaluate(docs, gold, by=by, encoder=encoder if name in MIXED else None)
        data[name] = {m: {k: vars(v) for k, v in parts.items()} for m, parts in result.items()}
        parts = sorted(set(by)) if by else ["all"]
        for part in parts:
            label = name if part == "all" else f"{name}: {part}"
            cells = []
            for method in ("summarizer", WITH_ENCODER, "average-link tf-idf 0.04", "one story", "every report alone"):
                s = result.get(method, {}).get(part)
                cells.append(f"{s.f1:.3f}" if s else "-")
            ours = result["summarizer"][part]
            rows.append(
                f"| {label} | {len(docs) if part == 'all' else sum(b == part for b in by)} | "
                f"{ours.precision:.3f} | {ours.recall:.3f} | " + " | ".join(cells) + f" | {ours.ari:.3f} |"
            )
        print(rows[-1], flush=True)
    small = {}
    for name, found in small_feeds(quick).items():
        result = averaged(found)
        small[name] = result
        ours = result["summarizer"]
        methods = ("summarizer", WITH_ENCODER, "average-link tf-idf 0.04", "one story", "every report alone")
        cells = [f"{result[m]['f1']:.3f}" if m in result else "-" for m in methods]
        low, high = min(len(d) for d, _ in found), max(len(d) for d, _ in found)
        sizes = f"{high} each" if low == high else f"{low}-{high} each"
        ari = "-" if not name.startswith("every") else f"{ours['ari']:.3f}"  # one story, or all alone: ARI says nothing
        rows.append(
            f"| {name}: {ours['exact']} grouped exactly | {sizes} | {ours['precision']:.3f} | "
            f"{ours['recall']:.3f} | " + " | ".join(cells) + f" | {ari} |"
        )
        print(rows[-1], flush=True)
    data["small feeds"] = small
    big = {}
    for name, (docs, gold) in dominated().items():
        result = evaluate(docs, gold)
        big[name] = {m: vars(parts["all"]) for m, parts in result.items()}
        ours = result["summarizer"]["all"]
        cells = [f"{result[m]['all'].f1:.3f}" if m in result else "-" for m in methods]
        rows.append(
            f"| {name} (synthetic) | {len(docs)} | {ours.precision:.3f} | {ours.recall:.3f} | "
            + " | ".join(cells)
            + f" | {ours.ari:.3f} |"
        )
        print(rows[-1], flush=True)
    data["dominated feeds"] = big
    head = (
        "| feed | reports | P | R | F1 summarizer | F1 summarizer + encoder | F1 average-link 0.04 | F1 one story | "
        "F1 all alone | ARI summarizer |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    write(
        "stories" + ("-quick" if quick else ""),
        {"feeds": data},
        "B-cubed precision (P), recall (R) and F1; adjusted Rand index (ARI).\n\n" + head + "\n" + "\n".join(rows),
    )


if __name__ == "__main__":
    main()
