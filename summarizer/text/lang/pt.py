"""Portuguese."""

from . import Language

LANGUAGE = Language(
    code="pt",
    name="portuguese",
    scripts=("LATIN",),
    stemmer="snowball",
    abbreviations=frozenset(
        ["sr", "sra", "dr", "dra", "prof", "etc", "jan", "fev", "abr", "ago", "set", "out", "nov", "dez"]
    ),
    percent_words=("por cento",),
)
