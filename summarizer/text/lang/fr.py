"""French."""

from . import Language

LANGUAGE = Language(
    code="fr",
    furniture={
        "link": (r"^(à )?(lire|voir) aussi\s*:",),
        "notice": (r"^(abonnez-vous|inscrivez-vous) (à|a|pour)\b",),
        "stamp": (r"^(publié|mis à jour|modifié)( le| à|\s*:)\s*\d",),
        "rights": (r"^tous droits réservés",),
    },
    decimal_comma=True,
    name="french",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={
        "mille": 1_000,
        "million": 1_000_000,
        "millions": 1_000_000,
        "milliard": 1_000_000_000,
        "milliards": 1_000_000_000,
    },
    plural_scales=frozenset({"milliards", "milliers", "millions"}),
    scripts=("LATIN",),
    frequent_words=(
        "le la les de des du et est un une en que qui dans pour pas sur au aux il elle ont sont par avec ce cette été"
    ),
    letters="àâæçéèêëîïôœùûüÿ",
    # sumy's French list lacks some of the most frequent words
    stop_words=(
        "de d l qu n s j c m t un une se ne ont était étaient avait avaient aux être entre cette "
        "leurs lui dont toute toutes autres après selon également ainsi déjà on lors celui celle "
        "celles quand puis depuis vers chez plusieurs"
    ),
    stemmer="snowball",
    abbreviations=frozenset(
        [
            "m",
            "mme",
            "mlle",
            "mm",
            "dr",
            "pr",
            "st",
            "ste",
            "etc",
            "cf",
            "av",
            "apr",
            "no",
            "janv",
            "févr",
            "avr",
            "juil",
            "sept",
            "oct",
            "nov",
            "déc",
        ]
    ),
    sentence_starters=frozenset(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "il",
            "elle",
            "ils",
            "elles",
            "nous",
            "on",
            "ce",
            "cette",
            "ces",
            "en",
            "dans",
            "mais",
            "et",
            "si",
        ]
    ),
    weekdays={
        "lundi": "monday",
        "mardi": "tuesday",
        "mercredi": "wednesday",
        "jeudi": "thursday",
        "vendredi": "friday",
        "samedi": "saturday",
        "dimanche": "sunday",
    },
    percent_words=("pour cent",),
    # a number after these names a thing (Flight 447, stage 13), it counts nothing
    number_labels=(
        "vol",
        "étape",
        "résolution",
        "route",
        "ligne",
        "bus",
        "numéro",
        "article",
        "section",
        "chapitre",
        "chambre",
        "porte",
        "quai",
        "chaîne",
        "autoroute",
        "terminal",
    ),
    ordinal_suffixes=("e", "er", "re", "ème", "ère", "ième"),
    months={
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
    },
    # the word after "ne" / "n'" is the verb it denies
    negations=frozenset({"ne", "n", "sans"}),
    # conjunctions and linking adverbs that need the sentence before them
    dangling_openers=frozenset(
        {"et", "mais", "ou", "donc", "or", "cependant", "pourtant", "toutefois", "tandis", "alors", "puis", "néanmoins"}
    ),
)
