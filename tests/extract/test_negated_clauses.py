"""The sentences read ahead for negated qualities are cut clause by clause: only the
clauses holding 不, each with the marks around it, give negated_qualities what the whole
sentences' words give it."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.extract.counting import _negated_clauses, negated_qualities
from termbase.text.segment import JiebaSegmenter

_SENTENCES = [
    "核裁军和不扩散，平等和不歧视、不干涉内政的原则。",
    "不，不。不",  # 不 alone between marks, at the start and at the end
    "（不）“不限成员名额”《不扩散核武器条约》",
    "粮食不安全 和不稳定；不平等：不合适！不重要？",
    "a不 b，不\r\n不 限",  # letters, spaces and a line break beside 不
    "会议不 ，  不需要。",
    "这里没有否定。",
]


def _around_negations(cuts: list[list[str]]) -> list[tuple[str, str]]:
    """(word before, word after) each 不 of ``cuts``, as negated_qualities reads them."""
    return [(before, after) for words in cuts
            for before, negation, after in zip(["", *words], words, words[1:], strict=False)
            if negation == "不"]


@pytest.fixture(scope="module")
def tokenizer() -> JiebaSegmenter:
    return JiebaSegmenter()


def test_clauses_give_the_words_around_each_negation(tokenizer: JiebaSegmenter) -> None:
    for text in _SENTENCES:
        assert _around_negations(_negated_clauses(text, tokenizer)) == \
            _around_negations([tokenizer.cut(text)]), text
    whole = [tokenizer.cut(t) for t in _SENTENCES * 2]
    clauses = [c for t in _SENTENCES * 2 for c in _negated_clauses(t, tokenizer)]
    assert negated_qualities(clauses, tokenizer) == negated_qualities(whole, tokenizer)
    assert _negated_clauses("这里没有否定。", tokenizer) == []


def test_clauses_give_the_words_around_each_negation_in_un_text(
        shared: Path, tokenizer: JiebaSegmenter) -> None:
    lines = (shared / "corpus" / "multiun-sample" / "train.en-zh.zh").read_text(
        encoding="utf-8").splitlines()
    negating = [line for line in lines if "不" in line]
    assert len(negating) > 100
    for text in negating:
        assert _around_negations(_negated_clauses(text, tokenizer)) == \
            _around_negations([tokenizer.cut(text)]), text
