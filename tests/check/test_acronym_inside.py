"""A missing term inside a longer Chinese name that the translation gives by its acronym:
a hint, not an error (check/acronym_inside.py)."""

from __future__ import annotations

import pytest

from check._stand_in import common_word_misses as _missing
from check._stand_in import missing_targets
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.model import Concept, Glossary, LangSec, Term, TermType


def test_a_term_inside_a_name_the_translation_gives_by_its_acronym_is_a_hint() -> None:
    # 多边贸易体系 "multilateral trading system": M, T, S spelled by its words' glosses.
    assert _missing("为学术界建立关于多边贸易体系的参考文献中心。",
                    "They set up reference centres on the MTS for the academic community."
                    ) == [("贸易", "info")]
    # Without capitals the acronym is told by being no English word.
    assert _missing("和平执行方案还继续支付难民学生的奖学金。",
                    "pip also continued to fund scholarships for refugee students."
                    ) == [("和平", "info")]
    # Head first, with "of": 缔约方会议, the Conference of the Parties.
    assert _missing("秘书处依照缔约方会议的决定行事。",
                    "The secretariat acts in line with COP decisions.") == [("会议", "info")]


@pytest.mark.usefixtures("entries_as_terms")  # 措施, 会议: general words
def test_an_acronym_that_does_not_spell_the_longer_name_excuses_nothing() -> None:
    # The acronym stands beside the term's longer word but spells another name: the
    # term's own English was left out.
    assert _missing("开发计划署会议讨论了预算。",
                    "The UNDP discussed the budget.") == [("会议", "error")]
    # A term standing alone is not part of a longer name, whatever acronyms the line has.
    assert _missing("各方在会议上讨论了贸易。",
                    "The parties discussed trade at the WTO.") == [("会议", "error")]


@pytest.mark.usefixtures("entries_as_terms")  # 世界 "World": a general word
def test_an_acronym_after_the_name_written_out_excuses_nothing() -> None:
    # "(WFP)" abbreviates the name written before it, which must hold the term.
    assert _missing("合作伙伴包括世界粮食计划署(粮食署)。",
                    "Partners include the Food Fund (WFP).") == [("世界", "error")]


def test_words_in_capitals_are_no_acronym() -> None:
    # A placeholder in capitals spells "Declaration of (least developed) Countries" by
    # chance: a word among words in capitals is no acronym.
    assert _missing("欢迎《2022年最不发达国家部长级宣言》，",
                    "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>") == [("国家", "error")]


def test_the_first_acronym_of_a_hyphenated_one_spells_the_name_it_opens() -> None:
    # "UNU-IAS" (UNv1 development set): an institute of the United Nations University
    # named by the University's acronym and its own; "UNU" spells 联合国大学, the rest
    # the institute, which the Chinese words otherwise. A term left out stays an error.
    un = Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                                  LangSec("en", (Term("United Nations"),)))),))
    zh = "9月-10月，联合国大学可持续性问题高等研究所举办了研究生密集培训课程。"
    assert missing_targets(un, zh, "In September-October, UNU-IAS conducted a postgraduate "
                                   "intensive training course.") == [("联合国", "info")]
    assert missing_targets(un, zh, "In September-October, IAS-UNU conducted a postgraduate "
                                   "intensive training course.") == [("联合国", "error")]


def test_a_word_holding_the_term_spells_its_letters_by_a_sense_of_several_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 国际法协会 "ILA" (UNv1 development set): 国际法 "international law" holds the term
    # 国际 and gives two letters, 协会 "association" the third. 国际 "international" is
    # the dictionary's own word, a general word whose miss is a hint whatever an acronym
    # spells (check/general_word): read as a term here, the dictionary's senses kept for
    # the spelling.
    monkeypatch.setattr("termbase.check.general_word.dictionary_rendering",
                        lambda english, senses: False)
    g = Glossary((Concept("intl", (LangSec("zh", (Term("国际"),)),
                                   LangSec("en", (Term("international"),)))),))
    zh = "那份文件提请注意赔偿责任问题；国际法协会认为其内容至今仍然有效。"
    assert missing_targets(g, zh, "That document drew attention to issues of liability; "
                                  "ILA considers its contents to be still valid today.") == [
        ("国际", "info")]
    assert missing_targets(g, zh, "That document drew attention to issues of liability; "
                                  "IDA considers its contents to be still valid today.") == [
        ("国际", "error")]


