"""``summarizer stories``: group reports into stories and list them (its
options are in :mod:`.parser`)."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..errors import OptionError
from ..formats import STORY_FORMATS
from ..fusion.across import sentence_encoder
from ..fusion.stories import fact_groups, group_profiles, profile
from ..header import headline, lead_title
from ..pipeline import analyse
from ..progress import progress
from ..render import ReportInfo, render_stories, stories_to_dict, stories_to_markdown
from ..safejson import dumps
from .console import Done, count
from .inputs import read_inputs, warn_foreign
from .options import output_format


def run(args: argparse.Namespace, out: TextIO) -> Done:
    """Group the reports, list the stories.  Only a small profile of each
    report is kept while grouping, so a feed of a hundred thousand reports
    fits in memory; the reports of a story that must share facts (undated,
    or dated within a day of each other) are analysed again when it is
    checked."""
    fmt = output_format(args, STORY_FORMATS)
    if fmt == "html":
        raise OptionError("stories has no html format; use text, markdown or json")
    docs, skipped = read_inputs(args.inputs, args.encoding, args.input_format)
    infos: list[ReportInfo] = []
    profiles = []
    with progress(len(docs), "reading reports", show=args.progress) as advance:
        for d in docs:
            a = analyse(d, language=args.language)
            profiles.append(profile(a))
            date = a.date.isoformat() if a.date else None
            infos.append(ReportInfo(d.id, d.path, headline(a), date, a.language, lead_title(a)))
            advance()
    warn_foreign(docs, args.language)

    def facts(reports: list[int]) -> list[list[int]]:
        parts = fact_groups([analyse(docs[i], language=args.language) for i in reports])
        return [[reports[k] for k in part] for part in parts]

    with progress(len(docs), "grouping into stories", show=args.progress) as advance:
        stories = group_profiles(profiles, facts=facts, progress=advance, encoder=sentence_encoder())
    if fmt == "json":
        out.write(dumps(stories_to_dict(infos, stories, skipped), indent=2) + "\n")
    elif fmt == "markdown":
        out.write(stories_to_markdown(infos, stories))
    else:
        render_stories(infos, stories, out, bidi=args.bidi)
    return Done(0, count(len(stories), "story", "stories"))
