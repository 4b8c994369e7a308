"""Point 7 of issue 35: a figure that changes from one day to the next is an
update (cited, with its days); two values on one day stay a disagreement."""

import datetime
import io
import json

from summarizer import Budget, Document, Update, fuse
from summarizer.fusion.updates import update_of, with_toll_updates
from summarizer.html import to_html
from summarizer.render import render_text, to_json, to_markdown
from summarizer.types import Disagreement

QUAKE = (
    "At least {n} people were killed when a powerful earthquake struck the mountain villages "
    "of the northern province on Tuesday, officials said."
)
REST = (
    "Rescue teams from the capital reached the worst hit valley late in the evening.",
    "Aid convoys carrying tents and blankets arrived in the valley as aftershocks shook the region.",
)


def reports(first: str, second: str) -> list[Document]:
    return [
        Document("a", f"{QUAKE.format(n=400)}\n\n{REST[0]}", date=first),
        Document("b", f"{QUAKE.format(n=500)}\n\n{REST[1]}", date=second),
    ]


def lead_of(docs):
    (brief,) = fuse(docs, budget=Budget(sentences=2), stories=False)
    return brief, next(s for s in brief.sentences if "earthquake" in s.text)


def test_a_toll_rising_over_two_days_is_an_update_with_its_days_and_both_reports_cited():
    docs = reports("1 October 2026", "3 October 2026")
    brief, s = lead_of(docs)
    assert set(s.sources) == {"a", "b"}
    assert s.disagreements == ()
    (u,) = s.updates
    assert u.quantity == "dead people"
    assert [(v, day, ids) for v, day, ids in u.values] == [
        ("400", datetime.date(2026, 10, 1), ("a",)),
        ("500", datetime.date(2026, 10, 3), ("b",)),
    ]
    out = io.StringIO()
    render_text(docs, [brief], out, bidi="logical", width=200)
    assert "updated: dead people:" in out.getvalue() and "→ 500 [2] (3 October 2026)" in out.getvalue()
    assert "400 \\[1\\] \\(1 October 2026\\)" in to_markdown(docs, [brief])
    assert 'class="flag update"' in to_html(docs, [brief])
    data = json.loads(to_json(docs, [brief]))
    (js,) = [x for x in data["briefs"][0]["sentences"] if "earthquake" in x["text"]]
    assert js["updates"] == [
        {
            "kind": "number",
            "quantity": "dead people",
            "values": [
                {"value": "400", "date": "2026-10-01", "sources": ["a"]},
                {"value": "500", "date": "2026-10-03", "sources": ["b"]},
            ],
        }
    ]


def test_two_tolls_on_one_day_stay_a_disagreement():
    _, s = lead_of(reports("1 October 2026", "1 October 2026"))
    assert set(s.sources) == {"a", "b"}  # the copy with one figure changed is cited
    assert s.updates == ()
    (flag,) = s.disagreements
    assert dict(flag.values) == {"400": ("a",), "500": ("b",)}


def test_values_whose_days_overlap_or_are_unknown_are_no_update():
    days = {"a": datetime.date(2026, 10, 1), "b": datetime.date(2026, 10, 3), "c": datetime.date(2026, 10, 4)}
    rising = Disagreement("number", (("400", ("a",)), ("500", ("b", "c"))), "dead people")
    assert update_of(rising, days) == Update(
        "number", (("400", days["a"], ("a",)), ("500", days["b"], ("b", "c"))), "dead people"
    )
    back_and_forth = Disagreement("number", (("400", ("a", "c")), ("500", ("b",))), "dead people")
    assert update_of(back_and_forth, days) is None
    months = {**days, "b": datetime.date(2027, 2, 1)}
    assert update_of(Disagreement("number", (("400", ("a",)), ("500", ("b",))), "dead people"), months) is None
    undated = Disagreement("number", (("400", ("a",)), ("500", ("x",))), "dead people")
    assert update_of(undated, days) is None
    weekday = Disagreement("weekday", (("Monday", ("a",)), ("Tuesday", ("b",))), "day")
    assert update_of(weekday, days) is None


def test_a_sentence_repeated_behind_a_wire_dateline_in_a_later_paragraph_is_cited():
    said = "Rescue teams reached the valley and searched the rubble."
    docs = [
        Document("a", f"{said}\n\nThe government declared three days of national mourning across the country."),
        Document(
            "b",
            "Quake toll rises in the north\n\nThe quake struck at dawn and flattened whole villages in the north "
            f"of the country.\n\nANKARA, Turkey, Oct. 2 (AP) _ {said}",
        ),
    ]
    (brief,) = fuse(docs, budget=Budget(sentences=3), stories=False)
    (s,) = [x for x in brief.sentences if x.text == said]
    assert set(s.sources) == {"a", "b"}


# A toll told in other words on a later day (issue 35, point 7): no longer the
# same sentence with one figure changed, so no disagreement witness.
STRUCK = (
    "A strong earthquake struck the northern province on Monday, "
    "killing at least 400 people and injuring hundreds more."
)
RISEN = "The death toll from Monday's earthquake in the north has risen to 500, officials said on Wednesday."
STRUCK_AR = "أسفر زلزال قوي ضرب الإقليم الشمالي يوم الاثنين عن مقتل 400 شخص على الأقل وإصابة المئات."
RISEN_AR = "ارتفعت حصيلة القتلى جراء زلزال الاثنين في الشمال إلى 500، وفق ما أعلن مسؤولون يوم الأربعاء."
REST_AR = (
    "وصلت فرق الإنقاذ من العاصمة إلى الوادي الأكثر تضررا في وقت متأخر من المساء.",
    "وصلت قوافل المساعدات المحملة بالخيام والبطانيات إلى الوادي فيما هزت الهزات الارتدادية المنطقة.",
)


