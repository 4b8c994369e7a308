"""Point 8 of issue 35: a brief opens with its most corroborated fact of the
story's first day, never with a sentence that hangs on one before it; the
rest in time order."""

from datetime import date

import pytest

from summarizer import Budget, Document, fuse
from summarizer.fusion.lead import dangling
from summarizer.render import day_breaks, format_day
from summarizer.types import Summary, SummarySentence


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("While the talks went on, the army moved north.", "en", True),
        ("But officials said the toll would rise further this week.", "en", True),
        ("Andrew Smith said the toll would rise further this week.", "en", False),
        ("The talks went on through the night in the capital.", "en", False),
        ("فيما انطلقت بعد ظهر الاربعاء الجولة الثالثة من الحوار.", "ar", True),
        ("بينما قال المتحدث إن المحادثات مستمرة.", "ar", True),
        ("وفي الوقت الحالي، لا يزال هناك حوالي 2500 جندي.", "ar", True),
        ("وقال مكتب السوداني في بيان إن اللجنة بدأت عملها.", "ar", True),
        ("واشنطن تعلن سحب قواتها من العراق مع نهاية العام.", "ar", False),
        ("وزير الخارجية يصل إلى بغداد في زيارة رسمية.", "ar", False),
        ("Mais le gouvernement a refusé de commenter.", "fr", True),
    ],
)
def test_dangling_openers_come_from_the_language_files(text, language, expected):
    assert dangling(text, language) is expected


FACT = "The central bank raised its main interest rate by half a point to fight rising prices on Tuesday."


def test_the_fact_every_report_states_leads_though_no_report_opens_with_it():
    docs = [
        Document(
            "r1",
            "Shares in the capital fell sharply in early trading as investors sold bank stocks.\n\n" + FACT,
            date="2 March 2026",
        ),
        Document(
            "r2",
            "Shop owners in the old market complained that their customers had stopped buying meat.\n\n" + FACT,
            date="2 March 2026",
        ),
        Document(
            "r3",
            "Farmers blocked the northern highway with tractors to protest against diesel taxes.\n\n" + FACT,
            date="3 March 2026",
        ),
    ]
    (one,) = fuse(docs, budget=Budget(sentences=1), stories=False)
    assert [s.text for s in one.sentences] == [FACT]
    (three,) = fuse(docs, budget=Budget(sentences=3), stories=False)
    assert three.sentences[0].text == FACT and set(three.sentences[0].sources) == {"r1", "r2", "r3"}
    days = [s.date for s in three.sentences]
    assert days == sorted(days)  # the lead, a first-day fact, then the rest in time order
    lines = day_breaks(three)
    assert lines[0] == "2 March 2026" and format_day(three.sentences[-1].date) in lines


LATER = "Police arrested two young men on Monday for setting the blaze on purpose, a spokesman told reporters."


def test_the_lead_is_a_fact_of_the_first_day_though_later_reports_repeat_another_more():
    first = "A fire destroyed the old grain depot near the harbour overnight, and nobody was hurt in it."
    docs = [
        Document("d1", first + "\n\nFirefighters from three towns fought the blaze for six hours.", date="2 May 2026"),
        Document("d2", "Investigators spent the day at the depot.\n\n" + LATER, date="4 May 2026"),
        Document("d3", "The harbour reopened to fishing boats in the morning.\n\n" + LATER, date="4 May 2026"),
        Document("d4", "Grain prices in the region rose on the news.\n\n" + LATER, date="5 May 2026"),
    ]
    (brief,) = fuse(docs, budget=Budget(sentences=3), stories=False)
    assert brief.lead and brief.sentences[0].sources == ("d1",)  # told on the first day, not the most repeated
    assert any(s.text == LATER and len(s.sources) == 3 for s in brief.sentences)
    days = [s.date for s in brief.sentences]
    assert days == sorted(days)  # no inverted pair, the lead's included


def _told(*days, first=None):
    sentences = tuple(SummarySentence(f"Sentence {k}.", (), date=d) for k, d in enumerate(days))
    dated = [d for d in days if d is not None]
    return Summary(sentences, "fusion+salience", first_date=first or min(dated), last_date=max(dated), lead=True)


def test_a_lead_after_an_earlier_fact_stands_apart_on_its_day_line():
    may2, may4 = date(2026, 5, 2), date(2026, 5, 4)
    assert day_breaks(_told(may4, may2, None)) == ["4 May 2026", "2 May 2026", None]
    # an undated sentence goes with the story's first day: not under the later lead's day line
    assert day_breaks(_told(may4, None, first=may2)) == ["4 May 2026", "Date not known"]
    # a lead of the first day is in time order: the sentences of its day go on under its line
    assert day_breaks(_told(may2, may2, None, may4)) == ["2 May 2026", None, None, "4 May 2026"]


def test_a_dangling_first_day_gives_the_lead_to_another_day():
    docs = [
        Document(
            "d1", "While the fire burned, the crews at the old grain depot called for more help.", date="2 May 2026"
        ),
        Document("d2", "Investigators spent the day at the depot.\n\n" + LATER, date="4 May 2026"),
        Document("d3", "The harbour reopened to fishing boats in the morning.\n\n" + LATER, date="4 May 2026"),
    ]
    (brief,) = fuse(docs, budget=Budget(sentences=2), stories=False)
    assert brief.lead and brief.sentences[0].text == LATER  # not no lead at all


def test_the_seeds_2021_brief_never_opens_with_a_dangling_conjunction(seeds):
    briefs = fuse(seeds, budget=Budget(sentences=1))
    (story,) = [b for b in briefs if len(b.sources) == 4]
    (lead,) = story.sentences
    assert not lead.text.startswith("فيما")
    assert len(set(lead.sources)) >= 2  # a fact more than one report states
    assert "لانسحاب القوات الأمريكية" in lead.text  # the planned withdrawal, told on the story's first day
