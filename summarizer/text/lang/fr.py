"""French."""

from . import Language

LANGUAGE = Language(
    code="fr",
    name="french",
    scripts=("LATIN",),
    stemmer="snowball",
    abbreviations=frozenset(
        [
            "m",
            "mme",
            "mlle",
            "mm",
            "dr",
            "pr",
            "st",
            "ste",
            "etc",
            "cf",
            "av",
            "apr",
            "no",
            "janv",
            "févr",
            "avr",
            "juil",
            "sept",
            "oct",
            "nov",
            "déc",
        ]
    ),
    sentence_starters=frozenset(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "il",
            "elle",
            "ils",
            "elles",
            "nous",
            "on",
            "ce",
            "cette",
            "ces",
            "en",
            "dans",
            "mais",
            "et",
            "si",
        ]
    ),
    weekdays={
        "lundi": "monday",
        "mardi": "tuesday",
        "mercredi": "wednesday",
        "jeudi": "thursday",
        "vendredi": "friday",
        "samedi": "saturday",
        "dimanche": "sunday",
    },
    percent_words=("pour cent",),
)
