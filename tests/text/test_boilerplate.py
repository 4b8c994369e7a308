import datetime

import pytest

from summarizer.pipeline import analyse
from summarizer.text.boilerplate import furniture_reason
from summarizer.types import Document

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
    "لم يتم العثور على نتائج",  # ئ folds to ي: the pattern must be folded too
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "قاسم سليماني/ رويترز",
    "تم النشر: 2021/07/23 الساعة 07:21 بتوقيت غرينتش",
    "نُشر في 3 مارس 2024",
    "شاهد أيضا: فيديو الفيضانات في الموصل",
    "المزيد من الأخبار",
    "الأكثر قراءة",
    "تابعنا على تويتر",
    "إعلان",
    "اضغط هنا للاشتراك في قناتنا على يوتيوب",
    # the publisher's notice, however long
    "للمزيد من الأخبار تابعونا على تطبيق تيليجرام وفيسبوك وتويتر وإنستغرام ويوتيوب وكل المنصات",
    "Leave a comment",
    "Related articles",
    "Share this",
    # cookie notices run longer than other furniture
    "We use cookies to improve your experience. By continuing, you agree to our Privacy Policy and our terms.",
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية.",
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


@pytest.mark.parametrize(
    "opening, dateline",
    [
        ("ايلاف من لندن: انطلقت بعد ظهر الاربعاء الجولة الثالثة من الحوار الاستراتيجي.", "ايلاف من لندن: "),
        ("بغداد - أعلنت الحكومة العراقية اليوم عن خطة جديدة لإعادة الإعمار.", "بغداد - "),
        ("واشنطن (رويترز) - قال مسؤولون أمريكيون إن المحادثات ستستأنف الأسبوع المقبل.", "واشنطن (رويترز) - "),
        (
            "LONDON (Reuters) - The central bank raised its main rate by half a point on Thursday.",
            "LONDON (Reuters) - ",
        ),
        ("London, England — For the second time in two days the crowds came out.", "London, England — "),
        ("TEXAS, US – A United States Army court martial found the soldier guilty today.", "TEXAS, US – "),
        # news wires in plain ASCII write the dash as an underscore
        ("WASHINGTON (AP) _ President Clinton signed the budget bill on Tuesday, aides said.", "WASHINGTON (AP) _ "),
        ("NEW YORK _ Stocks rose sharply on Wednesday as investors cheered the rate cut.", "NEW YORK _ "),
        # an agency or an outlet after the place, in brackets, quotes, between dashes, after a slash
        ("القاهرة - (د ب أ) - أعلنت وزارة الصحة أن حصيلة الضحايا ارتفعت إلى 42 قتيلا.", "القاهرة - (د ب أ) - "),
        ("بيروت ـ «القدس العربي»: أعلنت وزارة الصحة أن حصيلة الضحايا ارتفعت إلى 42 قتيلا.", "بيروت ـ «القدس العربي»: "),
        ("الموصل (العراق) - رويترز - أعلنت وزارة الصحة أن حصيلة الضحايا ارتفعت إلى 42.", "الموصل (العراق) - رويترز - "),
        ("أنقرة/ الأناضول أعلنت وزارة الصحة أن حصيلة الضحايا ارتفعت إلى 42 قتيلا.", "أنقرة/ الأناضول "),
        ("كتب - أحمد حسن: أعلنت وزارة الصحة أن حصيلة الضحايا ارتفعت إلى 42 قتيلا.", "كتب - أحمد حسن: "),
        ("WASHINGTON (CNN)--President Biden signed the bill into law on Monday, aides said.", "WASHINGTON (CNN)--"),
    ],
)
def test_a_dateline_is_left_out_of_the_first_sentence(opening, dateline):
    text = f"{opening}\n\nThe second paragraph adds more detail about the same event here."
    a = analyse(Document(id="d", text=text))
    first = a.sentences[0]
    assert first.start == len(dateline) and text[first.start : first.end] == first.text
    assert first.text == opening[len(dateline) :]
    assert [(b.start, b.end, b.reason) for b in a.boilerplate] == [(0, len(dateline), "dateline")]


