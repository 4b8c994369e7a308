import pytest

from summarizer.pipeline import analyse
from summarizer.text.lang import get
from summarizer.text.language import detect
from summarizer.text.segment import logical_lines, segment, split_sentences


def pieces(text):
    return [text[a:b] for a, b in segment(text, language=get(detect(text)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "It works." Then he left!', ['He said "It works."', "Then he left!"]),
        ("قال: «انتهى». هل انتهى؟ نعم تم ذلك!", ["قال: «انتهى».", "هل انتهى؟", "نعم تم ذلك!"]),
        ("Growth was 2.5 percent. Prices rose.", ["Growth was 2.5 percent.", "Prices rose."]),
        ("نُشر في 2021/07/23 الساعة 07:21 صباحا. ثم حُدّث.", ["نُشر في 2021/07/23 الساعة 07:21 صباحا.", "ثم حُدّث."]),
        ("قال، أمس؛ إن الجولة: بدأت. وانتهت اليوم.", ["قال، أمس؛ إن الجولة: بدأت.", "وانتهت اليوم."]),
        ("George W. Bush signed it. The U.S. House agreed.", ["George W. Bush signed it.", "The U.S. House agreed."]),
        ("Mr. Smith came in the U.S. The law passed.", ["Mr. Smith came in the U.S.", "The law passed."]),
        # Ranks before a name (MultiLing's Abu Ghraib cluster).
        (
            "Army Spc. Charles Graner was jailed. Maj. Smith spoke.",
            ["Army Spc. Charles Graner was jailed.", "Maj. Smith spoke."],
        ),
        ("قال كيري إن (NATO) ستنسحب. Biden agreed.", ["قال كيري إن (NATO) ستنسحب.", "Biden agreed."]),
        # A question, an exclamation or a pause followed by a small letter goes
        # on: a quotation's attribution, the rest of a sentence.
        ("Wait… what happened? Nothing much", ["Wait… what happened?", "Nothing much"]),
        ('"Where are they?" he asked. Nobody knew.', ['"Where are they?" he asked.', "Nobody knew."]),
        ("«On a gagné !» a-t-il crié. Puis il est parti.", ["«On a gagné !» a-t-il crié.", "Puis il est parti."]),
        ("We are... devastated, she said. They left.", ["We are... devastated, she said.", "They left."]),
        ("The ship Pourquoi Pas? sailed. It arrived.", ["The ship Pourquoi Pas? sailed.", "It arrived."]),
        # So does a period: an abbreviation or an ordinal not listed, a quotation's attribution.
        (
            "Έφυγε στις 12.50μμ. και έφτασε αργά. Μετά ήρθε η βροχή.",
            ["Έφυγε στις 12.50μμ. και έφτασε αργά.", "Μετά ήρθε η βροχή."],
        ),
        ('"It is over." he said. Then silence.', ['"It is over." he said.', "Then silence."]),
        # Text written all in small letters is still cut at every mark.
        ("the toll rose to 42. rescuers came? yes.", ["the toll rose to 42.", "rescuers came? yes."]),
        # A capital, a digit or a script without case still starts a new one.
        ("Is it over? Nobody knows... 40 died.", ["Is it over?", "Nobody knows...", "40 died."]),
        ("هل انتهى؟ قال إن... الوضع خطير.", ["هل انتهى؟", "قال إن...", "الوضع خطير."]),
        (
            "حصدت الحرب 60 مليون نفس ومدني.تكبّد المدنيون خسائر فادحة.",
            ["حصدت الحرب 60 مليون نفس ومدني.", "تكبّد المدنيون خسائر فادحة."],
        ),
        # The same typo after a digit, a quote, a bracket, tanween or a stray space (all in EASC).
        ("انتهت الحرب عام 1970.وقد سيطرت الفصائل.", ["انتهت الحرب عام 1970.", "وقد سيطرت الفصائل."]),
        ('سماها "العدو الأكبر".يتفرع عن ذلك سؤال.', ['سماها "العدو الأكبر".', "يتفرع عن ذلك سؤال."]),
        ("بدأت الدورة (الصيفية).تعتبر الألعاب مهمة.", ["بدأت الدورة (الصيفية).", "تعتبر الألعاب مهمة."]),
        ("يتجمع الثلج ليشكل برداً.ولكي يحدث ذلك.", ["يتجمع الثلج ليشكل برداً.", "ولكي يحدث ذلك."]),
        ("على أرض فلسطين .يعتبر من الأسباب.", ["على أرض فلسطين .", "يعتبر من الأسباب."]),
        # Not after a Latin letter or another dot.
        ("زار U.S.الوفد المدينة. ثم عاد...وقال كلمة.", ["زار U.S.الوفد المدينة.", "ثم عاد...وقال كلمة."]),
        ("She said: “It is over.” Then silence.", ["She said: “It is over.”", "Then silence."]),
        # A period glued between a small letter and a capitalised word ends a
        # sentence (tags stripped without a space; MultiLing en and el have it) ...
        (
            "Prices were raised.The minister left. He came back!Then he spoke.",
            ["Prices were raised.", "The minister left.", "He came back!", "Then he spoke."],
        ),
        (
            "Ο αγώνας έγινε στο Λονδίνο.Τελικός νικητής ήταν ο Γάλλος.",
            ["Ο αγώνας έγινε στο Λονδίνο.", "Τελικός νικητής ήταν ο Γάλλος."],
        ),
        # ... but not inside an address, after an abbreviation, or before a short word.
        ("Visit www.Reuters.com or Reuters.Com/world today.", ["Visit www.Reuters.com or Reuters.Com/world today."]),
        ("Mr.Smith arrived with the U.S.Army on Monday.", ["Mr.Smith arrived with the U.S.Army on Monday."]),
        (
            "The team uses node.Js and writes to info@news.Example.org daily.",
            ["The team uses node.Js and writes to info@news.Example.org daily."],
        ),
    ],
)
def test_edge_cases(text, expected):
    assert pieces(text) == expected


def test_hard_wrapped_paragraph_is_one_line_but_headline_and_blank_line_still_end():
    text = (
        "Storm hits the coast\n"
        "A strong storm reached the northern coast on Monday night and forced\n"
        "thousands of families to leave their homes before the rivers rose\n"
        "above the old flood walls. Officials said the damage was large.\n"
        "\n"
        "Rescue teams worked through the night in the flooded villages near\n"
        "the river mouth."
    )
    got = pieces(text)
    assert got[0] == "Storm hits the coast"
    assert got[1].startswith("A strong storm") and got[1].endswith("flood walls.")
    assert "\n" in got[1]  # offsets index the original: the wrap stays in the span
    assert got[2] == "Officials said the damage was large."
    assert got[3].startswith("Rescue teams") and got[3].endswith("river mouth.")


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_ends_of_any_system_wrap_and_break_alike(eol):
    # "\r\n" is one line end: a Windows file's wraps are joined and only its
    # blank lines end paragraphs (its first wrapped line is no headline).
    text = eol.join(
        [
            "The river rose above the old flood walls on Monday night and forced",
            "thousands of families to leave their homes in the northern valley.",
            "",
            "Officials said the damage was large.",
        ]
    )
    lines = [text[a:b].replace(eol, " ") for a, b in logical_lines(text)]
    assert lines == [
        "The river rose above the old flood walls on Monday night and forced "
        "thousands of families to leave their homes in the northern valley.",
        "Officials said the damage was large.",
    ]


def test_urdu_full_stop_ends_a_sentence():
    text = "پیر کو زلزلے نے علاقے کو ہلا دیا۔ امدادی کارکن تلاش کر رہے ہیں۔"
    assert pieces(text) == ["پیر کو زلزلے نے علاقے کو ہلا دیا۔", "امدادی کارکن تلاش کر رہے ہیں۔"]


def test_a_wrapped_line_ending_in_an_abbreviation_goes_on_unless_the_next_is_indented():
    text = (
        "\tThe vote was 58-40, with seven Republicans joining the Democrats,\n"
        "said the leader of the chamber, a close ally of Sen.\n"
        "Edward Kennedy, D-Mass., who voted for the bill on Friday.\n"
        "\tThe measure now goes to the White House, where the president\n"
        "is expected to sign it within days, aides to the gov.\n"
        "\tNothing else was decided on the day of the long debate.\n"
    )
    got = [" ".join(text[a:b].split()) for a, b in segment(text, language=get("en"))]
    assert got[0].endswith("a close ally of Sen. Edward Kennedy, D-Mass., who voted for the bill on Friday.")
    assert got[1].endswith("aides to the gov.")  # the next line is indented: a new paragraph
    assert got[2].startswith("Nothing else")


def test_one_paragraph_per_line_is_not_joined():
    line1 = "قال المتحدث " + "كلام طويل " * 20 + "في النهاية"
    line2 = "وأضاف أن " + "الأمر " * 20 + "انتهى."
    assert len(logical_lines(line1 + "\n" + line2)) == 2


def test_spans_slice_and_reassemble_on_seeds(seeds):
    for doc in seeds:
        spans = segment(doc.text)
        pos = 0
        for a, b in spans:
            assert a >= pos and b > a
            assert doc.text[pos:a].strip() == ""  # only white space between sentences
            pos = b
        assert doc.text[pos:].strip() == ""


def test_seed_sentences_are_whole(seeds):
    for doc in seeds:
        a = analyse(doc)
        assert len(a.sentences) >= 10
        for s in a.sentences:
            assert doc.text[s.start : s.end] == s.text
            assert not s.text.rstrip().endswith("،"), s.text
            assert s.text[-1] in ".!?؟…\"”»'", (doc.id, s.text[-40:])


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Zraněny byly stovky lidí 7. července 2005 v Londýně. Policie pátrá.",
            "cs",
            ["Zraněny byly stovky lidí 7. července 2005 v Londýně.", "Policie pátrá."],
        ),
        (
            "Am 8. Juli 2005 kam es. Dann 7. Das war alles.",
            "de",
            ["Am 8. Juli 2005 kam es.", "Dann 7.", "Das war alles."],
        ),
        ("Bylo jich 17. Pak odešli.", "cs", ["Bylo jich 17.", "Pak odešli."]),
        # English writes no ordinal days with a period: a number's period before a month ends the sentence
        ("He came on day 7. July was hot.", "en", ["He came on day 7.", "July was hot."]),
    ],
)
def test_a_day_written_as_an_ordinal_before_its_month_ends_no_sentence(text, language, expected):
    assert [text[a:b] for a, b in split_sentences(text, language=get(language))] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # initials in any script: one or two letters (with their marks) a piece
        (
            "सम्मेलन में सी.ओ.पी. और सी.एम.पी. की बैठकें शामिल हैं। दूसरा वाक्य यहाँ है।",
            "hi",
            ["सम्मेलन में सी.ओ.पी. और सी.एम.पी. की बैठकें शामिल हैं।", "दूसरा वाक्य यहाँ है।"],
        ),
        ("भूकंप १६ कि.मी. की दूरी पर आया। लोग डर गए।", "hi", ["भूकंप १६ कि.मी. की दूरी पर आया।", "लोग डर गए।"]),
        (
            "Οι Η.Π.Α. ανακοίνωσαν νέα μέτρα. Η αγορά αντέδρασε.",
            "el",
            ["Οι Η.Π.Α. ανακοίνωσαν νέα μέτρα.", "Η αγορά αντέδρασε."],
        ),
        # an Arabic dotted abbreviation glued together (ق.م., BC) is no cut, a glued typo still is
        (
            "ذكرت السباحة منذ عام 2000 ق.م. في ملحمة جلجامش. وفي الكتاب المقدس.",
            "ar",
            ["ذكرت السباحة منذ عام 2000 ق.م. في ملحمة جلجامش.", "وفي الكتاب المقدس."],
        ),
        ("قتل جندي ومدني.تكبد الجيش خسائر.", "ar", ["قتل جندي ومدني.", "تكبد الجيش خسائر."]),
        # cased scripts still end a sentence at initials before a capitalised function word
        ("He lives in the U.S. The law passed.", "en", ["He lives in the U.S.", "The law passed."]),
    ],
)
def test_initials_in_any_script_end_no_sentence(text, language, expected):
    assert [text[a:b] for a, b in split_sentences(text, language=get(language))] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a list item's marker is not part of its sentence, nor a sentence of its own
        ("1. Rescue teams arrived at night.", "en", ["Rescue teams arrived at night."]),
        ("2) Aid flights landed. Roads opened.", "en", ["Aid flights landed.", "Roads opened."]),
        ("• “We will rebuild,” the mayor said.", "en", ["“We will rebuild,” the mayor said."]),
        ("- Au Sri Lanka, le sol a bougé.", "fr", ["Au Sri Lanka, le sol a bougé."]),
        ("* وصلت فرق الإنقاذ ليلا.", "ar", ["وصلت فرق الإنقاذ ليلا."]),
        ("b. The dam held.", "en", ["The dam held."]),
        # initials and ordinals are no markers
        ("A. Smith said the dam held.", "en", ["A. Smith said the dam held."]),
        ("M. Mella a donné un échantillon.", "fr", ["M. Mella a donné un échantillon."]),
        ("13. září soud zamítl odvolání.", "cs", ["13. září soud zamítl odvolání."]),
        ("2. světová válka skončila.", "cs", ["2. světová válka skončila."]),
        # a dash or number that the text goes on from
        ("-5 degrees at night.", "en", ["-5 degrees at night."]),
        ("2021 was a hard year.", "en", ["2021 was a hard year."]),
    ],
)
def test_a_list_items_marker_is_left_out(text, language, expected):
    assert [text[a:b] for a, b in split_sentences(text, language=get(language))] == expected