def test_a_title_ending_in_the_term_is_given_by_its_acronym() -> None:
    # 副秘书长 "Under-Secretary-General" (UNv1 development set): "USG" closes with the
    # initials of the term's "Secretary-General"; "DSS" after it is the body it heads,
    # no heading in capitals. The dictionary reads 副秘书长 as a word.
    sg = Glossary((Concept("sg", (LangSec("zh", (Term("秘书长"),)),
                                  LangSec("en", (Term("Secretary-General"),)))),))
    zh = "在这种情况下，由安保部副秘书长负责最后核准在剩余风险很高的情况下放行这项活动。"
    en = ("In such cases the final approval to enable that activity in a situation of very "
          "high residual risk is given by the {}.")
    assert missing_targets(sg, zh, en.format("USG DSS")) == [("秘书长", "info")]
    # The title left out: an error; so the term standing alone, whatever the acronym,
    # and letters among three words in capitals (a heading).
    assert missing_targets(sg, zh, en.format("DSS")) == [("秘书长", "error")]
    assert missing_targets(sg, zh.replace("安保部副", ""), en.format("USG DSS")) == [
        ("秘书长", "error")]
    assert missing_targets(sg, zh, en.format("USG DSS OPS")) == [("秘书长", "error")]


def _prep_committee() -> Glossary:
    return Glossary((Concept("pc", (LangSec("zh", (Term("筹备委员会"),)),
                                    LangSec("en", (Term("Preparatory Committee"),)))),))


def test_a_longer_name_given_by_its_own_name_and_an_acronym_for_the_rest_is_a_hint() -> None:
    # UNv1 development set, 1808 (issue 13): 禁核试条约组织筹备委员会, "the Preparatory
    # Commission for CTBTO": the body names itself by its owner's acronym, whose
    # letters are the English's (Comprehensive Nuclear-Test-Ban Treaty Organization),
    # not the Chinese words'; the name keeps the term's "Preparatory".
    zh = "禁核试条约组织筹备委员会举行了会议。"
    for en in ("The Preparatory Commission for CTBTO held a meeting.",
               "The Preparatory Commission for the CTBTO held a meeting.",
               "The CTBTO Preparatory Commission held a meeting."):
        assert missing_targets(_prep_committee(), zh, en) == [("筹备委员会", "info")]


def test_an_acronym_beside_no_word_of_the_term_or_no_rest_excuses_nothing() -> None:
    zh = "禁核试条约组织筹备委员会举行了会议。"
    # The name keeps no word of the term: the term's body is left out.
    assert missing_targets(_prep_committee(), zh, "The Executive Secretary of CTBTO held a "
                                                  "meeting.") == [("筹备委员会", "error")]
    # The term stands alone: no longer name, no rest for an acronym to give.
    assert missing_targets(_prep_committee(), "筹备委员会举行了会议。",
                           "The Preparatory Commission for CTBTO held a meeting."
                           ) == [("筹备委员会", "error")]
    # Without capitals neither the name nor the acronym shows.
    assert missing_targets(_prep_committee(), zh, "the preparatory commission for ctbto "
                                                  "held a meeting.") == [("筹备委员会", "error")]


def _framework() -> Glossary:
    return Glossary((Concept("fw", (LangSec("zh", (Term("框架"),)),
                                    LangSec("en", (Term("framework"),)))),))


# Session 51: the letters of a head of several words before its modifier (un2023-dev 1122
# with the mined glossary: 《联合国气候变化框架公约》 "the UNFCCC").
@pytest.mark.usefixtures("entries_as_terms")  # 框架: a general word
def test_an_acronym_putting_a_head_of_several_words_before_its_modifier_spells_the_name(
) -> None:
    # 联合国 气候变化 框架 公约: "United Nations Framework Convention on Climate Change"
    # keeps 联合国 first and puts 框架公约 before 气候变化.
    zh = "该协定是在《联合国气候变化框架公约》下通过的。"
    assert missing_targets(_framework(), zh, "The agreement was adopted under the UNFCCC "
                                             "in Paris.") == [("框架", "info")]
    assert missing_targets(_framework(), zh, "the agreement was adopted under the unfccc "
                                             "in paris.") == [("框架", "info")]


@pytest.mark.usefixtures("entries_as_terms")  # 会议, 框架: general words
def test_an_acronym_no_moved_stretch_spells_with_the_term_excuses_nothing() -> None:
    # "ICRC" names the committee, and the meeting of it is left out: no order that moves
    # one stretch of 红十字 国际 委员会 会议 to the end spells it with 会议's letter.
    assert _missing("红十字国际委员会会议讨论了预算。",
                    "The ICRC discussed the budget at length.") == [("会议", "error")]
    # The term's letter missing from the acronym: "UNCCC" spells no 框架.
    zh = "该协定是在《联合国气候变化框架公约》下通过的。"
    assert missing_targets(_framework(), zh, "The agreement was adopted under the UNCCC "
                                             "in Paris.") == [("框架", "error")]


_UN = Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                               LangSec("en", (Term("United Nations"),)))),))
# 联合国粮食及农业组织, FAO: letters from the English name, in its order, which the
# Chinese words (粮食 "grain", 农业 "agriculture") do not spell; 及 ends the run.
_FAO = "联合国粮食及农业组织还为该项目提供了技术援助。"


