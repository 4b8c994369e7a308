import json

import pytest

from summarizer.bench.datasets import load
from summarizer.bench.stats import bootstrap_ci, paired_permutation
from summarizer.errors import InputError


def test_bootstrap_is_reproducible_with_a_seed():
    vals = [0.1, 0.4, 0.35, 0.2, 0.5, 0.3]
    assert bootstrap_ci(vals, seed=1) == bootstrap_ci(vals, seed=1)
    ci = bootstrap_ci(vals, seed=1)
    assert ci.low <= ci.mean <= ci.high


def test_paired_permutation_sees_a_real_difference():
    a = [0.5 + 0.01 * i for i in range(30)]
    b = [x - 0.1 for x in a]
    assert paired_permutation(a, b, seed=0).p_value < 0.01
    assert paired_permutation(a, a, seed=0).p_value > 0.5


def test_jsonl_and_folder_layouts(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(
        json.dumps({"id": "1", "text": "One. Two.", "references": ["One."]})
        + "\n"
        + json.dumps({"id": "2", "documents": ["A b.", "C d."], "references": ["A b."]})
        + "\n",
        encoding="utf-8",
    )
    items = load(p)
    assert [i.multi for i in items] == [False, True]
    assert items[1].default_budget().words == 250
    folder = tmp_path / "f" / "item1"
    (folder / "references").mkdir(parents=True)
    (folder / "doc.txt").write_text("Some text here.", encoding="utf-8")
    (folder / "references" / "r1.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "f" / ".git" / "objects").mkdir(parents=True)  # a hidden folder is no item
    (folder / "._doc.txt").write_bytes(b"\x00\x05\x16\x07" * 64)  # nor a hidden file a document (macOS)
    (item,) = load(tmp_path / "f")
    assert item.references == ("Some text.",) and [d.id for d in item.documents] == ["item1/doc"]
    odd = tmp_path / "odd.jsonl"  # regression: a line separator inside a string
    odd.write_text(
        json.dumps({"id": "x", "text": "One.\u2028Two.", "references": ["One."]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert load(odd)[0].documents[0].text == "One.\u2028Two."
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:1"):
        load(bad)


def test_story_level_test_counts_each_story_once():
    from summarizer.bench.harness import story_of
    from summarizer.bench.stats import grouped_permutation

    assert story_of("multiling2011-ar:multiling2011-ar-M003") == "M003" == story_of("multiling2011-en-M003")
    assert story_of("easc-017") == "easc-017"
    # ten stories, each told twice, a beats b by 1 in every one: the exact
    # test over 2^10 sign flips gives p = 2/1024
    a = [1.0] * 20
    b = [0.0] * 20
    groups = [f"M{k % 10}" for k in range(20)]
    c = grouped_permutation(a, b, groups)
    assert c.difference == 1.0 and c.p_value == pytest.approx(2 / 1024)
    assert "10 stories" in c.method
    # the same 20 items as independent observations would look far surer
    assert grouped_permutation(a, b, [str(k) for k in range(20)]).p_value < c.p_value
