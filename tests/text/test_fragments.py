"""Issue 35 points 1-2: pieces that are no sentence, and quotations kept with their speaker."""

import pytest

from summarizer import Budget, Document, analyse, fuse, summarize
from summarizer.text.fragments import fragment_reason


@pytest.mark.parametrize(
    "piece, reason",
    [
        ("said Singh.", "short"),
        ("he said.", "short"),
        ("Tambara asked.", "short"),
        ("floodwaters.", "short"),
        ("The A.N.C.", "short"),
        ("هذه هي", "short"),
        ("Join the discussion at clubs.example.com/clubs/news today", "address"),
        ("More at https://example.org/story on the site", "address"),
        ("``I saw his eyes and I knew it.", "quote piece"),
        ("It's fine if we're not ready yet,'' she told reporters", "quote piece"),
        ("“لن نغادر قبل انتهاء العمل في المدينة", "quote piece"),
        ("in installing a new entertainment system on its planes, the chief executive said", "starts inside"),
    ],
)
def test_a_fragment_is_named_by_its_class(piece, reason):
    assert fragment_reason(piece) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The army seized the capital on Monday.",
        "iPhone sales rose sharply in the first quarter.",
        "He said: “We will stay here until the end.”",
        "``We will win,'' said Singh.",
        "قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل.",
        'צה"ל הודיע כי הכוחות נכנסו לעיר הבוקר.',  # gershayim, no quotation
    ],
)
def test_a_whole_sentence_is_no_fragment(sentence):
    assert fragment_reason(sentence) is None


def test_a_wire_quote_and_its_attribution_on_the_next_line_are_one_sentence():
    text = (
        "The talks resumed on Monday in the capital after a week of delay.\n"
        "``We will not leave until the work is done,''\n"
        "said Singh.\n"
        "``I saw his eyes. He was afraid.'' Garcia said. The talks went on."
    )
    a = analyse(Document("d", text))
    texts = [s.text for s in a.sentences]
    assert "``We will not leave until the work is done,''\nsaid Singh." in texts
    assert "``I saw his eyes. He was afraid.'' Garcia said." in texts
    assert all(text[s.start : s.end] == s.text for s in a.sentences)
    assert [s.index for s in a.sentences] == list(range(len(a.sentences)))


def test_a_short_sentence_after_a_quotation_is_no_attribution_without_a_speech_verb():
    text = "The senator spoke to reporters outside the court on Monday. He said ``I am here.'' Then he left."
    texts = [s.text for s in analyse(Document("d", text, language="en")).sentences]
    assert texts[-2:] == ["He said ``I am here.''", "Then he left."]
    said = "The senator spoke to reporters outside the court on Monday. ``I am here.'' the senator told them."
    assert analyse(Document("d", said, language="en")).sentences[-1].text == "``I am here.'' the senator told them."


def test_a_quotation_of_several_sentences_stays_with_its_speaker():
    text = (
        'The mayor spoke on Monday. "We lost everything. The water came at night. '
        'Nobody warned us," she said. The river fell on Tuesday.'
    )
    texts = [s.text for s in analyse(Document("d", text)).sentences]
    assert texts == [
        "The mayor spoke on Monday.",
        '"We lost everything. The water came at night. Nobody warned us," she said.',
        "The river fell on Tuesday.",
    ]


def test_the_cap_never_fills_with_a_fragment():
    text = (
        "The storm that reached the northern coast on Monday night forced thousands of families to leave.\n\n"
        "Rivers rose.\n\nHe said.\n\nRead more at www.example.com/storm for the full story of the floods."
    )
    s = summarize(Document("d", text), budget=Budget(words=20))
    assert [x.text for x in s.sentences] == [
        "The storm that reached the northern coast on Monday night forced thousands of families to leave."
    ]


def test_fusion_never_takes_a_fragment():
    lead = "The storm that reached the northern coast on Monday night forced thousands of families to leave."
    docs = [
        Document("a", f"{lead}\n\nFloodwaters.\n\nOfficials said schools along the coast would close for a week."),
        Document("b", f"{lead}\n\nFloodwaters.\n\n``We lost everything,''"),
    ]
    (brief,) = fuse(docs, budget=Budget(words=40), stories=False)
    assert brief.sentences and all(fragment_reason(s.text) is None for s in brief.sentences)
