"""The pick stage: what the budget takes, never a fragment, each fact once."""

from datetime import date
from types import SimpleNamespace

from summarizer import Budget, Document, analyse
from summarizer.fusion.pick import distinct, fragments, pick
from summarizer.fusion.pool import build_pool
from summarizer.fusion.support import Evidence

from .stage_data import ranked


def test_groups_stating_one_fact_are_kept_once():
    # a chosen group whose representative states the same fact as one chosen
    # before it is dropped, whatever grouped them apart
    texts = [
        "Kadhimi said Iraq no longer needs foreign combat forces. Markets were calm.",
        "Iraq no longer needs foreign combat forces, Kadhimi said. Football fans celebrated.",
    ]
    pool = build_pool([analyse(Document(f"r{k}", t)) for k, t in enumerate(texts)])
    groups = tuple(SimpleNamespace(representative=i) for i in range(4))  # a, calm, b, fans
    ranking = SimpleNamespace(groups=groups, evidence=Evidence(pool, range(2)))
    assert distinct(ranking, [0, 1, 2, 3]) == (0, 1, 3)
    assert distinct(ranking, [1, 3]) == (1, 3)


def test_pick_takes_the_best_groups_within_the_budget_in_the_order_taken():
    ranking = ranked()
    picked = pick(ranking, Budget(sentences=2), "rank", 0.5)
    assert len(picked.chosen) == 2 and len(set(picked.chosen)) == 2
    assert picked.chosen[0] == int(max(range(len(ranking.groups)), key=lambda i: (ranking.score[i], -i)))
    # the toll every report states is taken once, though 12 and 15 differ
    texts = [ranking.pool.sentence(ranking.groups[g].representative).text for g in picked.chosen]
    assert sum("killed" in t for t in texts) <= 2


def test_a_word_cap_too_small_for_any_sentence_takes_nothing_and_says_so():
    picked = pick(ranked(), Budget(words=2), "rank", 0.5)
    assert picked.chosen == () and picked.too_long > 0 and picked.shortest == 3  # "Schools were closed."


def test_concept_selection_also_picks_within_the_budget():
    picked = pick(ranked(), Budget(sentences=2), "concepts", 0.5)
    assert 1 <= len(picked.chosen) <= 2


def test_a_fragment_is_never_picked_while_a_whole_sentence_is_left():
    texts = [
        "The minister resigned on Friday after the vote, the agency reported.\n\n"
        "Join the discussion of the minister and the vote at clubs.example.com/clubs/news today.",
        "The minister resigned on Friday after the vote.\n\n"
        "More on the minister and the vote at https://example.org/story on the site.",
    ]
    ranking = ranked(texts)
    bad = fragments(ranking)
    assert bad.any() and not bad.all()
    picked = pick(ranking, Budget(sentences=4), "rank", 0.5)
    assert picked.chosen and not any(bad[g] for g in picked.chosen)


def test_with_the_reports_dates_the_lead_is_looked_for_on_the_first_day():
    later = "Police arrested two young men on Monday for setting the blaze on purpose, a spokesman told reporters."
    texts = [
        "A fire destroyed the old grain depot near the harbour overnight, and nobody was hurt in it.",
        "Investigators spent the day at the depot.\n\n" + later,
        "The harbour reopened to fishing boats in the morning.\n\n" + later,
    ]
    ranking = ranked(texts)
    days = {"r0": date(2026, 5, 2), "r1": date(2026, 5, 4), "r2": date(2026, 5, 4)}

    def lead_text(picked):
        return ranking.pool.sentence(ranking.groups[picked.lead].representative).text

    assert lead_text(pick(ranking, Budget(sentences=2), "rank", 0.5)) == later  # the most told, any day
    dated = pick(ranking, Budget(sentences=2), "rank", 0.5, dates=days, first=date(2026, 5, 2))
    assert lead_text(dated) == texts[0]  # the only fact of the first day
    assert pick(ranking, Budget(sentences=2), "concepts", 0.5, dates=days, first=date(2026, 5, 2)).lead is None
