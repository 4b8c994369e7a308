"""Slovak."""

from . import Language

LANGUAGE = Language(
    code="sk",
    name="slovak",
    scripts=("LATIN",),
    abbreviations=frozenset(["napr", "tj", "tzv", "atď", "resp", "dr", "ing", "mgr", "prof", "str", "č"]),
    percent_words=("percent", "percenta"),
    ordinal_days=True,
    months={
        "január": 1,
        "januára": 1,
        "február": 2,
        "februára": 2,
        "marec": 3,
        "marca": 3,
        "apríl": 4,
        "apríla": 4,
        "máj": 5,
        "mája": 5,
        "jún": 6,
        "júna": 6,
        "júl": 7,
        "júla": 7,
        "august": 8,
        "augusta": 8,
        "september": 9,
        "septembra": 9,
        "október": 10,
        "októbra": 10,
        "november": 11,
        "novembra": 11,
        "december": 12,
        "decembra": 12,
    },
)
