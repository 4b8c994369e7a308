"""The ``summarizer`` command.

``summarizer brief FILE|DIR|- ...`` prints a brief; ``summarizer bench``
compares backends on reference summaries; ``summarizer backends`` lists the
backends.  ``--debug``, ``--version`` and ``-o FILE`` work anywhere on the
line.  :func:`main` returns the exit code: 0 on success, 2 for bad input or
options (one line on stderr, no traceback unless ``--debug``), 1 for an
internal error, 130 when interrupted.  A broken pipe (``| head -1``: the
reader has what it wanted) ends quietly with 0, not the 141 of a process
killed by SIGPIPE; a closed or full standard output, an input too large
for the memory there is, are errors (2).  Where stdout's encoding cannot
hold a character (``PYTHONIOENCODING=ascii``) it is written as a ``\\u``
escape, with one note on stderr.

The package: :mod:`.parser` (the grammar of every command; bench's is
:mod:`summarizer.bench.args`), :mod:`.options` (the options ``brief``,
``stories`` and ``batch`` share), :mod:`.inputs` (reading files, folders,
feeds and stdin), one module per command that runs it (:mod:`.brief`,
:mod:`.stories`, :mod:`.batch`, :mod:`.convert`, :mod:`.backends`; bench's
is :mod:`summarizer.bench.cli`), loaded only when the command runs,
:mod:`.console` (stdout and how a command ended) and :mod:`.signals`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from ..errors import InputError, OutputError, SummarizerError
from ..text.reading import expand_paths
from ..types import display_text
from ..writing import check_output, write_atomic
from .console import PROG, Done, one_line, quiet_stdout, stdout
from .parser import UsageError, build_parser
from .signals import Terminated

__all__ = ["build_parser", "entry", "main"]

#: Commands whose -o is written as they go (not buffered and written at the end).
WRITE_AS_THEY_GO = ("bench", "batch", "convert")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line with ``argv``; returns the exit code."""
    to_stdout = out is None
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        debug = getattr(args, "debug", False)
        return _execute(args, parser, out)
    except BaseException as exc:
        code = _exit_code(exc, argv, debug=debug, to_stdout=to_stdout)
        if code is None:
            raise
        return code


def _execute(args: argparse.Namespace, parser: argparse.ArgumentParser, out: TextIO | None) -> int:
    """Run the command, to ``out`` (else stdout) or, with -o, to its file
    (``-o -``: standard output, as ``-`` is standard input)."""
    if getattr(args, "output", None) == "-" and args.command in ("brief", "stories", "batch"):
        del args.output
    output = getattr(args, "output", None)
    out = out or stdout(needed=output is None)
    if output is None or args.command in WRITE_AS_THEY_GO:
        done = _run(args, parser, out)
        out.flush()
        return done.code
    path = check_output(output, inputs=_inputs_of(args), replace=getattr(args, "force", False))
    buf = io.StringIO()
    done = _run(args, parser, buf)
    write_atomic(path, buf.getvalue())
    sys.stderr.write(f"{PROG}: wrote {display_text(str(path))}{': ' + done.made if done.made else ''}\n")
    return done.code


def _inputs_of(args: argparse.Namespace) -> list[str]:
    """The paths a command reads (``-`` for standard input), so that -o never writes over one of them."""
    paths: list[str] = []
    for item in [*list(getattr(args, "inputs", []) or []), getattr(args, "dataset", None) or ""]:
        if not item:
            continue
        paths.append(item)
        if item == "-":  # standard input: check_output compares the file it reads
            continue
        with contextlib.suppress(InputError):
            paths.extend(str(p) for p in expand_paths([item]))
    return paths


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser, out: TextIO) -> Done:
    """The command run.  Its module loads only now, so that --help and
    --version stay light: brief's, stories', batch's and bench's load numpy
    and scipy, convert's the mT5 backend (tests/test_startup.py)."""
    if args.command is None:
        parser.print_help(out)
        return Done(2)
    if args.command == "brief":
        from . import brief  # heavy: numpy/scipy (fusion), not for --help

        return brief.run(args, out)
    if args.command == "stories":
        from . import stories  # heavy: numpy/scipy (story grouping), not for --help

        return stories.run(args, out)
    if args.command == "batch":
        from . import batch  # heavy: numpy/scipy (the briefs), not for --help

        return batch.run(args, out)
    if args.command == "convert":
        from . import convert  # heavy: the mT5 backend, not for --help

        return convert.run(args, out)
    if args.command == "backends":
        from . import backends  # every command's module loads when it runs

        return backends.run(args, out)
    if args.command == "bench":
        from ..bench.cli import run_bench  # heavy: numpy/scipy and rich, not for --help

        return Done(run_bench(args, out))
    raise UsageError(f"unknown command {args.command!r}")


def _exit_code(exc: BaseException, argv: Sequence[str], *, debug: bool, to_stdout: bool) -> int | None:
    """The exit code for what ended a run, its message written on stderr;
    ``None`` where it is to be raised on (``--debug``, ``--help``, a bug's
    traceback under ``--debug``)."""
    if isinstance(exc, KeyboardInterrupt):
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    if isinstance(exc, Terminated):
        sys.stderr.write(f"{PROG}: terminated\n")
        return 128 + int(exc.args[0])
    if isinstance(exc, BrokenPipeError):  # the reader left (| head -1): it has what it wanted, so 0, quietly
        quiet_stdout()
        return 0
    if isinstance(exc, SystemExit):
        if exc.code != 1 or not to_stdout:  # --help, --version
            return None
        return 0  # rich's way of ending on a broken pipe (stdout already pointed at /dev/null): as above
    if debug or not isinstance(exc, Exception):
        return None
    return _error_code(exc, argv, to_stdout=to_stdout)


def _error_code(exc: Exception, argv: Sequence[str], *, to_stdout: bool) -> int:
    """An error said in one line on stderr: 2 for ours, a failing file or
    memory, 1 for a bug."""
    if isinstance(exc, SummarizerError):
        sys.stderr.write(f"{PROG}: error: {one_line(exc)}\n")
        return 2
    if isinstance(exc, OSError):  # a file or stdout that fails under us (a full disk, a vanished file)
        if to_stdout and not exc.filename:  # what stdout still buffers would fail again at exit
            quiet_stdout()
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        sys.stderr.write(f"{PROG}: error: {one_line(OutputError(where + (exc.strerror or str(exc))))}\n")
        return 2
    if isinstance(exc, MemoryError):  # a report, a feed line or a model file too large for the memory there is
        named = [a for a in argv if not a.startswith("-")][1:3]  # the command's first operands
        what = f"{display_text(', '.join(named))} is" if named else "the input is"
        sys.stderr.write(
            f"{PROG}: error: out of memory: {what} too large for the memory available (split it, or summarise a part)\n"
        )
        return 2
    # a bug: say so, in one line unless --debug
    sys.stderr.write(f"{PROG}: internal error: {type(exc).__name__}: {one_line(exc)} (run with --debug for details)\n")
    return 1


def entry() -> None:
    """Console-script entry point.  A closed standard error (``2>&-``) is
    a sink: messages have nowhere to go, the exit code still says it all."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the process's, to its end)
    sys.exit(main())
