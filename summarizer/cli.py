"""The ``summarizer`` command.

``summarizer brief FILE|DIR|- ...`` prints a brief; ``summarizer bench``
compares backends on reference summaries; ``summarizer backends`` lists the
backends.  :func:`main` returns the exit code: 0 on success, 2 for bad input
or options (one line on stderr, no traceback unless ``--debug``), 1 for an
internal error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import List, Optional, Sequence

from .budget import DEFAULT_BUDGET, Budget
from .errors import BudgetError, InputError, SummarizerError

PROG = "summarizer"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like our other errors
        raise _UsageError(f"{message} (see '{self.prog} --help')")


class _UsageError(SummarizerError):
    pass


def _budget(args: argparse.Namespace, default: Budget) -> Budget:
    given = [(k, getattr(args, k)) for k in ("sentences", "words", "ratio") if getattr(args, k) is not None]
    if len(given) > 1:
        raise BudgetError("give only one of --sentences, --words, --ratio")
    if not given:
        return default
    k, v = given[0]
    return Budget(**{k: v})


def build_parser() -> argparse.ArgumentParser:
    from .api import DEFAULT_BACKEND
    from .render import BIDI_MODES, FORMATS

    p = _Parser(prog=PROG, description="Short, cited briefs of news reports.")
    p.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    b = sub.add_parser("brief", help="print a brief of one or more reports")
    b.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="text files, folders of .txt files, or - for stdin")
    b.add_argument("--backend", "-b", default=DEFAULT_BACKEND, help=f"backend name (default: {DEFAULT_BACKEND}; see 'summarizer backends')")
    g = b.add_argument_group("length (one of)")
    g.add_argument("--sentences", "-n", type=int, help="number of sentences (default: 4 for one report, 5 for several)")
    g.add_argument("--words", "-w", type=int, help="number of words")
    g.add_argument("--ratio", "-r", type=float, help="share of the sentences, in (0, 1]")
    b.add_argument("--language", "-l", help="ISO 639-1 code (default: detected from the script)")
    b.add_argument("--encoding", help="file encoding (default: UTF-8, else Windows-1256)")
    b.add_argument("--format", "-f", choices=FORMATS, default="text")
    b.add_argument("--bidi", choices=BIDI_MODES, default="auto", help="right-to-left display: visual reorders for terminals that do not (default: auto = visual on a terminal)")
    b.add_argument("--no-stories", action="store_true", help="fuse all reports into one brief, even when they tell different stories")
    b.add_argument("--model", help="model folder or hub id (mt5 backend)")
    b.add_argument("--device", help="cpu, cuda or cuda:N (mt5 backend; default: cuda when available)")

    sub.add_parser("backends", help="list the available backends")

    from .bench.cli import add_bench_parser

    add_bench_parser(sub)
    return p


def _read_inputs(inputs: Sequence[str], encoding: Optional[str]):
    from .api import unique_ids
    from .text.reading import decode, expand_paths, read_text
    from .types import Document

    docs = []
    paths: List[Optional[Path]] = []
    for item in inputs:
        if item == "-":
            paths.append(None)
        else:
            paths.extend(expand_paths([item]))
    ids = unique_ids(Path(p) if p else Path("stdin") for p in paths)
    for doc_id, p in zip(ids, paths):
        if p is None:
            text = decode(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding)
        else:
            text = read_text(p, encoding=encoding)
        if not text.strip():
            raise InputError(f"{p or '<stdin>'}: the text is empty")
        docs.append(Document(id=doc_id, text=text, path=str(p) if p else None))
    return docs


def _cmd_brief(args: argparse.Namespace, out) -> int:
    from .api import summarize
    from .pipeline import find_title
    from .render import render_text, to_json, to_markdown

    docs = _read_inputs(args.inputs, args.encoding)
    docs = [replace(d, title=d.title or find_title(d.text)) for d in docs]
    options = {}
    if args.model:
        options["model"] = args.model
    if args.device:
        options["device"] = args.device
    if len(docs) == 1:
        budget = _budget(args, DEFAULT_BUDGET)
        summaries = (summarize(docs[0], backend=args.backend, budget=budget, language=args.language, **options),)
    else:
        budget = _budget(args, Budget(sentences=5))
        summaries = summarize(
            docs, backend=args.backend, budget=budget, language=args.language,
            stories=not args.no_stories, **options,
        )
    if args.format == "json":
        out.write(to_json(docs, summaries) + "\n")
    elif args.format == "markdown":
        out.write(to_markdown(docs, summaries))
    else:
        render_text(docs, summaries, out, bidi=args.bidi)
    return 0


def _cmd_backends(out) -> int:
    from .registry import default_registry

    for name in default_registry().names():
        out.write(name + "\n")
    return 0


def main(argv: Optional[Sequence[str]] = None, out=None) -> int:
    """Run the command line with ``argv``; returns the exit code."""
    out = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(out)
            return 2
        if args.command == "brief":
            return _cmd_brief(args, out)
        if args.command == "backends":
            return _cmd_backends(out)
        if args.command == "bench":
            from .bench.cli import run_bench

            return run_bench(args, out)
        raise _UsageError(f"unknown command {args.command!r}")
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except SummarizerError as exc:
        if debug:
            raise
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except Exception as exc:  # a bug: say so, in one line unless --debug
        if debug:
            raise
        sys.stderr.write(f"{PROG}: internal error: {type(exc).__name__}: {exc} (run with --debug for details)\n")
        return 1


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