@pytest.mark.parametrize(
    "opening",
    [
        "الطبيعة - بمعناها العام - تعني العالم الطبيعي أو العالم الفيزيائي كله.",  # an aside, not a dateline
        "قال الوزير: إن الحكومة ستعلن خطة جديدة لإعادة الإعمار الأسبوع المقبل.",  # a quotation
        "قال مسؤول من الوزارة: إن الحكومة ستعلن خطة جديدة لإعادة الإعمار قريبا.",
        "The minister said: the government will announce a new plan next week.",
        "Baghdad - talks.",  # nothing of substance would be left
        "The deal _ signed on Monday _ was welcomed by the markets in Asia and Europe.",  # not after capitals
        "NASA _ the space agency _ said on Friday it would delay the launch by a week.",  # an aside
        "The minister - a veteran of three governments - said on Monday that taxes would rise.",
        "Iraq/Syria border clashes killed 12 people on Sunday, officials said.",
        "الوزير - وهو من قدامى السياسيين - قال إن الضرائب سترتفع العام المقبل.",
    ],
)
def test_openings_that_are_not_datelines_stay_whole(opening):
    a = analyse(Document(id="d", text=opening + "\n\nA second paragraph adds more detail about the event here."))
    assert a.sentences[0].start == 0 and not [b for b in a.boilerplate if b.reason == "dateline"]


def test_only_the_first_sentence_loses_a_dateline():
    text = (
        "The talks opened in the capital on Monday with both delegations present.\n\n"
        "BAGHDAD - officials said later that the second round would follow within weeks."
    )
    a = analyse(Document(id="d", text=text))
    assert a.sentences[1].text.startswith("BAGHDAD - ")


@pytest.mark.parametrize(
    ("text", "title", "first", "date"),
    [
        (  # a headline written with a period, above its date line
            "افراد البحرية البريطانية الى الوطن.\n\nالخميس 5 أبريل 2007\n\n"
            "هبط افراد البحرية البريطانية الخمسة عشر في مطار هيثرو الدولي بعد الإفراج عنهم.",
            "افراد البحرية البريطانية الى الوطن.",
            "هبط افراد",
            datetime.date(2007, 4, 5),
        ),
        (  # the date line has a period too
            "شرطة العاصمة تنشر صور لاحد منفذي تفجيرات لندن.\nالخميس 14 يوليو 2005.\n"
            "نشرت شرطة العاصمة صورتين نتيجة لتحريات مكثفة في تفجيرات لندن.",
            "شرطة العاصمة تنشر صور لاحد منفذي تفجيرات لندن.",
            "نشرت شرطة",
            datetime.date(2005, 7, 14),
        ),
        (
            "Ahmadinejad to free British navy personnel.\n\nWednesday, April 4, 2007\n\n"
            "Iranian President Mahmoud Ahmadinejad has announced that the fifteen will be released.",
            "Ahmadinejad to free British navy personnel.",
            "Iranian President",
            datetime.date(2007, 4, 4),
        ),
    ],
)
def test_a_headline_above_its_date_line_is_the_title(text, title, first, date):
    a = analyse(Document("r", text))
    assert a.title_text == title
    assert a.sentences[0].text.startswith(first)
    assert a.date == date


def test_a_first_sentence_without_a_date_line_below_stays_a_sentence():
    text = "The minister resigned on Monday.\n\nHe had been in office for two years, his party said."
    a = analyse(Document("r", text))
    assert a.title_text is None
    assert a.sentences[0].text == "The minister resigned on Monday."
    # a date later in the text is no date line of the header
    late = "The minister resigned.\n\nHe spoke to reporters.\n\nMonday, 8 July 2024.\n\nNothing else happened."
    assert any(s.text.startswith("Monday") for s in analyse(Document("r", late)).sentences)


