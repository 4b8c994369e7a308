"""Point 8 of issue 35: a brief opens with its most corroborated fact, never
with a sentence that hangs on one before it; the rest in time order."""

import pytest

from summarizer import Budget, Document, fuse
from summarizer.fusion.lead import dangling
from summarizer.render import day_breaks, format_day


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
    days = [s.date for s in three.sentences[1:]]
    assert days == sorted(days)  # the rest in time order
    lines = day_breaks(three)  # the lead stands apart: the sentence after it opens its own day line
    assert lines[0] == "2 March 2026" and lines[1] == format_day(three.sentences[1].date)


def test_the_seeds_2021_brief_never_opens_with_a_dangling_conjunction(seeds):
    briefs = fuse(seeds, budget=Budget(sentences=1))
    (story,) = [b for b in briefs if len(b.sources) == 4]
    (lead,) = story.sentences
    assert not lead.text.startswith("فيما")
    assert len(set(lead.sources)) >= 2  # a fact more than one report states
