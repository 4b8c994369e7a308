"""Bytes made text: files and a feed's lines (summarizer/text/decoding.py)."""

import codecs
import io
import json

import pytest

from summarizer.errors import InputError
from summarizer.text.decoding import decode, text_lines

ARABIC = (
    "قال المتحدث باسم البنتاغون إن الجولة الأولى بحثت العلاقات الثنائية بين البلدين.\n"
    "وأضاف أن الوفد العراقي ناقش مع الجانب الأميركي مستقبل التعاون الأمني، وأكد الطرفان التزامهما بالحوار.\n"
)


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
@pytest.mark.parametrize("utf8_first", [True, False], ids=["utf-8 then cp1256", "cp1256 then utf-8"])
def test_a_file_in_two_encodings_is_refused_not_read_in_the_wrong_alphabet(cut, utf8_first):
    text = ARABIC * 6
    k = int(len(text) * cut)
    head, tail = text[:k], text[k:]
    data = head.encode("utf-8") + tail.encode("cp1256") if utf8_first else head.encode("cp1256") + tail.encode()
    with pytest.raises(InputError, match=r"^mixed\.txt: not UTF-8 .*holds UTF-8 text.*--encoding.*cp1256"):
        decode(data, name="mixed.txt")
    assert decode(data, name="mixed.txt", encoding="cp1256")  # the user's word decides


def test_windows_1256_with_chance_utf8_pairs_is_still_read():
    # a letter then the Arabic comma, question mark or a closing quote, without a
    # space, are two bytes of valid UTF-8 ("ة،" is U+0661): chance, not UTF-8 text
    text = "قالت الوزارة،وأعلنت المدينة،ثم سأل الوزير: لماذا؟ وقال “الحل قريب” ثم غادر القاعة،بعد ذلك." * 3
    data = text.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data, name="x.txt") == text


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Η κυβέρνηση ανακοίνωσε ότι η γέφυρα θα ανοίξει ξανά την Τρίτη. Οι τιμές αυξήθηκαν.", "cp1253"),
        ("ראש הממשלה ביקר בבאר שבע ביום ראשון ובירך את תושבי העיר בשם הממשלה כולה.", "cp1255"),
    ],
    ids=["greek", "hebrew"],
)
def test_greek_or_hebrew_in_their_code_pages_are_not_read_as_arabic(text, codec):
    # in Windows-1256 their bytes give Arabic letters, alef and lam among them, and accented Latin ones
    with pytest.raises(InputError, match=r"not Arabic Windows-1256; pass --encoding"):
        decode(text.encode(codec), name="x.txt")
    assert decode(text.encode(codec), name="x.txt", encoding=codec) == text


def test_utf8_with_a_stray_byte_is_refused_as_damaged_not_as_two_encodings():
    # another encoding read over it would garble the rest: the advice is to save it again
    data = ARABIC.encode() + b"\xff" + ARABIC.encode()
    with pytest.raises(InputError, match=r"UTF-8 but for 1 byte sequence \(byte 0xff at offset .*save it again"):
        decode(data, name="x.txt")


def test_utf8_cut_inside_a_character_says_so():
    data = ARABIC.encode()[:-1] if ARABIC.encode()[-2:-1] >= b"\x80" else (ARABIC + "ب").encode()[:-1]
    with pytest.raises(InputError, match=r"ends inside a character .*cut short"):
        decode(data, name="x.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200,
        b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 200,
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200,
        b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + b"\x00" * 200,
    ],
    ids=["elf", "mach-o", "windows", "universal or java"],
)
def test_programs_are_named_as_such(data):
    for encoding in (None, "latin-1", "utf-16"):
        with pytest.raises(InputError, match=r"^x: is a program, not text; give the report's text$"):
            decode(data, name="x", encoding=encoding)
    assert decode(b"MZ said on Monday that talks would resume.", name="x")


