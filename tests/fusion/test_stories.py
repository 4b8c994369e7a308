"""Story grouping of whole reports (summarizer.fusion.stories)."""

import itertools
import warnings

import numpy as np

from summarizer import Document, analyse
from summarizer.fusion import stories
from summarizer.fusion.stories import (
    BACKGROUND,
    BACKGROUND_WEIGHT,
    DUPLICATE,
    SIGNATURE_NAMES,
    SMALL_FEED,
    Story,
    _backgrounds,
    group_stories,
    profile,
    report_vectors,
    signature,
)

from ..conftest import dev_set

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


def test_reports_of_one_day_or_undated_need_shared_facts_days_apart_do_not():
    # Same subject, no two facts in common: without dates, or dated a day
    # apart, two stories; dated days apart (a later turn of the story), one.
    # Three sentences each: more than FACTS, so the shared facts are asked for.
    a = (
        "Rain fell on the northern valley for a week and the river rose above its banks, officials said. "
        "Schools in the valley towns closed on Monday. "
        "Buses ran on the hill roads instead."
    )
    b = (
        "The northern valley river flooded after a week of rain, and farmers lost their crops this spring. "
        "The regional council promised money for the farms. "
        "Seed prices went up in the market towns."
    )
    undated = [Document("a", a, language="en"), Document("b", b, language="en")]
    assert len(stories_of(undated)) == 2
    for later, together in (("2024-03-05", False), ("2024-03-08", True)):
        dated = [Document("a", a, language="en", date="2024-03-04"), Document("b", b, language="en", date=later)]
        assert (stories_of(dated) == [{"a", "b"}]) is together


SAME_DAY = {
    # two floods and an earthquake on one day: alike in words, three stories
    "iq1": "Floods in the northern Iraqi city of Mosul killed 42 people on Sunday, the health ministry said. "
    "The Tigris burst its banks after three days of heavy rain and swept away hundreds of homes near the old bridge. "
    "Prime Minister Mohammed Shia al-Sudani ordered army helicopters to evacuate families from the flooded districts.",
    "iq2": "The Iraqi health ministry said 42 people were killed by floods in Mosul on Sunday. "
    "Hundreds of homes near the old bridge were swept away when the Tigris burst its banks after heavy rain. "
    "Army helicopters evacuated families from flooded districts on the orders of Prime Minister al-Sudani.",
    "es1": "Flash floods in the Spanish region of Valencia killed 12 people on Sunday, emergency services said. "
    "The Turia overflowed after a night of torrential rain, cutting the motorway to Madrid. "
    "Regional president Carlos Mazon asked the central government for soldiers to help clear the mud.",
    "es2": "Emergency services in Valencia said 12 people died in flash floods on Sunday. "
    "Torrential rain overnight made the Turia overflow and cut the motorway between Valencia and Madrid. "
    "Carlos Mazon, the regional president, asked Madrid to send soldiers to clear the mud from the streets.",
    "tr1": "A magnitude 6.1 earthquake struck Malatya in eastern Turkey on Sunday, killing eight people, AFAD said. "
    "Rescue teams searched the rubble of eleven collapsed buildings in the city centre through the night. "
    "Interior Minister Ali Yerlikaya said more than 300 aftershocks had been recorded since the quake.",
    "tr2": "Eight people were killed when a magnitude 6.1 earthquake hit Malatya, eastern Turkey, on Sunday. "
    "Eleven buildings collapsed in the city centre, and rescue teams searched the rubble through the night. "
    "More than 300 aftershocks followed, Interior Minister Ali Yerlikaya told reporters.",
}


def test_reports_of_one_day_alike_in_words_but_on_other_events_are_other_stories():
    reports = [Document(k, v, language="en", date="2024-03-03") for k, v in SAME_DAY.items()]
    assert sorted(stories_of(reports), key=min) == [{"es1", "es2"}, {"iq1", "iq2"}, {"tr1", "tr2"}]


def test_undated_headlines_of_one_event_make_one_story():
    # one sentence each: too short to share FACTS facts, their words decide
    quake = [
        "Strong earthquake of magnitude 7.8 hits eastern Turkey",
        "Earthquake of magnitude 7.8 strikes eastern Turkey, buildings collapse",
        "Eastern Turkey earthquake: death toll rises to 1,200",
    ]
    final = ["Madrid beat Barcelona 2-1 in the cup final", "Real Madrid win the cup final against Barcelona"]
    got = stories_of(docs(quake, "q") + docs(final, "f"))
    assert sorted(got, key=len) == [{"f0", "f1"}, {"q0", "q1", "q2"}]


