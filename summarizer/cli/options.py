"""The options ``brief``, ``stories`` and ``batch`` share, each defined
once, and the values they give back.

- :func:`add_inputs`: the reports to read (``brief``, ``stories``);
- :func:`add_output`: ``--format`` and ``--bidi`` (``brief``, ``stories``);
- :func:`add_summary`: backend, length, language, backend options, the
  mT5 model and runtime, progress (``brief``, ``batch``);
- :func:`add_language` and :func:`add_progress` (all three).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..budget import Budget
from ..errors import BudgetError, OptionError
from ..formats import BIDI_MODES
from ..options import BriefOptions
from ..registry import DEFAULT_BACKEND
from ..text.pages import INPUT_FORMATS
from ..types import display_text
from .console import PROG

#: What ``brief`` and ``stories`` read (see :func:`summarizer.feed.is_feed`).
INPUTS_HELP = (
    "text files, folders of .txt files, feeds (.jsonl; .json: a report or an array of them; "
    ".xml/.rss/.atom: RSS or Atom), or - for stdin"
)
#: The output format ``-o FILE`` implies by its suffix, where ``--format`` is not given.
FORMAT_SUFFIXES = {
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}


def add_inputs(parser: argparse.ArgumentParser) -> None:
    """The reports to read: files, folders, feeds or stdin, their encoding and format."""
    parser.add_argument("inputs", nargs="+", metavar="FILE|DIR|FEED|-", help=INPUTS_HELP)
    parser.add_argument(
        "--encoding", help="encoding of the files and feeds (default: detected: UTF-8, UTF-16, Windows-1256 Arabic)"
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="html: saved news pages, reduced to their article (needs the html extra); markdown: reports "
        "in Markdown, reduced to their text (default auto: .html/.htm and .md/.markdown files, and stdin "
        "that starts as a page)",
    )


def add_output(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    """The output format (one of ``formats``) and right-to-left display."""
    parser.add_argument(
        "--format", "-f", choices=formats, help="output format (default: from the -o file's suffix, else text)"
    )
    parser.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        default="auto",
        help="right-to-left display: visual reorders for terminals that do not (default: auto = visual on a terminal)",
    )


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", "-l", help="ISO 639-1 code of every report (default: each one's own, else detected)"
    )


def add_progress(parser: argparse.ArgumentParser) -> None:
    g = parser.add_mutually_exclusive_group()
    g.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr (default: only on a terminal)",
    )
    g.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")


def add_summary(parser: argparse.ArgumentParser) -> None:
    """What a brief is made with: the backend, its length and options, the
    language, the mT5 model and runtime, and progress."""
    parser.add_argument(
        "--backend",
        "-b",
        default=DEFAULT_BACKEND,
        help=f"backend name (default: {DEFAULT_BACKEND}; see 'summarizer backends'); with several "
        "reports, an extractive backend ranks each report's sentences inside fusion",
    )
    _add_length(parser)
    add_language(parser)
    parser.add_argument(
        "--no-stories",
        action="store_true",
        help="fuse all reports into one brief (in batch: each cluster's), even when they tell different stories",
    )
    parser.add_argument(
        "--option",
        "-O",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a backend option (repeatable), e.g. -O damping=0.5; unknown options are refused",
    )
    parser.add_argument("--model", help="model folder or hub id (mt5 backend)")
    parser.add_argument("--device", help="cpu, cuda or cuda:N (mt5 backend; default: cuda when available)")
    _add_runtime(parser)
    add_progress(parser)


def _add_length(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("length (one of)")
    g.add_argument("--sentences", "-n", type=int, help="number of sentences (default: 4 for one report, 5 for several)")
    g.add_argument("--words", "-w", type=int, help="at most this many words (a cap)")
    g.add_argument("--ratio", "-r", type=float, help="share of the sentences, in (0, 1]")


def _add_runtime(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--runtime",
        choices=("auto", "torch", "ctranslate2"),
        help="mt5: torch or ctranslate2 (after summarizer convert); default auto: torch on the CPU (our loop, "
        "the faster there), ctranslate2 on a GPU when installed and converted",
    )
    parser.add_argument(
        "--precision",
        choices=("float32", "int8"),
        help="mt5: weights as computed (default: int8 on ctranslate2 or where a converted copy is there, "
        "else float32; on the CPU int8 is up to 3x as fast)",
    )


def given_budget(args: argparse.Namespace) -> Budget | None:
    """The budget the options give, if any."""
    given = [(k, getattr(args, k)) for k in ("sentences", "words", "ratio") if getattr(args, k) is not None]
    if len(given) > 1:
        raise BudgetError("give only one of --sentences, --words, --ratio")
    if not given:
        return None
    k, v = given[0]
    return Budget(**{k: v})


def brief_options(args: argparse.Namespace) -> BriefOptions:
    """The options object of a ``brief`` (:mod:`summarizer.options`), routed and checked."""
    return BriefOptions.of(
        backend=args.backend,
        budget=given_budget(args),
        language=args.language,
        stories=not args.no_stories,
        **summary_options(args),
    )


def summary_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options of :func:`add_summary`: ``-O`` pairs, model, device, runtime, precision (and
    ``brief``'s ``--brief-language``)."""
    return backend_options(
        args.option,
        model=args.model,
        device=args.device,
        runtime=args.runtime,
        precision=args.precision,
        brief_language=getattr(args, "brief_language", None),
    )


