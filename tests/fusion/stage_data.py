"""A small story run through the stages up to rank, for the stage tests."""

from summarizer import Document, analyse
from summarizer.fusion.pool import build_pool, links
from summarizer.fusion.rank import Ranking, rank
from summarizer.options import FusionOptions
from summarizer.registry import default_registry

STORY = [
    "Floods killed 12 people in the north on Monday, officials said. Rescue teams reached three villages.",
    "Rescue teams reached three villages on Monday. Floods killed 12 people in the north, officials said.",
    "Floods in the north killed 15 people on Monday, the governor said. Schools were closed.",
]


def ranked(texts=STORY, **options) -> Ranking:
    analyses = [analyse(Document(f"r{k}", t, language="en")) for k, t in enumerate(texts)]
    pool = build_pool(analyses)
    ranker = default_registry().create("lead")
    return rank(pool, links(pool, 0.2), range(len(analyses)), ranker, FusionOptions(**options))
