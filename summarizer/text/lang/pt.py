"""Portuguese."""

from . import Language

LANGUAGE = Language(
    code="pt",
    furniture={
        "link": (r"^(leia|veja) (também|mais)\s*:",),
        "notice": (r"^(assine|inscreva-se)\b.{0,60}\b(newsletter|boletim)\b",),
        "stamp": (r"^(publicado|atualizado)( em| às|\s*:)\s*\d",),
        "rights": (r"^todos os direitos reservados",),
    },
    decimal_comma=True,
    name="portuguese",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={
        "mil": 1_000,
        "milhão": 1_000_000,
        "milhões": 1_000_000,
        "bilhão": 1_000_000_000,
        "bilhões": 1_000_000_000,
    },
    plural_scales=frozenset({"bilhões", "milhares", "milhões"}),
    scripts=("LATIN",),
    frequent_words="o os as de do da dos das que em um uma para com não no na se por é foi mais ao",
    letters="áâãàçéêíóôõú",
    # sumy's Portuguese list lacks some of the most frequent words
    stop_words=("não também foram sido tem têm disse"),
    stemmer="snowball",
    abbreviations=frozenset(
        ["sr", "sra", "dr", "dra", "prof", "etc", "jan", "fev", "abr", "ago", "set", "out", "nov", "dez"]
    ),
    percent_words=("por cento",),
    months={
        "janeiro": 1,
        "fevereiro": 2,
        "março": 3,
        "marco": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
    },
    negations=frozenset({"não", "nunca", "sem"}),
    # "não só" (not only)
    negation_idioms=frozenset({"só", "apenas"}),
)
