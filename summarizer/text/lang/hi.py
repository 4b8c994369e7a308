"""Hindi.  sumy ships no Hindi stop words: a short list of our own; and
no stemmer: a light one of ours strips the inflectional endings of nouns,
adjectives and verbs (vowel signs, plural and oblique endings, verb tense
and gender endings)."""

from . import Language

LANGUAGE = Language(
    code="hi",
    furniture={
        "rights": (r"^सर्वाधिकार सुरक्षित",),
    },
    name="hindi",
    scripts=("DEVANAGARI",),
    stemmer="suffixes",
    suffixes=(
        # vowel signs; oblique and plural endings; participles, futures and their genders (not
        # the infinitive's ना, which would cut nouns such as योजना short of their plurals)
        "ो े ू ु ी ि ा "
        "कर ाओ िए ाई ाए ते ीं ती ता ाँ ां ों ें "
        "ाकर ाइए ाईं ाया ेगी ेगा ोगी ोगे ाने ाना ाते ाती ाता तीं ाओं ाएं ुओं ुएं ुआं "
        "ाएगी ाएगा ाओगी ाओगे एंगी ेंगी एंगे ेंगे ूंगी ूंगा ातीं ियाँ ियों ियां "
        "ाएंगी ाएंगे ाऊंगी ाऊंगा ाइयाँ ाइयों ाइयां"
    ),
    sumy_stop_words=False,
    stop_words=(
        "के का की को में से पर और है हैं था थे थी एक यह वह ये वे इस उस जो ने कि भी तो नहीं "
        "हो गया गई गए कर किया लिए साथ द्वारा बाद अपने इसके उनके जा रहा रही रहे कहा "
        "तक हम जब ही कुछ कोई उन्होंने उन्हें होने हुआ हुए हुई करने करना दिया दी"
    ),
    percent_words=("प्रतिशत",),
    ordinal_suffixes=("वाँ", "वां", "वें", "वीं", "वा", "वे", "वी"),
    # no एक (one): it is the indefinite article as well ("एक अधिकारी ने कहा", an official said);
    # एक लाख reads as लाख alone, 100,000
    number_words={
        "दो": 2,
        "तीन": 3,
        "चार": 4,
        "पाँच": 5,
        "पांच": 5,
        "छह": 6,
        "छः": 6,
        "सात": 7,
        "आठ": 8,
        "नौ": 9,
        "दस": 10,
        "ग्यारह": 11,
        "बारह": 12,
        "तेरह": 13,
        "चौदह": 14,
        "पंद्रह": 15,
        "पन्द्रह": 15,
        "सोलह": 16,
        "सत्रह": 17,
        "अठारह": 18,
        "उन्नीस": 19,
        "बीस": 20,
        "तीस": 30,
        "चालीस": 40,
        "पचास": 50,
        "साठ": 60,
        "सत्तर": 70,
        "अस्सी": 80,
        "नब्बे": 90,
        "सौ": 100,
        "हज़ार": 1000,
        "हजार": 1000,
        "लाख": 100_000,
        "करोड़": 10_000_000,
        "करोड": 10_000_000,
    },
    quantities={
        **dict.fromkeys(("लोग", "लोगों", "व्यक्ति", "व्यक्तियों", "नागरिक", "नागरिकों"), "people"),
        **dict.fromkeys(("सैनिक", "सैनिकों", "जवान", "जवानों"), "people:troops"),
        **dict.fromkeys(("नाविक", "नाविकों", "मरीन"), "people:crew"),
        **dict.fromkeys(("यात्री", "यात्रियों"), "people:passengers"),
        **dict.fromkeys(("बच्चे", "बच्चों"), "people:children"),
        **dict.fromkeys(("मौत", "मौतें", "मौतों", "मारे", "मृत", "मृतकों", "जानें", "जान", "मरे"), "role:dead"),
        **dict.fromkeys(("घायल", "जख्मी", "ज़ख्मी"), "role:injured"),
        **dict.fromkeys(("बचाया", "बचाए", "बचाये"), "role:rescued"),
        **dict.fromkeys(("लापता",), "role:missing"),
        **dict.fromkeys(("गिरफ्तार", "गिरफ़्तार", "हिरासत"), "role:arrested"),
        **dict.fromkeys(("बेघर", "विस्थापित"), "role:displaced"),
        **dict.fromkeys(("किमी", "किमी०", "कि०मी०", "किलोमीटर"), "km"),
        **dict.fromkeys(("तीव्रता", "मैग्निट्यूड", "रिक्टर"), "magnitude"),
        **dict.fromkeys(("घंटे", "घंटा", "घंटों"), "hour"),
        **dict.fromkeys(("मिनट", "मिनटों"), "minute"),
        **dict.fromkeys(("सेकंड", "सेकेंड", "सैकंड"), "second"),
    },
    complementizers=frozenset({"कि"}),
    weekdays={
        "सोमवार": "monday",
        "मंगलवार": "tuesday",
        "बुधवार": "wednesday",
        "गुरुवार": "thursday",
        "बृहस्पतिवार": "thursday",
        "शुक्रवार": "friday",
        "शनिवार": "saturday",
        "रविवार": "sunday",
    },
    months={
        "जनवरी": 1,
        "फ़रवरी": 2,
        "फरवरी": 2,
        "मार्च": 3,
        "अप्रैल": 4,
        "अप्रेल": 4,
        "मई": 5,
        "जून": 6,
        "जुलाई": 7,
        "अगस्त": 8,
        "सितंबर": 9,
        "सितम्बर": 9,
        "अक्टूबर": 10,
        "अक्तूबर": 10,
        "नवंबर": 11,
        "नवम्बर": 11,
        "दिसंबर": 12,
        "दिसम्बर": 12,
    },
)
