"""``summarizer bench``'s grammar: its options, and the systems it scores
by default.  Light on purpose (argparse only): the command line builds
every command's parser for ``--help``, and the bench itself
(:mod:`.cli`) loads numpy and scipy."""

from __future__ import annotations

import argparse

#: The systems scored on single documents and on clusters when --backends is not given.
SINGLE_DEFAULT = "salience,textrank,lexrank,lead,random,oracle"
MULTI_DEFAULT = "fusion,textrank,lexrank,lead,lead-rr,random,oracle"


def add_bench_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``summarizer bench`` and its options (run by :func:`summarizer.bench.cli.run_bench`)."""
    b = sub.add_parser(
        "bench", help="compare backends on reference summaries (ROUGE, CIs, significance)", parents=[common]
    )
    b.add_argument("dataset", help="a .jsonl dataset or a folder of items (see docs)")
    b.add_argument(
        "--backends",
        help="comma-separated systems: registered backends, fusion, brief (fusion with stories, as "
        "'summarizer brief' prints it), lead-rr, concepts, oracle, oracle-greedy, "
        f"sumy-textrank, sumy-lexrank (default: {SINGLE_DEFAULT} on single documents, "
        f"{MULTI_DEFAULT} on clusters)",
    )
    b.add_argument(
        "--budget", help="N / Ns sentences, Nw words, or a ratio like 0.2 (default: the dataset's convention)"
    )
    b.add_argument("--language", "-l", help="ISO 639-1 code (default: the items' own, else detected)")
    b.add_argument("--limit", type=int, help="only the first N items")
    b.add_argument("--model", help="model folder or hub id (mt5)")
    b.add_argument("--device", help="cpu, cuda or cuda:N (mt5)")
    b.add_argument(
        "--out",
        dest="output",
        default=argparse.SUPPRESS,
        help="the same as -o: write the results to FILE, by its suffix: .json (table and per-item "
        "scores), .csv (per-item scores; a cell starting with = + - @ gets a ' before it, so that no "
        "spreadsheet runs it) or .md (the table); checked before the run",
    )
    b.add_argument(
        "--held-out",
        action="store_true",
        help="score against each reference in turn, held out from the others; adds 'human' (another "
        "person's summary) and allows 'consensus'; the oracles are rebuilt without the held-out "
        "reference (items with one reference are skipped)",
    )
    b.add_argument(
        "--stories",
        action="store_true",
        help="score story grouping instead: every report of every cluster shuffled into one feed "
        "(seeded), grouped, scored with B-cubed and the adjusted Rand index beside anchors",
    )
    b.add_argument(
        "--html",
        metavar="FILE",
        help="also write a page: the table, a chart of every system's ROUGE with its confidence interval "
        "(inline SVG), and the significance verdicts",
    )
    b.add_argument("--seed", type=int, default=0, help="seed of bootstrap and permutation tests")
    b.add_argument("--no-progress", action="store_true")
