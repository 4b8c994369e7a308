"""Hebrew."""

from . import Language

LANGUAGE = Language(
    code="he",
    furniture={
        "rights": (r"^כל הזכויות שמורות",),
    },
    name="hebrew",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={"אלף": 1_000, "אלפים": 1_000, "מיליון": 1_000_000, "מיליארד": 1_000_000_000},
    plural_scales=frozenset({"אלפי", "אלפים", "מיליארדי", "מיליוני"}),
    scripts=("HEBREW",),
    percent_words=("אחוז", "אחוזים"),
    prefixes="בלוה",
    # sumy's Hebrew list lacks some of the most frequent words
    stop_words=("לאחר יותר היו ידי הייתה היה אחד אחת"),
    stemmer="prefixes",
    clitics="והבלמשכ",
    day_words={
        "הראשון": 1,
        "השני": 2,
        "השלישי": 3,
        "הרביעי": 4,
        "החמישי": 5,
        "השישי": 6,
        "השביעי": 7,
        "השמיני": 8,
        "התשיעי": 9,
        "העשירי": 10,
    },
    # a number after these names a thing (Flight 447, stage 13), it counts nothing
    number_labels=("טיסה", "טיסת", "שלב", "החלטה", "החלטת", "סעיף", "קו", "ערוץ", "כביש", "שער", "רציף"),
    months={
        "ינואר": 1,
        "פברואר": 2,
        "מרץ": 3,
        "מרס": 3,
        "אפריל": 4,
        "מאי": 5,
        "יוני": 6,
        "יולי": 7,
        "אוגוסט": 8,
        "ספטמבר": 9,
        "אוקטובר": 10,
        "נובמבר": 11,
        "דצמבר": 12,
    },
)
