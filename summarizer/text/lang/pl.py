"""Polish."""

from . import Language

LANGUAGE = Language(
    code="pl",
    name="polish",
    scripts=("LATIN",),
    stemmer="sumy",
    abbreviations=frozenset(["np", "tj", "tzw", "itd", "itp", "dr", "prof", "inż", "mgr", "ul", "godz"]),
    percent_words=("procent",),
)
