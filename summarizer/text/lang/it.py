"""Italian."""

from . import Language

LANGUAGE = Language(
    code="it",
    furniture={
        "link": (r"^(leggi|vedi) anche\s*:",),
        "notice": (r"^(iscriviti|abbonati) (a|alla|al)\b",),
        "stamp": (r"^(pubblicato|aggiornato)( il| alle|\s*:)\s*\d",),
        "rights": (r"^(tutti i diritti riservati|riproduzione riservata)",),
    },
    decimal_comma=True,
    name="italian",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={
        "mille": 1_000,
        "mila": 1_000,
        "milione": 1_000_000,
        "milioni": 1_000_000,
        "miliardo": 1_000_000_000,
        "miliardi": 1_000_000_000,
    },
    plural_scales=frozenset({"migliaia", "miliardi", "milioni"}),
    scripts=("LATIN",),
    frequent_words="il la le gli di del della che è un una per non con sono si nel alla ha dei delle anche questo",
    letters="àèéìíîòóùú",
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
    months={
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "agosto": 8,
        "settembre": 9,
        "ottobre": 10,
        "novembre": 11,
        "dicembre": 12,
    },
    negations=frozenset({"non", "senza"}),
    # "non solo" (not only)
    negation_idioms=frozenset({"solo", "soltanto"}),
)
