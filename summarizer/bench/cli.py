"""``summarizer bench``: compare backends on a reference dataset (its options
are in :mod:`.args`; this module loads when the command runs)."""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..budget import Budget
from ..errors import InputError, OptionError, OutputError, UnknownBackendError
from ..progress import elapsed
from ..registry import default_registry
from ..safejson import dumps
from ..text.lang import canonical
from ..types import display_text
from ..writing import check_output, write_atomic
from . import agreement, harness
from .agreement import CONSENSUS, HUMAN
from .args import MULTI_DEFAULT, SINGLE_DEFAULT
from .datasets import load
from .report import to_html
from .stories import evaluate, feed
from .systems import known
from .verdicts import verdict_text, verdicts

#: The exit code of a run that finished but in which some items failed.
FAILED = 3
#: What ``-o FILE`` writes, by the file's suffix.
OUT_FORMATS = {".json": "json", ".csv": "csv", ".md": "markdown"}


def run_bench(args: argparse.Namespace, out) -> int:
    start = time.perf_counter()
    path, html_path = _output_paths(args)
    _check_arguments(args)
    reg = default_registry()
    names = _system_names(args, reg)
    passed: list[tuple[str, str]] = []
    items = load(args.dataset, limit=args.limit, skipped=passed)
    for where, reason in passed:  # a FIFO in a folder dataset, as brief says of one in its folder
        sys.stderr.write(f"summarizer: skipped {display_text(where)}: {reason}\n")
    if args.stories:
        return _stories_bench(items, args, out, path)
    if not names:
        names = (MULTI_DEFAULT if any(i.multi for i in items) else SINGLE_DEFAULT).split(",")
    common = _run_settings(args, reg, names)
    if args.held_out:
        if not any(len(i.references) >= 2 for i in items):
            raise InputError(f"{args.dataset}: --held-out needs items with at least two references; none has")
        if one := sum(len(i.references) < 2 for i in items):  # no reference to hold out against another
            sys.stderr.write(f"summarizer: note: --held-out leaves out {one} item(s) with one reference\n")
        if HUMAN not in names:
            names = [HUMAN, *names]
        result = agreement.held_out(items, names, **common)
    else:
        result = harness.run(items, names, **common)
    print_table(result, out, held_out=args.held_out)
    _write_files(result, path, html_path, held_out=args.held_out)
    failed = sum(len(r.failures) for r in result.runs)
    sys.stderr.write(f"summarizer: bench: {_of(result)}, {failed} failed, {elapsed(time.perf_counter() - start)}\n")
    if failed:
        sys.stderr.write(f"summarizer: {failed} item(s) failed (listed above); their systems' means leave them out\n")
        return FAILED
    return 0


