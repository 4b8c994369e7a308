"""Multi-document fusion: many overlapping reports -> cited briefs, one per story.

One module a step: :mod:`.stories` (which reports tell the same story),
:mod:`.pool` (a story's sentences and their similarity links),
:mod:`.group` (sentences that state the same thing), :mod:`.disagree`
(figures and conflicts), and :mod:`.fuse`, which ranks, selects, orders and
cites.
"""

from .fuse import fuse

__all__ = ["fuse"]
