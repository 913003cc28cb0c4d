"""A verb that opens an n-gram makes a predicate, not a name (issue 12, session 34).

Two forms of one class: a verb that takes the term as its object (实现|可持续发展目标
"achieve the SDGs", 拯救|生命 "save lives", 违反|国际人道法|行为 "violations of IHL"),
and a word the segmenter made of an adverb and a clause verb (继续加强 "continue to
strengthen", 彻底消除 "totally eliminate"), or an adverb of manner before a verb
(密切|协调 "close coordination"). A noun before the verb keeps a name (和平利用核能,
the peaceful uses of nuclear energy). Each refused case is accepted without the rule.
"""

from __future__ import annotations

import pytest

from termbase.extract import filters
from termbase.extract.filters import refuse_words


@pytest.mark.parametrize(("words", "reason"), [
    (("实现", "目标"), "clause"),                        # achieve a goal
    (("实现", "可持续", "发展", "目标"), "clause"),
    (("拯救", "生命"), "clause"),                        # save lives
    (("违反", "国际", "人道法", "行为"), "clause"),      # violations of humanitarian law
    (("彻底消除", "核武器"), "clause"),                  # totally eliminate nuclear weapons
    (("继续加强",), "clause"),                           # continue to strengthen
    (("进一步加强", "合作"), "clause"),
    (("密切", "协调"), "stop-start"),                    # close coordination
    (("彻底", "消除", "贫穷"), "stop-start"),
])
def test_predicates_opened_by_a_verb_are_refused(words: tuple[str, ...], reason: str) -> None:
    assert refuse_words(words) == reason


@pytest.mark.parametrize("words", [
    ("和平利用", "核能"),                    # a noun before the verb: a name
    ("和平解决", "争端"),
    ("可持续", "发展", "目标"),
    ("维持", "和平", "行动"),
    ("不扩散", "核武器", "条约"),
    ("密切合作",),                           # the rule reads verbs, not 合作
    ("执行局",),
])
def test_terms_beside_those_predicates_pass(words: tuple[str, ...]) -> None:
    assert refuse_words(words) is None


@pytest.mark.parametrize(("word", "expected"), [
    ("继续加强", True), ("彻底消除", True), ("进一步加强", True), ("充分利用", True),
    ("和平利用", False), ("加强", False), ("不扩散", False), ("执行", False),
])
def test_adverb_verb_words(word: str, expected: bool) -> None:
    assert filters.is_adverb_verb(word) is expected