def feed(text, codec, bom=b""):
    return io.BytesIO(bom + text.encode(codec))


LINES = [
    json.dumps({"id": "a", "text": "The bridge reopened on Tuesday."}),
    "",
    json.dumps({"id": "b", "text": ARABIC}, ensure_ascii=False),
]
FEED = "\r\n".join(LINES) + "\r\n"


@pytest.mark.parametrize(
    "stream, encoding",
    [
        (feed(FEED, "utf-16"), None),  # Python writes its mark
        (feed(FEED, "utf-16"), "utf-16"),
        (feed(FEED, "utf-16-be", codecs.BOM_UTF16_BE), None),
        (feed(FEED, "utf-16-le"), None),  # no mark: its bytes tell
        (feed(FEED, "utf-16-be"), None),
        (feed(FEED, "utf-16-be"), "utf-16-be"),
        (feed(FEED, "utf-32"), None),
        (feed(FEED, "utf-8", codecs.BOM_UTF8), None),
        (feed(FEED, "cp1256"), None),  # Arabic lines, detected
        (feed(FEED, "cp1256"), "cp1256"),
    ],
    ids=[
        "utf-16",
        "utf-16 named",
        "utf-16-be bom",
        "bare le",
        "bare be",
        "be named",
        "utf-32",
        "utf-8 bom",
        "cp1256",
        "cp1256 named",
    ],
)
def test_feed_lines_are_decoded_as_files_are_with_their_numbers(stream, encoding):
    got = [(n, line) for n, line, _ in text_lines(stream, "f", encoding=encoding, max_line=1 << 20)]
    assert got == [(1, LINES[0] + "\r\n"), (2, "\r\n"), (3, LINES[2] + "\r\n")]


def test_a_bad_line_of_a_wide_feed_is_reported_and_the_next_read():
    good = json.dumps({"id": "a", "text": "Talks resumed."}) + "\n"
    data = codecs.BOM_UTF16_LE + good.encode("utf-16-le") + b"\x00\xd8\n\x00" + good.encode("utf-16-le")
    got = list(text_lines(io.BytesIO(data), "f", max_line=1 << 20))
    assert [n for n, _, _ in got] == [1, 2, 3] and sum(size for _, _, size in got) == len(data)
    assert got[0][1] == got[2][1] == good
    assert isinstance(got[1][1], InputError) and "not valid utf-16-le" in str(got[1][1])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-8"])
def test_an_overlong_line_is_skipped_in_any_encoding(codec):
    lines = ["short one", "x" * 3000, "", "\u0a0dA after"]  # U+0A0D then A is "\n\x00" across two characters
    data = "\n".join(lines).encode(codec)
    got = list(text_lines(io.BytesIO(data), "f", encoding=codec, max_line=1000))
    assert [n for n, _, _ in got] == [1, 2, 3, 4] and sum(size for _, _, size in got) == len(data)
    assert got[0][1] == "short one\n" and got[2][1] == "\n" and got[3][1] == "\u0a0dA after"
    assert isinstance(got[1][1], InputError) and "longer than" in str(got[1][1])


def test_a_feed_once_read_as_windows_1256_reads_its_short_lines_so_too():
    # a headline alone has too few letters to tell Arabic by its alef and lam
    lines = [json.dumps({"id": "0", "text": ARABIC.strip()}, ensure_ascii=False)]
    lines += [json.dumps({"id": str(k), "text": "وزير يصر"}, ensure_ascii=False) for k in range(1, 4)]
    data = "\n".join(lines).encode("cp1256") + b"\n"
    got = list(text_lines(io.BytesIO(data), "f.jsonl", max_line=1 << 20))
    assert [json.loads(t)["id"] for _, t, _ in got] == ["0", "1", "2", "3"]
    with pytest.raises(InputError, match=r"--encoding cp1256 if it is Arabic"):
        decode(lines[1].encode("cp1256"), name="one.jsonl")  # alone, it is told to name it