def test_undated_feed_items_of_a_headline_and_a_lead_are_grouped_by_their_words():
    # At most FACTS sentences each: every sentence would have to be told again
    # elsewhere, so the words decide, as for reports with dates.
    quake = [
        "The earthquake of magnitude 7.8 in eastern Turkey destroyed buildings in three cities. "
        "Rescue teams searched the rubble through the night.",
        "Rescuers in eastern Turkey pulled survivors from collapsed buildings after the earthquake. "
        "Officials said the death toll from the quake rose to 1,200.",
        "Aid flights reached eastern Turkey a day after the magnitude 7.8 earthquake. "
        "Hospitals in the three cities were full.",
    ]
    final = [
        "Real Madrid beat Barcelona 2-1 in the cup final in Seville on Saturday. Vinicius scored the winner.",
        "Barcelona lost the cup final to Real Madrid after a late goal. Their coach blamed the referee.",
    ]
    assert sorted(stories_of(docs(quake, "q") + docs(final, "f")), key=len) == [{"f0", "f1"}, {"q0", "q1", "q2"}]
    # three sentences: the same reports must now share facts, and these do not
    longer = [text + " More reports are expected later." for text in quake]
    assert len(stories_of(docs(longer, "q"))) > 1


def test_a_report_years_later_must_be_far_more_alike():
    # The same two reports: a week apart, one story; ten years apart, two.
    now = Document("now", FLOOD[1], language="en", date="2024-03-04")
    soon = Document("soon", FLOOD[2], language="en", date="2024-03-10")
    late = Document("late", FLOOD[2], language="en", date="2034-03-05")
    assert stories_of([now, soon]) == [{"now", "soon"}]
    assert len(stories_of([now, late])) == 2


def unrelated(n):
    """``n`` English reports that share no word with any other text here."""
    c = "bcdfghjklmnpqrstvwxz"  # report k, word j: "qu" + k in base 20 + j + "o", a word of its own
    return [
        Document(f"pad{k}", " ".join(f"qu{c[k // 20]}{c[k % 20]}{c[j]}o" for j in range(12)) + ".", language="en")
        for k in range(n)
    ]


def test_a_small_feed_weighs_its_words_as_if_unrelated_reports_made_it_up_to_small_feed():
    """Fewer than SMALL_FEED reports of a language: term weights are those of
    the same reports among unrelated ones up to SMALL_FEED, so words every
    report of one story uses still tell its reports together."""
    flood = [profile(analyse(d)) for d in docs(FLOOD, "f")]
    pads = [profile(analyse(d)) for d in unrelated(SMALL_FEED - len(flood))]
    assert not set(np.concatenate([p.terms for p in flood]).tolist()) & set(
        np.concatenate([p.terms for p in pads]).tolist()
    )
    alone = report_vectors(flood)
    padded = report_vectors(flood + pads)[: len(flood)]
    assert np.allclose((alone @ alone.T).toarray(), (padded @ padded.T).toarray())
    # the background of a small feed is mostly the prior, as if the missing reports had it
    bg = _backgrounds(alone, ["en"] * len(flood))
    others = len(flood) - 1
    prior = SMALL_FEED - len(flood)
    measured = (bg * (others + prior) - prior * BACKGROUND) / others  # what the reports themselves gave
    assert np.all(measured > BACKGROUND) and np.all(bg < measured)
    assert np.allclose(bg, (others * measured + prior * BACKGROUND) / (others + prior))


def test_a_large_feed_keeps_the_measured_background_weight():
    feed = [profile(analyse(d)) for d in docs(FLOOD, "f") + unrelated(SMALL_FEED)]
    vectors = report_vectors(feed)
    bg = _backgrounds(vectors, ["en"] * len(feed))
    pads = bg[len(FLOOD) :]  # unrelated reports: the more alike half of their cosines are 0
    assert np.allclose(pads, BACKGROUND_WEIGHT * BACKGROUND / (len(feed) - 1 + BACKGROUND_WEIGHT))


def test_a_cluster_handed_over_alone_is_one_story():
    """Each English MultiLing cluster (ten reports on one story over days or
    weeks) given on its own is one story; before SMALL_FEED, 3 of 10 were."""
    from summarizer.bench.datasets import load

    for item in load(dev_set("multiling2011-en.jsonl")):
        found = group_stories([analyse(d) for d in item.documents])
        assert len(found) == 1, (item.id, [s.reports for s in found])


def test_a_story_that_is_most_of_a_feed_stays_one_story():
    """120 reports of one story beside five stories of 16: the big story's
    reports have only each other to measure a background on; capped, it
    stays whole (it came out in 4 parts, and 150 of 200 in 10)."""
    import random

    from summarizer.bench.datasets import load

    rng = random.Random(0)
    items = load(dev_set("multiling2011-en.jsonl"))[:6]
    feed, gold = [], []
    for k, item in enumerate(items):
        sentences = [s.display for d in item.documents for s in analyse(d).sentences]
        for j in range(120 if k == 0 else 16):  # a report: 8 to 20 of the story's sentences
            text = " ".join(rng.sample(sentences, min(len(sentences), rng.randint(8, 20))))
            feed.append(Document(f"{k}-{j}", text, language="en"))
            gold.append(k)
    found = group_stories([analyse(d) for d in feed])
    assert all(len({gold[i] for i in s.reports}) == 1 for s in found)  # each story found is one true story
    assert sorted(s.size for s in found) == [16, 16, 16, 16, 16, 120]  # and each true story is one found


