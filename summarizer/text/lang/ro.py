"""Romanian."""

from . import Language

LANGUAGE = Language(
    code="ro",
    furniture={
        "rights": (r"^toate drepturile (sunt )?rezervate",),
    },
    decimal_comma=True,
    name="romanian",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={
        "mie": 1_000,
        "mii": 1_000,
        "milion": 1_000_000,
        "milioane": 1_000_000,
        "miliard": 1_000_000_000,
        "miliarde": 1_000_000_000,
    },
    plural_scales=frozenset({"mii", "miliarde", "milioane"}),
    scripts=("LATIN",),
    frequent_words="și în de la cu pe care un o nu mai din pentru este au fost sunt acest această după sau",
    letters="ăâîșțşţ",
    stemmer="snowball",
    sumy_stop_words=False,  # sumy has no Romanian list
    stop_words=(
        "a al ale alt alte altă am ar are as au avea avut ca care ce cel cea cei cele cu da dacă dar de "
        "deci decât din după el ea ei ele este eu fi fie fost iar il îl în într intre între își la le li "
        "lor lui mai mult ne nici nu o ori pe pentru prin sa să se si și sub sunt tot toate un una unei "
        "unor unui vor fără acest această acesta aceasta aceste acești asupra când cum"
    ),
    abbreviations=frozenset(
        ["dl", "dna", "dr", "prof", "etc", "nr", "str", "ian", "feb", "aug", "sept", "oct", "nov", "dec"]
    ),
    weekdays={
        "luni": "monday",
        "marți": "tuesday",
        "marţi": "tuesday",
        "miercuri": "wednesday",
        "joi": "thursday",
        "vineri": "friday",
        "sâmbătă": "saturday",
        "duminică": "sunday",
    },
    percent_words=("la sută", "procente"),
    months={
        "ianuarie": 1,
        "februarie": 2,
        "martie": 3,
        "aprilie": 4,
        "mai": 5,
        "iunie": 6,
        "iulie": 7,
        "august": 8,
        "septembrie": 9,
        "octombrie": 10,
        "noiembrie": 11,
        "decembrie": 12,
    },
    negations=frozenset({"nu", "niciodată"}),
)
