import datetime

import pytest

from summarizer import Document, analyse
from summarizer.text.dates import date_problem, day_dates, find_date, metadata_date, parse_date

D = datetime.date


@pytest.mark.parametrize(
    "line, language, date",
    [
        ("Saturday, January 8, 2005", "en", D(2005, 1, 8)),
        ("Tuesday, July 21st, 2007", "en", D(2007, 7, 21)),
        ("2021/07/23 10:00", "ar", D(2021, 7, 23)),
        ("تم النشر: 2021/07/23 الساعة 07:21 بتوقيت غرينتش", "ar", D(2021, 7, 23)),
        ("الأحد 25 يوليو 2021 11:02 ص", "ar", D(2021, 7, 25)),
        ("الخميس 27 كانون الأول 2005", "ar", D(2005, 12, 27)),
        ("الجمعة 21 ايار 2010", "ar", D(2010, 5, 21)),
        ("Samedi 1er janvier 2005", "fr", D(2005, 1, 1)),
        ("08/01/2005", "fr", D(2005, 1, 8)),
        ("10/16/1998 07:41:00", "en", D(1998, 10, 16)),  # month first only where day first is no date
        ("Sobota, 8. ledna 2005", "cs", D(2005, 1, 8)),
        ("Πέμπτη, 5 Απριλίου, 2007", "el", D(2007, 4, 5)),
        ("יום שבת, ה-8 בינואר, 2005", "he", D(2005, 1, 8)),
        ("יום חמישי, הראשון במאי, 2008", "he", D(2008, 5, 1)),
        ("बुधवार, फ़रवरी१५,२००६", "hi", D(2006, 2, 15)),
        ("Montag, 3. März 2008", "de", D(2008, 3, 3)),
        # a stamp in two calendars is read by its Gregorian date
        ("نشر في: 15/9/1445 هـ الموافق 25/3/2024 م", "ar", D(2024, 3, 25)),
        ("1445/09/15 هـ - 2024/03/25", "ar", D(2024, 3, 25)),
        ("الأحد 15 رمضان 1445 هـ الموافق 24 مارس 2024", "ar", D(2024, 3, 24)),
    ],
)
def test_datelines_in_many_languages(line, language, date):
    assert find_date(line, language) == date


@pytest.mark.parametrize(
    "line, language",
    [
        ("The storm hit 40 homes in 2005.", "en"),  # a year and a number are not a date
        ("Saturday, February 30, 2005", "en"),  # no such day
        ("It happened yesterday.", "en"),
        ("January 2005", "en"),  # no day
        # other calendars: a Hijri or Solar Hijri year is no Gregorian one (it put
        # a report six centuries from its story)
        ("نشر في: 15/9/1445 هـ", "ar"),
        ("1445/09/15هـ", "ar"),
        ("4 Farvardin 1403, Tehran", "en"),
    ],
)
def test_no_date_is_invented(line, language):
    assert find_date(line, language) is None


def test_parse_date_reads_metadata():
    assert parse_date("2021-07-23T10:00:00Z") == D(2021, 7, 23)
    assert parse_date("Saturday, January 8, 2005") == D(2005, 1, 8)
    assert parse_date("soon") is None


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "18991231", "2101-01-01", "5000000000000"])
def test_parse_date_reads_no_year_out_of_range(value):
    assert parse_date(value) is None
    assert date_problem(value) == "out of range: years run from 1900 to 2100"


def test_date_problem_says_why_a_given_date_is_no_date():
    assert date_problem("1900-01-01") is None and date_problem("2100-12-31") is None
    assert date_problem("2021-02-30") == "no such day"
    assert date_problem("30 Feb").startswith("not a date we read: ISO 8601 (2024-10-30), ")
    assert date_problem("25 يوليو 2021") is None  # in any language we read


def test_a_given_date_is_read_in_its_language_then_english_then_any():
    assert metadata_date("Sun, 03 Mar 2024 10:00:00 GMT", "ar") == D(2024, 3, 3)
    assert parse_date("4 mars 2024", "ar") is None
    assert metadata_date("4 mars 2024", "ar") == D(2024, 3, 4)
    assert metadata_date("9999-12-31") is None and metadata_date("not a date") is None
    text = "أعلنت الحكومة اليوم خطة جديدة للنقل في المدينة بعد أسابيع من النقاش."
    assert analyse(Document("d", text, date="4 mars 2024")).date == D(2024, 3, 4)


