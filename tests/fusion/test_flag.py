"""The flag stage: another value of a brief sentence's figure is flagged with its source."""

from summarizer import Budget
from summarizer.fusion.cite import cite
from summarizer.fusion.flag import flag
from summarizer.fusion.pick import pick

from .stage_data import ranked


def test_another_toll_in_another_report_is_flagged():
    ranking = ranked()
    picked = pick(ranking, Budget(sentences=3), "rank", 0.5)
    sentences = flag(ranking, picked, cite(ranking, picked))
    toll = next(s for s in sentences if "12 people" in s.text)
    assert toll.disagreements, "12 against 15 killed"
    (d,) = toll.disagreements
    assert d.kind == "number" and dict(d.values)["15"] == ("r2",)
    # flags are added, nothing else changes
    assert [s.citations for s in sentences] == [s.citations for s in cite(ranking, picked)]
