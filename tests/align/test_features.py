"""Segment features: symbol keys (numbers, Latin tokens, labels) and the symbol-only side."""

from __future__ import annotations

import numpy as np

from termbase.align.features import featurize, symbol_keys

from .test_aligner import LEXICON


def test_articles_and_paragraphs_numbered_in_words_match_figures() -> None:
    # 第十五条 ↔ Article 15, 第三款 ↔ (3): the Chinese text numbers them in words.
    assert {"#15", "#3"} <= symbol_keys("依照第十五条第三款")
    assert "#51" in symbol_keys("见第五十一段。")


def test_numbers_in_words_outside_an_article_or_paragraph_stay_words() -> None:
    # 十五个国家 is a count a translation may spell out ("fifteen countries").
    assert symbol_keys("十五个国家") == set()


def test_the_symbol_side_keeps_only_numbers_symbols_and_labels() -> None:
    zf, ef = featurize(["大会通过了第68/48号决议，见第十五条。"],
                       ["The General Assembly adopted resolution 68/48 under article 15."],
                       LEXICON)
    for side in (zf, ef):
        symbols = side.symbol_side()
        assert symbols.weights[0] >= 2  # 68/48 and 15, whatever the tokeniser made of them
        assert set(symbols.keys(0)) < set(side.keys(0))  # the words are gone
        assert symbols.weights[0] == len(symbols.keys(0))


def test_symbol_flags_follow_slices_and_takes() -> None:
    zf, _ = featurize(["秘书长提交了2013年报告。", "会议讨论了小武器问题。"],
                      ["The Secretary-General submitted the report of 2013.",
                       "The meeting discussed the question of small arms."], LEXICON)
    assert zf.slice(0, 1).symbol_side().weights.tolist() == [1.0]
    assert zf.slice(1, 2).symbol_side().weights.tolist() == [0.0]
    assert zf.take(np.array([1, 0])).symbol_side().weights.tolist() == [0.0, 1.0]
