"""Tests of termbase.check.renderings: a missing term's other renderings in the translation."""

from __future__ import annotations

from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((
    Concept("pa", (LangSec("zh", (Term("临时议程"),)),
                   LangSec("en", (Term("provisional agenda"),)))),
))


def _missing(zh: str, en: str) -> list[str]:
    draft = presplit_pair(f"{zh}\n其他事项。", "d.zh", f"{en}\nOther matters.", "d.en")
    return [f.severity.value for f in check_draft(_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


# A term naming a numbered part, rendered by its head and the part's number (issue 13,
# fourteenth round): 临时议程项目24, "agenda item 24".

def test_the_head_and_the_parts_number_render_the_term() -> None:
    assert _missing("临时议程项目24。", "Agenda item 24.") == ["info"]
    assert _missing("临时议程项目24：发展筹资", "agenda item 24: financing for development") == [
        "info"]


def test_another_number_or_no_head_stays_an_error() -> None:
    assert _missing("临时议程项目24。", "Agenda item 25.") == ["error"]
    assert _missing("临时议程项目24。", "Document 24 was issued.") == ["error"]


# Lines where the draft shows "special" and "envoy" render 特使 and "yemen" 也门.
_EVIDENCE = [("特使访问了也门。", "the special envoy visited yemen."),
             ("特使会见了各方。", "the special envoy met the parties."),
             ("也门政府欢迎特使。", "the government of yemen welcomed the special envoy."),
             ("特使返回也门。", "the special envoy returned to yemen.")]


# Plain lines enough for the draft to be read as written without capitals.
_FILLER = [("其他事项。", "other matters were considered.")] * 20


_SG = Concept("sg", (LangSec("zh", (Term("秘书长"),)),
                     LangSec("en", (Term("Secretary-General"),))))


# The same source term rendered by a common noun: no name to be dropped inside another.
_SG_NOUN = Concept("sg", (LangSec("zh", (Term("秘书长"),)),
                          LangSec("en", (Term("secretary-general"),))))


def _missing_lower_cased(zh: str, en: str,
                         concept: Concept = _SG) -> list[tuple[str, str]]:
    pairs = _EVIDENCE + _FILLER + [(zh, en)]
    draft = presplit_pair("\n".join(z for z, _ in pairs), "d.zh",
                          "\n".join(e for _, e in pairs), "d.en")
    return [(f.severity.value, f.message) for f in check_draft(Glossary((concept,)),
                                                               draft).findings
            if f.kind is FindingKind.MISSING_TARGET and f.line == len(pairs)]


# A glossary name inside a longer name, in a translation written without capitals
# (issue 13, session 27, the lower-cased development copies): capitals no longer show
# where the translation names the longer one ("the special envoy" for
# 联合国秘书长大湖区问题特使), so the draft's own evidence must — two words or more right
# after a determiner, each shown to render part of the longer name, one only its rest.

def test_a_name_given_whole_by_words_the_draft_shows_is_info() -> None:
    found = _missing_lower_cased("秘书长也门问题特使将加强斡旋工作。",
                                 "the special envoy will intensify his good offices.")
    assert [s for s, _ in found] == ["info"]
    assert "longer name" in found[0][1] and "“special envoy”" in found[0][1]


def test_one_word_or_no_determiner_or_a_common_noun_stays_an_error() -> None:
    # One word shown: any word of a long run of ideographs may render part of it.
    assert [s for s, _ in _missing_lower_cased("秘书长也门问题特使将加强斡旋工作。",
                                               "the envoy will intensify his good offices.")
            ] == ["error"]
    # No determiner before the words: nothing opens a name there.
    assert [s for s, _ in _missing_lower_cased("秘书长也门问题特使将加强斡旋工作。",
                                               "as special envoy, he will intensify good offices.")
            ] == ["error"]
    # A common noun missing beside its rendered head is an omission.
    assert [s for s, _ in _missing_lower_cased("秘书长也门问题特使将加强斡旋工作。",
                                               "the special envoy will intensify his good offices.",
                                               _SG_NOUN)] == ["error"]