def reworded(later: str, second: str, *, rest=REST, first=STRUCK, language=None) -> tuple[list[Document], object]:
    docs = [
        Document("a", f"{first}\n\n{rest[0]}", date="1 October 2026", language=language),
        Document("b", f"{later}\n\n{rest[1]}", date=second, language=language),
    ]
    (brief,) = fuse(docs, budget=Budget(sentences=2), stories=False)
    return docs, brief


def told_first(brief, first: str):
    return next(s for s in brief.sentences if s.text == first)


def test_a_toll_risen_in_other_words_on_a_later_day_is_an_update_citing_both_reports():
    docs, brief = reworded(RISEN, "3 October 2026", rest=("Rescue teams reached the valley.", REST[1]))
    s = told_first(brief, STRUCK)
    (u,) = s.updates
    assert u.quantity == "dead people" and s.disagreements == ()
    assert [(v, day, ids) for v, day, ids in u.values] == [
        ("400", datetime.date(2026, 10, 1), ("a",)),
        ("500", datetime.date(2026, 10, 3), ("b",)),
    ]
    (c,) = [c for c in s.citations if c.source == "b"]
    assert c.kind == "update" and docs[1].text[c.start : c.end] == RISEN
    out = io.StringIO()
    render_text(docs, [brief], out, bidi="logical", width=200)
    assert "updated: dead people:" in out.getvalue() and "→ 500 [2] (3 October 2026)" in out.getvalue()
    assert "500 \\[2\\] \\(3 October 2026\\)" in to_markdown(docs, [brief])
    assert 'class="flag update"' in to_html(docs, [brief])
    data = json.loads(to_json(docs, [brief]))
    (js,) = [x for x in data["briefs"][0]["sentences"] if x["text"] == STRUCK]
    assert [(v["value"], v["date"], v["sources"]) for v in js["updates"][0]["values"]] == [
        ("400", "2026-10-01", ["a"]),
        ("500", "2026-10-03", ["b"]),
    ]
    assert {"source": "b", "start": c.start, "end": c.end} in [
        {k: x[k] for k in ("source", "start", "end")} for x in js["citations"]
    ]


def test_an_arabic_toll_risen_in_other_words_on_a_later_day_is_an_update_citing_both_reports():
    docs, brief = reworded(RISEN_AR, "3 October 2026", rest=REST_AR, first=STRUCK_AR, language="ar")
    s = told_first(brief, STRUCK_AR)
    (u,) = s.updates
    assert [(v, day, ids) for v, day, ids in u.values] == [
        ("400", datetime.date(2026, 10, 1), ("a",)),
        ("500", datetime.date(2026, 10, 3), ("b",)),
    ]
    (c,) = [c for c in s.citations if c.source == "b"]
    assert c.kind == "update" and docs[1].text[c.start : c.end] == RISEN_AR


def test_a_reworded_toll_is_an_update_only_on_another_day_and_never_a_new_citation_on_the_same_day():
    for second, update in (("3 October 2026", True), ("1 October 2026", False)):
        _, brief = reworded(RISEN, second)
        s = told_first(brief, STRUCK)
        assert bool(s.updates) is update, second
        assert ("b" in s.sources) is update, second  # cited as the update, or not at all
        assert s.disagreements == (), second  # too far from the sentence to witness a disagreement


def test_another_quantity_or_another_event_on_another_day_is_no_update():
    cases = (
        (RISEN, True),  # the control: the same toll, risen
        ("The injury toll from Monday's earthquake in the north has risen to 500, officials said on Wednesday.", False),
        ("An aftershock struck the northern province on Sunday, killing 12 people in a village.", False),  # it fell
        ("Floods in the south killed 600 people on Friday.", False),  # shares nothing but the toll's words
        ("The earthquake of 1998 in the north killed 2,000 people, officials recalled on Wednesday.", False),  # history
    )
    for later, update in cases:
        _, brief = reworded(later, "8 October 2026")
        assert bool(told_first(brief, STRUCK).updates) is update, later


def test_a_toll_witness_makes_updates_only_and_each_witness_updates_one_toll():
    days = {"a": datetime.date(2026, 10, 1), "b": datetime.date(2026, 10, 3), "c": datetime.date(2026, 10, 1)}
    # one witness sentence of b gives two quantities of the brief sentence: it updates the first only
    rising = Disagreement("number", (("400", ("a",)), ("500", ("b",))), "dead people", (("b", 0, 60),))
    forecast = Disagreement("number", (("1000", ("a",)), ("500", ("b",))), "homeless people", (("b", 0, 60),))
    assert with_toll_updates((), (rising, forecast), days) == (rising,)
    # a flag the witness joins to a same-day disagreement is no update: the disagreement stays as it was
    same_day = Disagreement("number", (("400", ("a",)), ("450", ("c",))), "dead people", (("c", 0, 40),))
    joined = Disagreement(
        "number", (("400", ("a",)), ("450", ("c",)), ("500", ("b",))), "dead people", (("c", 0, 40), ("b", 0, 60))
    )
    assert with_toll_updates((same_day,), (joined,), days) == (same_day,)
    assert with_toll_updates((same_day,), (same_day, rising), days) == (rising,)  # where it is one, the update