def test_a_news_archive_record_gives_its_headline_date_and_text_only():
    text = (
        "<DOC>\n<DOCNO> APW19981016.0240 </DOCNO>\n<DOCTYPE> NEWS STORY </DOCTYPE>\n"
        "<DATE_TIME> 10/16/1998 07:41:00 </DATE_TIME>\n<BODY>\n"
        "<HEADLINE> Honduras braces for potential catastrophe </HEADLINE>\n<TEXT>\n<P>\n"
        "TEGUCIGALPA, Honduras (AP) _ Hurricane Mitch slammed into the coast of Honduras on Monday, "
        "killing at least 32 people.\n</P>\n<P>\nOfficials said the storm was the strongest in decades.\n"
        "</P>\n</TEXT>\n</BODY>\n</DOC>\n"
    )
    a = analyse(Document("apw", text, language="en"))
    assert a.title_text == "Honduras braces for potential catastrophe"
    assert a.date == datetime.date(1998, 10, 16)
    assert [s.text for s in a.sentences] == [
        "Hurricane Mitch slammed into the coast of Honduras on Monday, killing at least 32 people.",
        "Officials said the storm was the strongest in decades.",
    ]
    assert {b.reason for b in a.boilerplate} == {"markup", "title", "stamp", "dateline"}


def test_an_editors_note_in_capitals_is_no_sentence_but_an_acronym_in_arabic_is_text():
    text = (
        "The Senate approved the bill on Friday after a long debate in the chamber.\n\n"
        "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)\n\n"
        "The vote was 58-40, with seven Republicans joining the Democrats."
    )
    a = analyse(Document("nyt", text, language="en"))
    assert [s.text[:9] for s in a.sentences] == ["The Senat", "The vote "]
    assert [b.reason for b in a.boilerplate] == ["note"]
    arabic = "قال مسؤول في NCLR إن المجموعة خططت لنقل الأطفال. وأضاف أن التحقيق مستمر."
    assert len(analyse(Document("ar", arabic, language="ar")).sentences) == 2


def test_a_read_more_link_inside_the_text_does_not_start_the_footer():
    body = "The river burst its banks in the northern valley on Monday and flooded three villages."
    text = (
        f"{body}\n\nRescue teams moved hundreds of families to schools on higher ground.\n\n"
        "The army sent boats to the valley, and the roads north of the river were closed.\n\n"
        "Read more: Flood warnings issued across the region\n\n"
        '"We have never seen water this high," said the mayor of one village.\n\n'
        "Related articles\n\nFloods in the south last year"
    )
    a = analyse(Document("web", text, language="en"))
    assert [s.text[:12] for s in a.sentences] == ["The river bu", "Rescue teams", "The army sen", '"We have nev']
    assert [b.reason for b in a.boilerplate] == ["related", "related", "footer"]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("(Reporting by John Smith in London; Additional reporting by Ali Hassan; Editing by Mark Heinrich)", "byline"),
        ("Associated Press writers John Smith in Cairo and Jane Doe in Beirut contributed to this report.", "byline"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "byline"),
        ("Image caption: Rescuers search the rubble", "credit"),
        ("Getty Images", "credit"),
        ("Follow @BBCWorld on Twitter", "share"),
        # news that uses the same words stays
        ("Investigative reporting by the newspaper revealed the scandal.", None),
        ("He said the ministry contributed to this report on the floods in March.", None),
    ],
)
def test_wire_credits_are_furniture_and_news_in_the_same_words_is_not(line, reason):
    assert furniture_reason(line, "en") == reason


def test_an_arabic_wire_credit_is_furniture():
    assert furniture_reason("(إعداد محمد اليماني للنشرة العربية - تحرير أحمد حسن)", "ar") == "byline"
    assert furniture_reason("وقال إن إعداد التقرير استغرق شهرين.", "ar") is None


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Last modified on Mon 4 Mar 2024 10.32 GMT", "stamp"),
        ("First published on Mon 4 Mar 2024 09.00 GMT", "stamp"),
        ("Posted: March 4, 2024", "stamp"),
        ("Updated 11:45 AM EST", "stamp"),
        ("5 min read", "navigation"),
        ("Listen to this article", "navigation"),
        # a sentence that opens with the same word is news
        ("Published reports say the army left.", None),
        ("Updated figures show 12 dead.", None),
    ],
)
def test_page_stamps_are_furniture_but_sentences_opening_with_their_words_are_not(line, reason):
    assert furniture_reason(line, "en") == reason


