"""The cite stage: each picked group as its first telling, citing every report that states it."""

from summarizer import Budget
from summarizer.fusion.cite import cite
from summarizer.fusion.pick import pick

from .stage_data import ranked


def test_each_sentence_cites_itself_first_and_slices_its_sources():
    ranking = ranked()
    picked = pick(ranking, Budget(sentences=3), "rank", 0.5)
    sentences = cite(ranking, picked)
    assert len(sentences) == len(picked.chosen)
    texts = {a.id: a.document.text for a in ranking.analyses}
    for g, s in zip(picked.chosen, sentences):
        first = s.citations[0]
        assert first.representative and first.kind == "same"
        assert ranking.pool.sentence(ranking.groups[g].representative).doc_id == first.source
        for c in s.citations:
            assert texts[c.source][c.start : c.end].strip()
        assert not s.disagreements  # flags are the next stage's


def test_the_toll_two_reports_state_cites_both():
    ranking = ranked()
    sentences = cite(ranking, pick(ranking, Budget(sentences=3), "rank", 0.5))
    toll = next(s for s in sentences if "12 people" in s.text)
    assert {"r0", "r1"} <= set(toll.sources)


def test_an_abstractive_realiser_writes_the_text_and_alignment_cites_it():
    ranking = ranked()
    picked = pick(ranking, Budget(sentences=1), "rank", 0.5)
    seen = []

    def realiser(groups):
        seen.extend(groups)
        return ["Floods killed 12 people in the north on Monday." for _ in groups]

    (s,) = cite(ranking, picked, realiser)
    assert len(seen) == 1 and s.text == "Floods killed 12 people in the north on Monday."
    assert s.citations and s.supported
