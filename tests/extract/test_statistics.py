"""Counting and the statistics that rank: entropy, association, C-value, pruning."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.extract.candidates import BREAK, SEPARATOR
from termbase.extract.statistics import (
    Counts,
    Neighbours,
    association,
    c_values,
    entropy,
    ngram_stats,
    sentence_ngrams,
)


def key(*words: str) -> str:
    return SEPARATOR.join(words)


def _counted(words: list[str], max_words: int, counts: Counts) -> int:
    grams: list[str] = []
    tokens = sentence_ngrams(words, max_words, grams)
    counts.ngrams.update(grams)
    return tokens


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["联合国", "大会", "决议", "A", BREAK]), max_size=12),
       st.integers(min_value=0, max_value=4))
def test_sentence_ngrams_are_every_run_ngram_by_length(words: list[str], longest: int) -> None:
    # Shortest first, left to right within a length; none crosses a break.
    expected = [SEPARATOR.join(words[i:i + n]) for n in range(1, longest + 1)
                for i in range(len(words) - n + 1) if BREAK not in words[i:i + n]]
    grams: list[str] = []
    assert sentence_ngrams(words, longest, grams) == len(words) - words.count(BREAK)
    assert grams == expected


def test_entropy_treats_unknown_neighbours_as_all_different() -> None:
    assert entropy(4, [4]) == 0.0
    assert entropy(4, []) == pytest.approx(math.log(4))
    assert entropy(4, [2]) == pytest.approx(-0.5 * math.log(0.5) + 0.5 * math.log(4))


def test_association_is_weakest_split_npmi() -> None:
    ngrams = {"a": 10, "b": 10, key("a", "b"): 10}
    assert association(key("a", "b"), ngrams, 100) == pytest.approx(1.0)
    chance = {"a": 10, "b": 10, key("a", "b"): 1}
    assert association(key("a", "b"), chance, 100) == pytest.approx(0.0)
    assert association("a", ngrams, 100) == 1.0


def test_fragment_has_a_closed_side() -> None:
    counts = Counts()
    words = ["x", "行动", "纲领", BREAK, "y", "行动", "纲领", BREAK, "z", "行动", "纲领", BREAK,
             "行动", "纲领", "q"]
    counts.tokens = _counted(words, 3, counts)
    stats = ngram_stats("纲领", counts, Neighbours(counts.ngrams, min_count=1), 3)
    assert stats.left_entropy == 0.0  # always after 行动: a fragment
    whole = ngram_stats(key("行动", "纲领"), counts, Neighbours(counts.ngrams, min_count=1), 3)
    assert whole.left_entropy > 1.0


def test_a_neighbour_that_makes_no_longer_term_leaves_the_side_open() -> None:
    from termbase.extract.filters import NO_TERM_END, NO_TERM_START

    counts = Counts()
    # 议事规则 before an ordinal (第六条) nearly every time: no term ends with 第, so the
    # side is as open as at punctuation; 行动 before 纲领 still closes it.
    words = ["通过", "议事规则", "第", BREAK, "修正", "议事规则", "第", BREAK,
             "适用", "议事规则", "第", BREAK, "x", "行动", "纲领", BREAK, "y", "行动", "纲领"]
    counts.tokens = _counted(words, 3, counts)
    plain = Neighbours(counts.ngrams, min_count=1)
    judged = Neighbours(counts.ngrams, min_count=1, free_left=NO_TERM_START,
                        free_right=NO_TERM_END)
    assert ngram_stats("议事规则", counts, plain, 3).right_entropy == 0.0
    assert ngram_stats("议事规则", counts, judged, 3).right_entropy == pytest.approx(math.log(3))
    assert ngram_stats("纲领", counts, judged, 3).left_entropy == 0.0


def test_c_value_discounts_nested_occurrences() -> None:
    values = c_values({"行动纲领": 10, "纲领": 10, "国家报告": 5}, {"纲领": ["行动纲领"]})
    assert values["纲领"] == 0.0
    assert values["行动纲领"] == pytest.approx(math.log2(5) * 10)
    assert values["国家报告"] == pytest.approx(math.log2(5) * 5)


def test_prune_keeps_the_table_bounded() -> None:
    counts = Counts()
    counts.ngrams.update({f"w{i}": 1 for i in range(100)} | {"common": 50})
    counts.doc_freq.update(counts.ngrams.keys())
    counts.prune(10)
    assert list(counts.ngrams) == ["common"]
    assert "w1" not in counts.doc_freq
    assert counts.prune_threshold == 1


def test_a_container_seen_twice_makes_no_fragment_of_a_rare_term() -> None:
    # 当地征聘 three times, twice inside 当地征聘人员: two uses of the longer string are
    # what chance gives any string; the term keeps its three uses.
    from termbase.extract.statistics import c_values

    freqs = {"当地征聘人员": 2, "当地征聘": 3, "行动纲领执行": 3, "行动纲领": 4}
    values = c_values(freqs, {"当地征聘": ["当地征聘人员"], "行动纲领": ["行动纲领执行"]})
    assert values["当地征聘"] == pytest.approx(math.log2(5) * 3)
    # Seen three times, the longer one is evidence: the shorter keeps one free use.
    assert values["行动纲领"] == pytest.approx(math.log2(5) * 1)
