"""Czech."""

from . import Language

LANGUAGE = Language(
    code="cs",
    name="czech",
    scripts=("LATIN",),
    stemmer="sumy",
    abbreviations=frozenset(["např", "tj", "tzv", "atd", "mj", "resp", "dr", "ing", "mgr", "prof", "str", "č", "sv"]),
    weekdays={
        "pondělí": "monday",
        "úterý": "tuesday",
        "středa": "wednesday",
        "středu": "wednesday",
        "čtvrtek": "thursday",
        "pátek": "friday",
        "sobota": "saturday",
        "sobotu": "saturday",
        "neděle": "sunday",
        "neděli": "sunday",
    },
    percent_words=("procent", "procenta"),
)
