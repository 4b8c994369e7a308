"""Japanese.

Written without spaces: each character (kanji or kana) is a word to the
tokeniser and to word budgets, and neighbouring characters make the terms
(:mod:`summarizer.text.terms`).
"""

from . import Language

LANGUAGE = Language(
    code="ja",
    furniture={
        "rights": (r"^無断(転載|複製)",),
    },
    name="japanese",
    # scale words: a figure's multiplier
    number_words={"千": 1_000, "万": 10_000, "億": 100_000_000},
    scripts=("HIRAGANA", "KATAKANA", "CJK"),
    # kana: Chinese does not write them
    letters="のはをがにでとてしたいるもなかへや",
    stemmer="none",
    # sumy's Japanese list holds content kanji (国, 人, 地); these are the particles and endings
    sumy_stop_words=False,
    stop_words="の は を が に で と て し た い る も な か へ や です ます した して こと これ それ",
    weekdays={
        "月曜日": "monday",
        "火曜日": "tuesday",
        "水曜日": "wednesday",
        "木曜日": "thursday",
        "金曜日": "friday",
        "土曜日": "saturday",
        "日曜日": "sunday",
    },
)
