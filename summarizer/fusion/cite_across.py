"""A brief in one language that cites the reports of every language stating it.

A story joined across languages (:mod:`.across`) is briefed in one
language: its sentences are chosen among the reports in that language
(:func:`brief_language`: the one given, else the language most of the
story's reports are in, ties to its first report's).  Then each brief
sentence also cites, in each report of another language, the sentence
that states it, when both hold:

* the encoder agrees: that sentence is the report's nearest to the brief
  sentence, at a cosine of at least :data:`AGREE`;
* they share an anchor: a figure (digits of any script, without thousands
  commas), or a Latin-script name (:func:`anchors`).

Every report of the story is among the brief's sources, cited or not.

The encoder alone does not tell facts of one topic apart (on labelled
same-fact pairs its AUC was 0.84, tf-idf's 0.86), so the anchor is
required too.  Such a citation has ``kind="across"``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from ..pipeline import Analysis
from ..text.dates import day_dates
from ..text.quantities import quantities
from ..types import Citation, Summary
from .across import DIGITS, Encoder, embed

#: The least cosine at which a sentence of another language states a brief
#: sentence.  Of the sentences of the first Arabic report of each MultiLing
#: story, the nearest sentence of the English report it translates was its
#: own translation (by position) for all 147 at 0.4, 144 of them at 0.5 and
#: 136 at 0.6.  Between reports that are not translations, two citations at
#: 0.5 were wrong (0.52 and 0.59, sharing only the year "2008"; a year left
#: out of the anchors lost three of ten Arabic-English pairs instead).
AGREE = 0.6
#: Sentences of each report of another language that are read.
SENTENCES = 60

_TOKEN = re.compile(r"\w(?:[\w'’.,٬-]*\w)?")


def anchors(text: str, language: str | None = None) -> set[str]:
    """The figures, days and Latin-script names of a sentence, as written in
    any language: tokens with a digit (digits read as 0-9, thousands commas and a
    final point dropped) and Latin-script words of two letters or more that
    start with a capital, case folded.  With its ``language``, also the
    figures it writes in words, read from the language's file (``خمسة عشر``
    and ``fifteen``: ``15``; :func:`~summarizer.text.quantities.quantities`)
    and the days of the year it names with a month name (``23 مارس`` and
    ``March 23``: ``day:3-23``; :func:`~summarizer.text.dates.day_dates`)."""
    out: set[str] = set()
    for token in _TOKEN.findall(text):
        if any(c.isdigit() for c in token):
            out.add(token.translate(DIGITS).replace(",", "").rstrip("."))
        elif len(token) > 1 and "A" <= token[0] <= "Z":
            out.add(token.casefold())
    if language is not None:
        out.update(_figure(q.value) for q in quantities(text, language) if not q.text[:1].isdigit())
        out.update(f"day:{month}-{day}" for month, day in day_dates(text, language))
    return out


def _figure(value: float) -> str:
    """A figure as :func:`anchors` writes one read from digits (``15``, ``7.8``)."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def brief_language(languages: Sequence[str], wanted: str | None = None) -> str:
    """The language a story's brief is written in: ``wanted`` when some of its
    reports are in it, else the language most are in (ties: the first report's)."""
    counts = Counter(languages)
    if wanted is not None and wanted in counts:
        return wanted
    first = {lang: k for k, lang in reversed(list(enumerate(languages)))}
    return min(counts, key=lambda lang: (-counts[lang], first[lang]))


def drawn_on(language: str | None, others: Sequence[Analysis]) -> tuple[str, ...]:
    """The languages a brief in ``language`` draws on: its own, then those of
    ``others`` (the most reports first, ties by code)."""
    counts = Counter(a.language for a in others if a.language != language)
    return (*((language,) if language else ()), *sorted(counts, key=lambda lang: (-counts[lang], lang)))


def cite_across(brief: Summary, others: Sequence[Analysis], encoder: Encoder) -> Summary:
    """``brief`` with each sentence also citing the sentence of each report of
    ``others`` (reports in other languages) that states it (see the module
    docstring); the reports of ``others`` are added to its sources, and the
    languages it draws on to its metadata (``"languages"``, :func:`drawn_on`)."""
    if not others:
        return brief
    brief = replace(
        brief,
        sources=brief.sources + tuple(a.id for a in others if a.id not in brief.sources),
        metadata=tuple(sorted((*brief.metadata, ("languages", drawn_on(brief.language, others))))),
    )
    if not brief.sentences:
        return brief
    sentences = [(a, k) for a in others for k in range(min(len(a.sentences), SENTENCES))]
    if not sentences:
        return brief
    texts = [s.text for s in brief.sentences] + [a.sentences[k].text for a, k in sentences]
    vectors = embed(texts, encoder)
    mine, theirs = vectors[: len(brief.sentences)], vectors[len(brief.sentences) :]
    sims = mine @ theirs.T
    owner = np.array([id(a) for a, _ in sentences])
    out = []
    for row, s in enumerate(brief.sentences):
        own = anchors(s.text, brief.language)
        extra: list[Citation] = []
        for a in others:
            cols = np.flatnonzero(owner == id(a))
            if not len(cols):
                continue
            best = int(cols[np.argmax(sims[row, cols])])
            cosine = float(sims[row, best])
            report, k = sentences[best]
            sentence = report.sentences[k]
            if cosine >= AGREE and own & anchors(sentence.text, report.language):
                extra.append(Citation(report.id, sentence.start, sentence.end, k, round(cosine, 4), False, "across"))
        out.append(replace(s, citations=s.citations + tuple(extra)) if extra else s)
    return replace(brief, sentences=tuple(out))
