"""Slovak."""

from . import Language

LANGUAGE = Language(
    code="sk",
    name="slovak",
    scripts=("LATIN",),
    abbreviations=frozenset(["napr", "tj", "tzv", "atď", "resp", "dr", "ing", "mgr", "prof", "str", "č"]),
    percent_words=("percent", "percenta"),
)
