import pytest

from summarizer.text.quantities import quantities, same_quantity


def one(text, language="en"):
    (q,) = quantities(text, language)
    return q


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("They raised 395,000 euro.", "en", 395000),
        ("It cost 15 billion lei.", "en", 15e9),
        ("About 1.5 million people fled.", "en", 1.5e6),
        ("Two thousand five hundred troops stay.", "en", 2500),
        ("Fifty-two people died.", "en", 52),
        ("بقي ألفين وخمسمئة جندي.", "ar", 2500),
        ("بقي ٢٥٠٠ جندي.", "ar", 2500),
        ("قتل اثنين وخمسين شخصا.", "ar", 52),
        ("احتجزت خمسة عشر بحارا.", "ar", 15),
        ("جمع 12 مليون دولار.", "ar", 12e6),
    ],
)
def test_values_in_digits_scales_and_words(text, language, value):
    assert one(text, language).value == pytest.approx(value)


def test_times_codes_dates_and_names_are_not_figures():
    assert not quantities("It happened at 11:02 and again at 06.34.14.", "en")
    assert not quantities("He won in 5h 34' 28\" flat.", "en")
    names = quantities("Flight 447 won stage 13 under Resolution 1723.", "en")
    assert [(q.kind, q.value, q.noun) for q in names] == [
        ("label", 447, "flight"),
        ("label", 13, "stage"),
        ("label", 1723, "resolut"),
    ]
    assert [q.kind for q in quantities("اختفت الرحلة 447 في 12 يناير.", "ar")] == ["label"]


def test_a_label_word_names_the_number_across_a_name_only():
    # the airline's name stands between "flight" and its number
    got = quantities("كانت رحلة الخطوط الجوية الفرنسية 447 تقل 228 شخصا.", "ar")
    assert [(q.kind, q.value) for q in got] == [("label", 447), ("number", 228)]
    assert [q.kind for q in quantities("Air France Flight 447 vanished.", "en")] == ["label"]
    # a verb between them: the number counts
    assert [q.kind for q in quantities("The flight was carrying 228 when it vanished.", "en")] == ["number"]
    assert [q.kind for q in quantities("The rescue flight brought 40 home.", "en")] == ["number"]
    assert [q.kind for q in quantities("In 2004 turnout was 60 percent.", "en")] == ["year", "percent"]
    assert [q.kind for q in quantities("بلغت 60 بالمئة عام 2004", "ar")] == ["percent", "year"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le vol 447 d'Air France a disparu.", "fr"),
        ("Η πτήση 447 της Air France εξαφανίστηκε.", "el"),
        ("Během letu 447 se letadlo ztratilo.", "cs"),
        ("טיסה 447 של אייר פראנס נעלמה.", "he"),
    ],
)
def test_each_language_names_flights_and_stages_by_number(text, language):
    # a flight's or a stage's number is a name in every language, never a
    # count that could support or contradict another sentence's figure
    assert [q.kind for q in quantities(text, language)] == ["label"]


def test_hindi_lists_no_label_words():
    # Hindi puts the count after the noun it follows ("15 वाँ चरण 5 घंटे में":
    # the 15th stage in 5 hours), so "चरण" before a number does not make it a name
    got = quantities("उसने 15 वाँ चरण 5 घंटे में जीता।", "hi")
    assert [(q.kind, q.value, q.noun) for q in got] == [("label", 15, "चरण"), ("number", 5, "hour")]


def test_arabic_counts_hours_minutes_and_seconds():
    # the unit after the figure, not the nearer listed word before it (79 km)
    got = quantities("قطع مسافة 79 كيلومترا خلال 95 دقيقة، ثم ركض 3 ساعات و 20 ثانية.", "ar")
    assert [(q.value, q.noun) for q in got] == [(79, "km"), (95, "minute"), (3, "hour"), (20, "second")]


@pytest.mark.parametrize(
    "text, language, place",
    [
        ("Vinokourov won the 13th stage of the Tour.", "en", (13, "stage")),
        ("He won the thirteenth stage of the Tour.", "en", (13, "stage")),
        ("Vinokourov a remporté la 13e étape du Tour.", "fr", (13, "etap")),
        ("Ο 13ος γύρος ξεκίνησε.", "el", (13, "γυρ")),
        ("विनोकौरोव ने टूर डी फ्रांस के तेरहवें चरण को जीत लिया।", "hi", (13, "चरण")),
    ],
)
def test_an_ordinal_names_a_place_never_a_count(text, language, place):
    (q,) = quantities(text, language)
    assert (q.kind, q.value, q.noun) == ("label", *place)


