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
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from .budget import Budget
from .errors import BudgetError, InputError, MissingDependencyError, OptionError, OutputError, SummarizerError
from .safejson import dumps
from .text.pages import INPUT_FORMATS, unescaped
from .types import display_text

if TYPE_CHECKING:
    from .batches import Outcome
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
    from .registry import DEFAULT_BACKEND
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
        "--brief-language",
        metavar="CODE",
        help="with the multilingual extra, the language a story told in several languages is briefed in "
        "(default: the one most of its reports are in); reports in the others are cited where they state it",
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
        "one feed of reports grouped into stories first. Records are appended to -o FILE line by line, each "
        "with the fingerprint of the input and options; running the same command again resumes, skipping ids "
        "already there. Another run's output, or any other file, is refused (--force starts over), and so is "
        "a file another batch is writing. Exit code 3 when any item failed (its record says why).",
    )
    bt.add_argument(
        "input",
        metavar="IN.jsonl",
        help=(
            "a JSON Lines file of items (or of reports, with --feed), a .json array of them, "
            "an RSS or Atom feed (.xml/.rss/.atom: an item a report), or - for JSON Lines on stdin"
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
        stem = "stdin" if p is None else display_text(p.stem or p.name) or "report"  # an id is a label: shown safely
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
    where = display_text(where)  # a path or a feed's source: data, shown without its control characters
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
    from .documents import settle

    docs = settle(_unique_documents(docs))
    for path, reason in skipped:
        sys.stderr.write(f"{PROG}: skipped {display_text(path)}: {display_text(reason)}\n")
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


def _brief(args: argparse.Namespace, out: TextIO) -> _Done:
    from .options import BriefOptions
    from .orchestrate import briefs
    from .pipeline import analyse
    from .registry import default_registry

    output = getattr(args, "output", None)
    fmt = args.format or (FORMAT_SUFFIXES.get(Path(output).suffix.lower(), "text") if output else "text")
    options = backend_options(
        args.option, model=args.model, device=args.device, runtime=args.runtime, precision=args.precision
    )
    settings = BriefOptions.of(
        backend=args.backend,
        budget=_given_budget(args),
        language=args.language,
        stories=not args.no_stories,
        brief_language=args.brief_language,
        **options,
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
    summaries = briefs(analyses, settings, reg)
    budget = settings.budget_for(len(analyses))
    _notes(summaries, budget)
    write(analyses, summaries, fmt, out, bidi=args.bidi, skipped=skipped)
    return _Done(0, _count(len(summaries), "brief"))


def _notes(summaries: Sequence[Summary], budget: Budget) -> None:
    """Say on stderr when sentences were left out because they exceed the word cap."""
    for k, s in enumerate(summaries, 1):
        n = s.too_long
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


def _stories(args: argparse.Namespace, out: TextIO) -> _Done:
    """``summarizer stories``: group the reports, list the stories.  Only a
    small profile of each report is kept while grouping, so a feed of a
    hundred thousand reports fits in memory; the reports of a story that
    must share facts (undated, or dated within a day of each other) are
    analysed again when it is checked."""
    from .fusion.across import sentence_encoder
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
        stories = group_profiles(profiles, facts=facts, progress=advance, encoder=sentence_encoder())
    if fmt == "json":
        out.write(dumps(stories_to_dict(infos, stories, skipped), indent=2) + "\n")
    elif fmt == "markdown":
        out.write(stories_to_markdown(infos, stories))
    else:
        render_stories(infos, stories, out, bidi=args.bidi)
    return _Done(0, _count(len(stories), "story", "stories"))


def _batch(args: argparse.Namespace, out: TextIO) -> int:
    """``summarizer batch``: records appended to -o (resumable), or printed;
    one summary line on stderr at the end."""
    import time
    from dataclasses import replace

    from .batches import Outcome, count_lines, run, run_file, settings_for, spooled, story_items, unique_ids
    from .feed import json_lines, json_lines_of
    from .progress import progress
    from .writing import check_output

    start = time.perf_counter()
    options = backend_options(
        args.option, model=args.model, device=args.device, runtime=args.runtime, precision=args.precision
    )
    budget = _given_budget(args)
    settings = settings_for(args.backend, budget, args.language, not args.no_stories, options)
    output = getattr(args, "output", None)
    with contextlib.ExitStack() as stack:
        src: Path | None = None
        items: Iterator[tuple[int, object]] = iter(())
        if args.input == "-":
            if output is not None:
                check_output(output, inputs=["-"], replace=True)  # before standard input is read
            stream = _stdin_items()
            # resuming needs the input's fingerprint, and stories all of the
            # feed, before the first record: a copy first; else read as it comes
            if output is not None or args.feed:
                src = stack.enter_context(spooled(stream))
            else:
                items = json_lines_of(stream, "<stdin>")
        else:
            src = Path(args.input)
            if not src.is_file():
                raise InputError(f"{src}: no such file" if not src.exists() else f"{src}: not a regular file")
        total = count_lines(src) if src is not None and not args.feed else None
        with progress(total, "batch", show=args.progress, plain=True) as advance:
            if output is not None and src is not None:
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
            else:
                got = Outcome()
                if args.feed and src is not None:
                    tasks = unique_ids(story_items(src, settings))
                    settings = replace(settings, stories=False)
                else:
                    tasks = unique_ids(json_lines(src) if src is not None else items)
                for line in run(tasks, settings, workers=args.workers, engine=args.engine, address=args.address):
                    out.write(line + "\n")
                    bad = '"status": "error"' in line
                    got.done += 1
                    got.failed += bad
                    advance(failed=int(bad))
    sys.stderr.write(_batch_summary(got, output, time.perf_counter() - start) + "\n")
    return 3 if got.failed else 0


def _stdin_items() -> BinaryIO:
    """Standard input as bytes, for batch (a note when it is a terminal)."""
    if sys.stdin is None:
        raise InputError("<stdin>: there is no standard input")
    if sys.stdin.isatty():
        sys.stderr.write(f"{PROG}: reading items from the terminal, one JSON line each; end with Ctrl-D\n")
    return sys.stdin.buffer


def _batch_summary(got: Outcome, output: str | None, seconds: float) -> str:
    """``summarizer: batch: 120 items, 118 written to out.jsonl, 2 failed (...), 41 s``."""
    from .progress import elapsed

    where = f" to {display_text(output)}" if output else ""
    parts = [_count(got.done + got.skipped, "item"), f"{got.done - got.failed} written{where}"]
    parts.append(f"{got.failed} failed (their records say why)" if got.failed else "0 failed")
    if got.skipped:
        parts.append(f"{got.skipped} there already")
    return f"{PROG}: batch: " + ", ".join([*parts, elapsed(seconds)])


def _backends(out: TextIO) -> int:
    from .registry import default_registry

    registry = default_registry()
    infos = [registry.describe(name) for name in registry.names()]
    width = max(len(i.name) for i in infos) + len(" (default)")
    for info in infos:
        name = info.name + (" (default)" if info.default else "")
        state = "usable" if info.usable else "not usable here"
        note = f" ({display_text(info.note)})" if info.note else ""
        out.write(f"{name:<{width}}  {display_text(info.description)}; {state}{note}\n")
    return 0


def _inputs_of(args: argparse.Namespace) -> list[str]:
    """The paths a command reads (``-`` for standard input), so that -o never writes over one of them."""
    from .text.reading import expand_paths

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


@dataclass(frozen=True)
class _Done:
    """How a command ended: its exit code, and what its output holds ("2
    briefs"), said when -o writes it."""

    code: int
    made: str = ""


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser, out: TextIO) -> _Done:
    if args.command is None:
        parser.print_help(out)
        return _Done(2)
    if args.command == "brief":
        return _brief(args, out)
    if args.command == "backends":
        return _Done(_backends(out))
    if args.command == "stories":
        return _stories(args, out)
    if args.command == "batch":
        with _terminated_unwinds():
            return _Done(_batch(args, out))
    if args.command == "convert":
        from .backends.mt5 import convert

        target = convert(args.model, args.to, quantization=args.quantization, force=getattr(args, "force", False))
        out.write(f"converted: {target}\n")
        return _Done(0)
    if args.command == "bench":
        from .bench.cli import run_bench

        return _Done(run_bench(args, out))
    raise _UsageError(f"unknown command {args.command!r}")


class _Terminated(BaseException):
    """SIGTERM or SIGHUP: unwound like Ctrl-C (not an Exception, so that no
    ``except Exception`` takes it for an item's failure), so that the pool's
    workers stop and multiprocessing's temporary folders are removed."""


@contextlib.contextmanager
def _terminated_unwinds() -> Iterator[None]:
    """Within: SIGTERM and SIGHUP raise :class:`_Terminated` (where they are
    not ignored and this is the main thread); the handlers are restored after."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise _Terminated(signum)

    saved = {}
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None and signal.getsignal(sig) is signal.SIG_DFL:
            saved[sig] = signal.signal(sig, stop)
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line with ``argv``; returns the exit code."""
    from .writing import check_output, write_atomic

    to_stdout = out is None
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        debug = getattr(args, "debug", False)
        output = getattr(args, "output", None)
        out = out or _stdout(needed=output is None)
        if output is None or args.command in ("bench", "batch", "convert"):  # their -o is written as they go
            done = _run(args, parser, out)
            out.flush()
            return done.code
        path = check_output(output, inputs=_inputs_of(args), replace=getattr(args, "force", False))
        buf = io.StringIO()
        done = _run(args, parser, buf)
        write_atomic(path, buf.getvalue())
        sys.stderr.write(f"{PROG}: wrote {display_text(str(path))}{': ' + done.made if done.made else ''}\n")
        return done.code
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except _Terminated as exc:
        sys.stderr.write(f"{PROG}: terminated\n")
        return 128 + int(exc.args[0])
    except BrokenPipeError:  # the reader left (| head -1): it has what it wanted, so 0, quietly
        _quiet_stdout()
        return 0
    except SystemExit as exc:
        if exc.code != 1 or not to_stdout:  # --help, --version
            raise
        return 0  # rich's way of ending on a broken pipe (stdout already pointed at /dev/null): as above
    except SummarizerError as exc:
        if debug:
            raise
        sys.stderr.write(f"{PROG}: error: {_one_line(exc)}\n")
        return 2
    except OSError as exc:  # a file or stdout that fails under us (a full disk, a vanished file)
        if debug:
            raise
        if to_stdout and not exc.filename:  # what stdout still buffers would fail again at exit
            _quiet_stdout()
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        sys.stderr.write(f"{PROG}: error: {_one_line(OutputError(where + (exc.strerror or str(exc))))}\n")
        return 2
    except MemoryError:  # a report, a feed line or a model file too large for the memory there is
        if debug:
            raise
        named = [a for a in argv if not a.startswith("-")][1:3]  # the command's first operands
        what = f"{display_text(', '.join(named))} is" if named else "the input is"
        sys.stderr.write(
            f"{PROG}: error: out of memory: {what} too large for the memory available (split it, or summarise a part)\n"
        )
        return 2
    except Exception as exc:  # a bug: say so, in one line unless --debug
        if debug:
            raise
        sys.stderr.write(
            f"{PROG}: internal error: {type(exc).__name__}: {_one_line(exc)} (run with --debug for details)\n"
        )
        return 1


def _one_line(exc: BaseException) -> str:
    return display_text(str(exc))


class _EscapingStdout(io.TextIOBase):
    """Standard output in an encoding that cannot write every character
    (``PYTHONIOENCODING=ascii``, a Latin-1 locale): those it cannot are
    written as escapes (``\\u0642``), and a note on stderr says so, once."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._noted = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    def write(self, text: str) -> int:
        if not self._noted:
            try:
                text.encode(self._stream.encoding)
            except UnicodeEncodeError:
                self._noted = True
                sys.stderr.write(
                    f"{PROG}: note: standard output's encoding ({self._stream.encoding}) cannot hold every "
                    "character; those it cannot are written as \\u escapes (set PYTHONIOENCODING=utf-8)\n"
                )
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()


def _stdout(*, needed: bool) -> TextIO:
    """Standard output to write to.  Closed (``>&-``): an error when the
    command writes its result there (``needed``), else a sink for what it
    prints beside the file it writes.  In an encoding that cannot write
    every character: escapes with a note (:class:`_EscapingStdout`)."""
    stream = sys.stdout
    if stream is None:
        if needed:
            raise OutputError("standard output is closed; give -o FILE or leave stdout open")
        return io.StringIO()
    try:
        encoding = codecs.lookup(stream.encoding or "ascii").name
    except LookupError:
        encoding = "ascii"
    if encoding.startswith(("utf-", "gb18030")) or not isinstance(stream, io.TextIOWrapper):
        return stream
    stream.reconfigure(errors="backslashreplace")
    return _EscapingStdout(stream)  # type: ignore[return-value]


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that Python's exit flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def entry() -> None:
    """Console-script entry point.  A closed standard error (``2>&-``) is
    a sink: messages have nowhere to go, the exit code still says it all."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the process's, to its end)
    sys.exit(main())
