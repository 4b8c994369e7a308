"""Briefs of many clusters: one JSON line in, one JSON line out, streaming.

An input line is one item:

* a cluster: ``{"id", "documents": [str | {"text", ...}, ...]}`` or
  ``{"id", "reports": [{"id", "text", "title"?, "date"?, "source"?}, ...]}``;
* a single report: ``{"id", "text", "title"?, "date"?, "language"?}``
  (:func:`batch` also takes a :class:`~summarizer.types.Document` as one).

Each item gives one output record, in input order: the object ``summarizer
brief --format json`` prints (``version``, ``sources``, ``briefs``,
``skipped``: here a report's date left out, by the report's id) plus ``id``,
``line``, ``status`` (``"ok"``) and ``seconds``;
or, when the line or the item cannot be used, ``{"id" (when known),
"line", "status": "error", "error"}``.  With ``feed=True`` the whole input is
one feed of reports, grouped into stories first (:mod:`.fusion.stories`);
each story is an item whose id is ``story:`` and its earliest report's id
(its ``line`` is the story's number; unusable feed lines are error records
with their line numbers).

:func:`batch` yields the records; :func:`run_file` appends them to a file,
flushed line by line, each record led by the run's fingerprint (of the
input's bytes and the options), and resumes: ids already in the output are
skipped, and so are the lines whose error record has no id (no JSON, no
usable ``id``: every item must have one), by their line numbers; a last
line cut short by a crash is dropped first.  It resumes only its own run's output,
and holds a lock on it while it writes (:mod:`.batchfile`).  Work runs in
this process (``workers=1``), in a process pool (``engine="process"``) or
as Ray tasks (``engine="ray"``, the ``ray`` extra; a local Ray, or a
cluster at ``address``).  At most a few items per worker are in flight, so
memory stays flat however long the input is, and records come out in input
order whatever the engine: the output is the same for any number of
workers (apart from ``seconds``).
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from .batchfile import fingerprint, input_digest, open_output
from .budget import Budget
from .documents import settle
from .errors import InputError, MissingDependencyError, OptionError, install_hint
from .feed import MAX_FEED, Notes, json_lines, parsed, read_feed, report_document, report_id
from .fusion.across import sentence_encoder
from .fusion.stories import group_stories
from .options import BriefOptions
from .orchestrate import briefs
from .pipeline import analyse
from .registry import DEFAULT_BACKEND, default_registry
from .render import to_dict
from .safejson import dumps
from .text.reading import CHUNK
from .types import Document, display_text
from .writing import check_output

ENGINES = ("process", "ray")
#: Items in flight per worker (bounds memory; keeps every worker busy).
WINDOW = 4


@dataclass(frozen=True)
class Settings:
    """How every item is summarised (the same for all; sent to each worker)."""

    backend: str = DEFAULT_BACKEND
    budget: Budget | None = None
    language: str | None = None
    stories: bool = True
    options: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    def brief_options(self) -> BriefOptions:
        """The options object every item is briefed with (:mod:`summarizer.options`)."""
        return BriefOptions.of(
            backend=self.backend, budget=self.budget, language=self.language, stories=self.stories, **dict(self.options)
        )


def batch(
    items: Iterable[object],
    *,
    backend: str = DEFAULT_BACKEND,
    budget: Budget | None = None,
    language: str | None = None,
    stories: bool = True,
    workers: int = 1,
    engine: str = "process",
    address: str | None = None,
    **options: Any,
) -> Iterator[dict]:
    """Summarise each item (a dict as described in the module docstring, a
    JSON string of one, or a :class:`~summarizer.types.Document`: a single
    report); yields one record per item, in order.

    Raises:
        InputError: when ``items`` is a string, a dict, a Document or None
            instead of an iterable of items.
        OptionError: for an unknown engine or backend, or workers < 1.
        MissingDependencyError: for ``engine="ray"`` without Ray installed.
    """
    if isinstance(items, (str, bytes, dict, Document)) or not isinstance(items, Iterable):
        raise InputError(
            f"batch() takes an iterable of items (dicts, JSON strings of them or Documents), "
            f"not {type(items).__name__}; for one item, pass a list of it"
        )
    settings = settings_for(backend, budget, language, stories, options)
    tasks = unique_ids((n, _item(x)) for n, x in enumerate(items, 1))
    for line in run(tasks, settings, workers=workers, engine=engine, address=address):
        yield json.loads(line)


def _item(x: object) -> object:
    """An item as :func:`work` takes it: parsed JSON (a Document as the single report it is)."""
    if isinstance(x, Document):
        fields = {"title": x.title, "date": x.date, "source": x.path, "language": x.language, "origin": x.origin}
        return {"id": x.id, "text": x.text, **{k: v for k, v in fields.items() if v is not None}}
    return parsed(x)


def settings_for(backend: str, budget: Budget | None, language: str | None, stories: bool, options: dict) -> Settings:
    """Checked settings: an unknown backend, language or option, or a bad
    budget, fails before any work (not once an item, as error records that
    a second run would then take as done)."""
    settings = Settings(backend, budget, language, stories, tuple(sorted(options.items())))
    settings.brief_options().check(default_registry())  # any of them fails here
    return settings


def run(
    tasks: Iterable[tuple[int, object]],
    settings: Settings,
    *,
    workers: int = 1,
    engine: str = "process",
    address: str | None = None,
) -> Iterator[str]:
    """JSON lines of the records of ``(line number, parsed item)`` tasks, in order."""
    if engine not in ENGINES:
        raise OptionError(f"unknown engine {engine!r}; choose {', '.join(ENGINES)}")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise OptionError(f"workers must be a whole number of at least 1, not {workers!r}")
    if engine == "ray":
        yield from _ray(tasks, settings, workers, address)
    elif workers == 1:
        for n, value in tasks:
            yield work(settings, n, value)
    else:
        yield from _pool(tasks, settings, workers)


def _ordered(submit: Callable[[tuple[int, object]], Any], get: Callable[[Any], str], tasks, window: int):
    pending: deque = deque()
    for t in tasks:
        pending.append(submit(t))
        if len(pending) >= window:
            yield get(pending.popleft())
    while pending:
        yield get(pending.popleft())


def _pool(tasks, settings: Settings, workers: int) -> Iterator[str]:
    ctx = multiprocessing.get_context("spawn" if os.name != "posix" else "forkserver")
    # The workers are the forkserver's children, and each holds the pool's
    # pipes open, so none of them notices when this process dies (SIGKILL):
    # they waited on their queue for good.  Each gets the reading end of a
    # pipe whose only writing end stays here; it reads end-of-file the moment
    # this process dies, or when the run ends early, and the worker exits.
    lifeline, keep = ctx.Pipe(duplex=False)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_watch, initargs=(lifeline,))
    finished = False
    try:
        yield from _through(pool, tasks, settings, WINDOW * workers)
        finished = True
    finally:
        if not finished:  # an error, Ctrl-C or SIGTERM: the items in flight are for nobody
            keep.close()
        pool.shutdown(wait=True, cancel_futures=not finished)
        keep.close()
        lifeline.close()


def _through(pool: Any, tasks, settings: Settings, window: int) -> Iterator[str]:
    """The records ``pool`` (an executor) makes of ``tasks``, in order.  A
    worker that dies (the memory ran out, it was killed) breaks the pool,
    and every item then in flight with it: one line names them, not a
    traceback; which of them killed it the pool cannot tell."""
    in_flight: dict[int, str] = {}

    def submit(task: tuple[int, object]) -> Any:
        n, value = task
        who = _id_of(value)
        in_flight[n] = f"{who!r} (line {n})" if who is not None else f"line {n}"
        return n, pool.submit(work, settings, *task)

    def get(submitted: tuple[int, Any]) -> str:
        n, future = submitted
        record = str(future.result())
        del in_flight[n]
        return record

    try:
        yield from _ordered(submit, get, tasks, window)
    except BrokenProcessPool:
        names = list(in_flight.values())
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        raise InputError(
            f"a worker died (out of memory, or killed) with {'item ' if len(names) == 1 else 'items '}{shown} "
            "in flight; the records before them are kept: run again to go on, with -j 1 to see which item it was"
        ) from None


def _watch(lifeline) -> None:
    """In a worker: exit as soon as the process that made the pool is gone."""

    def wait() -> None:
        with suppress(EOFError, OSError):
            lifeline.recv_bytes()  # nothing is ever sent: this returns at end-of-file
        os._exit(1)

    threading.Thread(target=wait, name="lifeline", daemon=True).start()


def _ray(tasks, settings: Settings, workers: int, address: str | None) -> Iterator[str]:
    try:
        import ray  # heavy and optional (the ray extra): only for --engine ray
    except ImportError:
        raise MissingDependencyError(f"the ray engine needs Ray: {install_hint('ray')}") from None
    started = not ray.is_initialized()
    if started:
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        remote = ray.remote(work)
        ref = ray.put(settings)
        width = WINDOW * max(workers, int(ray.cluster_resources().get("CPU", workers)))
        yield from _ordered(lambda t: remote.remote(ref, *t), ray.get, tasks, width)
    finally:
        if started:
            ray.shutdown()


# -- one item ------------------------------------------------------------------------------------


def work(settings: Settings, n: int, value: object) -> str:
    """The record of one item as a JSON line (never raises for bad input)."""
    start = time.perf_counter()
    item_id = _id_of(value)
    try:
        if isinstance(value, InputError):
            raise value
        record = _brief(settings, n, value, item_id)
    except (InputError, OptionError) as exc:
        record = _error(n, item_id, str(exc))
    except Exception as exc:  # a bug or a backend failure: one record, and the run goes on
        record = _error(n, item_id, f"{type(exc).__name__}: {exc}")
    record["seconds"] = round(time.perf_counter() - start, 4)
    return dumps(record)


def _error(n: int, item_id: str | None, message: str) -> dict:
    out: dict[str, Any] = {"id": item_id} if item_id is not None else {}
    out.update(line=n, status="error", error=display_text(message))
    return out


@dataclass(frozen=True)
class Noted:
    """An item with what was left out of its reports as they were read (a
    feed's story: a date that is no date), for its record's ``skipped``."""

    item: dict
    notes: tuple[tuple[str, str], ...]


def _id_of(value: object) -> str | None:
    if isinstance(value, Noted):
        value = value.item
    if isinstance(value, dict):
        with suppress(InputError):
            return report_id(value.get("id"))
    return None


def key_of(n: int, value: object) -> str:
    """What marks an item done in the output: its id, else its line number."""
    item_id = _id_of(value)
    return f"id:{item_id}" if item_id is not None else f"line:{n}"


def documents_of(value: object, n: int, notes: list[tuple[str, str]] | None = None) -> list[Document]:
    """The documents of one input item; what was left out of one (a date
    that is no date) is appended to ``notes`` as ``(its id, why)``.

    Raises:
        InputError: saying what is wrong with it.
    """
    if not isinstance(value, dict):
        raise InputError(f"an item is a JSON object, not {type(value).__name__}")
    if value.get("id") is None:
        raise InputError("no 'id' (a non-empty string or a whole number)")
    item_id = report_id(value["id"])
    if "text" in value and "documents" not in value and "reports" not in value:
        return [_document(value, item_id, "the item", notes)]
    raw = value.get("documents", value.get("reports"))
    if raw is None:
        raise InputError("no 'documents', 'reports' or 'text'")
    if not isinstance(raw, list) or not raw:
        raise InputError("'documents' must be a non-empty list")
    given = [d.get("id") if isinstance(d, dict) else None for d in raw]
    taken = {report_id(i) for i in given if i is not None and _id_of({"id": i}) is not None}
    docs: list[Document] = []
    seen: set[str] = set()
    for k, d in enumerate(raw, 1):
        if isinstance(d, str):
            d = {"text": d}
        if not isinstance(d, dict):
            raise InputError(f"document {k} must be a string or an object, not {type(d).__name__}")
        if d.get("id") is not None:
            try:
                doc_id = report_id(d["id"])
            except InputError as exc:
                raise InputError(f"document {k}: {exc}") from None
        else:  # numbered, past any id another document of the item is given
            doc_id, extra = f"{item_id}/{k}", 1
            while doc_id in taken:
                extra += 1
                doc_id = f"{item_id}/{k}-{extra}"
        if doc_id in seen:
            raise InputError(f"document id {doc_id!r} is used twice")
        seen.add(doc_id)
        docs.append(_document(d, doc_id, f"document {k}", notes))
    return docs


def _document(d: dict, doc_id: str, what: str, notes: list[tuple[str, str]] | None) -> Document:
    left_out: list[str] = []
    try:
        doc = report_document(d, doc_id, left_out)
    except InputError as exc:
        raise InputError(f"{what}: {exc}") from None
    if notes is not None:
        notes += [(doc_id, why) for why in left_out]
    return doc


def _brief(settings: Settings, n: int, value: object, item_id: str | None) -> dict:
    notes: list[tuple[str, str]] = list(value.notes) if isinstance(value, Noted) else []
    docs = settle(documents_of(value.item if isinstance(value, Noted) else value, n, notes))
    analyses = [analyse(d, language=settings.language) for d in docs]
    summaries = briefs(analyses, settings.brief_options(), engine=_engine(settings, len(analyses) == 1))
    return {"id": item_id, "line": n, "status": "ok", **to_dict(analyses, summaries, notes)}


@functools.lru_cache(maxsize=4)
def _engine(settings: Settings, single: bool):
    """The backend, made once per process, settings and kind of item (one report or several)."""
    return settings.brief_options().engine(default_registry(), single=single)


# -- files ----------------------------------------------------------------------------------------


@dataclass
class Outcome:
    done: int = 0  # records written this run
    failed: int = 0  # of which errors
    skipped: int = 0  # found in the output already


#: Options that say where the work runs, not what the records hold: a run
#: resumed on another device is the same run.
RUN_ONLY = ("device",)


def shape_of(settings: Settings, feed: bool) -> dict[str, object]:
    """What shapes the records of a run, for its fingerprint (:mod:`.batchfile`)."""
    return {
        "backend": settings.backend,
        "budget": settings.budget,
        "language": settings.language,
        "stories": settings.stories,
        "feed": feed,
        **{f"option:{k}": v for k, v in settings.options if k not in RUN_ONLY},
    }


def run_file(
    source: str | os.PathLike,
    output: str | os.PathLike,
    settings: Settings,
    *,
    workers: int = 1,
    engine: str = "process",
    address: str | None = None,
    feed: bool = False,
    restart: bool = False,
    progress: Callable[..., None] | None = None,
) -> Outcome:
    """Append the records of every item of ``source`` not yet in ``output``.

    ``output`` is resumed only when it holds the records of the same input
    and options; ``restart`` starts it over (see :mod:`.batchfile`).

    Raises:
        OutputError: when ``output`` is the input, not a regular file, a
            symbolic link, locked by another run, another run's output or
            not a batch output at all (the last two unless ``restart``).
    """
    src = Path(source)
    out_path = check_output(output, inputs=[src], replace=True)
    if feed:
        settings = replace(settings, stories=False)  # the feed is split into stories already
    outcome = Outcome()
    with open_output(out_path, restart=restart, inputs=[src]) as out:
        out.claim(fingerprint(input_digest(src), shape_of(settings, feed)))
        have = out.done

        def todo() -> Iterator[tuple[int, object]]:
            for n, value in unique_ids(story_items(src, settings) if feed else json_lines(src)):
                if key_of(n, value) in have:
                    outcome.skipped += 1
                    if progress:
                        progress()
                    continue
                yield n, value

        for line in run(todo(), settings, workers=workers, engine=engine, address=address):
            out.write(line)
            failed = '"status": "error"' in line
            outcome.done += 1
            outcome.failed += failed
            if progress:
                progress(failed=int(failed))
    return outcome


def unique_ids(items: Iterable[tuple[int, object]]) -> Iterator[tuple[int, object]]:
    """``items`` with each use of an id after the first replaced by the
    InputError that says so (its record is an error of its line: the id
    names one item in the output, and marks it done when a run resumes)."""
    seen: dict[str, int] = {}
    for n, value in items:
        item_id = _id_of(value)
        if item_id is not None and item_id in seen:
            value = InputError(f"the id {item_id!r} is used already, on line {seen[item_id]}")
        elif item_id is not None:
            seen[item_id] = n
        yield n, value


def story_items(src: Path, settings: Settings) -> Iterator[tuple[int, object]]:
    """A feed as story items (all of it is read first: grouping needs every report)."""
    notes: Notes = {}
    docs, skipped = read_feed(src, notes)
    docs = settle(docs)
    for where, reason in skipped:
        line = int(where.rsplit(":", 1)[1])
        yield line, InputError(reason)
    analyses = [analyse(d, language=settings.language) for d in docs]
    for k, story in enumerate(group_stories(analyses, encoder=sentence_encoder()), 1):
        reports = [docs[i] for i in story.reports]
        first = min(reports, key=lambda d: (d.date or "", d.id))
        said = tuple(note for d in reports for note in notes.get(d.id, ()))
        yield (
            k,
            Noted(
                {
                    "id": f"story:{first.id}",
                    "reports": [
                        {
                            "id": d.id,
                            "text": d.text,
                            "title": d.title,
                            "date": d.date,
                            "source": d.path,
                            "language": d.language,
                            "origin": d.origin,
                        }
                        for d in reports
                    ],
                },
                said,
            ),
        )


@contextmanager
def spooled(stream: BinaryIO, name: str = "<stdin>") -> Iterator[Path]:
    """A copy of ``stream`` (standard input) in a temporary JSON Lines file,
    removed afterwards; at most :data:`~summarizer.feed.MAX_FEED` bytes.

    Raises:
        InputError: past the limit, or when reading fails.
    """
    with tempfile.TemporaryDirectory(prefix="summarizer-") as folder:
        path = Path(folder) / "stdin.jsonl"
        size = 0
        with open(path, "wb") as f:
            while True:
                try:
                    block = stream.read(1 << 20)
                except OSError as exc:
                    raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
                if not block:
                    break
                size += len(block)
                if size > MAX_FEED:
                    raise InputError(f"{name}: more than {MAX_FEED >> 30} GB; split the feed")
                f.write(block)
        yield path


def count_lines(path: str | os.PathLike) -> int | None:
    """Non-blank lines of a file, read in blocks of :data:`CHUNK` bytes
    whatever the length of its lines (for a progress bar's total); ``None``
    past :data:`~summarizer.feed.MAX_FEED` (the feed is refused then) or
    when it cannot be read.  Line by line, 3 GB without a newline took 6.4 GB."""
    try:
        n, size, filled = 0, 0, False  # filled: the line read so far has a non-blank byte
        with open(path, "rb") as f:
            while block := f.read(CHUNK):
                size += len(block)
                if size > MAX_FEED:
                    return None
                *ended, rest = block.split(b"\n")
                for line in ended:
                    n += filled or bool(line.strip())
                    filled = False
                filled = filled or bool(rest.strip())
        return n + filled
    except OSError:
        return None
