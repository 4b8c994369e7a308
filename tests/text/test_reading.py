import re

import pytest

from summarizer.errors import InputError
from summarizer.text.reading import decode, expand_paths, read_text

ARABIC = "قال المتحدث باسم البنتاغون إن الجولة الأولى بحثت العلاقات."


def test_utf8_bom_and_cp1256(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(ARABIC.encode("cp1256"))
    for name in "abc":
        assert read_text(tmp_path / f"{name}.txt") == ARABIC
    assert read_text(tmp_path / "c.txt", encoding="cp1256") == ARABIC


def test_binary_and_undecodable(tmp_path):
    with pytest.raises(InputError, match=r"binary"):
        decode(b"\x00\x01\x02abc", name="x.bin")
    with pytest.raises(InputError, match=r"x.txt"):
        decode(bytes(range(128, 256)) * 4, name="x.txt", encoding="utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [ARABIC, "The ministry said that 42 people died.\nRescue teams searched.", "Министерство сообщило о 42 погибших."],
    ids=["ar", "en", "ru"],
)
def test_utf16_without_a_byte_order_mark_is_read(codec, text):
    assert decode(text.encode(codec), name="x.txt") == text


def test_binary_with_zero_bytes_is_not_taken_for_utf16():
    unknown = b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4  # no known opening
    for data in (unknown, b"\x00\x01" * 300, bytes(range(256)) * 8):
        with pytest.raises(InputError, match=r"binary"):
            decode(data, name="x.bin")


DOCUMENT = ("The ministry said on Monday that 42 people died in the floods. " * 20).encode("utf-8")


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + DOCUMENT, "a ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + DOCUMENT, "a Microsoft Office document"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 " + DOCUMENT + b"}", "an RTF document"),
        (b"\x1f\x8b\x08\x00" + DOCUMENT, "compressed (gzip)"),
        (b"BZh91AY&SY" + DOCUMENT, "compressed (bzip2)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "an image (PNG)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + DOCUMENT, "an image (JPEG)"),
    ],
    ids=["pdf", "zip", "doc", "rtf", "gzip", "bzip2", "png", "jpeg"],
)
def test_documents_archives_and_images_are_named_whatever_the_encoding(tmp_path, data, what):
    # latin-1 turns any bytes into text: without the check the junk would be summarised
    for encoding in (None, "latin-1"):
        with pytest.raises(InputError, match=rf"^x\.txt: is {re.escape(what)}.*, not text; \w"):
            decode(data, name="x.txt", encoding=encoding)
    # text that merely starts with such letters is text
    for text in ("BZh is an abbreviation. " * 3, "GIF files are images, the report said.", "PK said so."):
        assert decode(text.encode("utf-8"), name="x.txt") == text


def test_a_web_address_is_named_as_one(tmp_path):
    for url in ("https://example.com/news/1", "HTTP://example.org"):
        with pytest.raises(InputError, match=r"is a web address.*save the page"):
            expand_paths([url])
    with pytest.raises(InputError, match=r"no such file"):
        expand_paths([tmp_path / "https"])


def test_missing_paths_and_empty_dirs(tmp_path):
    with pytest.raises(InputError, match=r"no such"):
        expand_paths([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match=r"no text files"):
        expand_paths([tmp_path])


class Endless:
    """A device that never ends (``/dev/urandom``), counting what is read of it."""

    def __init__(self, byte=None):
        import random

        self.random, self.byte, self.read_bytes = random.Random(7), byte, 0

    def read(self, n):
        self.read_bytes += n
        return self.byte * n if self.byte else self.random.randbytes(n)


def test_binary_data_is_refused_from_its_first_bytes_not_read_to_the_limit():
    from summarizer.text.reading import CHUNK, read_stream

    for stream, what in ((Endless(), "looks like a binary file"), (Endless(b"\x00"), "looks like a binary file")):
        with pytest.raises(InputError, match=rf"^dev: {what}, not text$"):
            read_stream(stream, name="dev", limit=1 << 20)
        assert stream.read_bytes == CHUNK
    text = Endless(b"a")  # text is read to the limit
    with pytest.raises(InputError, match=r"more than 1 MB"):
        read_stream(text, name="dev", limit=1 << 20)


def test_a_program_is_named_though_it_opens_with_runs_of_zero_bytes(tmp_path):
    (tmp_path / "ls").write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 4096 + b"text" * 1000)
    with pytest.raises(InputError, match=r"ls: is a program, not text"):
        read_text(tmp_path / "ls")
