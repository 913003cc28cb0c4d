"""A missing term that belongs to a longer name whose rest the translation renders (issue 13,
night round): 大会 closing another conference's name, 联合国 as the modifier English drops.
The dictionary is a small stand-in here; tests/check/test_glosses.py reads the real one."""

from __future__ import annotations

import pytest

from check._stand_in import StandInDictionary
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.glosses import Gloss
from termbase.diagnostics import Severity
from termbase.model import Concept, Glossary, LangSec, Term

_DICTIONARY = {
    "可持续发展": Gloss(frozenset({"sustai", "develo"}), ""),
    "可持续": Gloss(frozenset({"sustai"}), "a"),
    "发展": Gloss(frozenset({"develo", "growth"}), "vn"),
    "缔约方": Gloss(frozenset({"party", "treaty"}), "n"),
    "新闻": Gloss(frozenset({"news"}), "n"), "中心": Gloss(frozenset({"center", "heart"}), "n"),
    "会议": Gloss(frozenset({"meet", "session", "conferenc"}), "n"),
    "七十七": Gloss(frozenset({"seventy"}), "m"),
    "国家": Gloss(frozenset({"countr", "nation", "stat"}), "n"),
    "工作队": Gloss(frozenset({"team"}), "n"), "举办": Gloss(frozenset({"hold", "run"}), "v"),
    "维也纳": Gloss(frozenset({"vienna"}), "ns"), "办事处": Gloss(frozenset({"offic"}), "n"),
    "履行": Gloss(frozenset({"fulfil", "perform"}), "v"),
    "也门": Gloss(frozenset({"yemen"}), "ns"), "问题": Gloss(frozenset({"question", "issu"}), "n"),
    "特使": Gloss(frozenset({"envoy"}), "n"),
    "审议": Gloss(frozenset({"consid", "delibe"}), "v"),
    "延期": Gloss(frozenset({"extend", "defer", "postpo"}), "v"),
    "成果": Gloss(frozenset({"result", "outcom"}), "n"),
    "联合国": Gloss(frozenset({"unit", "nation"}), "nt"),
    "尽快": Gloss(frozenset({"soon", "quick"}), "d"), "增加": Gloss(frozenset({"increa"}), "v"),
    "警卫": Gloss(frozenset({"guard"}), "n"),
    "执行": Gloss(frozenset({"implem", "execut"}), "v"),
    "加速": Gloss(frozenset({"speed"}), "v"), "战略": Gloss(frozenset({"strate"}), "n"),
    "议程": Gloss(frozenset({"agenda", "item"}), "n"), "落实": Gloss(frozenset({"implem"}), "v"),
    "部": Gloss(frozenset({"minist", "depart", "part"}), "n"),
    "官员": Gloss(frozenset({"offici"}), "n"), "部门": Gloss(frozenset({"sector"}), "n"),
    "一体": Gloss(frozenset({"whol", "integr"}), "n"),
    "行动": Gloss(frozenset({"action", "operat"}), "vn"),
    "倡议": Gloss(frozenset({"initia", "propos"}), "n"),
}
_STAND_IN = StandInDictionary(_DICTIONARY)


@pytest.fixture(autouse=True)
def _dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    _STAND_IN.install(monkeypatch)


def _glossary() -> Glossary:
    return Glossary((
        Concept("ga", (LangSec("zh", (Term("大会"),)),
                       LangSec("en", (Term("General Assembly"),)))),
        Concept("ms", (LangSec("zh", (Term("会员国"),)), LangSec("en", (Term("Member State"),)))),
        Concept("sg", (LangSec("zh", (Term("秘书长"),)),
                       LangSec("en", (Term("Secretary-General"),)))),
        Concept("un", (LangSec("zh", (Term("联合国"),)),
                       LangSec("en", (Term("United Nations"), Term("UN"))))),
        Concept("impl", (LangSec("zh", (Term("执行"),)),
                         LangSec("en", (Term("implementation"),)))),
        Concept("ic", (LangSec("zh", (Term("国际合作"),)),
                       LangSec("en", (Term("international cooperation"),)))),
    ))


