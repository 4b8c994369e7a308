"""Urdu."""

from . import Language

LANGUAGE = Language(
    code="ur",
    furniture={
        "rights": (r"^جملہ حقوق محفوظ",),
    },
    name="urdu",
    # scale words: a figure's multiplier
    number_words={"ہزار": 1_000, "لاکھ": 100_000, "کروڑ": 10_000_000, "ملین": 1_000_000, "ارب": 1_000_000_000},
    scripts=("ARABIC",),
    # what tells Urdu from Arabic and Persian, which share its script
    frequent_words="کے کی میں ہے اور سے کو نے کہ پر ایک بھی ہیں تھا تھی گیا کیا یہ وہ",
    letters="ےںٹڈڑھہ",
    stemmer="none",
    sumy_stop_words=False,
    stop_words=(
        "کے کی میں ہے اور سے کو نے کہ پر ایک بھی ہیں تھا تھی تھے گیا گئی گئے کیا یہ وہ ان اس کا "
        "جو جس تک لیے لئے ہو ہوا ہوئی ہوئے نہیں بہت کر کرنے کہا اپنے"
    ),
    weekdays={
        "پیر": "monday",
        "منگل": "tuesday",
        "بدھ": "wednesday",
        "جمعرات": "thursday",
        "جمعہ": "friday",
        "ہفتہ": "saturday",
        "اتوار": "sunday",
    },
    percent_words=("فیصد",),
    negations=frozenset({"نہیں", "نہ", "کبھی"}),
)
