"""A bare head that refers back to the names it heads is no term of its own.

委员会, 公约 or 理事会 alone stand for whichever committee, convention or council the text
named a few sentences before; a word that refers back to one name only is that name's
short form (宪章 after 联合国宪章) and stays a term.
"""

from __future__ import annotations

from termbase.extract.drafts import Draft, back_references, rescore_with_characters
from termbase.extract.evidence import Evidence
from termbase.extract.statistics import NgramStats


def _draft(words: tuple[str, ...], freq: int, sources: frozenset[str] = frozenset({"ngram"})
           ) -> Draft:
    made = Draft("".join(words), words, NgramStats(freq, 3, 2.0, 2.0, 1.0), set(sources),
                 c_value=float(freq), specificity=500.0)
    made.rescore()
    return made


def _seen(freq: int, antecedents: dict[str, int]) -> Evidence:
    found = Evidence(freq=freq)
    found.antecedents.update(antecedents)
    found.left.update({"的": freq // 2, "在": freq - freq // 2})
    found.right.update({"的": freq // 2})
    return found


def _rescored(referring: dict[str, int]) -> float:
    head = _draft(("委员会",), 40)
    names = [_draft((n[:-3], "委员会"), 5, frozenset({"name"})) for n in referring]
    rescore_with_characters([head, *names], {"委员会": _seen(40, referring),
                                             **{n.text: _seen(5, {}) for n in names}})
    return head.score


def test_a_head_referring_back_to_several_names_yields_to_them() -> None:
    alone = _rescored({})
    # 15 of 40 free uses follow one of three committees named shortly before.
    assert _rescored({"海洋渔业委员会": 6, "内陆渔业委员会": 5, "审计委员会": 4}) < 0.5 * alone
    # Always the same name: its short form, not a generic head.
    assert _rescored({"海洋渔业委员会": 15}) == alone
    # A few back-references go with any head.
    assert _rescored({"海洋渔业委员会": 3, "审计委员会": 2}) == alone


def test_only_names_headed_by_the_word_count_as_what_it_refers_to() -> None:
    head = _draft(("委员会",), 40)
    named = {"海洋渔业委员会": "委员会", "审计委员会": "委员会", "人权理事会": "理事会"}
    seen = _seen(40, {"海洋渔业委员会": 6, "审计委员会": 5, "人权理事会": 9, "各委员会": 4})
    assert back_references(head, seen, named) == 11