@pytest.mark.parametrize(
    "value, day",
    [
        ("20240303", D(2024, 3, 3)),  # ISO 8601 without separators
        ("20240303T101500Z", D(2024, 3, 3)),
        ("1709424000", D(2024, 3, 3)),  # Unix time, seconds: the UTC day
        ("1709424000123", D(2024, 3, 3)),  # and milliseconds
        ("1709510399.9", D(2024, 3, 3)),
        ("20241340", None),  # no such month
        ("12345", None),
    ],
)
def test_parse_date_reads_compact_iso_and_unix_times(value, day):
    assert parse_date(value) == day
    # a feed's dates are English whatever its reports' language (RSS pubDate)
    assert parse_date("Mon, 04 Mar 2024 10:00:00 GMT", "ar") == D(2024, 3, 4)
    assert parse_date("4 mars 2024", "fr") == D(2024, 3, 4)


def test_a_report_is_dated_by_its_header_not_its_body():
    text = (
        "Storm hits the coast\n\nSaturday, January 8, 2005\n\n"
        "The storm that hit on Monday, January 3, 2005 destroyed many homes along the coast, officials said."
    )
    assert analyse(Document("d", text)).date == D(2005, 1, 8)
    body_only = "The storm that hit on Monday destroyed many homes along the coast, officials said on Tuesday."
    assert analyse(Document("d", body_only)).date is None
    assert analyse(Document("d", body_only, date="2024-05-02")).date == D(2024, 5, 2)


def test_the_seeds_carry_their_publication_dates(seed):
    assert analyse(seed["002"]).date == D(2021, 7, 25)  # a dateline
    assert analyse(seed["004"]).date == D(2021, 7, 23)  # a publication stamp
    assert analyse(seed["003"]).date is None


@pytest.mark.parametrize(
    "text, language, days",
    [
        ("The ferry sank on 12 March, officials said.", "en", {(3, 12): "12 March"}),
        ("It vanished on June 1st over the Atlantic.", "en", {(6, 1): "June 1st"}),
        ("Arrested on 3 May, he was charged on May 5.", "en", {(5, 3): "3 May", (5, 5): "May 5"}),
        ("Results came out on 2021/07/23.", "en", {(7, 23): "2021/07/23"}),
        ("غرقت العبارة يوم ١٢ آذار", "ar", {(3, 12): "١٢ آذار"}),  # Eastern Arabic digits, as written
        ("الخميس 22 يوليو/تموز 2021", "ar", {(7, 22): "22 يوليو"}),
        ("Le 23 mars 2007, quinze marins", "fr", {(3, 23): "23 mars"}),
        ("in March 2005 the law passed", "en", {}),  # a month without a day
        # a Hijri date names no Gregorian day (against 25/3/2024 it flagged a disagreement)
        ("وصل الوفد في 15/9/1445 هـ الموافق 25/3/2024", "ar", {(3, 25): "25/3/2024"}),
        ("He was 12 in May.", "en", {}),  # a number beside the month, not before or after it
        ("The storm hit on February 30.", "en", {}),  # no such day
    ],
)
def test_day_dates_reads_days_with_or_without_a_year(text, language, days):
    assert day_dates(text, language) == days


@pytest.mark.parametrize(
    "line",
    [
        "Published 10:32 AM EST, Mon March 4, 2024",  # a clock time is no day
        "Updated 07:41:00, March 4, 2024",
        "3 dead, 12 hurt: March 4, 2024",  # the day is the number next to the month
    ],
)
def test_the_day_of_a_stamp_is_the_one_next_to_its_month(line):
    assert find_date(line, "en") == datetime.date(2024, 3, 4)


def test_a_report_is_dated_by_its_dateline_never_by_the_history_it_tells():
    history = (
        "Santiago marks the anniversary\n\n"
        "On September 11, 1973, the army seized power in a coup that ended an elected government.\n\n"
        "Thousands marched in the capital to remember the dead of the years that followed."
    )
    assert analyse(Document("d", history)).date is None
    dated = "SANTIAGO, September 11 1998 (AP) - " + history.split("\n\n", 1)[1]
    assert analyse(Document("d", dated)).date == D(1998, 9, 11)


@pytest.mark.parametrize(
    "opening, date",
    [
        (
            "Saturday, March 26, 2005 Up to four times as many women as men died in the floods of that winter.",
            D(2005, 3, 26),
        ),
        (
            "Tuesday, January 18, 2005Through a telethon, people raised money for the victims of the flood.",
            D(2005, 1, 18),
        ),
        (
            "الأحد 25 يوليو 2021 قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.",
            D(2021, 7, 25),
        ),
    ],
)
def test_a_paragraph_that_opens_with_its_date_is_dated(opening, date):
    assert analyse(Document("d", "A headline of some words here\n\n" + opening)).date == date


def test_a_date_further_into_the_first_paragraph_is_no_report_date():
    text = "Reid checked herself in on Tuesday, December 9, 2008, her publicist told the magazine in a statement."
    assert analyse(Document("d", text)).date is None
