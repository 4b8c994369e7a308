"""Greek.  (sumy's Greek stemmer needs a package of its own: no stemming.)"""

from . import Language

LANGUAGE = Language(code="el", name="greek", scripts=("GREEK",), percent_words=("τοις εκατό",))
