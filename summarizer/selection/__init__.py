"""The selection step: scored items -> the ones a summary takes.

Every extractive path ends here, so the budget, redundancy control and
citations behave the same everywhere.  The selectors side by side:

- :mod:`.mmr`: maximal marginal relevance under the budget (:func:`choose`),
  with the two "said already" thresholds;
- :mod:`.single`: one report's scored sentences -> a cited summary
  (:func:`extract`), shortening the best one when no whole sentence fits a
  word cap (:func:`shortened`);
- :mod:`.coverage`: concept coverage, exact or greedy (:func:`select`).

A fused story's groups are taken by :mod:`summarizer.fusion.pick` with
these selectors.
"""

from .mmr import NEAR_COPY, SAID_ALREADY, Selection, choose
from .single import extract, sentence_rows, shortened, usable

__all__ = ["NEAR_COPY", "SAID_ALREADY", "Selection", "choose", "extract", "sentence_rows", "shortened", "usable"]
