"""Czech."""

from . import Language

LANGUAGE = Language(
    code="cs",
    name="czech",
    scripts=("LATIN",),
    frequent_words=(
        "se na je že to do jako ve by za ale jsou byl také který jeho nebo když již podle bude budou které však"
    ),
    letters="áčďéěíňóřšťúůýž",
    stemmer="sumy",
    abbreviations=frozenset(["např", "tj", "tzv", "atd", "mj", "resp", "dr", "ing", "mgr", "prof", "str", "č", "sv"]),
    weekdays={
        "pondělí": "monday",
        "úterý": "tuesday",
        "středa": "wednesday",
        "středu": "wednesday",
        "čtvrtek": "thursday",
        "pátek": "friday",
        "sobota": "saturday",
        "sobotu": "saturday",
        "neděle": "sunday",
        "neděli": "sunday",
    },
    percent_words=("procent", "procenta"),
    ordinal_days=True,
    months={
        "leden": 1,
        "ledna": 1,
        "únor": 2,
        "února": 2,
        "březen": 3,
        "března": 3,
        "duben": 4,
        "dubna": 4,
        "květen": 5,
        "května": 5,
        "červen": 6,
        "června": 6,
        "červenec": 7,
        "července": 7,
        "srpen": 8,
        "srpna": 8,
        "září": 9,
        "říjen": 10,
        "října": 10,
        "listopad": 11,
        "listopadu": 11,
        "prosinec": 12,
        "prosince": 12,
    },
)
