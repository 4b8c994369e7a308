import pytest

from summarizer.text.negation import denied
from summarizer.text.terms import analyzer


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The minister will not attend the summit.", "en", {"attend"}),
        ("The minister didn't attend the summit.", "en", {"attend"}),
        ("Rescuers have never found the wreck.", "en", {"found"}),
        ("The minister will attend the summit.", "en", set()),
        # idioms and names that deny nothing
        ("Not only the minister attended the summit.", "en", set()),
        ("The bus No. 5 stopped at the summit.", "en", set()),
        ("الوزير لن يحضر القمة.", "ar", {"يحضر"}),
        ("وقال إن العراق لم تعد بحاجة إلى القوات الأجنبية.", "ar", {"تعد"}),
        ("ولم يحضر الوزير القمة.", "ar", {"يحضر"}),  # a clitic glued to the negation
        ("فيما لا يزال 12 شخصا في عداد المفقودين.", "ar", set()),  # "still"
        ("الوزير يحضر القمة.", "ar", set()),
        ("طرحت الحكومة ورقة نقدية غير آمنة.", "ar", {"آمنة"}),  # غير: "un-"
        ("انهار المبنى دون سقوط ضحايا.", "ar", {"سقوط"}),  # دون: "without"
        ("غير أن الوزير حضر القمة.", "ar", set()),  # غير أن: "however"
        ("لا يوجد نقص في الوقود بالمحطات.", "ar", {"نقص"}),  # "there is no": the word after it
        ("الوزير يحث على عدم الانسحاب من الاتفاق.", "ar", {"الانسحاب"}),  # عدم before a verbal noun
        ("ليس هناك نقص في الوقود بالمحطات.", "ar", {"نقص"}),
        ("Le ministre n'assistera pas au sommet.", "fr", {"assistera"}),
        ("Le ministre assistera au sommet.", "fr", set()),
        ("El ministro no asistirá a la cumbre.", "es", {"asistirá"}),
        ("No solo el ministro asistirá a la cumbre.", "es", set()),  # "not only"
        ("Il ministro non parteciperà al vertice.", "it", {"parteciperà"}),
        ("O ministro não participará da cimeira.", "pt", {"participará"}),
        ("Der Minister nimmt nicht am Gipfel teil.", "de", set()),  # no list for German: nothing denied
        ("Police did not find 12 bodies.", "en", {"find"}),
        ("They found not the 12 bodies they sought.", "en", set()),  # a figure is never a denied word
        ("Not of the of the of attend.", "en", set()),  # the denied word is near the negation or none is
    ],
)
def test_denied_terms(text, language, expected):
    stems = {t for word in expected for t in analyzer(language).terms(word)}
    assert len(stems) == len(expected)
    assert denied(text, language) == stems
