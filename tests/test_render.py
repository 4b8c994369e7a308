import io
import json

from summarizer import Budget, summarize
from summarizer.bidi import visual
from summarizer.render import render_text, to_dict, to_json


def test_json_shape_is_stable(seed):
    doc = seed["000"]
    s = summarize(doc, budget=Budget(sentences=2))
    data = json.loads(to_json([doc], [s]))
    assert set(data) >= {"sources", "briefs"}
    assert set(data["sources"][0]) >= {"id", "path", "title"}
    sent = data["briefs"][0]["sentences"][0]
    assert set(sent) >= {"text", "citations"}
    assert set(sent["citations"][0]) >= {"source", "start", "end"}
    assert to_dict([doc], [s]) == to_dict([doc], [s])


def test_visual_order_for_terminals():
    # pure left-to-right text is untouched
    assert visual("Plain English text.") == "Plain English text."
    shown = visual("قال 2021/07/23 (NATO) انتهى")
    # numbers and Latin runs keep their own order; the line is reversed around them
    assert "2021/07/23" in shown and "(NATO)" in shown
    assert shown.index("(NATO)") < shown.index("2021/07/23")


def test_rendered_text_right_aligns_arabic(seed):
    doc = seed["002"]
    s = summarize(doc, budget=Budget(sentences=1))
    out = io.StringIO()
    render_text([doc], [s], out, bidi="visual", width=60)
    lines = [l for l in out.getvalue().splitlines() if l.strip()]
    body = [l for l in lines if any("\ufe70" <= ch <= "\ufeff" for ch in l)]
    assert body, "Arabic is shaped into presentation forms"
    assert all(len(l) <= 60 for l in body)
    assert any(l.startswith(" ") for l in body)  # right-aligned
