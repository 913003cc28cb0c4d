"""Recall of rare terms named beside others (issue 12, session 35): the neighbour across a
conjunction is the conjunct beyond it."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from termbase.extract import drafts as drafts_module
from termbase.extract.drafts import (
    Draft,
    across_conjunctions,
    reads_across,
    rescore_with_characters,
)
from termbase.extract.evidence import collect_evidence
from termbase.extract.model import ExtractSettings
from termbase.extract.statistics import NgramStats, entropy


def _draft(text: str, words: tuple[str, ...], freq: int, *, verb: bool = False) -> Draft:
    # Word-level boundaries as free as the uses allow: the characters decide.
    stats = NgramStats(freq, 2, math.log(freq), math.log(freq), 0.8)
    return Draft(text, words, stats, {"ngram"}, c_value=freq * math.log2(len(text) + 1),
                 opens_with_verb=verb)


def _left_entropy(draft: Draft, sentences: list[str]) -> float:
    units = [(s, 0, "doc", f"l{i}") for i, s in enumerate(sentences, 1)]
    evidence = collect_evidence(units, [draft.text], ExtractSettings())
    rescore_with_characters([draft], evidence)
    return draft.stats.left_entropy


def test_across_conjunctions_counts_the_conjunct_beyond() -> None:
    left = Counter({"和": 4, "括": 1})
    partners = Counter({"卫生和": 3, "服务和": 1})
    assert sorted(across_conjunctions(left, partners, -1)) == [1, 1, 3]
    right = Counter({"和": 2, "的": 1})
    assert sorted(across_conjunctions(right, Counter({"和恐": 1, "和其": 1}), 0)) == [1, 1, 1]
    assert across_conjunctions(Counter({"的": 2}), Counter(), -1) == [2]
    # The conjunct beyond a repeated conjunction opens the side.
    assert entropy(6, across_conjunctions(left, partners, -1)) > entropy(6, left.values())


def test_only_rare_candidates_of_several_words_not_opening_with_a_verb_read_across() -> None:
    assert reads_across(_draft("心理社会支助", ("心理", "社会", "支助"), 5))
    assert not reads_across(_draft("发展组织", ("发展", "组织"), 9))  # used often enough
    assert not reads_across(_draft("保护人权", ("保护", "人权"), 5, verb=True))
    assert not reads_across(_draft("难民", ("难民",), 5))


_NAMED_BESIDE = ["会员国加强精神卫生和心理社会支助的能力。",
                 "提供精神卫生和心理社会支助服务。",
                 "确保精神卫生和心理社会支助方案。",
                 "包括保健服务和心理社会支助。",
                 "心理社会支助需要资金。"]


def test_a_conjunction_before_a_rare_term_leaves_its_side_open() -> None:
    draft = _draft("心理社会支助", ("心理", "社会", "支助"), 5)
    # 卫生和 3 times, 服务和 once, the line's start once: as free as 精神卫生's three uses.
    assert _left_entropy(draft, _NAMED_BESIDE) > 0.9


def test_without_the_rule_the_conjunction_closes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts_module, "reads_across", lambda draft: False)
    draft = _draft("心理社会支助", ("心理", "社会", "支助"), 5)
    assert _left_entropy(draft, _NAMED_BESIDE) < 0.6  # 和 four times in five


def test_a_repeated_conjunct_still_marks_a_piece_of_a_fixed_phrase() -> None:
    draft = _draft("北爱尔兰联合王国", ("北爱尔兰", "联合王国"), 4)
    lines = [f"{who}大不列颠及北爱尔兰联合王国{what}。"
             for who, what in (("", "代表"), ("支持", "的提议"), ("根据", "政府"), ("与", "合作"))]
    assert _left_entropy(draft, lines) < 0.1  # 大不列颠及, every time


def test_a_verb_after_a_conjunction_shares_its_object() -> None:
    lines = ["促进和保护人权。", "尊重和保护人权。", "增进和保护人权的义务。", "保护人权是责任。"]
    opening = _draft("保护人权", ("保护", "人权"), 4, verb=True)
    assert _left_entropy(opening, lines) < 0.6  # 和 three times in four: a predicate's piece