def test_dated_reports_years_apart_are_divided_by_a_doubling_every_date_scale():
    from summarizer.fusion.stories import DATE_SCALE, _decay

    assert np.allclose(_decay(np.array([0.0, 0.5, 1.0, 2.0, 5.0]) * DATE_SCALE), [1.0, 1.5, 2.0, 4.0, 32.0])
    # Reports thousands of years apart (a date of 0001 beside one of 9999) are
    # divided by a finite, huge number, with no overflow warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        far = _decay(np.array([3_000_000.0]))
    assert np.isfinite(far).all() and far[0] > 1e300


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


FEED_ITEMS = [  # (event, title, lead): a day's feed items, written for this test
    (
        "iq",
        "Floods kill 42 in Mosul",
        "Floods in the northern Iraqi city of Mosul have killed 42 people, the ministry said.",
    ),
    (
        "iq",
        "Mourning declared in Iraq",
        "Iraq's government declared three days of mourning after floods killed 42 people in Mosul.",
    ),
    (
        "es",
        "Valencia flash floods leave 12 dead",
        "Flash floods in Spain's Valencia region killed 12 people, emergency services said.",
    ),
    (
        "es",
        "Spain sends troops to Valencia",
        "Madrid sent soldiers to Valencia after flash floods that killed 12 people cut the motorway.",
    ),
    (
        "tr",
        "Magnitude 6.1 quake hits Turkey",
        "A magnitude 6.1 earthquake struck Malatya in eastern Turkey, killing eight people, AFAD said.",
    ),
    (
        "tr",
        "Eight dead in Malatya earthquake",
        "Eight people died when an earthquake of magnitude 6.1 hit Malatya province on Sunday.",
    ),
    (
        "fb1",
        "Real Madrid beat Barcelona 2-1",
        "Real Madrid beat Barcelona 2-1 at the Bernabeu on Sunday, with Vinicius scoring the winner.",
    ),
    (
        "fb2",
        "Liverpool held 1-1 by Arsenal",
        "Liverpool were held to a 1-1 draw by Arsenal at Anfield on Sunday, with Saka scoring late.",
    ),
]


def test_a_days_feed_items_on_events_of_one_kind_are_not_one_story():
    # Two floods, an earthquake, two matches, all dated one day: before a dated
    # report had to share a fact, the disasters were one story and the matches another.
    reports = [
        Document(f"{event}-{k}", lead, title=title, language="en", date="2024-03-03")
        for k, (event, title, lead) in enumerate(FEED_ITEMS)
    ]
    got = sorted(stories_of(reports), key=min)
    assert all(len({r.split("-")[0] for r in story}) == 1 for story in got)  # no story mixes two events
    assert got == [{"es-2", "es-3"}, {"fb1-6"}, {"fb2-7"}, {"iq-0", "iq-1"}, {"tr-4", "tr-5"}]


# Two stays in one rehab clinic, months apart: the same words, other names.
REHAB = {
    "reid": [
        "Actress Tara Reid checked into the Promises rehab clinic in Malibu on Tuesday, "
        "her publicist Jack Ketsoyan said. The clinic treats drug and alcohol addiction. Her family asked for privacy.",
        "Tara Reid is in rehab at the Promises clinic in Malibu, Jack Ketsoyan confirmed. "
        "The actress entered the clinic on Tuesday for treatment of addiction and her family asked for privacy.",
        "Friends of Tara Reid said the actress chose the Promises clinic in Malibu herself. "
        "Ketsoyan would not say how long the treatment of her addiction would last.",
    ],
    "lohan": [
        "Singer Lindsay Lohan checked into the Betty Ford rehab clinic in Rancho Mirage, her lawyer Mark Heller said. "
        "The clinic treats drug and alcohol addiction. Her family asked for privacy.",
        "Lindsay Lohan is in rehab at the Betty Ford clinic in Rancho Mirage, Mark Heller confirmed. "
        "The singer entered the clinic for treatment of addiction and her family asked for privacy.",
        "Friends of Lindsay Lohan said the singer chose the Betty Ford clinic in Rancho Mirage herself. "
        "Heller would not say how long the treatment of her addiction would last.",
    ],
}
# What whole reports add: more names and figures (a cut needs SIGNATURE_NAMES of them in most reports).
CAREER = {
    "reid": " Reid, 33, starred in American Pie in 1999 and in Josie and the Pussycats in 2001. "
    "Her series Taradise ran on E! Entertainment in 2006, and Ketsoyan told People and Us Weekly on Friday "
    "that Reid thanked her fans in Los Angeles.",
    "lohan": " Lohan, 26, starred in Mean Girls in 2004 and in Freaky Friday in 2003. "
    "A judge in Santa Monica, Judge James Dabney, ordered 90 days of treatment in March, and Heller told "
    "the Los Angeles Times and CNN on Thursday that Lohan would stay at Betty Ford.",
}


