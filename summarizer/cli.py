"""The ``summarizer`` command.

``summarizer brief FILE|DIR|- ...`` prints a brief; ``summarizer bench``
compares backends on reference summaries; ``summarizer backends`` lists the
backends.  ``--debug``, ``--version`` and ``-o FILE`` work anywhere on the
line.  :func:`main` returns the exit code: 0 on success, 2 for bad input or
options (one line on stderr, no traceback unless ``--debug``), 1 for an
internal error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .budget import DEFAULT_BUDGET, Budget
from .errors import BudgetError, InputError, MissingDependencyError, OptionError, OutputError, SummarizerError
from .text.pages import INPUT_FORMATS, unescaped

if TYPE_CHECKING:
    from .pipeline import Analysis
    from .types import Document, Summary

PROG = "summarizer"
#: What ``brief`` and ``stories`` read (see :func:`summarizer.feed.is_feed`).
INPUTS_HELP = (
    "text files, folders of .txt files, feeds (.jsonl; .json: a report or an array of them; "
    ".xml/.rss/.atom: RSS or Atom), or - for stdin"
)


class _UsageError(SummarizerError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like our other errors
        raise _UsageError(f"{message} (see '{self.prog} --help')")


def _version() -> str:
    from . import __version__

    return f"{PROG} {__version__}"


def _common() -> _Parser:
    """Options that work before or after the command (their defaults are
    left unset, so a subcommand does not overwrite what came before it)."""
    c = _Parser(add_help=False)
    c.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of errors")
    c.add_argument("--version", action="version", version=_version())
    c.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="write the output to FILE (atomically; never over an input) instead of stdout",
    )
    c.add_argument("--force", action="store_true", default=argparse.SUPPRESS, help="let -o replace an existing file")
    return c


def _given_budget(args: argparse.Namespace) -> Budget | None:
    """The budget the options give, if any."""
    given = [(k, getattr(args, k)) for k in ("sentences", "words", "ratio") if getattr(args, k) is not None]
    if len(given) > 1:
        raise BudgetError("give only one of --sentences, --words, --ratio")
    if not given:
        return None
    k, v = given[0]
    return Budget(**{k: v})


def _budget(args: argparse.Namespace, default: Budget) -> Budget:
    return _given_budget(args) or default


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


def backend_options(pairs: Iterable[str], **named: object) -> dict[str, Any]:
    """``KEY=VALUE`` pairs (and named options that were given) as a dict."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq or not key.strip():
            raise OptionError(f"-O takes KEY=VALUE, not {pair!r}")
        out[key.strip()] = _option_value(value.strip())
    out.update({k: v for k, v in named.items() if v is not None})
    return out


def _length_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("length (one of)")
    g.add_argument("--sentences", "-n", type=int, help="number of sentences (default: 4 for one report, 5 for several)")
    g.add_argument("--words", "-w", type=int, help="at most this many words (a cap)")
    g.add_argument("--ratio", "-r", type=float, help="share of the sentences, in (0, 1]")


def _runtime_options(parser: argparse.ArgumentParser) -> None:
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


def _progress_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_mutually_exclusive_group()
    g.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr (default: only on a terminal)",
    )
    g.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")


