"""Persian (Farsi)."""

from . import Language

LANGUAGE = Language(
    code="fa",
    furniture={
        "rights": (r"^(کلیه|تمامی) حقوق.{0,40}محفوظ",),
    },
    name="persian",
    # scale words: a figure's multiplier (2 millions), and alone in the plural "many"
    number_words={"هزار": 1_000, "میلیون": 1_000_000, "میلیارد": 1_000_000_000},
    plural_scales=frozenset({"میلیاردها", "میلیون\u200cها", "هزاران"}),
    scripts=("ARABIC",),
    # what tells Persian from Arabic and Urdu, which share its script
    frequent_words="از در به که این را با است برای آن یک شد می خود شده بود کرد وی نیز",
    letters="پچژگکی",
    stemmer="none",
    sumy_stop_words=False,
    stop_words=(
        "از در به که این را با است برای آن یک شد می خود شده بود کرد وی نیز هم تا و یا اما اگر بر "
        "پس نه هر همه چه کند کنند کرده دارد دارند باید شود شوند بوده آنها ما او ایشان من تو همین "
        "چنین آنکه زیرا گفت گفته"
    ),
    weekdays={
        "شنبه": "saturday",
        "یکشنبه": "sunday",
        "دوشنبه": "monday",
        "سه‌شنبه": "tuesday",
        "چهارشنبه": "wednesday",
        "پنجشنبه": "thursday",
        "جمعه": "friday",
    },
    percent_words=("درصد",),
    negations=frozenset({"نه", "هرگز"}),
)