@pytest.mark.parametrize(
    "text, first",
    [
        # the headline run into the text, as feeds and flattened pages give it
        ("Quake hits eastern Turkey. A strong earthquake hit the east on Monday.", "A strong earthquake"),
        ("Quake hits eastern Turkey - A strong earthquake hit the east on Monday.", "A strong earthquake"),
        ("QUAKE HITS EASTERN TURKEY: A strong earthquake hit the east on Monday.", "A strong earthquake"),
        # then a dateline, which goes too
        ("Quake hits eastern Turkey. ANKARA (Reuters) - A strong earthquake hit the east on Monday.", "A strong"),
        ("زلزال يضرب شرق تركيا - ضرب زلزال قوي شرق تركيا يوم الاثنين وقتل المئات.", "ضرب زلزال"),
    ],
)
def test_a_known_headline_run_into_the_first_sentence_is_left_out(text, first):
    title = "زلزال يضرب شرق تركيا" if "زلزال" in text else "Quake hits eastern Turkey"
    a = analyse(Document("x", text, title=title))
    assert a.sentences[0].text.startswith(first)
    assert a.boilerplate[0].reason == "title" and a.title_text == title
    (s,) = a.sentences
    assert text[s.start : s.end] == s.text


def test_a_headline_that_opens_a_sentence_as_its_subject_stays():
    # no separator after it: the sentence tells the headline's news itself
    text = "Quake hits eastern Turkey, killing hundreds on Monday. Rescuers searched the rubble."
    a = analyse(Document("x", text, title="Quake hits eastern Turkey"))
    assert a.sentences[0].text.startswith("Quake hits eastern Turkey, killing")
    # and a headline nobody gave is not looked for
    b = analyse(Document("y", "Quake hits eastern Turkey - A strong earthquake hit the east on Monday."))
    assert b.sentences[0].text.startswith("Quake hits eastern Turkey - A strong") and b.title_text is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By John Smith | Reuters | Updated 10:32 GMT, 6 February 2023", "byline"),
        ("By John Smith · 6 February 2023 · 5 min read", "byline"),
        ("6 February 2023 | By Ann Lee", "stamp"),
        # pieces that are not all furniture: a headline, sections
        ("Storm hits coast | Rescue teams arrive", None),
        ("Politics | World", None),
    ],
)
def test_a_header_line_of_furniture_pieces_is_furniture(line, reason):
    assert furniture_reason(line, "en") == reason


def test_a_byline_with_its_stamp_is_no_title_but_gives_the_date():
    text = "By John Smith | Reuters | Updated 10:32 GMT, 6 February 2023\n\nThe river flooded three villages."
    a = analyse(Document("x", text, language="en"))
    assert a.title_text is None and a.date == datetime.date(2023, 2, 6)
    assert [s.text for s in a.sentences] == ["The river flooded three villages."]


@pytest.mark.parametrize(
    "line, language",
    [
        (
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed without permission.",
            "en",
        ),
        ("© 2024 Reuters. All rights reserved. Reuters content is the intellectual property of Reuters.", "en"),
        ("جميع الحقوق محفوظة © 2024 لموقع الأخبار ويمنع النسخ أو إعادة النشر دون إذن مسبق من إدارة الموقع", "ar"),
        (
            "Tous droits réservés. Reproduction interdite sans autorisation écrite préalable "
            "de la rédaction du journal.",
            "fr",
        ),
        (
            "Všechna práva vyhrazena. Publikování nebo šíření obsahu je bez písemného souhlasu vydavatele zakázáno.",
            "cs",
        ),
        (
            "Με την επιφύλαξη παντός δικαιώματος. Απαγορεύεται η αναδημοσίευση του περιεχομένου "
            "χωρίς γραπτή άδεια του εκδότη.",
            "el",
        ),
        ("כל הזכויות שמורות לאתר החדשות ואין להעתיק את התוכן ללא אישור בכתב מהמערכת", "he"),
    ],
)
def test_a_long_copyright_line_is_furniture(line, language):
    assert len(line.split()) > 12  # past the length at which only some reasons are looked for
    assert furniture_reason(line, language) == "rights"


