import datetime

from summarizer.timeline import FAR_OTHERS, story_dates

D = datetime.date


def test_a_date_years_from_all_its_storys_others_is_doubtful_and_not_the_first():
    dates = [D(1998, 10, 16), D(1973, 9, 11), D(1998, 10, 18), None, D(1998, 10, 20)]
    found = story_dates(dates)
    assert found.doubtful == frozenset({1})
    assert (found.first, found.last) == (D(1998, 10, 16), D(1998, 10, 20))
    assert found.trusted(dates)[1] is None and found.trusted(dates)[0] == D(1998, 10, 16)


def test_a_story_followed_for_years_keeps_every_date():
    start = D(2005, 7, 7)
    dates = [start + datetime.timedelta(days=d) for d in (0, 5, 70, 160, 360, 660, 1020)]
    found = story_dates(dates)
    assert found.doubtful == frozenset()
    assert (found.first, found.last) == (dates[0], dates[-1])


def test_two_dates_cannot_tell_which_is_wrong():
    dates = [D(1998, 10, 16), D(1973, 9, 11)]
    assert story_dates(dates).doubtful == frozenset()
    near = [D(1998, 10, 16), D(1998, 10, 17), D(1998, 10, 16) - datetime.timedelta(days=FAR_OTHERS - 1)]
    assert story_dates(near).doubtful == frozenset()


def test_no_dates_no_story_dates():
    assert story_dates([None, None]) == story_dates([])
    assert story_dates([None]).first is None
