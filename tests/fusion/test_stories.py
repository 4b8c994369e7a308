"""Story grouping of whole reports (summarizer.fusion.stories)."""

import itertools

from summarizer import Document, analyse
from summarizer.fusion.stories import DUPLICATE, Story, group_stories, profile

FLOOD = [
    "The river burst its banks in the northern valley on Monday and flooded three villages. "
    "Rescue teams moved families to schools on higher ground. The army sent boats to the valley.",
    "Floods hit three villages in the northern valley after the river burst its banks. "
    "Families slept in schools on higher ground. Army boats reached the flooded valley on Tuesday.",
    "Water is falling in the northern valley a week after the river flooded three villages. "
    "Families began to leave the schools on higher ground and return home.",
]
ELECTION = [
    "Voters in the capital chose a new mayor on Sunday after a close campaign about housing and buses. "
    "The winner promised cheaper buses and new housing.",
    "The new mayor of the capital took office after Sunday's vote, promising cheaper buses. "
    "Turnout in the capital was the highest in twenty years.",
    "The capital's new mayor named her team and repeated her promise of cheaper buses and housing.",
]


def docs(texts, prefix, date=None):
    return [Document(f"{prefix}{k}", t, language="en", date=date) for k, t in enumerate(texts)]


def stories_of(documents):
    analyses = [analyse(d) for d in documents]
    return [{documents[i].id for i in s.reports} for s in group_stories(analyses)]


def test_two_stories_come_apart_whatever_the_order():
    feed = docs(FLOOD, "f", "2024-03-04") + docs(ELECTION, "e", "2024-03-05")
    expected = [{"f0", "f1", "f2"}, {"e0", "e1", "e2"}]
    for order in itertools.islice(itertools.permutations(feed), 0, 720, 97):
        found = stories_of(list(order))
        assert sorted(found, key=min) == sorted(expected, key=min)


def test_deterministic():
    feed = docs(FLOOD, "f") + docs(ELECTION, "e")
    analyses = [analyse(d) for d in feed]
    assert group_stories(analyses) == group_stories(analyses)


def test_the_seeds_give_the_2021_story_and_the_2024_report_apart(seeds):
    analyses = [analyse(d) for d in seeds]
    found = [{seeds[i].id[:3] for i in s.reports} for s in group_stories(analyses)]
    assert found == [{"000", "001", "002", "004"}, {"003"}]


def test_copies_are_one_report_listed_once():
    original = docs(FLOOD[:1], "a", "2024-03-04")[0]
    copies = [Document(f"copy{k}", original.text, language="en", date="2024-03-04") for k in range(390)]
    feed = [original, *copies, *docs(ELECTION, "e", "2024-03-05")]
    analyses = [analyse(d) for d in feed]
    found = group_stories(analyses)
    flood = [s for s in found if 0 in s.reports or any(o == 0 for _, o in s.duplicates)]
    assert len(flood) == 1 and flood[0].reports == (0,)
    assert sorted(c for c, _ in flood[0].duplicates) == list(range(1, 391))
    assert {o for _, o in flood[0].duplicates} == {0}
    assert flood[0].size == 391


def test_near_copies_fold_into_the_first_by_date():
    text = " ".join(FLOOD)  # a wire story, republished with one word changed
    later = Document("later", text.replace("on Monday", "early on Monday"), language="en", date="2024-03-06")
    first = Document("first", text, language="en", date="2024-03-04")
    a = [analyse(later), analyse(first)]
    (story,) = group_stories(a)
    assert story.reports == (1,) and story.duplicates == ((0, 1),)
    assert DUPLICATE < 1.0


def test_a_story_is_told_in_one_language():
    english = docs(FLOOD, "en")
    text = "La rivière a débordé dans la vallée du nord lundi et a inondé trois villages."
    french = [Document("fr0", text, language="fr")]
    found = stories_of(english + french)
    assert {"fr0"} in found


def test_undated_reports_need_a_shared_fact_dated_ones_do_not():
    # Same subject, no shared sentence: without dates, two stories; with dates
    # close together, one.
    a = "Rain fell on the northern valley for a week and the river rose above its banks, officials said."
    b = "The northern valley river flooded after a week of rain, and farmers lost their crops this spring."
    undated = [Document("a", a, language="en"), Document("b", b, language="en")]
    dated = [Document("a", a, language="en", date="2024-03-04"), Document("b", b, language="en", date="2024-03-05")]
    assert len(stories_of(undated)) == 2
    assert stories_of(dated) == [{"a", "b"}]


def test_a_report_years_later_must_be_far_more_alike():
    # The same two reports: a week apart, one story; ten years apart, two.
    now = Document("now", FLOOD[1], language="en", date="2024-03-04")
    soon = Document("soon", FLOOD[2], language="en", date="2024-03-10")
    late = Document("late", FLOOD[2], language="en", date="2034-03-05")
    assert stories_of([now, soon]) == [{"now", "soon"}]
    assert len(stories_of([now, late])) == 2


def test_profiles_are_small_and_stable():
    a = analyse(docs(FLOOD, "f")[0])
    p, q = profile(a), profile(a)
    assert (p.terms == q.terms).all() and p.key == q.key
    assert len(p.terms) == len(set(p.terms.tolist())) and (p.counts > 0).all()
    assert Story((1, 2)).size == 2


def test_reports_of_other_languages_do_not_change_how_a_language_is_weighed(seeds):
    """Stories are grouped per language, so a term's weight comes from the
    reports of its language alone: the Arabic seeds weigh the same in a feed
    with English reports as on their own (an earlier feed-wide weight
    merged two Arabic earthquake stories once the feed held other languages)."""
    import numpy as np

    from summarizer.fusion.stories import report_vectors

    arabic = [profile(analyse(d)) for d in seeds]
    english = [profile(analyse(d)) for d in docs(FLOOD + ELECTION, "en")]
    alone = report_vectors(arabic).toarray()
    mixed = report_vectors(arabic + english).toarray()[: len(arabic)]
    assert alone.shape[0] == mixed.shape[0] == 5
    # the same terms with the same weights (columns are the terms each feed uses)
    assert np.allclose(np.sort(alone, axis=1)[:, -50:], np.sort(mixed, axis=1)[:, -50:])
    assert sorted(map(sorted, (s.reports for s in group_stories([analyse(d) for d in seeds])))) == sorted(
        map(
            sorted,
            (
                s.reports
                for s in group_stories([analyse(d) for d in seeds + docs(FLOOD + ELECTION, "en")])
                if all(r < 5 for r in s.reports)
            ),
        )
    )
