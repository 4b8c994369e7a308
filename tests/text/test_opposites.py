"""Words of opposite sense (:mod:`summarizer.text.opposites`) and what
support makes of two sentences alike but for one of them."""

import pytest

from summarizer import Document, fuse
from summarizer.text.lang import codes, get
from summarizer.text.normalize import normalize
from summarizer.text.opposites import opposed, poles


@pytest.mark.parametrize(
    ("a", "b", "language", "expected"),
    [
        ("Oil prices rose sharply on Monday.", "Oil prices fell sharply on Monday.", "en", True),
        ("The ruling party won the local elections.", "The ruling party lost the local elections.", "en", True),
        ("The union rejected the wage offer.", "The union accepted the wage offer.", "en", True),
        ("Oil prices rose sharply on Monday.", "Oil prices climbed sharply on Monday.", "en", False),
        ("Oil prices rose after falling early on.", "Oil prices fell on Monday.", "en", False),  # both sides
        ("ارتفعت أسعار القمح في الأسواق المحلية.", "انخفضت أسعار القمح في الأسواق المحلية.", "ar", True),
        ("فاز الفريق بالكأس بعد مباراة صعبة.", "خسر الفريق الكأس بعد مباراة صعبة.", "ar", True),
        ("النقابة ترحب بالعرض الجديد للأجور.", "النقابة ترفض العرض الجديد للأجور.", "ar", True),
        ("استمرار الإضراب في الموانئ.", "وتوقف الإضراب في الموانئ.", "ar", True),  # a clitic read off
        ("الارتفاع الكبير في أسعار الوقود.", "بالانخفاض الكبير في أسعار الوقود.", "ar", True),  # clitic and article
        ("وبالارتفاع الكبير في الأسعار.", "الانخفاض الكبير في الأسعار.", "ar", True),  # two clitics
        ("سيرتفع سعر الخبز غدا.", "سينخفض سعر الخبز غدا.", "ar", True),  # the future's س
        ("ارتفعت أسعار القمح في الأسواق.", "صعدت أسعار القمح في الأسواق.", "ar", False),  # one side
        ("قالت حركة فتح إن الحوار مستمر.", "أغلقت السلطات المعبر.", "ar", False),  # فتح is not listed
    ],
)
def test_opposed(a, b, language, expected):
    assert opposed(poles(a, language), poles(b, language)) is expected
    assert opposed(poles(b, language), poles(a, language)) is expected


def test_languages_without_a_list_take_no_side():
    assert poles("Ceny ropy wzrosły.", "pl") == frozenset()


@pytest.mark.parametrize("code", codes())
def test_no_word_is_listed_on_both_sides_of_one_pair(code):
    for one, other in get(code).opposites:
        assert not {normalize(w) for w in one.split()} & {normalize(w) for w in other.split()}


def _cited_together(first, second, language):
    docs = [Document("a", first, language=language), Document("b", second, language=language)]
    (brief,) = fuse(docs, stories=False)
    return any({"a", "b"} <= set(s.sources) for s in brief.sentences)


def test_a_sentence_of_the_opposite_sense_is_not_cited_for_the_same_fact():
    same = "The central bank kept its main interest rate unchanged on Thursday, the governor told reporters."
    assert _cited_together(same, same.replace("told reporters", "said"), "en")  # the control: cited
    rose = "Shares of the national airline rose sharply in Thursday trading after the merger talks."
    assert not _cited_together(rose, rose.replace("rose sharply", "fell"), "en")
    won = "فاز حزب العمال بأغلبية المقاعد في الانتخابات البلدية التي جرت أمس في العاصمة وسط إقبال كبير من الناخبين."
    assert _cited_together(won, won.replace("أمس", "يوم الأحد"), "ar")
    lost = won.replace("فاز", "خسر").replace("أمس", "يوم الأحد")  # not a one-word swap: two places differ
    assert not _cited_together(won, lost, "ar")


def test_the_same_fact_told_from_either_side_is_still_cited():
    won = "Real Madrid beat Barcelona 3-1 and won the cup final in Seville on Saturday night, the league said."
    lost = "Barcelona lost the cup final 3-1 to Real Madrid in Seville on Saturday night, the league said."
    assert _cited_together(won, lost, "en")  # the roles moved: one fact, told from either side
    fell = "The euro fell sharply against the dollar in London trading on Tuesday after the bank's decision."
    rose = "The dollar rose sharply against the euro in London trading on Tuesday after the bank's decision."
    assert _cited_together(fell, rose, "en")


def test_words_of_other_senses_take_no_side():
    assert poles("قتل ما يزيد على مئة شخص في الهجوم.", "ar") == frozenset()  # ما يزيد على: "more than"
    assert poles("انتشر الفيديو على مواقع التواصل الاجتماعي.", "ar") == frozenset()  # التواصل: "communication"
    assert poles("The ministry declined to comment on the open letter.", "en") == frozenset()