def _split(text, code):
    return [text[a:b] for a, b in segment(text, language=get(code) if code else None)]


@pytest.mark.parametrize(
    "text, code, expected",
    [
        # A lone Arabic letter with a period abbreviates a word: doctor, professor, engineer, page.
        (
            "قال د. أحمد حسن إن الوضع مستقر. وأضاف أن الحل قريب.",
            "ar",
            ["قال د. أحمد حسن إن الوضع مستقر.", "وأضاف أن الحل قريب."],
        ),
        (
            "ألقى أ. د. سامي يوسف محاضرة عن الطاقة. حضرها طلاب كثيرون.",
            "ar",
            ["ألقى أ. د. سامي يوسف محاضرة عن الطاقة.", "حضرها طلاب كثيرون."],
        ),
        (
            "افتتح م. خالد عمر المصنع الجديد. وبدأ الإنتاج أمس.",
            "ar",
            ["افتتح م. خالد عمر المصنع الجديد.", "وبدأ الإنتاج أمس."],
        ),
        ("ورد ذلك في ص. 45 من التقرير. ولم يعلق أحد.", "ar", ["ورد ذلك في ص. 45 من التقرير.", "ولم يعلق أحد."]),
        # BC after a year, spaced or glued, goes on ...
        (
            "بني المعبد نحو 1500 ق. م، وهو من أقدم المعابد. وما زال قائما.",
            "ar",
            ["بني المعبد نحو 1500 ق. م، وهو من أقدم المعابد.", "وما زال قائما."],
        ),
        (
            "عاش الملك نحو 900 ق.م تقريبا في الجنوب. ثم انتقل.",
            "ar",
            ["عاش الملك نحو 900 ق.م تقريبا في الجنوب.", "ثم انتقل."],
        ),
        # ... but the era or a unit right after a number may end a sentence.
        ("تأسست المدينة عام 1850 م. وكانت قرية صغيرة.", "ar", ["تأسست المدينة عام 1850 م.", "وكانت قرية صغيرة."]),
        ("قطع السباح المسافة في 2د 15ث. وفاز بالذهبية.", "ar", ["قطع السباح المسافة في 2د 15ث.", "وفاز بالذهبية."]),
    ],
)
def test_arabic_abbreviations_written_with_a_space(text, code, expected):
    assert _split(text, code) == expected


