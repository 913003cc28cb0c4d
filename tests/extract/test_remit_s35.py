"""Session 35 recall rules (issue 12): gold terms the extraction filters refused."""

from __future__ import annotations

import pytest

from termbase.extract.filters import _AGENT_HEADS, _REMIT_VERBS, names_by_remit, refuse_words


@pytest.mark.parametrize("words", [
    ("执行", "主任"),     # executive director
    ("执行", "秘书"),     # executive secretary
    ("执行", "委员会"),   # executive committee
    ("开发", "委员会"),   # development committee
])
def test_a_remit_verb_before_a_body_or_post_names_it(words: tuple[str, ...]) -> None:
    assert names_by_remit(words)
    assert refuse_words(words) is None


@pytest.mark.parametrize("words", [
    ("设立", "委员会"),           # establish a committee: the body is the object
    ("参加", "委员会"),
    ("担任", "主席"),             # serve as chair
    ("执行", "大会"),             # implement the Assembly's [resolutions]: a meeting
    ("执行", "会议"),
    ("执行", "任务"),             # an object that is no body
    ("执行", "安全", "理事会"),    # a named body after the verb
    ("执行", "委员会", "建议"),    # implement the committee's recommendations
    ("请", "委员会"),             # a resolution's verb
    ("审议", "委员会"),           # consider the committee's [report]
])
def test_other_verbs_and_objects_stay_clauses(words: tuple[str, ...]) -> None:
    assert not names_by_remit(words)
    assert refuse_words(words) == "clause"


def test_the_remit_verbs_are_read_off_the_dictionary() -> None:
    """Each remit verb, and no other clause opener, opens two nouns or more of jieba's
    dictionary with a body's or a post's head."""
    import jieba.posseg

    from termbase.extract.filters import _CLAUSE_OPENERS

    tags = jieba.posseg.dt.word_tag_tab
    heads = _AGENT_HEADS | {"官"}
    named = {verb for verb in _CLAUSE_OPENERS
             if sum(tags.get(verb + head, "").startswith("n") for head in heads) >= 2}
    assert named == _REMIT_VERBS


@pytest.mark.parametrize("words", [("可能", "导致"), ("可能", "造成", "损害"), ("可以", "提供")])
def test_a_modal_opens_no_term(words: tuple[str, ...]) -> None:
    """The modals 可, 能, 可以, 能够 start no term, and neither does 可能 ("may"): 可能|导致
    is a predicate (session 35; it outranked terms used three times on the tuning text)."""
    assert refuse_words(words) == "stop-start"
