"""Session 36: a body and the verb of being informed make a clause, not a name (issue 12)."""

from __future__ import annotations

from termbase.extract.filters import refuse_words


def test_a_verb_of_being_informed_closes_a_clause() -> None:
    # 行预咨委会获悉 "the Advisory Committee was informed" opens the paragraphs of its
    # reports: the body is the subject, the verb closes the clause, as 注意到 does.
    assert refuse_words(["行预咨委会", "获悉"]) == "verb-end"
    assert refuse_words(["委员会", "得知"]) == "verb-end"
    assert refuse_words(["委员会", "注意到"]) == "verb-end"
    assert refuse_words(["行预咨委会"]) is None
