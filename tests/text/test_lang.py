"""Every language module is complete and consistent (see summarizer/text/lang/)."""

import re

import pytest

from summarizer.text.lang import STEMMERS, canonical, codes, get
from summarizer.text.language import detect, stop_words
from summarizer.text.normalize import fold_pattern
from summarizer.text.terms import make_stemmer

from ..conftest import dev_set


def test_codes_are_the_modules():
    assert {"ar", "en", "fr", "cs", "el", "he", "hi"} <= set(codes())
    assert list(codes()) == sorted(codes())


@pytest.mark.parametrize("code", codes())
def test_each_language_module(code):
    lang = get(code)
    assert lang.code == code and lang.name.isalpha() and lang.scripts
    assert lang.stemmer in STEMMERS
    assert canonical(lang.name) == code and canonical(code.upper() + "-XX") == code
    assert callable(make_stemmer(code))
    for reason, patterns in lang.furniture.items():
        assert reason.isidentifier()
        for p in patterns:
            re.compile(fold_pattern(p))
    for p in lang.datelines + lang.labels:
        re.compile(p)
    assert all(
        v in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
        for v in lang.weekdays.values()
    )
    assert all(isinstance(v, int) and v > 0 for v in lang.number_words.values())


def test_stop_words_come_from_sumy_and_our_own_lists():
    assert {"the", "and"} <= stop_words("en")
    assert "من" in stop_words("ar")
    assert "के" in stop_words("hi")  # sumy has no Hindi list: ours


@pytest.mark.parametrize(
    "code, text, content",
    [
        # sumy's French list lacks "de", "un", "une"; elisions leave "qu"
        ("fr", "Le président de la République a dit qu'une délégation viendra avec un ministre.", 6),
        ("es", "El presidente del Gobierno y los ministros no han hablado con la prensa.", 5),
        ("hi", "उन्होंने कहा कि बैठक शाम तक चलेगी।", 3),
    ],
)
def test_the_most_frequent_words_are_no_content_terms(code, text, content):
    from summarizer.text.terms import Analyzer

    terms = Analyzer(code, stemmer="none").terms(text)
    assert len(terms) == content, terms


@pytest.mark.parametrize(
    "code, forms",
    [
        # singular and plural, cases, accents and final sigma: one stem each line
        ("el", ["ύποπτος", "ύποπτοι", "υπόπτων", "ΥΠΟΠΤΟΥΣ"]),
        ("el", ["πολιτικός", "πολιτική", "πολιτικών", "πολιτικοί"]),
        ("el", ["σεισμός", "σεισμού", "σεισμοί"]),
        ("el", ["ανακοίνωσε", "ανακοίνωση", "ανακοινώσεις"]),
        ("hi", ["लड़का", "लड़के", "लड़कों", "लड़की", "लड़कियों"]),
        ("hi", ["योजना", "योजनाएं", "योजनाओं"]),
        ("hi", ["बचाना", "बचाने", "बचानी"]),
        ("hi", ["भूकंप", "भूकंपों"]),
    ],
)
def test_the_light_stemmers_give_inflected_forms_one_stem(code, forms):
    from summarizer.text.terms import analyzer

    stems = {t for f in forms for t in analyzer(code).terms(f)}
    assert len(stems) == 1, stems


def test_the_suffix_stemmer_keeps_three_letters_and_needs_its_endings():
    from summarizer.text.lang import Language
    from summarizer.text.terms import SUFFIX_STEM, analyzer

    assert SUFFIX_STEM == 3
    assert analyzer("el").terms("νέος σεισμός") == ["νεοσ", "σεισμ"]  # νέ|ος would leave two letters
    with pytest.raises(ValueError, match="needs suffixes"):
        Language(code="xx", name="xx", scripts=("LATIN",), stemmer="suffixes")


def test_unknown_and_empty_languages_name_the_known_ones():
    with pytest.raises(ValueError, match="known: ar, cs"):
        canonical("xx")
    with pytest.raises(ValueError, match="empty"):
        canonical("  ")


