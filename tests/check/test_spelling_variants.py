"""A term written in another spelling of the same words is the term (issue 13, item 4):
a hyphenated term written closed, also inside a coordination; what the glossary itself
tells apart (a deprecated closed form) stays apart."""

from __future__ import annotations

from termbase.check import check_draft
from termbase.check.draft import Draft, presplit_pair
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus


def _pair(zh: list[str], en: list[str]) -> Draft:
    return presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")


def _found(glossary: Glossary, draft: Draft) -> list[tuple[str, str, int | None]]:
    return sorted((f.kind.value, f.severity.value, f.line)
                  for f in check_draft(glossary, draft).findings)


def _ngo(*extra: Term) -> Glossary:
    return Glossary((Concept("ngo", (LangSec("zh", (Term("非政府组织"),)),
                                     LangSec("en", (Term("non-governmental organization"),
                                                    *extra)))),))


_ZH = ["非政府组织和土著组织参加了会议。"]


def test_closed_form_in_a_coordination_is_the_term() -> None:
    en = ["Nongovernmental and indigenous organizations took part."]
    assert _found(_ngo(), _pair(_ZH, en)) == []
    # The same coordination without the term's first word is still a miss.
    assert _found(_ngo(), _pair(_ZH, ["Indigenous and other organizations took part."])) == [
        ("missing_target", "error", 1)]


def test_deprecated_closed_form_stays_the_deprecated_term_in_a_coordination() -> None:
    glossary = _ngo(Term("nongovernmental organization", TermStatus.DEPRECATED))
    en = ["Nongovernmental and indigenous organizations took part."]
    assert ("missing_target", "error", 1) in _found(glossary, _pair(_ZH, en))


def _un() -> Glossary:
    return Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                                    LangSec("en", (Term("United Nations"),)))),))


def test_acronym_in_french_word_order_may_render_the_longer_name() -> None:
    # 联合国马里多层面综合稳定团: "Mission multidimensionnelle intégrée des Nations Unies
    # pour la stabilisation au Mali", MINUSMA — "NU", the initials in French order.
    zh = ["联合国马里多层面综合稳定团继续巡逻。"]
    found = check_draft(_un(), _pair(zh, ["MINUSMA continued to patrol."])).findings
    assert [(f.kind.value, f.severity.value) for f in found] == [("missing_target", "info")]
    assert "MINUSMA" in found[0].message
    # An acronym holding the letters in English order but not opening with them is none.
    assert _found(_un(), _pair(zh, ["AUNMS continued to patrol."])) == [
        ("missing_target", "error", 1)]
