"""Hindi.  sumy ships no Hindi stop words: a short list of our own."""

from . import Language

LANGUAGE = Language(
    code="hi",
    name="hindi",
    scripts=("DEVANAGARI",),
    sumy_stop_words=False,
    stop_words=(
        "के का की को में से पर और है हैं था थे थी एक यह वह ये वे इस उस जो ने कि भी तो नहीं "
        "हो गया गई गए कर किया लिए साथ द्वारा बाद अपने इसके उनके जा रहा रही रहे कहा"
    ),
    percent_words=("प्रतिशत",),
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