def _misses(glossary: Glossary, pairs: list[tuple[str, str]]) -> list[tuple[int, str, str]]:
    """The missing_target findings (line, term, severity) of a draft of line pairs; an
    English side without capitals padded so that the draft is read as written so."""
    if all(en.islower() for _, en in pairs):
        pairs = pairs + [("报告已通过。", "the report was adopted.")] * 24
    draft = presplit_pair("\n".join(z for z, _ in pairs), "d.zh",
                          "\n".join(e for _, e in pairs), "d.en")
    return [(f.line or 0, f.term, f.severity.value) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_an_acronym_the_draft_defines_for_the_name_renders_the_term() -> None:
    # The name with its short form in brackets, and the English name with the acronym
    # at the same place: FAO stands for 联合国粮食及农业组织 for the rest of the draft.
    defined = ("联合国粮食及农业组织(粮农组织)代表出席了会议。",
               "The representative of the Food and Agriculture Organization of the United "
               "Nations (FAO) attended the meeting.")
    assert _misses(_UN, [defined, (_FAO, "FAO also provided technical assistance to the "
                                         "project.")]) == [(2, "联合国", "info")]
    # The acronym in brackets after the Chinese name defines it there and after.
    assert _misses(_UN, [("联合国粮食及农业组织(FAO)代表出席了会议。",
                          "The representative of FAO attended the meeting."),
                         (_FAO, "FAO also provided technical assistance to the project.")]
                   ) == [(1, "联合国", "info"), (2, "联合国", "info")]
    # Without capitals (MultiUN's English), the acronym is read in lower case.
    assert _misses(_UN, [(defined[0], defined[1].lower()),
                         (_FAO, "fao also provided technical assistance to the project.")]
                   ) == [(2, "联合国", "info")]


def test_an_acronym_defined_for_another_name_excuses_nothing() -> None:
    # No definition: FAO's letters spell nothing of the Chinese.
    assert _misses(_UN, [(_FAO, "FAO also provided technical assistance to the project.")]
                   ) == [(1, "联合国", "error")]
    # WHO is defined for 世界卫生组织, not for the name here.
    assert _misses(_UN, [("世界卫生组织(世卫组织)代表出席了会议。",
                          "The representative of the World Health Organization (WHO) "
                          "attended the meeting."),
                         (_FAO, "WHO also provided technical assistance to the project.")]
                   ) == [(2, "联合国", "error")]
    # The term standing alone is no part of the name FAO is defined for.
    assert _misses(_UN, [("联合国粮食及农业组织(粮农组织)代表出席了会议。",
                          "The representative of the Food and Agriculture Organization of "
                          "the United Nations (FAO) attended the meeting."),
                         ("联合国还为该项目提供了技术援助。",
                          "FAO also provided technical assistance to the project.")]
                   ) == [(2, "联合国", "error")]


def _body(cid: str, zh: str, en: str, acronym: str) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)),
                         LangSec("en", (Term(en), Term(acronym,
                                                       term_type=TermType.ABBREVIATION)))))


def test_an_acronym_the_glossary_defines_for_a_name_holding_the_term_renders_it() -> None:
    # The glossary's FAO (its Chinese the short form 粮农组织, which the line does not
    # write): its English written out holds "United Nations".
    fao = _body("fao", "粮农组织", "Food and Agriculture Organization of the United Nations",
                "FAO")
    glossary = Glossary((*_UN.concepts, fao))
    assert _misses(glossary, [(_FAO, "FAO also provided technical assistance to the "
                                     "project.")]) == [(1, "联合国", "info")]
    # WHO's English holds no "United Nations"; and the term standing alone.
    who = _body("who", "世卫组织", "World Health Organization", "WHO")
    assert _misses(Glossary((*_UN.concepts, who)),
                   [(_FAO, "WHO also provided technical assistance to the project.")]
                   ) == [(1, "联合国", "error")]
    assert _misses(glossary, [("联合国还为该项目提供了技术援助。",
                               "FAO also provided technical assistance to the project.")]
                   ) == [(1, "联合国", "error")]


_EXPERT_GROUP = Glossary((Concept("eg", (LangSec("zh", (Term("专家组"),)),
                                         LangSec("en", (Term("Expert Group"),)))),))


def test_an_acronym_in_brackets_answering_the_term_in_brackets_renders_it() -> None:
    # UNv1 development set, lower-cased copy: the source's bracket holds the term, the
    # translation's bracket at the same place an acronym (no English word); without
    # capitals two letters are read as an acronym only so.
    zh = "但据指出，由于建议256（专家组）之二和之三只局限于临近破产期间，所以应当保留这些建议。"
    en = ("it was observed, however, that since recommendations 256 {} bis and ter were "
          "limited to the period approaching insolvency, the recommendations should be "
          "retained.")
    assert missing_targets(_EXPERT_GROUP, zh, en.format("(eg)")) == [("专家组", "info")]
    # A word in the bracket is no acronym; brackets that do not answer each other (two
    # on one side, one on the other) pair nothing.
    assert missing_targets(_EXPERT_GROUP, zh, en.format("(see)")) == [("专家组", "error")]
    assert missing_targets(_EXPERT_GROUP, zh.replace("之二", "（见上文）之二"),
                           en.format("(eg)")) == [("专家组", "error")]