def _missing(zh: str, en: str) -> list[tuple[str, str]]:
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(_glossary(), draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_term_closing_another_conferences_name_is_info() -> None:
    assert _missing("回顾可持续发展大会的成果文件。",
                    "Recalling the outcome of the Conference on Sustainable Development.") == [
        ("大会", "info")]
    assert _missing("在第二十七届缔约方大会上。",
                    "At the twenty-seventh session of the Conference of the Parties.") == [
        ("大会", "info")]


def test_the_message_names_the_english_name() -> None:
    draft = presplit_pair("在缔约方大会上。", "d.zh", "At the Conference of the Parties.", "d.en")
    (finding,) = check_draft(_glossary(), draft).findings
    assert finding.severity is Severity.INFO
    assert "“Conference of the Parties”" in finding.message


def test_a_closing_term_replaced_or_cut_from_the_name_stays_an_error() -> None:
    # The rest of the name is there, but no head of another body's name: the term was
    # replaced (an injected omission) or is simply missing.
    assert _missing("回顾可持续发展大会的成果文件。",
                    "Recalling the outcome of the the matter on Sustainable Development.") == [
        ("大会", "error")]
    # Nothing of the rest in the translation.
    assert _missing("在缔约方大会上。", "At the World Conference.") == [("大会", "error")]


def test_a_session_of_the_term_itself_is_no_longer_name() -> None:
    # 第 numbers the General Assembly's own session: "the seventy-seventh session"
    # without the Assembly is an omission.
    assert _missing("大会第七十七届会议。", "The seventy-seventh session.") == [
        ("大会", "error")]


def test_a_modifier_english_drops_is_info() -> None:
    assert _missing("联合国新闻中心举办了展览。", "An information centre held an exhibition.") == [
        ("联合国", "info")]
    assert _missing("联合国国家工作队提供了支持。", "The country team provided support.") == [
        ("联合国", "info")]


def test_the_secretary_generals_own_envoy_is_info() -> None:
    # His report says "my Special Envoy": 也门 and 特使 are rendered, after "My".
    assert _missing("秘书长也门问题特使将加强斡旋工作。",
                    "My Special Envoy for Yemen will intensify his good offices.") == [
        ("秘书长", "info")]


def test_a_short_form_of_an_office_is_info_a_place_alone_is_not() -> None:
    # "the Vienna office": the United Nations Office at Vienna, named short.
    assert _missing("他们在联合国维也纳办事处开会。", "They met at the Vienna office.") == [
        ("联合国", "info")]
    # The first word of a longer rest alone is no name ("the Vienna meeting").
    assert _missing("他们在联合国维也纳办事处开会。", "They met at the Vienna meeting.") == [
        ("联合国", "error")]


def test_a_verb_after_the_term_heads_no_name() -> None:
    # 会员国履行义务: the term is the subject of 履行 "fulfil", not a name's modifier.
    assert _missing("会员国履行义务。", "The fulfilment of the obligations of parties.") == [
        ("会员国", "error")]


def test_a_modifier_replaced_before_the_rest_stays_an_error() -> None:
    assert _missing("联合国新闻中心举办了展览。",
                    "The the matter concerned centre held an exhibition.") == [
        ("联合国", "error")]


def test_the_dictionary_is_asked_only_for_error_candidates() -> None:
    # A term the translation renders raises no question: nothing is looked up.
    assert _missing("联合国新闻中心举办了展览。",
                    "The United Nations Information Centre held an exhibition.") == []
    assert _STAND_IN.asked == []


def test_without_capitals_no_name_excuses_a_closing_term() -> None:
    # A lower-cased corpus (MultiUN) shows no name: "the parties" may be anyone's.
    zh = "\n".join(["大会通过了决议。"] * 24 + ["在缔约方大会上。"])
    en = "\n".join(["the general assembly adopted a resolution."] * 24
                   + ["at the conference of the parties."])
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    assert [(f.line, f.severity.value) for f in check_draft(_glossary(), draft).findings
            if f.kind is FindingKind.MISSING_TARGET] == [(25, "error")]


def test_a_closing_term_is_info_when_english_names_by_a_word_of_the_glosss_root() -> None:
    # 延期 is glossed by the verb "extend"; the name says "Extension": one root.
    assert _missing("在审议和延期大会上通过了决定。",
                    "The decision was adopted at the Review and Extension Conference.") == [
        ("大会", "info")]
    # Nothing of that root there: the term is missing.
    assert _missing("在审议和延期大会上通过了决定。",
                    "The decision was adopted at the Review Conference.") == [
        ("大会", "error")]


def test_a_modifier_of_another_glossary_term_the_translation_renders_is_info() -> None:
    # 联合国 opens 大会 and 秘书长: English names the body by its own name alone.
    assert _missing("联合国大会审议了报告。", "The General Assembly considered the report.") == [
        ("联合国", "info")]
    assert _missing("联合国秘书长发表了讲话。", "The Secretary-General made a statement.") == [
        ("联合国", "info")]
    # After a two-character clause word (根据) the run starts at the term all the same.
    assert _missing("根据联合国大会的决议审议了报告。",
                    "Pursuant to the General Assembly resolution, it considered the report."
                    ) == [("联合国", "info")]


def test_a_modifier_of_another_term_written_in_lower_case_is_info() -> None:
    # A text without capitals writes the other term in lower case: it still renders it
    # (the case is term_case's to report), so the modifier English drops is no error.
    assert _missing("联合国大会审议了报告。", "the general assembly considered the report.") == [
        ("联合国", "info")]
    assert _missing("根据联合国大会的决议审议了报告。",
                    "pursuant to the general assembly resolution, it considered the report."
                    ) == [("联合国", "info")]
    assert sorted(_missing("联合国大会审议了报告。", "the meeting considered the report.")) == [
        ("大会", "error"), ("联合国", "error")]


def test_a_modifier_stays_an_error_when_the_other_term_is_missing_too_or_not_opened() -> None:
    assert sorted(_missing("联合国大会审议了报告。", "The meeting considered the report.")) == [
        ("大会", "error"), ("联合国", "error")]
    # 大会 closes another name here (可持续发展大会) and opens nothing of its own.
    assert _missing("可持续发展大会会员国发表了讲话。",
                    "The Member States of the meeting made a statement.") == [
        ("大会", "error")]


def test_a_noun_after_a_verb_opens_a_name_the_run_does_not() -> None:
    # The run 尽快增加联合国警卫队 starts at the adverb and verb; the name, at the term.
    assert _missing("安理会呼吁尽快增加联合国警卫队的人数。",
                    "The Council called for the guard unit to be increased soon.") == [
        ("联合国", "info")]
    # The rest not rendered: still an error.
    assert _missing("安理会呼吁尽快增加联合国警卫队的人数。",
                    "The Council called for the matter to be raised soon.") == [
        ("联合国", "error")]


def test_a_verb_after_a_verb_opens_no_name() -> None:
    # 执行 is a verb: 加速执行战略 is a clause, not a name 执行 opens.
    assert _missing("理事会可在加速执行战略方面发挥作用。",
                    "The Board can play a role in speeding up the strategy.") == [
        ("执行", "error")]


def test_a_name_goes_on_past_a_year_after_the_term() -> None:
    # 联合国2030年议程: the year is the name's own, in both languages ("the 2030 Agenda").
    assert _missing("联合国2030年议程已经通过。", "The 2030 Agenda has been adopted.") == [
        ("联合国", "info")]
    assert _missing("必须落实联合国2030年议程。", "The 2030 Agenda must be implemented.") == [
        ("联合国", "info")]
    # A year alone after the term names nothing: 联合国2030年 is no name.
    assert _missing("联合国2030年的工作。", "The work in 2030.") == [("联合国", "error")]


def test_a_name_with_a_one_ideograph_head_referred_to_by_it_is_info() -> None:
    # 外交与国际合作部: the Ministry of Foreign Affairs and International Cooperation,
    # called by its head, "the Ministry".
    assert _missing("他会见了外交与国际合作部官员。", "He met officials of the Ministry.") == [
        ("国际合作", "info")]


@pytest.mark.parametrize("en", [
    "He met officials of the Office.",  # no rendering of the head 部
    "He met officials of the ministry.",  # no name: lower case
    "Ministry officials were met.",  # a sentence's first word is capitalised anyway
])
def test_a_one_ideograph_head_not_named_leaves_an_error(en: str) -> None:
    assert _missing("他会见了外交与国际合作部官员。", en) == [("国际合作", "error")]


def test_a_longer_word_after_the_term_is_no_one_ideograph_head() -> None:
    # 部门 is a word of its own: 国际合作部门 is no name headed by 部.
    assert _missing("他会见了国际合作部门官员。", "He met officials of the Ministry.") == [
        ("国际合作", "error")]


def test_a_name_english_gives_in_words_of_its_own_before_the_head_is_info() -> None:
    # 联合国一体行动倡议: "the Delivering as One initiative" keeps no word of 联合国一体行动.
    assert _missing("联合国一体行动倡议取得了进展。",
                    "Progress was made in the Delivering as One initiative.") == [
        ("联合国", "info")]


@pytest.mark.parametrize("en", [
    "Progress was made in the initiative.",  # no name before the head
    "Progress was made in the Initiative.",  # the head itself capitalised: no common noun
    "Progress was made in Delivering as One initiative.",  # no determiner before the name
])
def test_a_head_without_a_name_of_its_own_before_it_leaves_an_error(en: str) -> None:
    assert _missing("联合国一体行动倡议取得了进展。", en) == [("联合国", "error")]


def test_a_quoted_name_rendered_as_a_quoted_name_is_info() -> None:
    assert _missing('目前正继续实施包括"联合国一体行动"在内的若干重大举措。',
                    'Several major initiatives, including "Delivering as one", are continuing.'
                    ) == [("联合国", "info")]
    assert _missing("包括“联合国一体行动”在内的举措。",
                    "Initiatives such as “Delivering as One” continue.") == [("联合国", "info")]


def test_a_quoted_name_without_its_quoted_rendering_stays_an_error() -> None:
    # No quotation in the translation, or one more there: no evidence of the same name.
    assert _missing('包括"联合国一体行动"在内的举措。',
                    "Initiatives such as joint action continue.") == [("联合国", "error")]
    assert _missing('包括"联合国一体行动"在内的举措。',
                    'Initiatives such as "joint action" and "one voice" continue.') == [
        ("联合国", "error")]
    # The term is the whole quotation: nothing longer to render it.
    assert _missing('所谓"联合国"的作用。', 'The role of the "Organization".') == [
        ("联合国", "error")]


def _unep(en: str, filler: int = 0) -> list[tuple[str, str]]:
    glossary = Glossary((Concept("unep", (
        LangSec("zh", (Term("环境规划署"),)),
        LangSec("en", (Term("United Nations Environment Programme"),)))),))
    # 的 after the term: it opens no longer name, whose acronym would excuse it anyway.
    zh = ["环境规划署的报告已经提交。", *["其他事项。"] * filler]
    en = [en, *["other matters were considered."] * filler]
    draft = presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")
    return [(f.term, f.severity.value) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_the_acronym_of_the_approved_name_is_info() -> None:
    # The glossary holds the name alone; the translation uses its initials.
    assert _unep("The report of UNEP arrived today.") == [("环境规划署", "info")]
    # Without capitals anywhere in the draft, it is written without them.
    assert _unep("the report of unep arrived today.", filler=25) == [("环境规划署", "info")]


def test_two_initials_of_a_name_in_capitals_are_its_acronym() -> None:
    # "other concerned UN Member States" (UNv1 development set) for 联合国其他有关会员国,
    # where the glossary gives 联合国 only as "United Nations": two capitals, a name's.
    un = Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                                  LangSec("en", (Term("United Nations"),)))),))
    draft = presplit_pair("联合国机构制定了应急计划。\n联合国机构制定了应急计划。", "d.zh",
                          "A response plan was drawn up by UN agencies.\n"
                          "A response plan was drawn up by US agencies.", "d.en")
    assert [(f.line, f.severity.value) for f in check_draft(un, draft).findings
            if f.kind is FindingKind.MISSING_TARGET] == [(2, "error"), (1, "info")]