def rehab_feed(month, whole=True):
    return [
        Document(f"{who}{k}", text + (CAREER[who] if whole else ""), language="en", date=f"2024-{m:02d}-{day:02d}")
        for who, m in (("reid", 3), ("lohan", month))
        for k, (text, day) in enumerate(zip(REHAB[who], (1, 3, 5)))
    ]


def test_look_alike_events_with_other_names_are_other_stories(monkeypatch):
    feed = rehab_feed(9)  # September: months after the first stay
    assert all(len(profile(analyse(d)).names) >= SIGNATURE_NAMES for d in feed)
    expected = [{"lohan0", "lohan1", "lohan2"}, {"reid0", "reid1", "reid2"}]
    assert sorted(stories_of(feed), key=min) == expected
    # their words alone make them one story: the names keep them apart
    monkeypatch.setattr(stories, "APART", 0.0)
    assert len(stories_of(feed)) == 1


def test_short_items_with_few_names_are_not_cut():
    # a feed item's few names are too few to tell events by: their words decide
    assert len(stories_of(rehab_feed(9, whole=False))) == 1


def test_look_alike_reports_within_turn_days_stay_one_story():
    # the same reports within a month of each other: turns of one story, not cut by their names
    assert len(stories_of(rehab_feed(3))) == 1


def test_look_alike_events_whose_date_spans_only_overlap_are_cut():
    # One stay told again 17 months later, the other in between: the spans
    # overlap, but no report of one is within TURN_DAYS of a report of the other.
    dates = {"reid": ("2023-01-01", "2023-01-03", "2024-06-01"), "lohan": ("2023-09-01", "2023-09-03", "2023-09-05")}
    feed = [
        Document(f"{who}{k}", text + CAREER[who], language="en", date=dates[who][k])
        for who in ("reid", "lohan")
        for k, text in enumerate(REHAB[who])
    ]
    assert sorted(stories_of(feed), key=min) == [{"lohan0", "lohan1", "lohan2"}, {"reid0", "reid1", "reid2"}]


def test_signature_is_names_and_figures_not_sentence_openers():
    a = analyse(Document("x", "Police said Tara Reid paid 3,000 dollars. The actress left on May 5.", language="en"))
    assert signature(a) == ["tara", "reid", "3000", "may", "5"]


def test_only_reports_in_a_script_with_capitals_have_names():
    en = profile(analyse(Document("en", "Police said Tara Reid paid 3,000 dollars on Monday.", language="en")))
    ar = profile(analyse(Document("ar", "قالت الشرطة إن المبلغ بلغ ٣٠٠٠ دولار يوم الاثنين في BBC.", language="ar")))
    figures = profile(analyse(Document("f", "the police said 3,000 dollars were paid.", language="en")))
    assert en.named and not ar.named and not figures.named
    # a figure is an anchor whatever the digits it is written in
    assert set(en.names.tolist()) & set(ar.names.tolist())


def test_a_near_copy_that_gives_another_figure_is_news_not_a_copy():
    from summarizer import fuse

    body = (
        "The storm hit the coast on Monday and killed 50 people, officials said. Rescue teams reached the "
        "area on Tuesday. Schools in the region were closed for the week. The government promised aid to "
        "families who lost their homes."
    )
    first = Document("orig", body, date="2024-03-04")
    (brief,) = fuse([first, Document("later", body.replace("50", "70"), date="2024-03-09")])
    assert brief.duplicates == () and set(brief.sources) == {"orig", "later"}
    (update,) = [u for s in brief.sentences for u in s.updates]
    assert [v for v, _, _ in update.values] == ["50", "70"]
    (brief,) = fuse([first, Document("same", body.replace("50", "70"), date="2024-03-04")])
    assert any(s.disagreements for s in brief.sentences)  # the same day: two accounts, flagged
    reworded = body.replace("officials said", "officials told reporters")  # figures kept: a copy
    (brief,) = fuse([first, Document("copy", reworded, date="2024-03-05")])
    assert brief.duplicates == (("copy", "orig"),)
    stamped = Document("stamped", body + " Updated 10:32 GMT.", date="2024-03-04")  # a copy that lacks a figure
    (brief,) = fuse([stamped, Document("trimmed", body, date="2024-03-05")])
    assert brief.duplicates == (("trimmed", "stamped"),)
