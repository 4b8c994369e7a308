import pytest

from summarizer import Budget, Document, OptionError, fuse
from summarizer.fusion.concepts import concept_weights, concepts_of
from summarizer.selection.coverage import EXACT_UNITS, Unit, select


def test_concepts_are_pairs_of_content_terms():
    assert concepts_of(["central", "bank", "rais"]) == {"central bank", "bank rais"}
    assert concepts_of(["only"]) == frozenset()


def test_weights_count_reports_and_need_several():
    reports = [{"a b", "b c"}, {"a b"}, {"a b", "c d"}, {"c d"}]
    assert concept_weights(reports) == {"a b": 3}
    assert concept_weights(reports[:2]) == {"a b": 2}  # two reports: both must state it


def test_exact_program_prefers_coverage_to_length():
    w = {"x": 3, "y": 3, "z": 3}
    units = [Unit(frozenset({"x", "y"}), 10, 0.0), Unit(frozenset({"x"}), 5, 0.0), Unit(frozenset({"y", "z"}), 10, 0.0)]
    # 20 words: the two ten-word units cover all three concepts
    assert sorted(select(units, w, Budget(words=20))) == [0, 2]
    # 15 words: one ten-word unit and the five-word one cover two
    got = select(units, w, Budget(words=15))
    assert sum(units[i].words for i in got) <= 15 and len({c for i in got for c in units[i].concepts}) == 3


def test_exclusive_units_are_never_both_taken_and_greedy_matches_on_easy_cases():
    w = {"a": 2, "b": 2, "c": 2}
    units = [Unit(frozenset({"a", "b"}), 5, 1.0), Unit(frozenset({"a", "b"}), 5, 0.5), Unit(frozenset({"c"}), 5, 0.0)]
    got = select(units, w, Budget(sentences=3), exclusive=[(0, 1)])
    assert 0 in got and 1 not in got and 2 in got
    many = [Unit(frozenset({f"c{k}"}), 3, 0.0) for k in range(EXACT_UNITS + 5)]
    weights = {f"c{k}": 2 + k % 3 for k in range(EXACT_UNITS + 5)}
    got = select(many, weights, Budget(words=9))  # the greedy path
    assert sorted(weights[f"c{i}"] for i in got) == [4, 4, 4]


def test_fuse_takes_a_selection_and_refuses_others():
    docs = [
        Document(
            f"d{k}",
            "The central bank raised its main interest rate on Tuesday to fight inflation in the country. "
            f"Report {k} adds a detail of its own about exporters and the currency markets today.",
        )
        for k in range(4)
    ]
    for selection in ("rank", "concepts"):
        (brief,) = fuse(docs, budget=Budget(sentences=2), selection=selection, stories=False)
        assert brief.sentences and "central bank" in brief.sentences[0].text
    with pytest.raises(OptionError, match="rank, concepts"):
        fuse(docs, selection="ilp")