def test_other_capitals_or_lower_case_initials_in_a_cased_draft_are_no_acronym() -> None:
    assert _unep("The report of UNDP arrived today.") == [("环境规划署", "error")]
    assert _unep("The report of unep arrived today.") == [("环境规划署", "error")]


def test_a_common_noun_heading_the_longer_run_is_still_rendered(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 成果文件 ends 信息社会世界峰会成果文件: what goes before it only modifies it, and the
    # translation renders that ("the World Summit on the Information Society"), not the
    # term: "the files of" it is an omission. A common noun modifying a longer name's
    # head is dropped as the name is called short (外交与国际合作部, "the Ministry").
    StandInDictionary({**_DICTIONARY, "信息": Gloss(frozenset({"inform"}), "n"),
                       "社会": Gloss(frozenset({"societ"}), "n"),
                       "世界": Gloss(frozenset({"world"}), "n"),
                       "峰会": Gloss(frozenset({"summit"}), "n")}).install(monkeypatch)
    glossary = Glossary((Concept("od", (LangSec("zh", (Term("成果文件"),)),
                                        LangSec("en", (Term("outcome document"),)))),))

    def missing(zh: str, en: str) -> list[str]:
        draft = presplit_pair(zh, "d.zh", en, "d.en")
        return [f.severity.value for f in check_draft(glossary, draft).findings
                if f.kind is FindingKind.MISSING_TARGET]

    assert missing("回顾信息社会世界峰会成果文件。",
                   "Recalling the files of the World Summit on the Information Society.") == [
        "error"]
    assert _missing("他会见了外交与国际合作部官员。", "He met officials of the Ministry.") == [
        ("国际合作", "info")]
