"""Languages: one module per language, each holding all of that language's rules.

A module ``summarizer/text/lang/<code>.py`` (ISO 639-1 code) defines
``LANGUAGE = Language(...)``: its name, the scripts that point to it, its
stemmer, stop words, sentence rules (abbreviations), page furniture and
dateline patterns, and the words it writes weekdays, percentages and
numbers with.  Nothing else in the package lists languages: adding one is
adding its file (and its tests); :func:`codes` finds it.

Modules are imported only when their language is asked for (detection of
Latin-script text reads the frequent words, stop words and letters of each
Latin-script language).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    """Everything the library knows of one language.

    Attributes:
        code: ISO 639-1 code, also the module's name.
        name: the English name, as sumy and nltk spell it (``"arabic"``).
        scripts: first words of the Unicode names of its letters
            (``"ARABIC"``, ``"LATIN"``); detection goes by script, and by
            ``frequent_words``, stop words and ``letters`` among the
            languages that share one.
        frequent_words: about 20-30 of its most frequent words of two
            letters or more, white-space separated, any spelling.  With its
            stop words they tell it from the other languages of its script:
            each occurrence in a text is a vote split among the languages
            that have the word (see :func:`summarizer.text.language.evidence`).
        letters: the letters beyond a-z it writes (lower case), votes as its
            words are (Czech ``ř``, Polish ``ł``: whole votes; ``é``: a
            share to each language that writes it, none to English).
        stemmer: ``"snowball"`` (nltk's Snowball stemmer of ``name``),
            ``"sumy"`` (sumy's own stemmer of ``name``), ``"prefixes"`` (strip
            up to two of the one-letter ``clitics`` from a word that keeps at
            least three letters; for languages that write prepositions and
            conjunctions onto the word, as Hebrew does), ``"suffixes"`` (strip
            the longest of its ``suffixes`` that leaves at least three
            letters: a light stemmer for languages with neither, as Greek
            and Hindi) or ``"none"``.
        stem_endings: word endings as normalisation writes them -> as the
            stemmer reads them, put back before stemming (Arabic ``ه`` ->
            ``ة``: normalisation writes ta marbuta as ha, and Snowball strips
            ة from every noun but ه only from one without the article, so
            الحكومة and حكومة made two terms).
        stop_words: stop words of our own, added to sumy's list when
            ``sumy_stop_words`` (white-space separated, any spelling).
        abbreviations: lower-case words that a period does not end a
            sentence after (``"mr"``, ``"gen"``), unless a capitalised
            sentence starter follows; a one-letter one right after a number
            is a unit or an era (``1783 م.``) and may end a sentence.
        sentence_starters: lower-case function words that open sentences;
            after ``U.S.``, an initial or an abbreviation such a word with
            a capital means a new sentence.
        furniture: page furniture phrases by reason (``"comments"``,
            ``"share"``...), regular expressions in ordinary spelling,
            matched against the normalised line.
        datelines: regular expressions of report openings that are
            datelines in this language, beyond the generic ones
            (:mod:`summarizer.text.boilerplate`).
        speech_verbs: verbs that, opening a report, make a quotation
            rather than a dateline (``قال مسؤول من الوزارة: ...``); a short
            piece after a closed quotation holding one is its attribution
            (``... ,'' said Singh.``; :func:`summarizer.text.fragments.continues_quote`).
        labels: words that flag a paragraph's news before a colon, a bar or
            a dash (``BREAKING:``, ``عاجل |``), regular expressions matched
            without regard to case: left out of the paragraph's first
            sentence (:func:`summarizer.text.boilerplate.label_length`).
        weekdays: each way of writing a weekday -> its English name.
        percent_words: words written after a number to make a percentage.
        number_words: number words -> their value (``"thousand": 1000``);
            a word worth 100 or more multiplies what comes before it.
        plural_scales: number words that count only after a number
            (``ثلاثة آلاف``, 3,000); alone they say "many" (``آلاف الأشخاص``,
            thousands of people) and are no figure.
        conjunctions: words that join number words (``and``, ``و``).
        prefixes: one-letter clitics that may be glued to a weekday, a
            month, a number word or a negation (Arabic ``و``, ``ب``, ``ف``; Hebrew
            ``ב``, ``ל``).
        months: each way of writing a month (any case or spelling; two words
            at most, as ``كانون الثاني``) -> its number, 1 to 12.
        day_words: words that write a day of the month in a dateline
            (Hebrew ``הראשון``, "the first") -> the day.
        clitics: one-letter words written onto the next word, stripped by
            the ``"prefixes"`` stemmer (Hebrew ``והבלמשכ``) and read off a
            word looked up in ``opposites`` (Arabic ``وفبلكس``).
        suffixes: inflectional endings, white-space separated, stripped by
            the ``"suffixes"`` stemmer (any spelling: they are normalised as
            words are).
        quantities: words that say what a figure counts -> a class, so
            that figures of one quantity match however it is written
            (:mod:`summarizer.text.quantities`): ``"people"`` for people in
            general (people, persons, on board), ``"people:<kind>"`` for a
            kind of people (troops), ``"role:<what>"`` for what happened
            to them (dead, rescued, missing), any other name for a unit.
            Words left out count as themselves (their stem).
        tallies: words that name a count of what a role word beside them
            says (``toll``, ``death toll``; ``حصيلة القتلى``): a figure its
            clause gives after one counts that role ("the death toll ...
            has risen to 500": 500 dead; see
            :mod:`summarizer.text.quantities`).
        number_labels: words after which a number is a name, not a count
            (``flight`` 447, ``stage`` 13), directly or across a name
            (``Flight`` 447; ``رحلة الخطوط الجوية الفرنسية 447``).
        ordinal_suffixes: endings that make a number an ordinal, written
            onto it or after it (``13th``, ``13e``, ``15 वाँ``) or onto a
            number word (``thirteenth``, ``तेरहवें``): an ordinal names a
            place (the 13th stage), like a label, never a count.
        complementizers: the words that open what someone said, reported
            (``that``, ``أن``, ``že``): two sentences whose reported claims
            open with the same words state one claim (see
            :meth:`summarizer.fusion.support.Evidence.same_claim`).
        decimal_comma: whether it writes a decimal with a comma (``1,5``) and
            groups thousands with a point or a space (``1.600``, ``1 600``);
            a comma before exactly three digits still groups thousands
            (``1,500``: the English way, which translations keep).
        ordinal_days: whether a day is written as an ordinal with a period
            before its month (Czech ``7. července``, German ``8. Juli``): that
            period ends no sentence.
        ordinal_nouns: whether it also writes ordinals with a period before
            its capitalised nouns (German ``im 5. Jahrhundert``, ``den 45.
            Präsidenten``): a number's period before a capitalised word
            that is none of ``sentence_starters`` ends no sentence.
        year_abbreviations: abbreviations of "year" written after one
            (Polish ``r.``, ``w 1492 r.``): one among the first words of its
            sentence is part of a date phrase that opens it (``W 1492 r.
            Krzysztof Kolumb ...``), one later may end it (``zmarł w 1399 r.
            Rycerz ...``).
        sentence_marks: marks beyond ``. ! ?`` that end a sentence when
            white space follows: Greek ``;``, its question mark.
        article: the definite article where it is written onto the noun
            (Arabic ``ال``): such words, like capitalised ones, may make a name.
        negations: words that deny what their sentence states (``not``,
            ``never``; ``لم``, ``لن``); a sentence with one does not state
            the fact of a sentence without (:mod:`summarizer.text.negation`).
        negation_idioms: words that, right after a negation word, make an
            idiom that denies nothing (``not only``; ``لا تزال``, "still").
        existentials: words saying "there is" that a negation passes over to
            deny the word after them (``لا يوجد تغيير``: no change).
        dangling_openers: words that, opening a sentence, tie it to one
            before it (``While``, ``But``; ``فيما``, ``بينما``): such a
            sentence never leads a brief (:mod:`summarizer.fusion.lead`).
        dangling_prefixes: one-letter conjunctions written onto a sentence's
            first word (Arabic ``و``, ``ف``) that leave it dangling when the
            rest of that word is a stop word, a speech verb or one of the
            ``dangling_openers`` (``وفي``, ``وقال``, ``فيما``).
        opposites: pairs of word lists of opposite sense, as written (rises /
            falls, wins / loses, supports / condemns; ``ارتفع`` / ``انخفض``):
            two sentences otherwise alike, one with a word of one list and
            the other with a word of the other, state opposite facts
            (:mod:`summarizer.text.opposites`).  Words of several senses
            (``فتح``: "opened" and the Fatah movement; ``وقف``: "stop" and
            "ceasefire"; ``end``: "at the end of") are left out.
    """

    code: str
    name: str
    scripts: tuple[str, ...]
    frequent_words: str = ""
    letters: str = ""
    stemmer: str = "none"
    stem_endings: Mapping[str, str] = field(default_factory=dict)
    stop_words: str = ""
    sumy_stop_words: bool = True
    abbreviations: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()
    furniture: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    datelines: tuple[str, ...] = ()
    speech_verbs: frozenset[str] = frozenset()
    labels: tuple[str, ...] = ()
    weekdays: Mapping[str, str] = field(default_factory=dict)
    percent_words: tuple[str, ...] = ()
    number_words: Mapping[str, int] = field(default_factory=dict)
    plural_scales: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    prefixes: str = ""
    months: Mapping[str, int] = field(default_factory=dict)
    day_words: Mapping[str, int] = field(default_factory=dict)
    clitics: str = ""
    suffixes: str = ""
    quantities: Mapping[str, str] = field(default_factory=dict)
    tallies: frozenset[str] = frozenset()
    number_labels: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()
    complementizers: frozenset[str] = frozenset()
    article: str = ""
    decimal_comma: bool = False
    ordinal_days: bool = False
    ordinal_nouns: bool = False
    year_abbreviations: frozenset[str] = frozenset()
    sentence_marks: str = ""
    negations: frozenset[str] = frozenset()
    negation_idioms: frozenset[str] = frozenset()
    existentials: frozenset[str] = frozenset()
    dangling_openers: frozenset[str] = frozenset()
    dangling_prefixes: str = ""
    opposites: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.stemmer not in STEMMERS:
            raise ValueError(f"{self.code}: unknown stemmer {self.stemmer!r}; choose {', '.join(STEMMERS)}")
        if self.stemmer == "suffixes" and not self.suffixes:
            raise ValueError(f"{self.code}: the suffixes stemmer needs suffixes")


STEMMERS = ("snowball", "sumy", "prefixes", "suffixes", "none")


def listed(word: str, words: Collection[str], prefixes: str) -> str | None:
    """``word`` as ``words`` (a language's table, folded) lists it: itself,
    or without one of the one-letter clitics ``prefixes`` (Arabic ``و``,
    ``ب``) glued on; ``None`` when it is not listed."""
    if word in words:
        return word
    if word[:1] and word[:1] in prefixes and word[1:] in words:
        return word[1:]
    return None


@functools.lru_cache(maxsize=1)
def codes() -> tuple[str, ...]:
    """The codes of every language module, sorted."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


@functools.cache
def get(code: str) -> Language:
    """The :class:`Language` of ``code`` (a canonical code, see :func:`canonical`).

    Raises:
        ValueError: for a code with no module; the message lists the known ones.
    """
    if code not in codes():
        raise ValueError(f"unknown language {code!r}; known: {', '.join(codes())}")
    language: Language = importlib.import_module(f"{__name__}.{code}").LANGUAGE
    if language.code != code:
        raise ValueError(f"{__name__}.{code} defines the language {language.code!r}")
    return language


def all_languages() -> tuple[Language, ...]:
    return tuple(get(c) for c in codes())


def canonical(language: str) -> str:
    """Map ``"Arabic"``, ``"ar"`` or ``"ar-EG"`` to ``"ar"``.

    Raises:
        ValueError: for an empty string or a language the library does not
            know; the message lists the known ones.
    """
    if not isinstance(language, str):
        raise ValueError(f"a language is a code such as 'ar' or 'en', not {type(language).__name__}")
    key = language.strip().lower().replace("_", "-")
    known = codes()
    if not key:
        raise ValueError(f"the language is empty; give a code: {', '.join(known)}")
    base = key.split("-")[0]
    if base in known:
        return base
    by_name = {lang.name: lang.code for lang in all_languages()}
    if key in by_name:
        return by_name[key]
    raise ValueError(f"unknown language {language!r}; known: {', '.join(known)}")


__all__ = ["STEMMERS", "Language", "all_languages", "canonical", "codes", "get", "listed"]
