"""The rank stage: groups scored by place, corroboration, centrality and concept density."""

import pytest

from summarizer import Document


def test_concept_density_favours_what_most_reports_say():
    """A sentence's concept density: the reports stating each of its stem pairs
    (those three or more reports state), per word, the densest 1; a sentence of
    what one report alone says has none."""
    from types import SimpleNamespace

    from summarizer import analyse
    from summarizer.fusion.pool import build_pool
    from summarizer.fusion.rank import _concept_weights, _density

    texts = [
        "The central bank raised interest rates on Monday. Farmers planted wheat in the valley.",
        "On Monday the central bank raised interest rates again. Tourists visited the old museum.",
        "Analysts said the central bank raised interest rates to fight inflation. A storm hit the coast.",
        "The central bank raised interest rates, a statement said. The football team won the cup.",
    ]
    pool = build_pool([analyse(Document(f"r{k}", t, language="en")) for k, t in enumerate(texts)])
    groups = [SimpleNamespace(representative=i) for i in range(len(pool))]
    dens = _density(pool, groups, _concept_weights(pool, range(len(texts))))
    bank = [i for i in range(len(pool)) if "central bank" in pool.sentence(i).text]
    other = [i for i in range(len(pool)) if i not in bank]
    assert len(bank) == 4 and len(other) == 4
    assert max(dens) == pytest.approx(1.0) and all(dens[i] > 0.5 for i in bank)
    assert all(dens[i] == pytest.approx(0.0) for i in other)
    # the shortest telling of the shared fact is the densest
    assert max(bank, key=lambda i: dens[i]) == min(bank, key=lambda i: pool.words(i))


@pytest.mark.parametrize("extra", [-1, 1], ids=["too few", "too many"])
def test_fusion_refuses_a_ranker_with_the_wrong_number_of_scores(extra):
    from summarizer import BackendError, Document, Registry, fuse

    class Miscounts:
        name = "miscounts"

        def scores(self, analysis):
            return [1.0] * (len(analysis.sentences) + extra)

    reg = Registry({}, group=None)
    reg.register("miscounts", Miscounts)
    docs = [Document("a", "The bridge closed today. Shops shut early."), Document("b", "The bridge closed. Rain fell.")]
    with pytest.raises(BackendError, match="backend 'miscounts' gave"):
        fuse(docs, backend="miscounts", registry=reg, stories=False)