#: Suffixes of document and data formats we do not write: ``-o brief.pdf``
#: gets text, and a warning saying so (a suffix such as ``.ar`` or ``.2021``
#: is part of a name).
OTHER_FORMATS = frozenset(
    (".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".csv", ".tsv", ".xml", ".jsonl", ".yaml", ".yml")
)


def output_format(args: argparse.Namespace, formats: Sequence[str]) -> str:
    """``--format``, else what the -o file's suffix names, else text (with a
    warning when the suffix names a format we do not write, :data:`OTHER_FORMATS`)."""
    output = getattr(args, "output", None)
    if args.format or not output:
        return str(args.format or "text")
    given = Path(output).suffix
    if given.lower() in OTHER_FORMATS:
        sys.stderr.write(
            f"{PROG}: warning: {display_text(given)} is no format of ours; writing text "
            f"(--format names one: {', '.join(formats)})\n"
        )
    return FORMAT_SUFFIXES.get(given.lower(), "text")


def _option_value(text: str) -> object:
    """``-O key=value``: numbers and true/false become numbers and booleans."""
    low = text.lower()
    if low in ("true", "false"):
        return low == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


#: What the options object takes itself, each by a flag: ``-O`` refuses
#: them, naming the flag (any other name goes to fusion or the backend,
#: which refuse one they do not take).
FLAGGED = {
    "backend": "use --backend",
    "language": "use --language",
    "budget": "use --sentences, --words or --ratio",
    "stories": "stories are told apart by default; --no-stories fuses all reports into one brief",
}


def backend_options(pairs: Iterable[str], **named: object) -> dict[str, Any]:
    """``KEY=VALUE`` pairs (and named options that were given) as a dict;
    an option the options object takes itself (:data:`FLAGGED`), or one
    given twice (by ``-O`` or by its flag and ``-O``), is refused."""
    out: dict[str, Any] = {}
    for pair in pairs:
        raw, eq, text = pair.partition("=")
        key = raw.strip()
        if not eq or not key:
            raise OptionError(f"-O takes KEY=VALUE, not {pair!r}")
        if key in FLAGGED:
            raise OptionError(f"-O {key}: {FLAGGED[key]}")
        if key in out:
            raise OptionError(f"-O {key} given twice")
        out[key] = _option_value(text.strip())
    for name, value in named.items():
        if value is None:
            continue
        if name in out:
            raise OptionError(f"{name} given twice: by --{name.replace('_', '-')} and by -O {name}")
        out[name] = value
    return out
