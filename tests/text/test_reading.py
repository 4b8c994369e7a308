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
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    for data in (png, b"\x00\x01" * 300, bytes(range(256)) * 8):
        with pytest.raises(InputError, match=r"binary"):
            decode(data, name="x.bin")


def test_missing_paths_and_empty_dirs(tmp_path):
    with pytest.raises(InputError, match=r"no such"):
        expand_paths([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match=r"no text files"):
        expand_paths([tmp_path])
