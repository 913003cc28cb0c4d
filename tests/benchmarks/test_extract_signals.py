"""benchmarks/extract_signals.py: the AUC and the signals read from the text."""

from __future__ import annotations

import math
from collections import Counter

from tests.benchmark_script import load_benchmark

signals = load_benchmark("extract_signals")


def test_auc_counts_ties_as_half_and_is_undefined_without_both_classes() -> None:
    assert signals.auc([2.0, 3.0], [1.0]) == 1.0
    assert signals.auc([1.0], [1.0, 2.0]) == 0.25
    assert math.isnan(signals.auc([], [1.0]))


def test_a_word_said_in_one_window_clusters_and_one_spread_evenly_does_not() -> None:
    lines = ["代表团发言。"] * 4 + ["禁化武组织报告。", "禁化武组织报告。"] + ["其他。"] * 2
    names = {"代": 0.0, "表": 0.0, "团": 0.0}
    even = signals.text_signals("代表团", lines[:2] + ["其他。"] * 2 + lines[2:4], 2,
                                names, ["代表团"], "")
    bunched = signals.text_signals("禁化武组织", lines, 2, names, ["禁化武组织"], "")
    assert even["clustered"] < bunched["clustered"]
    assert bunched["clustered"] > 1.0


def test_determiners_names_and_the_share_of_a_word_taken() -> None:
    lines = ["各代表团认为", "代表团认为", "国家政策", "国家安全", "国家利益", "安全理事会"]
    whole = "\n".join(lines)
    names = {"阿": 0.9, "卜": 0.8, "国": 0.3, "家": 0.1, "政": 0.0, "策": 0.0}
    assert signals.text_signals("代表团", lines, 10, names, ["代表团"], whole)[
        "no_determiner"] == 0.5
    assert signals.text_signals("阿卜", ["阿卜"], 10, names, ["阿卜"], "阿卜")[
        "not_name_chars"] == 1 - 0.8
    # 政策 is said only in 国家政策; 国家 and 安全 are said apart as often as together.
    assert signals.text_signals("国家政策", lines, 10, names, ["国家", "政策"], whole)[
        "word_share"] == 1.0
    assert signals.text_signals("国家安全", lines, 10, names, ["国家", "安全"], whole)[
        "word_share"] == 0.5


def test_modifiers_inside_a_phrase_count_against_it_and_a_term_takes_none() -> None:
    lines = ["国家政策", "国家卫生政策", "国家发展政策", "安全理事会", "安全理事会"]
    whole = "\n".join(lines)
    names: dict[str, float] = {}
    # 国家|政策 takes two different modifiers inside over its one use of its own.
    assert signals.text_signals("国家政策", lines, 10, names, ["国家", "政策"], whole)[
        "no_insertion"] == -2.0
    assert signals.text_signals("安全理事会", lines, 10, names, ["安全", "理事会"], whole)[
        "no_insertion"] == 0.0


def test_a_term_rendered_one_way_has_a_higher_english_dice_than_one_rendered_many() -> None:
    lines = ["法律框架一", "法律框架二", "法律框架三", "安全理事会一", "安全理事会二", "其他"]
    english = ["the legal framework", "a legal basis", "the law and framework",
               "the Security Council met", "the Security Council decided", "the framework"]
    grams = [signals.english_grams(e) for e in english]
    line_freq = Counter(g for found in grams for g in found)
    term = signals.english_dice("安全理事会", lines, grams, line_freq)
    phrase = signals.english_dice("法律框架", lines, grams, line_freq)
    assert term == 1.0 > phrase
    assert math.isnan(signals.english_dice("其他", lines, grams, line_freq))
