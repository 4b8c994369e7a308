"""The significance verdicts a benchmark reports: which pairs of systems
are compared, and each comparison as a line (the terminal table and the
page print the same lines)."""

from __future__ import annotations


def verdicts(result) -> list:
    """(label, a, b, comparison, story-level comparison or None) for the
    pairs worth reporting: the best system against the runner-up, and the
    usual pairs that are present."""
    best = result.best("rouge2")
    names = {r.name for r in result.runs if r.scores}
    pairs = []
    if best:
        others = [n for n in names if n not in (best, "oracle", "oracle-greedy")]
        if others:
            pairs.append((best, max(others, key=lambda n: result.interval(n, "rouge2").mean), "* best on ROUGE-2: "))
    for a, b in (
        ("textrank", "lead"),
        ("fusion", "textrank"),
        ("fusion", "lead"),
        ("fusion", "lead-rr"),
        ("fusion", "concepts"),
        ("salience", "lead"),
        ("fusion", "human"),
        ("salience", "human"),
    ):
        if {a, b} <= names and (a, b) not in [(x, y) for x, y, _ in pairs]:
            pairs.append((a, b, ""))
    stories = getattr(result, "shares_stories", False)
    return [
        (label, a, b, result.compare(a, b), result.compare_stories(a, b) if stories else None) for a, b, label in pairs
    ]


def verdict_text(label: str, a: str, b: str, c, st) -> str:
    """One verdict of :func:`verdicts` as a line."""

    def word(x) -> str:
        return "significant" if x.significant() else "not significant"

    text = f"{label}{a} vs {b}: ROUGE-2 {100 * c.difference:+.2f} (paired permutation p={c.p_value:.4f}, {word(c)}"
    if st is not None:
        text += f"; {st.method}: p={st.p_value:.4f}, {word(st)}"
    return text + ")"
