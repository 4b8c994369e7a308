"""German."""

from . import Language

LANGUAGE = Language(
    code="de",
    furniture={
        "link": (r"^(lesen sie auch|mehr zum thema|auch interessant)\s*:",),
        "notice": (r"^(abonnieren sie|melden sie sich)\b.{0,60}\bnewsletter\b",),
        "stamp": (r"^(veröffentlicht|aktualisiert)( am| um|\s*:)\s*\d",),
        "rights": (r"^alle rechte vorbehalten",),
    },
    decimal_comma=True,
    name="german",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={
        "tausend": 1_000,
        "million": 1_000_000,
        "millionen": 1_000_000,
        "milliarde": 1_000_000_000,
        "milliarden": 1_000_000_000,
    },
    plural_scales=frozenset({"milliarden", "millionen", "tausende"}),
    scripts=("LATIN",),
    frequent_words="der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wurde sind",
    letters="äöüß",
    # sumy's German list lacks some of the most frequent words
    stop_words="worden wurden würden seien sei mehr wären wäre bereits laut",
    stemmer="snowball",
    abbreviations=frozenset(
        [
            "dr",
            "prof",
            "nr",
            "bzw",
            "usw",
            "ca",
            "vgl",
            "hr",
            "fr",
            "st",
            "jan",
            "feb",
            "apr",
            "aug",
            "sept",
            "okt",
            "nov",
            "dez",
        ]
    ),
    weekdays={
        "montag": "monday",
        "dienstag": "tuesday",
        "mittwoch": "wednesday",
        "donnerstag": "thursday",
        "freitag": "friday",
        "samstag": "saturday",
        "sonnabend": "saturday",
        "sonntag": "sunday",
    },
    percent_words=("prozent",),
    ordinal_days=True,
    months={
        "januar": 1,
        "jänner": 1,
        "februar": 2,
        "märz": 3,
        "april": 4,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "dezember": 12,
    },
)
