"""German."""

from . import Language

LANGUAGE = Language(
    code="de",
    name="german",
    scripts=("LATIN",),
    stemmer="snowball",
    abbreviations=frozenset(
        [
            "dr",
            "prof",
            "nr",
            "bzw",
            "usw",
            "ca",
            "vgl",
            "hr",
            "fr",
            "st",
            "jan",
            "feb",
            "apr",
            "aug",
            "sept",
            "okt",
            "nov",
            "dez",
        ]
    ),
    weekdays={
        "montag": "monday",
        "dienstag": "tuesday",
        "mittwoch": "wednesday",
        "donnerstag": "thursday",
        "freitag": "friday",
        "samstag": "saturday",
        "sonnabend": "saturday",
        "sonntag": "sunday",
    },
    percent_words=("prozent",),
)