@pytest.mark.parametrize(
    "text, code, expected",
    [
        (
            "Встречу провёл В. Путин в Москве. Потом он уехал.",
            "ru",
            ["Встречу провёл В. Путин в Москве.", "Потом он уехал."],
        ),
        (
            "Το είπε ο Κ. Μητσοτάκης στη Βουλή. Μετά έφυγε.",
            "el",
            ["Το είπε ο Κ. Μητσοτάκης στη Βουλή.", "Μετά έφυγε."],
        ),
        ("Доклад прочёл А. И. Смирнов. Зал молчал.", "ru", ["Доклад прочёл А. И. Смирнов.", "Зал молчал."]),
        # a capitalised function word after a capital and a period starts a sentence,
        # unless the letter opens its sentence (a label)
        ("We went home, you and I. Did anyone see us?", "en", ["We went home, you and I.", "Did anyone see us?"]),
        ("Q. Who called? A. The mayor did.", "en", ["Q. Who called?", "A. The mayor did."]),
    ],
)
def test_a_capital_of_any_script_with_a_period_is_an_initial(text, code, expected):
    assert _split(text, code) == expected


@pytest.mark.parametrize(
    "text, code, expected",
    [
        (
            "Die Burg stammt aus dem 5. Jahrhundert und wurde oft umgebaut. Heute ist sie ein Museum.",
            "de",
            ["Die Burg stammt aus dem 5. Jahrhundert und wurde oft umgebaut.", "Heute ist sie ein Museum."],
        ),
        (
            "Er wurde zum 45. Präsidenten gewählt. Alle jubelten.",
            "de",
            ["Er wurde zum 45. Präsidenten gewählt.", "Alle jubelten."],
        ),
        ("Der Pegel stieg auf 12. Die Feuerwehr kam.", "de", ["Der Pegel stieg auf 12.", "Die Feuerwehr kam."]),
        (
            "Das kostet z. B. mehr als erwartet. Niemand wusste es.",
            "de",
            ["Das kostet z. B. mehr als erwartet.", "Niemand wusste es."],
        ),
        (
            "Die Stadt wurde um 300 v. Chr. gegründet. Später kam Rom.",
            "de",
            ["Die Stadt wurde um 300 v. Chr. gegründet.", "Später kam Rom."],
        ),
        (
            "Die Stadt entstand um 300 v. Chr. Die Römer kamen später.",
            "de",
            ["Die Stadt entstand um 300 v. Chr.", "Die Römer kamen später."],
        ),
        (
            "Das Projekt kostet 3 Mrd. Euro im Jahr. Der Bund zahlt.",
            "de",
            ["Das Projekt kostet 3 Mrd. Euro im Jahr.", "Der Bund zahlt."],
        ),
        (
            "La ciudad fue fundada en el 200 a. C. por los romanos. Hoy es famosa.",
            "es",
            ["La ciudad fue fundada en el 200 a. C. por los romanos.", "Hoy es famosa."],
        ),
        (
            "La ciudad fue fundada en el 200 a. C. Los romanos llegaron después.",
            "es",
            ["La ciudad fue fundada en el 200 a. C.", "Los romanos llegaron después."],
        ),
        # Polish r. (year): part of a date phrase opening a sentence, the end of a longer one
        (
            "W 1920 r. Józef Piłsudski objął dowództwo. Potem wrócił.",
            "pl",
            ["W 1920 r. Józef Piłsudski objął dowództwo.", "Potem wrócił."],
        ),
        (
            "Zamek spłonął podczas wielkiej wojny w 1915 r. Odbudowa trwała lata.",
            "pl",
            ["Zamek spłonął podczas wielkiej wojny w 1915 r.", "Odbudowa trwała lata."],
        ),
    ],
)
def test_ordinals_and_abbreviations_of_german_spanish_and_polish(text, code, expected):
    assert _split(text, code) == expected