@pytest.mark.parametrize(
    "text, code",
    [
        ("Der Minister sagte am Montag, dass die Gespräche mit der Regierung weitergehen werden.", "de"),
        ("El ministro dijo el lunes que las conversaciones con el gobierno seguirán.", "es"),
        ("Ministr v pondělí řekl, že jednání s vládou budou pokračovat a že se dohodnou.", "cs"),
        ("Міністр сказав у понеділок, що переговори продовжаться.", "uk"),
        ("Il ministro ha detto lunedì che i colloqui con il governo continueranno anche questa settimana.", "it"),
        ("O ministro disse na segunda-feira que as negociações com o governo vão continuar.", "pt"),
        ("Minister powiedział w poniedziałek, że rozmowy z rządem będą kontynuowane.", "pl"),
        ("Minister v pondelok povedal, že rokovania s vládou budú pokračovať, ako sa dohodli.", "sk"),
        ("Ministern sa på måndagen att samtalen med regeringen kommer att fortsätta.", "sv"),
        # elided articles (l', d') are no English "l" and "d"; sumy's French list lacks "de"
        (
            "Le gouvernement a demandé la publication d'images liées à l'affaire. Un juge fédéral "
            "a ordonné la publication de photos additionnelles en relation avec l'affaire.",
            "fr",
        ),
        # a headline without function words: a letter only Czech writes tells
        ("Těla pasažérů a vrak letadla nalezeny", "cs"),
        ("Un cutremur puternic a lovit regiunea luni, ucigând cel puțin 12 persoane.", "ro"),
        ("Pazartesi günü bölgeyi vuran güçlü depremde en az 12 kişi öldü.", "tr"),
        # Cyrillic: Russian and Ukrainian by their own letters and words
        ("Сильное землетрясение произошло в понедельник, погибли не менее 12 человек.", "ru"),
        ("Потужний землетрус стався в понеділок, загинули щонайменше 12 людей.", "uk"),
        # Arabic script: Arabic, Persian and Urdu
        ("قال مسؤولون إن 2500 جندي أمريكي سيغادرون العراق بحلول نهاية العام الحالي.", "ar"),
        ("زلزله شدیدی روز دوشنبه منطقه را لرزاند و دست کم ۱۲ نفر کشته شدند.", "fa"),
        ("پیر کو ایک شدید زلزلے نے علاقے کو ہلا دیا جس میں کم از کم 12 افراد ہلاک ہو گئے۔", "ur"),
        # Chinese characters: Chinese, simplified or traditional, and Japanese (kana)
        ("北京时间周一，一场强烈地震袭击了该地区，造成至少12人死亡。", "zh"),
        ("台灣中央氣象局說，這次地震的規模為6.5，震央位於花蓮縣外海。", "zh"),
        ("東京都は新型コロナウイルスの感染者が新たに100人確認されたと発表した。", "ja"),
    ],
)
def test_latin_and_other_scripts_are_told_apart(text, code):
    assert detect(text) == code


def test_detection_weighs_languages_alike_whatever_their_stop_lists():
    """A word or letter is one vote, split among the languages of the script
    that have it: sumy's Italian list (609 words) must not outvote its French
    one (126), and one-letter words (English "a", French "à") say nothing."""
    from summarizer.text.language import evidence

    by_word, by_letter = evidence("LATIN")
    assert by_word["les"] == {"fr": 1.0} and by_word["the"] == {"en": 1.0}
    assert set(by_word["de"]) >= {"fr", "es", "pt"} and sum(by_word["de"].values()) == pytest.approx(1.0)
    assert all(len(w) > 1 for w in by_word)
    assert by_letter["ř"] == {"cs": 1.0} and by_letter["ł"] == {"pl": 1.0}
    assert "en" not in by_letter["é"] and sum(by_letter["é"].values()) == pytest.approx(1.0)
    for code in codes():
        lang = get(code)
        if "LATIN" in lang.scripts:
            assert lang.frequent_words.split() and lang.letters == lang.letters.lower()
    # a text with accented letters but no telling word is not English, the default
    assert detect("Réunion à Genève: décisions prévues") != "en"


@pytest.mark.parametrize("code", ["cs", "en", "fr"])
def test_reports_are_told_apart_from_their_first_300_characters(code):
    """A headline, a date line and a sentence or so (benchmarks/languages.py
    has the table, 120 characters too)."""
    from summarizer.bench.datasets import load

    texts = [d.text for item in load(dev_set(f"multiling2011-{code}.jsonl")) for d in item.documents]
    right = sum(detect(t[:300]) == code for t in texts)
    assert len(texts) == 100 and right >= 98


def test_czech_stems_caseless_words_without_warnings():
    # sumy's Czech stemmer warns on stderr for each word of a script without
    # case (an Arabic or Chinese name in a Czech report); such words are kept
    import warnings

    from summarizer import Document, analyse

    text = "Skupina القاعدة se přihlásila k útoku v Bagdádu. Čínský výraz 北京 znamená Peking."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        terms = analyse(Document("d", text, language="cs")).terms  # stemmed here, lazily
    assert terms[0][:2] == ("skup", "القاعده") and "北京" in terms[1]


@pytest.mark.parametrize("name", ["easc-wiki", "multiling2011-ar", "multiling2011-en", "multiling2011-cs"])
def test_the_dev_reports_keep_their_language_beside_the_languages_that_share_a_script(name):
    from summarizer.bench.datasets import load

    path = dev_set(f"{name}.jsonl")
    want = "ar" if name == "easc-wiki" else name.rsplit("-", 1)[1]
    assert {detect(d.text) for item in load(path) for d in item.documents} == {want}


def test_texts_read_together_settle_a_headline_whose_few_words_lean_elsewhere():
    from summarizer.text.language import settle_languages

    texts = [
        "Stock markets fall as oil prices rise",  # Swedish by "fall" alone
        "The football team won the cup final on Sunday night.",
        "Oil prices surge, stock markets slide in early trading",
        "Ministern sa att samtalen fortsätter i morgon",  # Swedish by its own words: stays
        "قال مسؤولون إن الجنود سيغادرون العراق",  # another script: its own
    ]
    assert detect(texts[0]) == "sv"
    assert settle_languages(texts) == ["en", "en", "en", "sv", "ar"]
    assert settle_languages(texts[:1]) == ["sv"]  # alone, nothing to settle it by
