import random

import pytest

from summarizer.bench.rouge import RougeScorer, lcs_length, rouge, truncate_words


def english_sentences():

    # Made here, not taken from the references: varied English sentences.
    words = [
        "the",
        "army",
        "city",
        "river",
        "storm",
        "left",
        "reached",
        "families",
        "homes",
        "officials",
        "said",
        "damage",
        "large",
        "bank",
        "raised",
        "rate",
        "percent",
        "market",
        "traders",
        "expected",
        "moving",
        "running",
        "runs",
        "ran",
        "quickly",
        "talks",
        "began",
        "monday",
        "ministers",
        "agreed",
        "plan",
        "new",
        "school",
        "opened",
        "children",
        "played",
    ]
    rng = random.Random(7)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(3, 18))).capitalize() + "." for _ in range(400)]


def test_agrees_with_rouge_score_on_english():
    from rouge_score import rouge_scorer

    sents = english_sentences()
    rng = random.Random(3)
    types = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
    ours = RougeScorer(types, language="en", stemmer="porter")
    theirs = rouge_scorer.RougeScorer(types, use_stemmer=True)
    for _ in range(300):
        ref = "\n".join(rng.sample(sents, rng.randint(1, 6)))
        pred = "\n".join(rng.sample(sents, rng.randint(1, 6)))
        if rng.random() < 0.3:
            pred = ref.split("\n")[0] + "\n" + pred
        a = ours.score(prediction=pred, references=[ref])
        b = theirs.score(ref, pred)
        for t in types:
            for k in range(3):
                assert abs(a[t][k] - b[t][k]) < 1e-6, (t, ref, pred)


def test_arabic_identical_is_one_and_rouge_score_is_zero():
    from rouge_score import rouge_scorer

    text = "قال المتحدث باسم البنتاغون إن الجولة الأولى بحثت العلاقات"
    assert rouge_scorer.RougeScorer(["rouge1"]).score(text, text)["rouge1"].fmeasure == 0.0
    s = rouge(text, [text], language="ar")
    assert all(v.fmeasure == 1.0 for v in s.values())


def test_arabic_hand_computed():
    # reference: 4 tokens; prediction: 3 tokens, 2 shared unigrams, 1 shared bigram
    s = rouge("ذهب الولد الى", ["ذهب الولد مسرعا للمدرسة"], language="ar", types=["rouge1", "rouge2", "rougeL"])
    assert s["rouge1"].precision == pytest.approx(2 / 3) and s["rouge1"].recall == pytest.approx(2 / 4)
    assert s["rouge2"].precision == pytest.approx(1 / 2) and s["rouge2"].recall == pytest.approx(1 / 3)
    assert s["rougeL"].fmeasure == pytest.approx(2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))
    # hamza folding: أ and ا match
    assert rouge("أكد الوزير", ["اكد الوزير"], language="ar")["rouge2"].fmeasure == 1.0


def test_empty_scores_zero_and_bad_types_fail_early():
    assert rouge("", ["some text"])["rouge1"].fmeasure == 0.0
    assert rouge("some text", [""])["rougeL"].fmeasure == 0.0
    assert rouge("some text", [])["rouge2"].fmeasure == 0.0
    with pytest.raises(ValueError, match="rouge1"):
        RougeScorer(["rougeX"])


def test_multiple_references_mean_and_max():
    refs = ["a b c d", "x y z w"]
    mean = RougeScorer(["rouge1"], aggregate="mean").score(prediction="a b c d", references=refs)
    best = RougeScorer(["rouge1"], aggregate="max").score(prediction="a b c d", references=refs)
    assert mean["rouge1"].fmeasure == pytest.approx(0.5) and best["rouge1"].fmeasure == 1.0


def test_bit_parallel_lcs_matches_dynamic_programming():
    rng = random.Random(0)
    for _ in range(300):
        a = [rng.choice("abcde") for _ in range(rng.randint(0, 30))]
        b = [rng.choice("abcde") for _ in range(rng.randint(0, 30))]
        t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i in range(1, len(a) + 1):
            for j in range(1, len(b) + 1):
                t[i][j] = t[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(t[i - 1][j], t[i][j - 1])
        assert lcs_length(a, b) == t[-1][-1]


def test_truncate_keeps_lines():
    assert truncate_words("a b c\nd e f", 4) == "a b c\nd"


def test_chinese_is_cut_and_scored_by_characters():
    assert truncate_words("地震造成十二人死亡\n救援继续", 11) == "地震造成十二人死亡\n救援"
    same = rouge("四川发生强烈地震", "四川发生强烈地震", language="zh")
    assert same["rouge2"].fmeasure == pytest.approx(1.0)
    half = rouge("四川发生地震", "四川发生洪水", language="zh")
    assert 0.0 < half["rouge1"].fmeasure < 1.0


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u061c", "\u202b", "\u2067", "\u2060"])
@pytest.mark.parametrize("stemmer", ["none", "auto"])
def test_a_bidi_or_other_format_mark_inside_a_word_does_not_split_it(mark, stemmer):
    scorer = RougeScorer(["rouge1", "rouge2"], language="ar", stemmer=stemmer)
    got = scorer.score(prediction=f"أعلنت الحكو{mark}مة الخطة", references="أعلنت الحكومة الخطة")
    assert got["rouge1"].fmeasure == pytest.approx(1.0)
    assert got["rouge2"].fmeasure == pytest.approx(1.0)


@pytest.mark.parametrize("stemmer", ["none", "auto"])
def test_hamza_seats_are_one_word(stemmer):
    scorer = RougeScorer(["rouge1"], language="ar", stemmer=stemmer)
    got = scorer.score(prediction="قال مسؤول كبير", references="قال مسئول كبير")
    assert got["rouge1"].fmeasure == pytest.approx(1.0)
