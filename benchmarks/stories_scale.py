"""Story grouping at feed scale: 1,000, 10,000 and 100,000 reports.

Feeds are built from ``../shared/data`` so that the true stories stay
known: each report of a feed is drawn from one story -- a MultiLing 2011
cluster (in its language) or an EASC article -- and is the header (title
and dateline) of one of the story's reports followed by 8 to 20 of the
story's sentences, drawn from all its reports and shuffled (seeded).  Each
size runs in a process of its own, so that its peak memory is its own.
Reports are read the way ``summarizer stories`` reads a feed: each is
analysed, reduced to its profile and its analysis let go; a story with
reports without a date is analysed again when it is checked for shared facts.

Each size up to 10,000 runs again with the multilingual sentence encoder
(the ``multilingual`` extra), which joins the stories of different
languages that tell one event; those runs are scored against stories
across languages (a MultiLing story in Arabic, English and French is one
story; the encoder does not know Czech, Greek, Hebrew or Hindi).

Reported: seconds to read (analyse and profile) and to group, peak
resident memory, stories found, B-cubed F1 against the true stories.
Targets (the feed issue): 10,000 reports in under 60 s and 2 GiB;
100,000 in under 15 minutes; ten times the reports at most fifteen times
the time; with the encoder, 10,000 reports in under 2 minutes and 2 GiB.

Run: ``python benchmarks/stories_scale.py [--quick] [--most N]``; writes
``results/stories_scale.{json,md}``.
"""

from __future__ import annotations

import itertools
import json
import random
import resource
import subprocess
import sys
import time

from _common import DATA, quick_option, write

SIZES = (1_000, 10_000, 100_000)
#: The largest feed also grouped with the encoder.
ENCODER_MOST = 10_000


def sources() -> dict[str, tuple[str, list[str], list[str]]]:
    """story -> (language, headers of its reports, its body sentences)."""
    from summarizer import Document, analyse

    stories: dict[str, tuple[str, list[str], list[str]]] = {}
    rows = []
    for lang in ("ar", "cs", "el", "en", "fr", "he", "hi"):
        for line in (DATA / f"multiling2011-{lang}.jsonl").read_text(encoding="utf-8").split("\n"):
            if line.strip():
                r = json.loads(line)
                rows += [(f"{lang}:{r['id']}", lang, d) for d in r["documents"]]
    for line in (DATA / "easc-wiki.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            r = json.loads(line)
            rows.append((f"easc:{r['id']}", "ar", r["text"]))
    for story, lang, text in rows:
        a = analyse(Document("x", text, language=lang))
        body_start = a.sentences[0].start if a.sentences else len(text)
        header = text[:body_start].strip()
        _, headers, body = stories.setdefault(story, (lang, [], []))
        headers.append(header)
        body.extend(s.display for s in a.sentences)
    return stories


def build(n: int, seed: int = 0):
    """``n`` (document, story) pairs drawn as the module docstring says."""
    from summarizer import Document

    rng = random.Random(seed)
    pool = sources()
    names = sorted(pool)
    for k in range(n):
        story = names[rng.randrange(len(names))]
        lang, headers, body = pool[story]
        yield Document(f"r{k}", report(headers, body, rng), language=lang), story


def report(headers: list[str], body: list[str], rng: random.Random) -> str:
    """One report of a story: one of its reports' headers, then 8 to 20 of its sentences."""
    picked = rng.sample(body, min(len(body), rng.randint(8, 20)))
    return headers[rng.randrange(len(headers))] + "\n\n" + "\n\n".join(picked)


def across_languages(story: str) -> str:
    """The story a report tells whatever its language: ``ar:multiling2011-ar-M000`` and
    ``en:multiling2011-en-M000`` are story M000 where the encoder knows both languages."""
    from summarizer.fusion.across import LANGUAGES

    lang, name = story.split(":", 1)
    return name.rsplit("-", 1)[-1] if lang in LANGUAGES and name.startswith("multiling") else story


def one(n: int, with_encoder: bool = False) -> dict:
    from summarizer.bench.stories import bcubed
    from summarizer.fusion.across import sentence_encoder
    from summarizer.fusion.stories import fact_groups, group_profiles, profile
    from summarizer.pipeline import analyse

    gold, profiles, docs = [], [], []
    start = time.perf_counter()
    for doc, story in build(n):
        profiles.append(profile(analyse(doc)))
        docs.append(doc)
        gold.append(story)
    read = time.perf_counter() - start

    def facts(reports: list[int]) -> list[list[int]]:
        parts = fact_groups([analyse(docs[i]) for i in reports])
        return [[reports[k] for k in part] for part in parts]

    start = time.perf_counter()
    encoder = sentence_encoder(required=True) if with_encoder else None
    stories = group_profiles(profiles, facts=facts, encoder=encoder)
    grouped = time.perf_counter() - start
    if with_encoder:
        gold = [across_languages(g) for g in gold]
    pred = [0] * n
    for k, s in enumerate(stories):
        for i in (*s.reports, *(c for c, _ in s.duplicates)):
            pred[i] = k
    p, r, f = bcubed(pred, gold)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    return {
        "reports": n,
        "encoder": with_encoder,
        "read_s": read,
        "group_s": grouped,
        "peak_mib": peak,
        "stories": len(stories),
        "true_stories": len(set(gold)),
        "precision": p,
        "recall": r,
        "f1": f,
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]), with_encoder="--encoder" in sys.argv)))
        return
    most = int(sys.argv[sys.argv.index("--most") + 1]) if "--most" in sys.argv else None
    quick = quick_option(__doc__) if most is None else "--quick" in sys.argv
    from summarizer.fusion.across import installed

    rows, encoded = [], []
    for n in SIZES[:2] if quick else SIZES:
        if most is not None and n > most:
            continue
        for with_encoder in (False, True) if installed() and n <= ENCODER_MOST else (False,):
            command = [sys.executable, __file__, "--one", str(n)] + (["--encoder"] if with_encoder else [])
            proc = subprocess.run(command, capture_output=True, text=True, check=True)
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            (encoded if with_encoder else rows).append(row)
            print(row, flush=True)
    lines = [
        "| reports | encoder | read (s) | group (s) | total (s) | peak memory (MiB) | stories (true) | "
        "B-cubed P | R | F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(rows + encoded, key=lambda r: (r["reports"], r["encoder"])):
        lines.append(
            f"| {r['reports']:,} | {'yes' if r['encoder'] else 'no'} | {r['read_s']:.1f} | {r['group_s']:.1f} | "
            f"{r['read_s'] + r['group_s']:.1f} "
            f"| {r['peak_mib']:.0f} | {r['stories']} ({r['true_stories']}) | {r['precision']:.3f} | "
            f"{r['recall']:.3f} | {r['f1']:.3f} |"
        )
    for a, b in itertools.pairwise(rows):
        ratio = (b["read_s"] + b["group_s"]) / (a["read_s"] + a["group_s"])
        lines.append(
            f"\n{b['reports']:,} reports take {ratio:.1f}x the time of {a['reports']:,} (target: at most 15x)."
        )
    if most is not None:
        lines.append(f"\nFeeds of more than {most:,} reports were not run (--most {most}).")
    write("stories_scale" + ("-quick" if quick else ""), {"rows": rows + encoded}, "\n".join(lines))


if __name__ == "__main__":
    main()
