"""Polish."""

from . import Language

LANGUAGE = Language(
    code="pl",
    name="polish",
    scripts=("LATIN",),
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
