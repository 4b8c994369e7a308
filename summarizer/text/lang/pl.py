"""Polish."""

from . import Language

LANGUAGE = Language(
    code="pl",
    decimal_comma=True,
    name="polish",
    scripts=("LATIN",),
    frequent_words="się nie na że to jest jak ale po co od za przez już jego który być oraz został",
    letters="ąćęłńóśźż",
    # sumy's Polish list lacks some of the most frequent words
    stop_words="zostali została zostało zostały",
    stemmer="sumy",
    abbreviations=frozenset(["np", "tj", "tzw", "itd", "itp", "dr", "prof", "inż", "mgr", "ul", "godz"]),
    percent_words=("procent",),
    ordinal_days=True,
    months={
        "styczeń": 1,
        "stycznia": 1,
        "luty": 2,
        "lutego": 2,
        "marzec": 3,
        "marca": 3,
        "kwiecień": 4,
        "kwietnia": 4,
        "maj": 5,
        "maja": 5,
        "czerwiec": 6,
        "czerwca": 6,
        "lipiec": 7,
        "lipca": 7,
        "sierpień": 8,
        "sierpnia": 8,
        "wrzesień": 9,
        "września": 9,
        "październik": 10,
        "października": 10,
        "listopad": 11,
        "listopada": 11,
        "grudzień": 12,
        "grudnia": 12,
    },
)