@pytest.mark.parametrize(
    "text, code, expected",
    [
        ("Πού είναι ο σταθμός; Δεν ξέρω.", "el", ["Πού είναι ο σταθμός;", "Δεν ξέρω."]),
        ("Τι έγινε\u037e Κανείς δεν ξέρει.", "el", ["Τι έγινε\u037e", "Κανείς δεν ξέρει."]),
        # elsewhere a semicolon joins two clauses of one sentence
        ("He came; She left.", "en", ["He came; She left."]),
        ("Նա եկավ տուն։ Հետո քնեց։", None, ["Նա եկավ տուն։", "Հետո քնեց։"]),
        ("ሰላም ነህ፧ደህና ነኝ።ነገ እንገናኝ።", None, ["ሰላም ነህ፧", "ደህና ነኝ።", "ነገ እንገናኝ።"]),
        ("ዜና ፨ሌላ ዜና ደግሞ", None, ["ዜና ፨", "ሌላ ዜና ደግሞ"]),
        ("မင်္ဂလာပါ။ နေကောင်းလား။", None, ["မင်္ဂလာပါ။", "နေကောင်းလား။"]),
        # fullwidth stops; a fullwidth point between digits is a decimal point
        (
            "売上は１．５倍になった．来年も伸びる見込みだ．",
            "ja",
            ["売上は１．５倍になった．", "来年も伸びる見込みだ．"],
        ),
        ("ＯＫ！Ｗｈｙ？Ｎｏｗ．", "ja", ["ＯＫ！", "Ｗｈｙ？", "Ｎｏｗ．"]),
    ],
)
def test_sentence_marks_of_other_scripts(text, code, expected):
    assert _split(text, code) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He paused . . . then spoke again. Nobody moved.", ["He paused . . . then spoke again.", "Nobody moved."]),
        ("It was over. . . . Nobody moved.", ["It was over. . . .", "Nobody moved."]),
        ("We waited . . . . And waited.", ["We waited . . . .", "And waited."]),
    ],
)
def test_a_spaced_ellipsis_is_not_cut_in_its_middle(text, expected):
    assert _split(text, "en") == expected


@pytest.mark.parametrize(
    "text, code, expected",
    [
        (
            "他说：“我们明天出发。你准备好了吗？”大家都同意了。",
            "zh",
            ["他说：“我们明天出发。你准备好了吗？”", "大家都同意了。"],
        ),
        ("我们去看《走吧！朋友》好吗？好！", "zh", ["我们去看《走吧！朋友》好吗？", "好！"]),
        (
            "会議は終わった（予定より早い。理由は不明）。皆帰った。",
            "ja",
            ["会議は終わった（予定より早い。理由は不明）。", "皆帰った。"],
        ),
        (
            "彼は「もう帰る。また明日。」と言った。次の日も来た。",
            "ja",
            ["彼は「もう帰る。また明日。」と言った。", "次の日も来た。"],
        ),
        ("彼女は『雨だ。』雨は止まない。", "ja", ["彼女は『雨だ。』", "雨は止まない。"]),
        # a stray opener with no closer does not hold the rest of the line together
        ("他说「我们走。大家好。", "zh", ["他说「我们走。", "大家好。"]),
    ],
)
def test_a_cjk_stop_inside_quotes_or_brackets_ends_no_sentence(text, code, expected):
    assert _split(text, code) == expected
