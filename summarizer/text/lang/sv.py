"""Swedish."""

from . import Language

LANGUAGE = Language(
    code="sv",
    furniture={
        "rights": (r"^alla rättigheter förbehållna",),
    },
    decimal_comma=True,
    name="swedish",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={
        "tusen": 1_000,
        "miljon": 1_000_000,
        "miljoner": 1_000_000,
        "miljard": 1_000_000_000,
        "miljarder": 1_000_000_000,
    },
    plural_scales=frozenset({"miljarder", "miljoner", "tusentals"}),
    scripts=("LATIN",),
    frequent_words="och att det som en på är av för med till den har inte ett de om var sig från",
    letters="åäö",
    stemmer="snowball",
    abbreviations=frozenset(["dr", "prof", "dvs", "osv", "resp", "ca"]),
    percent_words=("procent",),
    months={
        "januari": 1,
        "februari": 2,
        "mars": 3,
        "april": 4,
        "maj": 5,
        "juni": 6,
        "juli": 7,
        "augusti": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "december": 12,
    },
)
