"""Greek.  sumy's Greek stemmer needs a package of its own: a light stemmer
of ours strips the common inflectional endings of nouns, adjectives and
verbs (accents and final sigma are folded before, as for every word)."""

from . import Language

LANGUAGE = Language(
    code="el",
    furniture={
        "rights": (
            r"^με την επιφύλαξη παντός δικαιώματος",
            r"^όλα τα δικαιώματα (διατηρούνται|κατοχυρωμένα)",
        ),
    },
    decimal_comma=True,
    name="greek",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={
        "χίλια": 1_000,
        "χιλιάδες": 1_000,
        "εκατομμύριο": 1_000_000,
        "εκατομμύρια": 1_000_000,
        "δισεκατομμύριο": 1_000_000_000,
        "δισεκατομμύρια": 1_000_000_000,
    },
    plural_scales=frozenset({"δισεκατομμύρια", "εκατομμύρια", "χιλιάδες"}),
    scripts=("GREEK",),
    stemmer="suffixes",
    # ";" is the Greek question mark (U+037E, and the ASCII semicolon typed for it)
    sentence_marks=";",
    suffixes=(
        # nouns and adjectives
        "ος ου ο ον οι ων ους α ας ες ης η εις εων ια ιας ιες ιων ιο ιου ιοι ιους "
        "μα ματα ματος ματων ση σης σεις σεων "
        "ικος ικη ικης ικο ικου ικοι ικων ικους ικες ικα "
        # verbs
        "ει ουν ε αν ουμε ετε ειτε εται ονται ειται ουνται "
        "σε σαν ξε ξαν ψε ψαν ησε ησαν ηκε ηκαν θηκε θηκαν ηθηκε ηθηκαν"
    ),
    percent_words=("τοις εκατό",),
    # a number after these names a thing (Flight 447, stage 13), it counts nothing
    number_labels=(
        "πτήση",
        "πτήσης",
        "ετάπ",
        "στάδιο",
        "σταδίου",
        "ψήφισμα",
        "ψηφίσματος",
        "αριθμός",
        "αριθμού",
        "άρθρο",
        "άρθρου",
        "γραμμή",
        "γραμμής",
        "λεωφορείο",
        "κανάλι",
        "οδός",
        "οδού",
        "πύλη",
        "πύλης",
    ),
    ordinal_suffixes=("ος", "η", "ο", "ης", "ου", "ον", "ων"),
    complementizers=frozenset({"ότι"}),
    months={
        "ιανουάριος": 1,
        "ιανουαρίου": 1,
        "φεβρουάριος": 2,
        "φεβρουαρίου": 2,
        "μάρτιος": 3,
        "μαρτίου": 3,
        "απρίλιος": 4,
        "απριλίου": 4,
        "μάιος": 5,
        "μαΐου": 5,
        "μαίου": 5,
        "ιούνιος": 6,
        "ιουνίου": 6,
        "ιούλιος": 7,
        "ιουλίου": 7,
        "αύγουστος": 8,
        "αυγούστου": 8,
        "σεπτέμβριος": 9,
        "σεπτεμβρίου": 9,
        "οκτώβριος": 10,
        "οκτωβρίου": 10,
        "νοέμβριος": 11,
        "νοεμβρίου": 11,
        "δεκέμβριος": 12,
        "δεκεμβρίου": 12,
    },
)
