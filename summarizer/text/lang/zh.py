"""Chinese (simplified and traditional).

Written without spaces: each character is a word to the tokeniser and to
word budgets, and neighbouring characters make the terms
(:mod:`summarizer.text.terms`).
"""

from . import Language

LANGUAGE = Language(
    code="zh",
    furniture={
        "rights": (r"^版[权權]所有",),
    },
    name="chinese",
    # scale words: a figure's multiplier
    number_words={"千": 1_000, "万": 10_000, "亿": 100_000_000},
    scripts=("CJK",),
    # characters frequent in Chinese and rare in Japanese, which shares its script
    letters="的是了在和这们说个为对國們這說個為對",
    stemmer="none",
    # sumy's Chinese list holds numbers and 地 (the particle, and half of 地震,
    # earthquake): pairs of characters with one of these are no terms
    sumy_stop_words=False,
    stop_words=(
        "的 了 是 在 和 与 及 或 也 都 就 而 但 并 被 把 对 于 从 向 这 那 其 之 着 过 吗 呢 吧 啊 个 们 等 "
        "我们 他们 你们 因为 所以 但是 如果 虽然 已经 可以 这个 那个 这些 那些 没有 不是 就是 还是 以及 "
        "对于 关于 通过 进行 表示"
    ),
    weekdays={
        "星期一": "monday",
        "星期二": "tuesday",
        "星期三": "wednesday",
        "星期四": "thursday",
        "星期五": "friday",
        "星期六": "saturday",
        "星期日": "sunday",
        "星期天": "sunday",
        "周一": "monday",
        "周二": "tuesday",
        "周三": "wednesday",
        "周四": "thursday",
        "周五": "friday",
        "周六": "saturday",
        "周日": "sunday",
    },
    negations=frozenset({"不", "没", "未", "無", "无"}),
)