def test_ordinals_of_dates_and_articles_are_no_places():
    assert quantities("It happened on the 7th of July and on June 1st.", "en") == ()
    # Greek writes "the" as ο: after a space it is an article, not an ending
    assert [q.kind for q in quantities("μετά από 13 ο αγώνας", "el")] == ["number"]


def test_hindi_number_words_and_roles():
    got = quantities("भूकंप में दो लाख लोगों की जानें गईं और लगभग १५ लाख लोग बेघर हुए।", "hi")
    assert [(q.value, q.noun, sorted(q.roles)) for q in got] == [
        (200_000, "people", ["role:dead"]),
        (1_500_000, "people", ["role:displaced"]),
    ]
    # एक is "one" and "a": "एक अधिकारी" (an official) counts nothing, "एक लाख" is 100,000
    assert [q.value for q in quantities("एक अधिकारी ने कहा कि एक लाख लोग प्रभावित हुए।", "hi")] == [100_000]


def test_arabic_comma_separates_thousands_only_before_three_digits():
    assert [q.value for q in quantities("نزح 766،000 شخص", "ar")] == [766000]
    assert [q.value for q in quantities("الأعداد 3، 4 و 5،12", "ar")] == [3, 4, 5, 12]


def test_a_plural_scale_word_alone_is_no_figure():
    assert not quantities("شرد ملايين دون مأوى وقتل آلاف", "ar")
    assert [q.value for q in quantities("قتل ثلاثة آلاف شخص", "ar")] == [3000]
    assert [q.value for q in quantities("جمع 3 ملايين دولار", "ar")] == [3e6]


def test_words_with_combining_marks_are_whole_words():
    # Devanagari vowel signs are not \w: a word is read whole, so the noun of
    # "12 मिनट" is मिनट (not नट) and the abbreviation किमी० (its dot written as a
    # zero) is no figure.
    got = quantities("उसने 54 किमी० की दूरी 1 घंटे 12 मिनट में तय की।", "hi")
    assert [(q.value, q.noun) for q in got] == [(54.0, "km"), (1.0, "hour"), (12.0, "minute")]
    # a unit of the table after a figure is its noun, not one before it (the km)
    got = quantities("He rode the 54 km in 1 hour and 12 minutes.", "en")
    assert [(q.value, q.noun) for q in got] == [(54.0, "km"), (1.0, "hour"), (12.0, "minute")]


def test_keys_name_what_is_counted():
    a, b = quantities("48 people were rescued and 12 people are missing.", "en")
    assert (a.noun, a.roles, b.roles) == ("people", {"role:rescued"}, {"role:missing"})
    assert one("The blast killed 12 people and injured many.").roles == {"role:dead"}
    assert one("Regulators fined it $10 million.").noun == "usd"
    assert one("A magnitude of 7.0 was measured.").noun == "magnitude"
    assert one("ضرب زلزال بلغت قوته 7.0 هايتي", "ar").noun == "magnitude"
    assert one("جمع 395000 يورو", "ar").noun == "eur"
    # a role word right after the figure says what it counts
    deaths = one("The earthquake left exactly 222,570 deaths.")
    assert (deaths.noun, deaths.roles) == (None, {"role:dead"})
    assert same_quantity(deaths, one("As many as 200,000 people were killed."), strict=True)


