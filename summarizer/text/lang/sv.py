"""Swedish."""

from . import Language

LANGUAGE = Language(
    code="sv",
    name="swedish",
    scripts=("LATIN",),
    stemmer="snowball",
    abbreviations=frozenset(["dr", "prof", "dvs", "osv", "resp", "ca"]),
    percent_words=("procent",),
)
