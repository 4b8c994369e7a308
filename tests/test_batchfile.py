"""The output file of a batch: recognised by its fingerprint, locked, read back in bounded memory."""

from __future__ import annotations

import json
import os
import tracemalloc

import pytest

from summarizer import OutputError
from summarizer.batches import run_file, settings_for
from summarizer.batchfile import HEAD, MAX_HEAD, fingerprint, input_digest, open_output

SETTINGS = settings_for("salience", None, None, True, {})
TEXT = "The river rose above the flood walls on Monday. Twelve families left their homes. Rain fell."


def write_items(path, n=3, text=TEXT):
    with open(path, "w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps({"id": f"r{k}", "text": text}) + "\n")


def record(fp: str, item_id: str | None, line: int, tail: str = "") -> bytes:
    head = {"fingerprint": fp, **({"id": item_id} if item_id is not None else {}), "line": line, "status": "ok"}
    return (json.dumps(head, ensure_ascii=False)[:-1] + tail + "}\n").encode()


FP = "0123456789abcdef"


def test_every_record_leads_with_the_fingerprint_of_input_and_options(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_items(src)
    run_file(src, out, SETTINGS)
    lines = out.read_text(encoding="utf-8").splitlines()
    fps = {json.loads(line)["fingerprint"] for line in lines}
    assert len(lines) == 3 and len(fps) == 1
    (fp,) = fps
    assert all(line.startswith(f'{{"fingerprint": "{fp}", "id": "r') for line in lines)
    with open_output(out) as o:
        assert (o.found, o.done) == (fp, {"id:r0", "id:r1", "id:r2"})
    # the fingerprint follows the bytes of the input and the options that shape the records
    shape = {"backend": "salience"}
    assert fingerprint(input_digest(src), shape) == fingerprint(input_digest(src), dict(shape))
    assert fingerprint(input_digest(src), shape) != fingerprint(input_digest(src), {"backend": "lead"})
    other = tmp_path / "other.jsonl"
    other.write_bytes(src.read_bytes() + b"\n")
    assert input_digest(other) != input_digest(src)


def test_a_device_is_not_part_of_the_fingerprint_but_every_other_option_is():
    from dataclasses import replace

    from summarizer.batches import shape_of

    base = replace(SETTINGS, options=(("damping", 0.5),))
    moved = replace(SETTINGS, options=(("damping", 0.5), ("device", "cuda")))
    changed = replace(SETTINGS, options=(("damping", 0.6),))
    assert shape_of(base, False) == shape_of(moved, False)
    assert shape_of(base, False) != shape_of(changed, False) != shape_of(base, True)


@pytest.mark.parametrize(
    "content, resumable",
    [
        (b"", True),  # nothing to lose: the run starts it
        (record(FP, "a", 1) + record(FP, None, 2), True),
        (b"my notes\nsecond line\n", False),
        (b'{"level": "info", "msg": "started", "line": 1}\n', False),  # another tool's JSON Lines
        (b'{"id": "a", "line": 1, "status": "ok"}\n', False),  # records without a fingerprint
        (b"\n", False),
        (b"hello", False),  # one line, no newline: not a record cut short
        (record(FP, "a", 1) + b"appended by hand\n", False),
        (record(FP, "a", 1) + record("fedcba9876543210", "b", 2), False),  # two runs in one file
    ],
)
def test_only_a_batch_output_is_resumed(tmp_path, content, resumable):
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    if resumable:
        with open_output(out) as o:
            o.claim(FP)
            o.write('{"line": 9, "status": "error", "error": "x"}')
        assert out.read_bytes() == content + f'{{"fingerprint": "{FP}", "line": 9, "status": "error", '.encode() + (
            b'"error": "x"}\n'
        )
    else:
        with pytest.raises(OutputError, match="is not the output of a summarizer batch"):
            open_output(out)
        assert out.read_bytes() == content
    with open_output(out, restart=True) as o:  # --force
        assert o.found is None and not o.done
    assert out.read_bytes() == b""


def test_another_runs_output_is_refused_whole(tmp_path):
    out = tmp_path / "out.jsonl"
    content = record(FP, "a", 1) + record(FP, "b", 2)[:20]
    out.write_bytes(content)
    with open_output(out) as o:
        assert o.found == FP and o.done == {"id:a"}
        with pytest.raises(OutputError, match="holds the records of another batch"):
            o.claim("fedcba9876543210")
    assert out.read_bytes() == content  # not even the cut line is dropped


@pytest.mark.parametrize("cut", [1, 5, 16, 30, 45])
def test_a_record_cut_anywhere_is_dropped_when_resumed(tmp_path, cut):
    out = tmp_path / "out.jsonl"
    whole = record(FP, "a", 1)
    out.write_bytes(whole + record(FP, "b\u0644", 2, ', "text": "abc"')[:cut])
    with open_output(out) as o:
        assert o.done == {"id:a"}
        o.claim(FP)
    assert out.read_bytes() == whole


def test_records_longer_than_the_head_and_ids_with_escapes(tmp_path):
    out = tmp_path / "out.jsonl"
    big = ', "text": "' + "x" * (3 * HEAD) + '"'
    content = record(FP, 'say "hi" \\ \u0644', 1, big) + record(FP, "z" * (2 * HEAD), 2) + record(FP, None, 3, big)
    out.write_bytes(content)
    with open_output(out) as o:
        assert o.done == {'id:say "hi" \\ \u0644', "id:" + "z" * (2 * HEAD), "line:3"}
        o.claim(FP)
    assert out.read_bytes() == content


def test_reading_back_is_bounded_in_memory_and_time(tmp_path):
    """A 3 GB sparse file with no newline, and one that starts as a record
    whose id never ends: refused after reading a head, not the file."""
    for name, lead in (("zeros", b""), ("endless id", b'{"fingerprint": "' + FP.encode() + b'", "id": "')):
        out = tmp_path / f"{name}.jsonl"
        with open(out, "wb") as f:
            f.write(lead)
            f.truncate(3 << 30)
        tracemalloc.start()
        try:
            with pytest.raises(OutputError, match="is not the output"):
                open_output(out)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 4 * MAX_HEAD, (name, peak)
        assert out.stat().st_size == 3 << 30


def test_a_second_writer_is_refused_at_once(tmp_path):
    out = tmp_path / "out.jsonl"
    with open_output(out) as o:
        o.claim(FP)
        with pytest.raises(OutputError, match="another summarizer batch is writing it"):
            open_output(out)
        with pytest.raises(OutputError, match="another summarizer batch is writing it"):
            open_output(out, restart=True)  # --force does not take it either
    with open_output(out) as o:  # free again once the first is closed
        assert o.found is None


def test_links_special_files_and_inputs_are_never_opened_for_writing(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("mine\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(target)
    for restart in (False, True):
        with pytest.raises(OutputError, match="symbolic link"):
            open_output(link, restart=restart)
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        open_output(fifo, restart=True)  # opened without blocking, refused, nothing read
    hard = tmp_path / "hard.jsonl"
    os.link(target, hard)
    with pytest.raises(OutputError, match="is one of the inputs"):
        open_output(hard, restart=True, inputs=[target])
    assert target.read_text(encoding="utf-8") == "mine\n"
