"""Numbers said in words: the value of a Chinese numeral."""

from __future__ import annotations

import itertools

import pytest

from termbase.check import number_words, numbers
from termbase.check.number_words import letter_words, said_values, zh_numeral_value
from termbase.check.numbers import profile


def test_chinese_numerals() -> None:
    assert zh_numeral_value("六十八") == 68
    assert zh_numeral_value("一万二千") == 12000
    assert zh_numeral_value("二〇一三") == 2013


class _Everything(frozenset[str]):
    """Letter runs that hold every word: no pattern is screened out."""

    def isdisjoint(self, other: object) -> bool:
        return False


def _unscreened(text: str) -> frozenset[str]:
    return _Everything()


_PHRASES = [
    "one hundred and fifty-seven delegations", "two decades", "a dozen States",
    "half a century", "three pairs", "the first trimester of 2016", "two bienniums",
    "articles III and XIX", "annexes II to IV", "boxes iv and v", "Additional Protocol I",
    "the XV Regional Conference", "a million", "half a billion", "billions of dollars",
    "41 votes to none", "nil", "half of the States", "three quarters", "a quarter",
    "two thirds", "a two-thirds majority", "one fifth", "sixty-eighth session",
    "the tenth and eleventh meetings", "twenty-one", "twentyfold", "someone done often",
    "the 22nd", "table 5", "fortnights", "Ninety-Nine", "TWO-THIRDS", "x-ray 12",
]


# The number check screens its word patterns by the text's letter runs
# (number_words.letter_words): a pattern runs only where one of its whole words stands.
# The screen must never hide a match: with a screen that lets everything through, every
# value read is the same.

@pytest.mark.parametrize("text", [
    " ".join(p) for p in itertools.permutations(_PHRASES[:8], 2)] + _PHRASES)
def test_said_values_screen_hides_nothing(text: str) -> None:
    lower = text.lower()
    assert said_values(lower) == said_values(lower, _Everything())


def test_profile_screen_hides_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_PHRASES, *(" and ".join(p) for p in itertools.combinations(_PHRASES, 2))]
    screened = [profile(t, "en") for t in texts]
    monkeypatch.setattr(numbers, "letter_words", _unscreened)
    assert [profile(t, "en") for t in texts] == screened


def test_letter_runs_are_whole_words() -> None:
    assert letter_words("sixty-eighth session, 2x faster; débat") == {
        "sixty", "eighth", "session", "x", "faster", "d", "bat"}


def test_screen_words_open_their_patterns() -> None:
    # Each screen's words are found by its pattern in a phrase that has them.
    assert {"one", "nineteen", "ninety", "first", "ninetieth"} <= number_words.NUMBER_WORDS
    for word in ("decades", "dozen", "centuries", "pairs"):
        assert said_values(f"two {word}"), word


@pytest.mark.parametrize("zh, en", [
    ("十多万美元", "more than $100,000"),
    ("二十多万名难民", "over 200,000 refugees"),
    ("一百多万人", "more than 1 million people"),
    ("三千余万美元", "over $30 million"),
    ("十几亿美元", "more than $1 billion"),
    ("上万人", "more than 10,000 people"),
    ("数以万计的平民", "some 10,000 civilians"),
    ("数亿人", "hundreds of millions of people, over 100 million"),
])
def test_a_rough_chinese_number_is_its_lower_bound(zh: str, en: str) -> None:
    assert numbers.mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("十多万美元", "more than $200,000"),
    # the numeral and the scale are no values of their own
    ("十多万美元", "more than $10,000"),
    ("三千余万美元", "over $40 million"),
])
def test_a_rough_chinese_number_differing_is_still_found(zh: str, en: str) -> None:
    assert numbers.mismatches(profile(zh, "zh"), profile(en, "en"))[1]


def test_rough_numbers_are_lower_bounds() -> None:
    assert [v for _, _, v in number_words.zh_rough_numbers("十多万、一百余万、二十几亿和上万")] == [
        100000, 1000000, 2000000000, 10000]
