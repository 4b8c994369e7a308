"""Multi-document fusion: many overlapping reports -> cited briefs, one per story.

The stages, one module each: :mod:`.stories` (which reports tell the same
story), :mod:`.pool` (a story's sentences and their similarity links),
:mod:`.rank` (groups of sentences that state one thing, :mod:`.group`,
scored), :mod:`.pick` (what the budget takes), :mod:`.cite` (citations,
:mod:`.support`), :mod:`.flag` (disagreements, :mod:`.disagree`),
:mod:`.order` (time order), :mod:`.assemble` (header and summary), and
across languages :mod:`.across` and :mod:`.cite_across`; :mod:`.fuse` runs
them.
"""

from .fuse import fuse, fuse_analyses

__all__ = ["fuse", "fuse_analyses"]
