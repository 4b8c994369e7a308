"""Turkish."""

from . import Language

LANGUAGE = Language(
    code="tr",
    furniture={
        "rights": (r"^tüm hakları saklıdır",),
    },
    decimal_comma=True,
    name="turkish",
    # scale words: a figure's multiplier
    number_words={"bin": 1_000, "milyon": 1_000_000, "milyar": 1_000_000_000},
    scripts=("LATIN",),
    frequent_words="ve bir bu da de için ile olarak daha çok en gibi olan ancak sonra kadar göre ise değil",
    letters="çğıöşü",
    stemmer="none",  # neither nltk nor sumy has a Turkish stemmer
    sumy_stop_words=False,
    stop_words=(
        "acaba ama ancak aslında az bazı belki biri birkaç bir biz bu çok çünkü da daha de defa diye eğer "
        "en gibi hem hep hepsi her hiç için ile ise kez ki kim mı mu mü nasıl ne neden nerde nerede nereye "
        "niçin niye o sanki şey siz şu tüm ve veya ya yani olarak olan sonra kadar göre değil"
    ),
    weekdays={
        "pazartesi": "monday",
        "salı": "tuesday",
        "çarşamba": "wednesday",
        "perşembe": "thursday",
        "cuma": "friday",
        "cumartesi": "saturday",
        "pazar": "sunday",
    },
    percent_words=("yüzde",),
    months={
        "ocak": 1,
        "şubat": 2,
        "mart": 3,
        "nisan": 4,
        "mayıs": 5,
        "haziran": 6,
        "temmuz": 7,
        "ağustos": 8,
        "eylül": 9,
        "ekim": 10,
        "kasım": 11,
        "aralık": 12,
    },
)
