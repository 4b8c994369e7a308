"""Italian."""

from . import Language

LANGUAGE = Language(
    code="it",
    name="italian",
    scripts=("LATIN",),
    stemmer="snowball",
    abbreviations=frozenset(
        ["sig", "sigg", "dott", "prof", "ecc", "gen", "gen", "feb", "apr", "ago", "sett", "ott", "nov", "dic"]
    ),
    weekdays={
        "lunedì": "monday",
        "martedì": "tuesday",
        "mercoledì": "wednesday",
        "giovedì": "thursday",
        "venerdì": "friday",
        "sabato": "saturday",
        "domenica": "sunday",
    },
    percent_words=("per cento",),
)
