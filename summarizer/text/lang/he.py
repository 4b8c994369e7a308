"""Hebrew."""

from . import Language

LANGUAGE = Language(code="he", name="hebrew", scripts=("HEBREW",), percent_words=("אחוז", "אחוזים"))