@pytest.mark.parametrize(
    "line",
    [
        "نشر الجيش قواته في المدينة بعد الفيضانات.",  # "deployed", not "published on"
        "شاهد العالم كله ما حدث في الموصل يوم الأحد.",
        "المزيد من الضحايا سقطوا في الموصل يوم الأحد.",
    ],
)
def test_arabic_news_opening_with_the_words_of_furniture_stays(line):
    assert furniture_reason(line, "ar") is None


def test_news_about_copyright_and_a_report_with_a_credit_at_its_end_stay():
    assert (
        furniture_reason("Copyright claims against the platform rose sharply last year, the company said.", "en")
        is None
    )
    assert furniture_reason("Floods killed 42 people in Mosul on Sunday, officials said. © AFP 2024", "en") is None
    text = (
        "MOSUL, Iraq (AP) — Floods in northern Iraq have killed at least 40 people, officials said Sunday.\n\n"
        "The Tigris River overflowed after three days of heavy rain.\n\n"
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed."
    )
    a = analyse(Document("ap", text, language="en"))
    assert [s.text[:10] for s in a.sentences] == ["Floods in ", "The Tigris"]
    assert [b.reason for b in a.boilerplate] == ["dateline", "rights"]


@pytest.mark.parametrize(
    "line, language, reason",
    [
        ("Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT.", "en", "notice"),
        ("Get the latest news from around the world delivered to your inbox every morning, for free.", "en", "notice"),
        ("This article was amended on 4 March 2024 to correct the spelling of a name of a witness.", "en", "notice"),
        ("An earlier version of this article misstated the number of people evacuated from the city.", "en", "notice"),
        ("اشترك في النشرة البريدية لتصلك أهم الأخبار والتقارير والتحليلات كل صباح مجانا على بريدك", "ar", "notice"),
        ("Skip to main content", "en", "navigation"),
        ("Story continues below advertisement", "en", "navigation"),
        ("تخطى إلى المحتوى", "ar", "navigation"),
        # news that opens with the same words stays
        ("Correction officers at the prison went on strike on Monday, the union said.", "en", None),
        ("Subscribers to the service lost access for three days, the company said on Tuesday.", "en", None),
    ],
)
def test_the_publishers_notices_are_furniture_at_any_length(line, language, reason):
    assert furniture_reason(line, language) == reason


def test_a_skip_link_above_the_headline_is_not_the_title():
    text = (
        "Skip to main content\n"
        "Floods kill 42 in Iraq's second city as Tigris bursts its banks\n"
        "The death toll from floods in the northern Iraqi city of Mosul has risen to 42, the health ministry said.\n"
        "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT.\n"
        "The government declared three days of mourning."
    )
    a = analyse(Document("page", text, language="en"))
    assert a.title_text == "Floods kill 42 in Iraq's second city as Tigris bursts its banks"
    assert [s.text[:15] for s in a.sentences] == ["The death toll ", "The government "]


UNPUNCTUATED = (  # an Arabic page whose paragraphs end without a period, as some sites write them
    "أعلنت وزارة الصحة العراقية يوم الأحد أن حصيلة ضحايا الفيضانات في مدينة الموصل ارتفعت إلى 42 قتيلا\n\n"
    "وتسببت الأمطار الغزيرة منذ الخميس في فيضان نهر دجلة وتدمير مئات المنازل بحسب مسؤولين\n\n"
    "وأعلنت الحكومة الحداد لثلاثة أيام وأرسلت مروحيات الجيش لإجلاء العائلات العالقة"
)


@pytest.mark.parametrize("title", [None, "ارتفاع حصيلة ضحايا الفيضانات في الموصل"])
def test_the_first_paragraph_of_text_without_periods_is_not_taken_for_the_title(title):
    # it was the title (a plain line of 3 to 25 words), and the report lost its lead
    a = analyse(Document("page", UNPUNCTUATED, title=title, language="ar"))
    assert [s.text[:11] for s in a.sentences] == ["أعلنت وزارة", "وتسببت الأم", "وأعلنت الحك"]
    assert a.boilerplate == ()