def build_parser() -> argparse.ArgumentParser:
    from .api import DEFAULT_BACKEND
    from .render import BIDI_MODES, FORMATS, STORY_FORMATS

    common = _common()
    p = _Parser(prog=PROG, description="Short, cited briefs of news reports.", parents=[common])
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    b = sub.add_parser("brief", help="print a brief of one or more reports", parents=[common])
    b.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE|DIR|FEED|-",
        help=INPUTS_HELP,
    )
    b.add_argument(
        "--backend",
        "-b",
        default=DEFAULT_BACKEND,
        help=f"backend name (default: {DEFAULT_BACKEND}; see 'summarizer backends'); with several "
        "reports, an extractive backend ranks each report's sentences inside fusion",
    )
    _length_options(b)
    b.add_argument("--language", "-l", help="ISO 639-1 code (default: detected from the text)")
    b.add_argument("--encoding", help="file encoding (default: UTF-8, else Windows-1256 for Arabic)")
    b.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="html: saved news pages, reduced to their article (needs the html extra); markdown: reports "
        "in Markdown, reduced to their text (default auto: .html/.htm and .md/.markdown files, and stdin "
        "that starts as a page)",
    )
    b.add_argument(
        "--format", "-f", choices=FORMATS, help="output format (default: from the -o file's suffix, else text)"
    )
    b.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        default="auto",
        help="right-to-left display: visual reorders for terminals that do not (default: auto = visual on a terminal)",
    )
    b.add_argument(
        "--no-stories",
        action="store_true",
        help="fuse all reports into one brief, even when they tell different stories",
    )
    b.add_argument(
        "--option",
        "-O",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a backend option (repeatable), e.g. -O damping=0.5; unknown options are refused",
    )
    b.add_argument("--model", help="model folder or hub id (mt5 backend)")
    b.add_argument("--device", help="cpu, cuda or cuda:N (mt5 backend; default: cuda when available)")
    _runtime_options(b)
    _progress_options(b)

    st = sub.add_parser("stories", help="group reports into stories and list them", parents=[common])
    st.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE|DIR|FEED|-",
        help=INPUTS_HELP,
    )
    st.add_argument(
        "--format", "-f", choices=STORY_FORMATS, help="output format (default: from the -o suffix, else text)"
    )
    st.add_argument("--language", "-l", help="ISO 639-1 code of every report (default: each one's own, else detected)")
    st.add_argument("--encoding", help="file encoding (default: UTF-8, else Windows-1256 for Arabic)")
    st.add_argument("--input-format", choices=INPUT_FORMATS, default="auto", help="as for brief")
    st.add_argument("--bidi", choices=BIDI_MODES, default="auto")
    _progress_options(st)

    bt = sub.add_parser(
        "batch",
        help="briefs of every item of a JSON Lines file, one JSON line each (resumable)",
        parents=[common],
        description="Items are clusters {id, documents|reports} or reports {id, text}; with --feed the file is "
        "one feed of reports grouped into stories first. Records are appended to -o FILE line by line; running "
        "the same command again resumes, skipping ids already there (--force starts over). Exit code 3 when "
        "any item failed (its record says why).",
    )
    bt.add_argument(
        "input",
        metavar="IN.jsonl",
        help=(
            "a JSON Lines file of items (or of reports, with --feed), a .json array of them, "
            "or an RSS or Atom feed (.xml/.rss/.atom: an item a report)"
        ),
    )
    bt.add_argument("--feed", action="store_true", help="the input is a feed of reports: group them into stories")
    bt.add_argument("--workers", "-j", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    bt.add_argument("--engine", choices=("process", "ray"), default="process", help="process pool, or Ray tasks")
    bt.add_argument("--address", help="a Ray cluster to run on (with --engine ray; default: a local Ray)")
    bt.add_argument("--backend", "-b", default=DEFAULT_BACKEND, help=f"backend name (default: {DEFAULT_BACKEND})")
    _length_options(bt)
    bt.add_argument("--language", "-l", help="ISO 639-1 code (default: detected from the text)")
    bt.add_argument("--no-stories", action="store_true", help="fuse each cluster into one brief")
    bt.add_argument("--option", "-O", action="append", default=[], metavar="KEY=VALUE", help="a backend option")
    bt.add_argument("--model", help="model folder (mt5 backend)")
    bt.add_argument("--device", help="cpu, cuda or cuda:N (mt5 backend)")
    _runtime_options(bt)
    _progress_options(bt)

    cv = sub.add_parser(
        "convert",
        help="convert an mT5 model folder once for the fast CTranslate2 runtime (the mt5-fast extra)",
        parents=[common],
        description="Writes MODEL/ctranslate2 (or --to DIR); nothing is downloaded, no code from the folder runs. "
        "Afterwards --backend mt5 uses it on a GPU (runtime auto), and on the CPU runs in int8 by default.",
    )
    cv.add_argument("--model", required=True, help="the model folder (or a hub id already in the local cache)")
    cv.add_argument("--to", metavar="DIR", help="where to write the converted model (default: MODEL/ctranslate2)")
    cv.add_argument(
        "--quantization",
        choices=("float32", "int8"),
        default="float32",
        help="weights on disk: float32 (int8 is made when loading; exact output possible) or int8 (half the size)",
    )

    sub.add_parser("backends", help="list the available backends", parents=[common])

    from .bench.cli import add_bench_parser

    add_bench_parser(sub, common)
    return p


def unique_ids(paths: Iterable[Path | None]) -> list[str]:
    """File stems (``stdin`` for standard input), made unique by a numeric
    suffix where two share one."""
    taken: set[str] = set()
    out = []
    for p in paths:
        stem = "stdin" if p is None else (p.stem or p.name)
        doc_id, n = stem, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{stem}-{n}"
        taken.add(doc_id)
        out.append(doc_id)
    return out


Skipped = list[tuple[str, str]]


def _foreign(docs: Sequence[Document], language: str | None) -> None:
    """Warn, on one line, when ``--language`` names a language that does not
    write the script of some reports (Arabic text read with English rules)."""
    if language is None:
        return
    from .text.language import foreign_script

    found = [(d.path or d.id, code) for d in docs if (code := foreign_script(d.text, language))]
    if not found:
        return
    (where, code), more = found[0], len(found) - 1
    who = f"{where} and {more} more report{'s' if more > 1 else ''} look" if more else f"{where} looks"
    their = "their" if more else "its"
    sys.stderr.write(
        f"{PROG}: warning: {who} written in {code}, not {language}; {their} sentences and words are read "
        f"with {language}'s rules (leave --language out to detect each report's)\n"
    )


def _read_inputs(
    inputs: Sequence[str], encoding: str | None, input_format: str = "auto"
) -> tuple[list[Document], Skipped]:
    """The reports named on the command line, and those passed over.

    A file named directly must be readable (else an error); a file found in
    a folder that cannot be read or holds no text is passed over, listed
    with the reason on stderr (and in the JSON), never dropped silently.
    """
    from .feed import is_feed, read_feed
    from .text.normalize import has_words
    from .text.reading import codec_name, expand_paths, read_stdin, read_text
    from .types import Document

    if encoding is not None:  # once, before any file is read (not once a file, each skipped)
        codec_name(encoding)
    skipped: Skipped = []
    paths: list[tuple[Path | None, bool]] = []  # (path, found in a folder)
    for item in inputs:
        if item == "-":
            paths.append((None, False))
        else:
            named = Path(item)
            paths.extend((p, p != named) for p in expand_paths([item], skipped))
    if sum(p is None for p, _ in paths) > 1:
        raise InputError("standard input (-) can be read only once")
    docs = []
    for doc_id, (p, in_folder) in zip(unique_ids(p for p, _ in paths), paths):
        try:
            if p is not None and is_feed(p):
                reports, lines = read_feed(p)
                docs.extend(reports)
                skipped.extend(lines)
                continue
            text = read_stdin(encoding=encoding) if p is None else read_text(p, encoding=encoding)
            page, origin = None, _origin(p, text, input_format)
            if origin == "html":
                from .text.pages import extract

                page = extract(text, str(p or "<stdin>"))
                text = page.text
            elif origin == "markdown":
                from .text.markdown import extract as extract_markdown

                page = extract_markdown(text)
                text = page.text
            elif origin == "fragment":
                from .text.pages import Page, fragment_text

                page, origin = Page(fragment_text(text), None, None), "html"
                text = page.text
            elif origin is None and input_format == "auto" and (read := unescaped(text)) is not None:
                from .text.pages import Page

                page, origin = Page(read, None, None), "html"  # "&quot;" without tags: the same
                text = page.text
            if not has_words(text):
                raise InputError(f"{p or '<stdin>'}: the text is empty (no letters or digits)")
        except (InputError, MissingDependencyError) as exc:
            if not in_folder:
                raise
            skipped.append((str(p), str(exc).removeprefix(f"{p}: ")))
            continue
        if page is not None:
            docs.append(
                Document(doc_id, text, title=page.title, path=str(p) if p else None, date=page.date, origin=origin)
            )
        else:
            docs.append(Document(id=doc_id, text=text, path=str(p) if p else None))
    from .api import settle

    docs = settle(_unique_documents(docs))
    for path, reason in skipped:
        sys.stderr.write(f"{PROG}: skipped {_one_line(InputError(path))}: {reason}\n")
    if not docs:
        raise InputError(f"no readable reports ({len(skipped)} skipped)")
    return docs, skipped


def _origin(p: Path | None, text: str, input_format: str) -> str | None:
    """``"html"`` or ``"markdown"`` when the input is to be reduced to its
    text first (by ``--input-format``, else the file's suffix, else, on
    stdin, a text that starts as a page); ``"fragment"`` for a text file or
    stdin in HTML that is no whole page (``<p>...</p>``: read with the
    standard library, no extra needed); ``None`` for plain text (whose
    HTML character references, ``&quot;``, are read in auto mode)."""
    from .text.markdown import MARKDOWN_SUFFIXES
    from .text.pages import HTML_SUFFIXES, looks_like_fragment, looks_like_html

    if input_format != "auto":
        return None if input_format == "text" else input_format
    suffix = p.suffix.lower() if p is not None else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if p is None and looks_like_html(text):
        return "html"
    return "fragment" if looks_like_fragment(text) else None


def _unique_documents(docs: list[Document]) -> list[Document]:
    """The documents, an id used twice (a feed and a file, two feeds) made unique by a suffix."""
    from dataclasses import replace

    taken: set[str] = set()
    out = []
    for d in docs:
        doc_id, n = d.id, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{d.id}-{n}"
        taken.add(doc_id)
        out.append(d if doc_id == d.id else replace(d, id=doc_id))
    return out


FORMAT_SUFFIXES = {
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}


def _brief(args: argparse.Namespace, out: TextIO) -> int:
    from .api import summarize_one
    from .fusion import fuse
    from .pipeline import analyse
    from .registry import default_registry

    output = getattr(args, "output", None)
    fmt = args.format or (FORMAT_SUFFIXES.get(Path(output).suffix.lower(), "text") if output else "text")
    options = backend_options(
        args.option, model=args.model, device=args.device, runtime=args.runtime, precision=args.precision
    )
    reg = default_registry()
    reg.options(args.backend)  # an unknown backend fails before any file is read
    docs, skipped = _read_inputs(args.inputs, args.encoding, args.input_format)
    from .progress import progress

    analyses = []
    show = args.progress if args.progress is not None else (None if len(docs) > 50 else False)  # a bar for feeds
    with progress(len(docs), "reading reports", show=show) as advance:
        for d in docs:
            analyses.append(analyse(d, language=args.language))
            advance()
    _foreign(docs, args.language)
    summaries: tuple[Summary, ...]
    if len(analyses) == 1:
        budget = _budget(args, DEFAULT_BUDGET)
        summaries = (summarize_one(analyses[0], reg.create(args.backend, **options), budget),)
    else:
        budget = _budget(args, Budget(sentences=5))
        summaries = fuse(
            analyses, backend=args.backend, budget=budget, stories=not args.no_stories, registry=reg, **options
        )
    _notes(summaries, budget)
    write(analyses, summaries, fmt, out, bidi=args.bidi, skipped=skipped)
    return 0


def _notes(summaries: Sequence[Summary], budget: Budget) -> None:
    """Say on stderr when sentences were left out because they exceed the word cap."""
    for k, s in enumerate(summaries, 1):
        n = s.meta("too_long")
        if n:
            which = f"brief {k}: " if len(summaries) > 1 else ""
            what = "nothing fits" if not s.sentences else f"{n} higher-ranked sentence(s) left out"
            sys.stderr.write(f"{PROG}: note: {which}{what}: longer than the {budget.words} words allowed\n")


def write(
    analyses: Sequence[Analysis],
    summaries: Sequence[Summary],
    fmt: str,
    out: TextIO,
    *,
    bidi: str,
    skipped: Sequence[tuple[str, str]] = (),
) -> None:
    from .render import render_text, to_json, to_markdown

    if fmt == "json":
        out.write(to_json(analyses, summaries, skipped=skipped) + "\n")
    elif fmt == "html":
        from .html import to_html

        out.write(to_html(analyses, summaries))
    elif fmt == "markdown":
        out.write(to_markdown(analyses, summaries))
    else:
        render_text(analyses, summaries, out, bidi=bidi)


def _stories(args: argparse.Namespace, out: TextIO) -> int:
    """``summarizer stories``: group the reports, list the stories.  Only a
    small profile of each report is kept while grouping, so a feed of a
    hundred thousand reports fits in memory; the reports of a story that
    must share facts (undated, or dated within a day of each other) are
    analysed again when it is checked."""
    from .fusion.stories import fact_groups, group_profiles, profile
    from .header import headline, lead_title
    from .pipeline import analyse
    from .progress import progress
    from .render import ReportInfo, render_stories, stories_to_dict, stories_to_markdown

    output = getattr(args, "output", None)
    fmt = args.format or (FORMAT_SUFFIXES.get(Path(output).suffix.lower(), "text") if output else "text")
    if fmt == "html":
        raise OptionError("stories has no html format; use text, markdown or json")
    docs, skipped = _read_inputs(args.inputs, args.encoding, args.input_format)
    infos: list[ReportInfo] = []
    profiles = []
    with progress(len(docs), "reading reports", show=args.progress) as advance:
        for d in docs:
            a = analyse(d, language=args.language)
            profiles.append(profile(a))
            date = a.date.isoformat() if a.date else None
            infos.append(ReportInfo(d.id, d.path, headline(a), date, a.language, lead_title(a)))
            advance()
    _foreign(docs, args.language)

    def facts(reports: list[int]) -> list[list[int]]:
        parts = fact_groups([analyse(docs[i], language=args.language) for i in reports])
        return [[reports[k] for k in part] for part in parts]

    with progress(len(docs), "grouping into stories", show=args.progress) as advance:
        stories = group_profiles(profiles, facts=facts, progress=advance)
    if fmt == "json":
        out.write(json.dumps(stories_to_dict(infos, stories, skipped), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "markdown":
        out.write(stories_to_markdown(infos, stories))
    else:
        render_stories(infos, stories, out, bidi=args.bidi)
    return 0


def _batch(args: argparse.Namespace, out: TextIO) -> int:
    """``summarizer batch``: records appended to -o (resumable), or printed."""
    from dataclasses import replace

    from .batches import count_lines, run, run_file, settings_for, story_items, unique_ids
    from .feed import json_lines
    from .progress import progress

    options = backend_options(
        args.option, model=args.model, device=args.device, runtime=args.runtime, precision=args.precision
    )
    budget = _given_budget(args)
    settings = settings_for(args.backend, budget, args.language, not args.no_stories, options)
    output = getattr(args, "output", None)
    src = Path(args.input)
    if not src.is_file():
        raise InputError(f"{src}: no such file" if not src.exists() else f"{src}: not a regular file")
    total = None if args.feed else count_lines(src)
    with progress(total, "briefs", show=args.progress) as advance:
        if output is None:
            failed = 0
            tasks = unique_ids(story_items(src, settings) if args.feed else json_lines(src))
            if args.feed:
                settings = replace(settings, stories=False)
            for line in run(tasks, settings, workers=args.workers, engine=args.engine, address=args.address):
                out.write(line + "\n")
                bad = '"status": "error"' in line
                failed += bad
                advance(failed=int(bad))
            return 3 if failed else 0
        got = run_file(
            src,
            output,
            settings,
            workers=args.workers,
            engine=args.engine,
            address=args.address,
            feed=args.feed,
            restart=getattr(args, "force", False),
            progress=advance,
        )
    if got.skipped:
        sys.stderr.write(f"{PROG}: resumed: {got.skipped} item(s) were in {output} already\n")
    if got.failed:
        sys.stderr.write(f"{PROG}: {got.failed} of {got.done} item(s) failed; their records in {output} say why\n")
    return 3 if got.failed else 0


def _backends(out: TextIO) -> int:
    from .registry import default_registry

    for name in default_registry().names():
        out.write(name + "\n")
    return 0


def _inputs_of(args: argparse.Namespace) -> list[str]:
    """The paths a command reads, so that -o never writes over one of them."""
    from .text.reading import expand_paths

    paths: list[str] = []
    for item in [*list(getattr(args, "inputs", []) or []), getattr(args, "dataset", None) or ""]:
        if not item or item == "-":
            continue
        paths.append(item)
        with contextlib.suppress(InputError):
            paths.extend(str(p) for p in expand_paths([item]))
    return paths


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser, out: TextIO) -> int:
    if args.command is None:
        parser.print_help(out)
        return 2
    if args.command == "brief":
        return _brief(args, out)
    if args.command == "backends":
        return _backends(out)
    if args.command == "stories":
        return _stories(args, out)
    if args.command == "batch":
        return _batch(args, out)
    if args.command == "convert":
        from .backends.mt5 import convert

        target = convert(args.model, args.to, quantization=args.quantization, force=getattr(args, "force", False))
        out.write(f"converted: {target}\n")
        return 0
    if args.command == "bench":
        from .bench.cli import run_bench

        return run_bench(args, out)
    raise _UsageError(f"unknown command {args.command!r}")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line with ``argv``; returns the exit code."""
    from .writing import check_output, write_atomic

    out = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        debug = getattr(args, "debug", False)
        output = getattr(args, "output", None)
        if output is None or args.command in ("bench", "batch", "convert"):  # their -o is written as they go
            code = _run(args, parser, out)
            out.flush()
            return code
        path = check_output(output, inputs=_inputs_of(args), replace=getattr(args, "force", False))
        buf = io.StringIO()
        code = _run(args, parser, buf)
        write_atomic(path, buf.getvalue())
        return code
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except SummarizerError as exc:
        if debug:
            raise
        sys.stderr.write(f"{PROG}: error: {_one_line(exc)}\n")
        return 2
    except OSError as exc:  # a file or stdout that fails under us (a full disk, a vanished file)
        if debug:
            raise
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        sys.stderr.write(f"{PROG}: error: {_one_line(OutputError(where + (exc.strerror or str(exc))))}\n")
        return 2
    except Exception as exc:  # a bug: say so, in one line unless --debug
        if debug:
            raise
        sys.stderr.write(
            f"{PROG}: internal error: {type(exc).__name__}: {_one_line(exc)} (run with --debug for details)\n"
        )
        return 1


def _one_line(exc: BaseException) -> str:
    from .types import display_text

    return display_text(str(exc))


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that Python's exit flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
