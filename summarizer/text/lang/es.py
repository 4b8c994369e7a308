"""Spanish."""

from . import Language

LANGUAGE = Language(
    code="es",
    furniture={
        "link": (r"^(lee|lea|ver|vea) (también|además)\s*:",),
        "notice": (r"^(suscríbete|suscríbase|regístrate) (a|al|en|para)\b",),
        "stamp": (r"^(publicado|actualizado)( el| a las|\s*:)\s*\d",),
        "rights": (r"^todos los derechos reservados",),
    },
    decimal_comma=True,
    name="spanish",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={"mil": 1_000, "millón": 1_000_000, "millones": 1_000_000},
    plural_scales=frozenset({"miles", "millones"}),
    scripts=("LATIN",),
    frequent_words="el la los las de del y que en un una es por con para se no al lo su sus como más fue ha",
    letters="áéíñóúü",
    # sumy's Spanish list lacks some of the most frequent words
    stop_words=(
        "de y a del se no al han había habían este estos estas ese esa eso hasta más ya ni sido tiene tienen dijo"
    ),
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
    months={
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
    },
    negations=frozenset({"no", "nunca", "jamás", "sin"}),
    # "no solo" (not only), "no obstante" (however)
    negation_idioms=frozenset({"solo", "sólo", "obstante"}),
)
