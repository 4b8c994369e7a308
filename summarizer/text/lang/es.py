"""Spanish."""

from . import Language

LANGUAGE = Language(
    code="es",
    name="spanish",
    scripts=("LATIN",),
    stemmer="snowball",
    abbreviations=frozenset(
        [
            "sr",
            "sra",
            "srta",
            "dr",
            "dra",
            "ud",
            "uds",
            "etc",
            "núm",
            "ene",
            "feb",
            "abr",
            "ago",
            "sept",
            "oct",
            "nov",
            "dic",
        ]
    ),
    weekdays={
        "lunes": "monday",
        "martes": "tuesday",
        "miércoles": "wednesday",
        "jueves": "thursday",
        "viernes": "friday",
        "sábado": "saturday",
        "domingo": "sunday",
    },
    percent_words=("por ciento",),
)
