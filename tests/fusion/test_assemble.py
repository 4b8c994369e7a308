"""The assemble stage: the header, the sources, the shortened sentence when nothing fits a cap."""

from summarizer import Budget, Document
from summarizer.fusion.assemble import assemble, heading
from summarizer.fusion.cite import cite
from summarizer.fusion.pick import pick

from .stage_data import STORY, ranked


def test_a_brief_gets_its_header_sources_and_what_the_steps_found():
    ranking = ranked()
    picked = pick(ranking, Budget(sentences=2), "rank", 0.5)
    head = heading(ranking)
    brief = assemble(ranking, picked, cite(ranking, picked), Budget(sentences=2), head, 3, "salience")
    assert brief.backend == "fusion+salience" and brief.sources == ("r0", "r1", "r2")
    assert brief.title and brief.title == head.header.title
    meta = dict(brief.metadata)
    assert meta["story"] == 3 and meta["documents"] == 3 and meta["groups"] == len(ranking.groups)


def test_when_no_sentence_fits_the_cap_the_best_is_shortened_and_cited_as_shown():
    ranking = ranked()
    budget = Budget(words=2)
    picked = pick(ranking, budget, "rank", 0.5)
    brief = assemble(ranking, picked, (), budget, heading(ranking), 0, "lead")
    (s,) = brief.sentences
    assert s.shortened and len(s.text.split()) <= 2
    c = s.citations[0]
    source = dict(zip(("r0", "r1", "r2"), STORY))[c.source]
    assert s.text.startswith(source[c.start : c.end])


def test_the_title_comes_from_a_headline_when_a_report_has_one():
    from summarizer import analyse
    from summarizer.fusion.pool import build_pool, links
    from summarizer.fusion.rank import rank
    from summarizer.options import FusionOptions
    from summarizer.registry import default_registry

    docs = [Document(f"r{k}", t, language="en", title="Floods kill 12 in the north") for k, t in enumerate(STORY)]
    analyses = [analyse(d) for d in docs]
    pool = build_pool(analyses)
    ranking = rank(pool, links(pool, 0.2), range(3), default_registry().create("lead"), FusionOptions())
    assert heading(ranking).header.title == "Floods kill 12 in the north"
