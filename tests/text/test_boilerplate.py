import pytest

from summarizer.pipeline import analyse
from summarizer.text.boilerplate import furniture_reason

JUNK = [
    "اترك تعليقاً",
    "مقالات ذات صلة",
    "مواضيع ذات صلة",
    "65",
    "زر الذهاب إلى الأعلى",
    "كلمات مفتاحية",
    "عدد التعليقات 0",
    "شارك المقال",
    "تحميل المزيد",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "قاسم سليماني/ رويترز",
    "تم النشر: 2021/07/23 الساعة 07:21 بتوقيت غرينتش",
    "Leave a comment",
    "Related articles",
    "Share this",
]


@pytest.mark.parametrize("line", JUNK)
def test_page_furniture_is_recognised(line):
    assert furniture_reason(line) is not None


def test_news_sentence_is_not_furniture():
    assert furniture_reason("وقال المتحدث إن القوات ستغادر العراق مع نهاية العام.") is None


def test_no_boilerplate_reaches_the_sentences_of_the_seeds(seeds):
    bad = ["تعليق", "ذات صلة", "زر الذهاب", "كلمات مفتاحية", "تحميل المزيد", "رويترز", "المصدر", "شارك"]
    for doc in seeds:
        a = analyse(doc)
        for s in a.sentences:
            for b in bad:
                assert b not in s.text or len(s.text.split()) > 12, (doc.id, s.text)
            assert not s.text.strip().isdigit()


def test_repeated_headline_is_skipped_once(seed):
    a = analyse(seed["000"])
    texts = [s.text for s in a.sentences]
    assert not any(t.startswith("بيان مرتقب من أمريكا") for t in texts)
    assert a.title_text == "بيان مرتقب من أمريكا بشأن سحب القوات من العراق"
    reasons = {b.reason for b in a.boilerplate}
    assert "repeat" in reasons and "footer" in reasons


def test_cleaning_keeps_offsets(seeds):
    for doc in seeds:
        a = analyse(doc)
        for b in a.boilerplate:
            assert 0 <= b.start < b.end <= len(doc.text)
        for s in a.sentences:
            assert doc.text[s.start : s.end] == s.text
