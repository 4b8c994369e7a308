"""``summarizer backends`` (summarizer/cli/backends.py)."""

from .conftest import run


def test_backends_lists_names_with_a_line_on_each_and_the_default():
    code, out = run(["backends"])
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert code == 0 and {"textrank", "lexrank", "lead", "salience", "mt5", "random"} <= set(lines)
    assert "(default)" in lines["salience"] and sum("(default)" in line for line in lines.values()) == 1
    assert "baseline" in lines["lead"] and "usable" in lines["lead"]
    assert "--model DIR" in lines["mt5"]
