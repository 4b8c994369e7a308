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
)