def test_a_shorter_headline_above_unpunctuated_text_and_a_known_headline_said_again_are_titles():
    a = analyse(Document("page", "فيضانات الموصل تقتل 42 شخصا\n\n" + UNPUNCTUATED, language="ar"))
    assert a.title_text == "فيضانات الموصل تقتل 42 شخصا" and len(a.sentences) == 3
    text = "Floods kill 42 in Mosul\n\nThe death toll from floods in Mosul rose to 42 on Sunday. Rescue teams searched."
    a = analyse(Document("page", text, title="Floods kill 42 in Mosul | Example News", language="en"))
    assert [b.reason for b in a.boilerplate] == ["title"] and a.sentences[0].text.startswith("The death toll")


@pytest.mark.parametrize(
    "text, language, first",
    [
        ("عاجل: ارتفاع حصيلة ضحايا الفيضانات في الموصل إلى 42 قتيلا بحسب وزارة الصحة.", "ar", "ارتفاع حصيلة"),
        ("عاجل | ارتفاع حصيلة ضحايا الفيضانات في الموصل إلى 42 قتيلا بحسب وزارة الصحة.", "ar", "ارتفاع حصيلة"),
        ("UPDATE - The Tigris is still rising, and officials have opened two more shelters.", "en", "The Tigris i"),
        ("12:58 GMT - The prime minister has declared three days of mourning in the city.", "en", "The prime mi"),
        ("10.30 am: Army helicopters began evacuating families from rooftops in the old city.", "en", "Army helicop"),
    ],
)
def test_a_paragraphs_flag_or_live_time_is_left_out(text, language, first):
    body = "The river rose again overnight, officials said.\n\n" + text  # a later paragraph, not the opening
    a = analyse(Document("x", body, language=language))
    assert a.sentences[-1].text.startswith(first) and a.boilerplate[-1].reason == "label"
    a = analyse(Document("x", text, language=language))  # opening the report, it may read as a dateline
    assert a.sentences[0].text.startswith(first) and a.boilerplate[0].reason in ("label", "dateline")


@pytest.mark.parametrize(
    "text",
    [
        "Live music returned to the city: bands played all night in the old square.",  # "live" says something
        "Watch: the bridge collapsed.",  # too little after it to be a flag
        "10:30 - 12:00 the roads were closed, police said in a statement.",  # a range of times
    ],
)
def test_sentences_opening_with_a_flags_words_stay_whole(text):
    a = analyse(Document("x", text, language="en"))
    assert a.sentences[0].text == text and a.boilerplate == ()


def test_links_to_other_stories_inside_the_text_are_left_out_and_the_text_after_them_kept():
    text = (
        "The death toll from floods in Mosul rose to 42 on Sunday, officials said.\n\n"
        "RELATED: Floods kill 12 in Spain's Valencia region.\n\n"
        "Rescue teams searched through the night for the missing, the ministry said.\n\n"
        "MORE: How climate change fuels floods.\n\n"
        "The government declared three days of mourning after the floods."
    )
    a = analyse(Document("x", text, language="en"))
    assert [b.reason for b in a.boilerplate] == ["related", "related"]
    assert [s.text[:10] for s in a.sentences] == ["The death ", "Rescue tea", "The govern"]
    assert (
        analyse(Document("x", "More than 40 people died in the floods, officials said.", language="en")).boilerplate
        == ()
    )


@pytest.mark.parametrize(
    "line, language, reason",
    [
        # a link to another story inside the text, however long its headline
        ("Lire aussi : Inondations en Espagne, au moins douze morts dans la région de Valence", "fr", "link"),
        ("Lee también: Las inundaciones en Valencia dejan al menos doce muertos en la región", "es", "link"),
        ("Lesen Sie auch: Hochwasser in Valencia fordert mindestens zwölf Tote in der Region", "de", "link"),
        ("Читайте также: Наводнение в Валенсии унесло жизни двенадцати человек в воскресенье утром", "ru", "link"),
        ("Read more: Floods in Valencia leave at least twelve people dead across the eastern region", "en", "link"),
        ("اقرأ أيضاً: فيضانات فالنسيا تقتل 12 شخصا على الأقل في شرق إسبانيا يوم الأحد بحسب السلطات", "ar", "link"),
        ("Abonnez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.", "fr", "notice"),
        ("Publié le 3 mars 2024 à 10h00, mis à jour à 12h30", "fr", "stamp"),
        ("Publicado el 3 de marzo de 2024", "es", "stamp"),
        # news in the same words
        ("Partager le pouvoir est difficile, a dit le ministre.", "fr", None),
        ("Melden Sie sich bei der Polizei, wenn Sie etwas gesehen haben.", "de", None),
        ("Publié en 1990, le rapport est resté secret pendant des années.", "fr", None),
    ],
)
def test_furniture_of_other_languages(line, language, reason):
    assert furniture_reason(line, language) == reason


