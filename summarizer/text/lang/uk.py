"""Ukrainian."""

from . import Language

LANGUAGE = Language(code="uk", name="ukrainian", scripts=("CYRILLIC",), stemmer="sumy")