def _output_paths(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    """The -o file and the --html page, checked before the run."""
    output = getattr(args, "output", None)
    path = None
    if output is not None:
        path = check_output(output, inputs=[args.dataset], replace=getattr(args, "force", False))
        if path.suffix.lower() not in OUT_FORMATS:
            raise InputError(f"{output}: -o writes {', '.join(OUT_FORMATS)} files; give one of these suffixes")
    html_path = None
    if args.html == "-":
        raise OutputError("--html writes a page to a file: name the file")
    if args.html:
        html_path = check_output(args.html, inputs=[args.dataset], replace=getattr(args, "force", False))
        if path is not None and html_path.resolve() == path.resolve():
            raise OutputError(f"{args.html}: is the -o file too; give another name")
    return path, html_path


def _check_arguments(args: argparse.Namespace) -> None:
    """--seed, --limit and --language, refused before any data is read."""
    if args.seed < 0:
        raise OptionError(f"--seed must be 0 or more, not {args.seed}")
    if args.limit is not None and args.limit < 1:
        raise OptionError(f"--limit must be at least 1, not {args.limit}")
    if args.language is not None:
        try:
            canonical(args.language)
        except ValueError as exc:
            raise OptionError(str(exc)) from None


def _system_names(args: argparse.Namespace, reg) -> list[str]:
    """The systems --backends names (empty: the defaults), each checked before the data is read."""
    valid = list(known(reg))
    if args.held_out:
        valid = sorted([*valid, HUMAN, CONSENSUS])
    names = [n.strip() for n in (args.backends or "").split(",") if n.strip()]
    if args.backends is not None and not names:
        raise UnknownBackendError(f"--backends names no system; available: {', '.join(valid)}")
    if twice := sorted({n for n in names if names.count(n) > 1}):
        raise OptionError(f"--backends names {', '.join(twice)} more than once")
    for n in names:  # checked before the data is read: a typo fails at once
        if n in (HUMAN, CONSENSUS) and not args.held_out:
            raise UnknownBackendError(f"{n!r} is scored only with --held-out")
        if n not in valid:
            raise UnknownBackendError(f"unknown system {n!r}; available: {', '.join(valid)}")
    return names


def _run_settings(args: argparse.Namespace, reg, names: list[str]) -> dict:
    """The keywords of the harness: budget, language, the model options
    (each taken by one of the systems at least), progress and seed."""
    budget = Budget.parse(args.budget) if args.budget else None
    options = {k: v for k, v in (("model", args.model), ("device", args.device)) if v}
    for key in options:  # an option goes to the systems that take it; one that none takes is a mistake
        takers = [n for n in names if n in reg and (reg.options(n) is None or key in (reg.options(n) or ()))]
        if not takers:
            raise OptionError(f"--{key} is not taken by any of the systems ({', '.join(names)})")
    return {
        "registry": reg,
        "dataset": str(args.dataset),
        "budget": budget,
        "language": args.language,
        "options": options,
        "progress": not args.no_progress,
        "seed": args.seed,
    }


def _write_files(result, path: Path | None, html_path: Path | None, *, held_out: bool) -> None:
    """The results to the -o file and the page to --html, each said on stderr."""
    if path is not None:
        write(result, path)
        _wrote(path, _of(result))
    if html_path is not None:
        write_atomic(html_path, to_html(result, verdicts(result), held_out=held_out))
        _wrote(html_path, "a page of " + _of(result))


def _stories_bench(items, args: argparse.Namespace, out, path: Path | None) -> int:
    if not any(item.multi for item in items):
        raise InputError(f"{args.dataset}: --stories needs clusters (items with several documents)")
    docs, gold = feed(items, seed=args.seed)
    if args.language:
        docs = [replace(d, language=args.language) for d in docs]
    result = evaluate(docs, gold)
    table = Table(  # data as Text: a "[" in a path is no markup
        title=Text(
            f"{display_text(str(args.dataset))}: story grouping of {len(docs)} reports in {len(set(gold))} stories "
            f"(shuffled, seed {args.seed})"
        )
    )
    for column in ("method", "B-cubed P", "B-cubed R", "B-cubed F1", "ARI", "stories", "seconds"):
        table.add_column(column, justify="left" if column == "method" else "right")
    for name, parts in result.items():
        s = parts["all"]
        table.add_row(
            Text(name),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            f"{s.ari:.3f}",
            str(s.stories),
            f"{s.seconds:.2f}",
        )
    Console(file=out, highlight=False).print(table)
    if path is not None:
        if path.suffix.lower() != ".json":
            raise InputError(f"{path}: --stories writes .json results")
        data = {name: {k: vars(v) for k, v in parts.items()} for name, parts in result.items()}
        write_atomic(path, dumps({"dataset": str(args.dataset), "seed": args.seed, "methods": data}, indent=2) + "\n")
        _wrote(path, f"{len(result)} methods on {len(docs)} reports")
    return 0


def _of(result) -> str:
    systems, items = len(result.runs), len(result.items)
    return f"{systems} system{'s' * (systems != 1)} on {items} item{'s' * (items != 1)}"


def _wrote(path: Path, what: str) -> None:
    """Say on stderr what a file written holds."""
    sys.stderr.write(f"summarizer: wrote {display_text(str(path))}: {what}\n")


def print_table(result, out, held_out: bool = False) -> None:
    console = Console(file=out, highlight=False)
    best = result.best("rouge2")
    against = ", each reference held out in turn" if held_out else ""
    # every piece of data is printed as Text, never read as markup: a "[/x]"
    # in a path or an item id is text, "[link=...]" no hyperlink
    dataset = display_text(str(result.dataset))
    table = Table(title=Text(f"{dataset}: ROUGE F1 x100, mean [95% bootstrap CI], {len(result.items)} items{against}"))
    table.add_column("system")
    for t in result.types:
        table.add_column(t, justify="right")
    table.add_column("items/s", justify="right")
    table.add_column("failed", justify="right")
    for r in result.runs:
        cells = []
        for t in result.types:
            ci = result.interval(r.name, t)
            cells.append(f"{100 * ci.mean:.2f} [{100 * ci.low:.1f}, {100 * ci.high:.1f}]" if r.scores else "-")
        mark = " *" if r.name == best else ""
        table.add_row(Text(r.name + mark), *cells, f"{r.items_per_second:.1f}", str(len(r.failures)))
    console.print(table)
    for v in verdicts(result):
        console.print(Text(verdict_text(*v)))
    for r in result.runs:
        for item_id, message in r.failures:
            console.print(Text(f"{r.name} failed on {display_text(item_id)}: {display_text(message)}", style="yellow"))


#: The first characters with which a spreadsheet reads a cell as a formula (or,
#: tab and carriage return, hides one behind them).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs: one that starts as a
    formula (``=HYPERLINK(...)``, ``+1``, ``-2+3``, ``@SUM``) gets a single
    quote before it, which spreadsheets show as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write(result, path: Path) -> None:
    """``result`` to ``path`` in the format its suffix names (see :data:`OUT_FORMATS`), atomically."""
    fmt = OUT_FORMATS[path.suffix.lower()]
    if fmt == "json":
        data = dumps(result.to_dict(), indent=2) + "\n"
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["system", "item", *result.types])
        for r in result.runs:
            for item_id, s in r.scores.items():
                w.writerow([csv_cell(r.name), csv_cell(item_id), *(f"{s[t]:.6f}" for t in result.types)])
        data = buf.getvalue()
    else:
        buf = io.StringIO()
        print_table(result, buf)
        data = buf.getvalue()
    write_atomic(path, data)