def test_a_figure_after_a_tally_counts_its_role():
    killed = one("A strong earthquake struck on Monday, killing at least 400 people.")
    toll = one("The death toll from Monday's earthquake in the north has risen to 500, officials said.")
    assert (toll.noun, toll.roles) == (None, {"role:dead"})  # not "risen" counted
    assert same_quantity(killed, toll, strict=True)
    assert one("The injury toll rose to 300.").roles == {"role:injured"}  # the tally's own role word
    assert one("The death toll rose to 500 people.").noun == "people"
    killed_ar = one("أسفر زلزال قوي يوم الاثنين عن مقتل 400 شخص على الأقل.", "ar")
    toll_ar = one("ارتفعت حصيلة القتلى جراء زلزال الاثنين في الشمال إلى 500، وفق مسؤولين.", "ar")
    assert (toll_ar.noun, toll_ar.roles) == (None, {"role:dead"})  # not "زلزال" counted
    assert same_quantity(killed_ar, toll_ar, strict=True)
    # the tally counts the first figure after it in its clause only
    dead, hurt = quantities("The death toll rose to 500 and 1,000 people were injured.", "en")
    assert (dead.roles, hurt.roles, hurt.noun) == ({"role:dead"}, {"role:injured"}, "people")
    assert one("The death toll is unclear, but 3,000 homes fell.").roles == frozenset()  # another clause
    # a thing counted right after the figure is not the tally's ("a number of fighters ... 3 sites")
    sites = one("قتل عدد من المسلحين في غارات جوية على 3 مواقع شمال البلاد.", "ar")
    assert (sites.noun, sites.roles) == ("مواقع", frozenset())
    assert one("ارتفعت حصيلة القتلى إلى 500 في زلزال الشمال.", "ar").roles == {"role:dead"}


def test_same_quantity():
    troops = one("2,500 troops stay.")
    assert same_quantity(troops, one("2,500 soldiers stay."))
    assert same_quantity(troops, one("بقي 2500 جندي", "ar"))
    assert not same_quantity(troops, one("It cost 2,500 euro."))
    rescued, missing = quantities("48 people were rescued and 12 people are missing.", "en")
    assert not same_quantity(rescued, missing)
    assert same_quantity(rescued, one("Rescuers saved 41 passengers."))
    # people in general and passengers agree on a value, but 216 passengers
    # are no conflict with 228 people (the crew make up the rest)
    people, passengers = one("It carried 228 people."), one("It carried 216 passengers.")
    assert same_quantity(people, passengers) and not same_quantity(people, passengers, strict=True)


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # a comma for decimals, a point or a space for thousands
        ("Il y a eu 1 200 morts et 12 300 000 sinistrés.", "fr", [1200, 12_300_000]),
        ("Bylo 1\u00a0200 mrtvých a 1,5 procenta.", "cs", [1200, 1.5]),
        ("Es gab 1.200 Tote bei Stärke 7,8.", "de", [1200, 7.8]),
        ("περισσότερα από 1.600 χιλιόμετρα", "el", [1600]),
        # the English way, which translations keep: a comma before three digits groups thousands
        ("Il y a eu 124,000 morts.", "fr", [124_000]),
        # a year then a count stay two figures; a code is none
        ("En 2005 300 personnes et le code 06.34.14.", "fr", [2005, 300]),
        # English: a point for decimals, a comma for thousands, no space groups
        ("The toll is 1.2 million, 1,500 in all, 3,4 listed, 1 200.", "en", [1_200_000, 1500, 1, 200]),
    ],
)
def test_each_language_reads_its_own_decimal_sign_and_thousands(text, language, values):
    assert [q.value for q in quantities(text, language)] == values


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # a scale word multiplies the figure before it; alone in the plural it says "many"
        ("1,5 million de sinistrés et des millions de dollars, 2 millions de plus.", "fr", [1_500_000, 2_000_000]),
        ("Zemřelo 3 miliony lidí, miliony jich utekly.", "cs", [3_000_000]),
        ("1,5 εκατομμύριο άστεγοι και εκατομμύρια άνθρωποι", "el", [1_500_000]),
        ("1.5 מיליון איש ואלפי אנשים", "he", [1_500_000]),
        ("2,5 Millionen Menschen und Millionen Tiere", "de", [2_500_000]),
        ("3 миллиона человек и тысячи домов", "ru", [3_000_000]),
        ("共有3万人", "zh", [30_000]),
    ],
)
def test_scale_words_of_each_language(text, language, values):
    assert [q.value for q in quantities(text, language)] == values


def test_a_weekday_or_a_month_after_a_figure_says_when_not_what():
    # "1,200 on Monday" / "1,500 on Tuesday": one count on two days, not two things counted
    (a,) = quantities("Officials said the quake killed 1,200 on Monday.", "en")
    (b,) = quantities("Officials said the quake killed 1,500 on Tuesday.", "en")
    assert a.noun == b.noun and a.noun not in ("monday", "tuesday") and same_quantity(a, b, strict=True)
    (c,) = quantities("The toll rose to 1,500 in March.", "en")
    assert c.noun != "march"
    (d,) = quantities("قتل 1200 شخص يوم الاثنين", "ar")
    assert d.noun == "people"
