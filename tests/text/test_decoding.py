"""Bytes made text (summarizer/text/decoding.py)."""

import pytest

from summarizer.errors import InputError
from summarizer.text.decoding import decode

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


def test_utf8_with_a_stray_byte_is_refused():
    data = ARABIC.encode() + b"\xff" + ARABIC.encode()
    with pytest.raises(InputError, match=r"byte 0xff at offset .*--encoding"):
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