def test_a_wire_dateline_is_found_with_its_date_in_any_case_and_at_a_later_paragraph():
    from summarizer import Document, analyse
    from summarizer.text.boilerplate import dateline_length

    rest = "Rescue teams from the capital reached the worst hit valley late in the evening."
    for head in ("ANKARA, Turkey, Oct. 2 (AP) _ ", "Ankara, Turkey (AP) _ ", "BAGHDAD (Reuters) - "):
        assert dateline_length(head + rest, "en", wire_only=True) == len(head)
    # later paragraphs lose only a wire's dateline, never a place and a dash
    assert dateline_length("London - " + rest, "en", wire_only=True) == 0
    assert dateline_length("The minister (left) said the talks would go on through the night.", "en") == 0
    text = f"The quake struck at dawn and flattened whole villages in the north.\n\nANKARA, Turkey (AP) _ {rest}"
    assert [s.text for s in analyse(Document("d", text, language="en")).sentences][-1] == rest
    run_in = f"The quake struck at dawn on Tuesday. ANKARA, Turkey (AP) _ {rest}"  # a feed that runs wires together
    assert [s.text for s in analyse(Document("d", run_in, language="en")).sentences][-1] == rest


BODY_EN = "The storm hit the coast on Monday and killed 50 people, officials said. Rescue teams reached it on Tuesday."
BODY_AR = "قالت السلطات إن العاصفة قتلت 50 شخصا يوم الاثنين. ووصلت فرق الإنقاذ إلى المنطقة يوم الثلاثاء."


@pytest.mark.parametrize(
    "first, body, language",
    [
        ("CAIRO (Reuters) -", BODY_EN, "en"),  # a dateline on a line of its own
        ("القاهرة (رويترز) -", BODY_AR, "ar"),
        ("March 3, 2024", BODY_EN, "en"),  # a date above the text: a stamp
        ("Jeudi 22 septembre 2005", BODY_EN, "fr"),
        ("3 مارس 2024", BODY_AR, "ar"),
        ("بقلم أحمد حسن", BODY_AR, "ar"),  # a writer's name
        ("القاهرة - وكالات", BODY_AR, "ar"),  # a place and "agencies"
    ],
    ids=["en dateline", "ar dateline", "en date", "fr date", "ar date", "ar byline", "ar agencies"],
)
def test_a_dateline_date_or_byline_above_the_text_is_no_title(first, body, language):
    a = analyse(Document("x", f"{first}\n{body}", language=language))
    assert a.title_text is None and a.sentences[0].text == body.split(". ")[0] + "."


def test_a_headline_above_a_dateline_line_is_the_title():
    a = analyse(Document("x", f"Storm kills dozens on coast\nCAIRO (Reuters) -\n{BODY_EN}", language="en"))
    assert a.title_text == "Storm kills dozens on coast"


@pytest.mark.parametrize(
    "first, body, language",
    [
        ("Remembering 9 November 1989", BODY_EN, "en"),  # a date inside a headline
        ("الانتخابات البرلمانية في 3 مارس 2024", BODY_AR, "ar"),
        ("كتب جديدة في معرض القاهرة", BODY_AR, "ar"),  # books, not "wrote"
        ("كتب الرئيس رسالة إلى الشعب", BODY_AR, "ar"),
    ],
    ids=["en date inside", "ar date inside", "ar books", "ar wrote a letter"],
)
def test_headlines_that_hold_a_date_or_open_with_kataba_stay_titles(first, body, language):
    assert analyse(Document("x", f"{first}\n{body}", language=language)).title_text == first
