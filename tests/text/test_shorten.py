from summarizer.text.normalize import count_words
from summarizer.text.shorten import cut_end


def test_a_sentence_is_cut_after_its_last_clause_that_fits():
    text = "The army, which had waited for weeks, seized the capital on Monday and closed the airport."
    end = cut_end(text, 8)
    assert text[:end] == "The army, which had waited for weeks"


def test_without_a_clause_near_it_is_cut_at_a_word():
    text = "The army seized the capital on Monday and closed the airport."
    assert text[: cut_end(text, 5)] == "The army seized the capital"
    assert text[: cut_end(text, 1)] == "The"


def test_arabic_is_cut_at_its_comma_and_chinese_at_a_character():
    text = "قال المتحدث، أمس الخميس، إن الجولة الأولى بحثت العلاقات"
    assert text[: cut_end(text, 5)] == "قال المتحدث، أمس الخميس"
    assert "一二三四五六七八"[: cut_end("一二三四五六七八", 3)] == "一二三"


def test_the_cut_never_holds_more_words_than_allowed():
    text = "A - B , C ; D one two three four five six seven eight nine ten"
    for n in range(1, 16):
        end = cut_end(text, n)
        assert 1 <= count_words(text[:end]) <= n


def test_a_sentence_that_fits_is_whole():
    assert cut_end("Short one.  ", 5) == len("Short one.")
