"""Tests of termbase.check.renderings: a missing term's other renderings in the translation."""

from __future__ import annotations

import pytest

from check._stand_in import one_concept as _glossary
from check._stand_in import sorted_findings as _found
from check._stand_in import uncased_misses as _uncased
from check._stand_in import zh_en_pair as _pair
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.diagnostics import Severity
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType

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


@pytest.mark.usefixtures("entries_as_terms")  # "secretary-general": a general word
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


# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def _un() -> Glossary:
    return Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                                    LangSec("en", (Term("United Nations"),)))),))


def _sg() -> Glossary:
    return Glossary((Concept("sg", (LangSec("zh", (Term("秘书长"),)),
                                    LangSec("en", (Term("Secretary-General"),)))),
                     Concept("secretariat", (LangSec("zh", (Term("秘书处"),)),
                                             LangSec("en", (Term("Secretariat"),))))))


# Lines where the draft itself shows 特使 rendered "Special Envoy" (and 也门 "Yemen").
_ENVOY_EVIDENCE = [("特使访问了也门。", "The Special Envoy visited Yemen."),
                   ("特使会见了各方。", "The Special Envoy met the parties."),
                   ("也门政府欢迎特使。", "The Government of Yemen welcomed the Special Envoy."),
                   ("特使返回也门。", "The Special Envoy returned to Yemen.")]


def _un_members() -> Glossary:
    return Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)), LangSec("en", (
                         Term("United Nations"), Term("UN", TermStatus.ADMITTED))))),
                     Concept("ms", (LangSec("zh", (Term("会员国"),)),
                                    LangSec("en", (Term("Member State"),))))))


# Issue 13, night round: free renderings met on the 2023 sample's development part.
def _one(cid: str, zh: str, en: str) -> Glossary:
    return Glossary((Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),)))),))


def test_free_rendering_keeping_the_distinguishing_word_is_info() -> None:
    g = Glossary((Concept("ic", (LangSec("zh", (Term("国际社会"),)),
                                 LangSec("en", (Term("international community"),)))),))
    zh = ["国际社会继续支持过渡进程。"]
    found = check_draft(g, _pair(zh, ["International support to the process continued."]))
    assert [(f.kind.value, f.severity.value) for f in found.findings] == [
        ("missing_target", "info")]
    assert "“international”" in found.findings[0].message
    # No word of the term left, or only its general head: a real omission, an error.
    assert _found(g, _pair(zh, ["The community supports the process."])) == [
        ("missing_target", "error", 1)]
    assert _found(g, _pair(zh, ["The matter concerned supports the process."])) == [
        ("missing_target", "error", 1)]


def test_term_opening_a_longer_name_given_as_an_acronym_is_info() -> None:
    found = check_draft(_un(), _pair(["联合国开发计划署管理层认为评估有用。"],
                                     ["UNDP management believes the evaluation useful."]))
    assert [(f.kind.value, f.severity.value) for f in found.findings] == [
        ("missing_target", "info")]
    assert "“UNDP”" in found.findings[0].message


def test_acronym_without_a_longer_source_name_leaves_the_omission_an_error() -> None:
    # 联合国的: grammar follows the term, it opens no name; and no acronym at all.
    assert _found(_un(), _pair(["联合国的作用得到UNDP的支持。"],
                               ["The role is supported by UNDP."])) == [
        ("missing_target", "error", 1)]
    assert _found(_un(), _pair(["联合国评估小组认为评估有用。"],
                               ["The evaluation group believes it useful."])) == [
        ("missing_target", "error", 1)]


def test_term_inside_a_longer_name_given_as_a_name_is_info() -> None:
    """秘书长特使 → "my Special Envoy": the draft shows "Special Envoy" renders 特使, the
    rest of the longer name the term is part of (a report written in the first person)."""
    zh = [z for z, _ in _ENVOY_EVIDENCE] + ["秘书长也门问题特使将加强斡旋工作，以恢复和平进程。"]
    en = [e for _, e in _ENVOY_EVIDENCE] + [
        "My Special Envoy for Yemen will intensify his good offices to resume the process."]
    found = check_draft(_sg(), _pair(zh, en)).findings
    assert [(f.kind.value, f.severity.value, f.line) for f in found] == [
        ("missing_target", "info", 5)]
    assert "longer name" in found[0].message and "Special Envoy for Yemen" in found[0].message


def test_a_name_without_evidence_or_a_cut_translation_leaves_the_omission_an_error() -> None:
    # No line shows what "Special Representative" renders, nor does the dictionary
    # (特使 is "envoy"): the name is no evidence. ("My Special Envoy for Yemen" is: the
    # dictionary renders 也门 and 特使 — see test_name_rest.py.)
    assert _found(_sg(), _pair(["秘书长也门问题特使将加强斡旋工作，以恢复和平进程。"],
                               ["My Special Representative will intensify his good offices "
                                "to resume the process."])) == [("missing_target", "error", 1)]
    # A name the draft shows to render something else (the Government of Yemen) is not
    # the longer name's.
    zh = [z for z, _ in _ENVOY_EVIDENCE] + ["秘书长特使将加强斡旋工作，以恢复和平进程。"]
    en = [e for _, e in _ENVOY_EVIDENCE] + [
        "Yemen will intensify its good offices to resume the peace process."]
    assert _found(_sg(), _pair(zh, en))[-1] == ("missing_target", "error", 5)
    # A translation far shorter than its source is cut: what it names says nothing.
    zh = [z for z, _ in _ENVOY_EVIDENCE] + ["秘书长特使将加强斡旋工作，以恢复和平进程。"]
    en = [e for _, e in _ENVOY_EVIDENCE] + ["Special Envoy"]
    assert _found(_sg(), _pair(zh, en))[-1] == ("missing_target", "error", 5)


def test_agent_dropped_in_a_passive_is_info() -> None:
    """秘书处请专家委员会注意该报告 → "The Committee of Experts is invited to take note of
    the report": UN style drops the inviting Secretariat."""
    zh = ["秘书处请专家委员会注意该报告，并发表意见。"]
    found = check_draft(_sg(), _pair(zh, ["The Committee of Experts is invited to take note "
                                          "of the report and to express its views."]))
    assert [(f.kind.value, f.severity.value) for f in found.findings] == [
        ("missing_target", "info")]
    assert "“is invited”" in found.findings[0].message
    # Active voice without the agent, or a passive with its agent given otherwise, or
    # the term not opening its clause: an omission stays an error.
    for en in ("The Committee of Experts takes note of the report and expresses its views.",
               "The Committee of Experts is invited by the Bureau to take note of the report."):
        assert _found(_sg(), _pair(zh, [en])) == [("missing_target", "error", 1)]
    assert _found(_sg(), _pair(["报告载有秘书处的意见，请专家委员会注意该报告。"],
                               ["The Committee of Experts is invited to take note of the "
                                "report and of the views it contains."])) == [
        ("missing_target", "error", 1)]


def test_a_name_joined_to_another_term_may_be_rendered_by_one_word_beside_it() -> None:
    # 联合国会员国: "a UN member", "members of the United Nations" — one thing named by
    # the two terms together.
    zh = ["苏丹是联合国会员国。", "联合国会员国同意接受决定。"]
    en = ["Sudan is a UN member.", "Members of the United Nations agree to accept decisions."]
    assert _found(_un_members(), _pair(zh, en)) == [
        ("missing_target", "info", 1), ("missing_target", "info", 2)]


def test_a_names_word_alone_or_far_from_the_joined_term_leaves_an_error() -> None:
    zh = ["会员国的代表发言。", "联合国会员国同意接受安全理事会的决定。"]
    en = ["A member of the committee spoke.",
          "The United Nations agrees that the decisions of the Council bind each member."]
    assert _found(_un_members(), _pair(zh, en)) == [
        ("missing_target", "error", 1), ("missing_target", "error", 2)]


def test_a_term_with_one_word_changed_is_a_free_rendering() -> None:
    g = _one("lv", "国家、区域和全球各级", "national, regional and global levels")
    zh = ["与国家、区域和全球各级的工作人员协会合作。"]
    found = check_draft(g, _pair(zh, ["In partnership with the staff associations at "
                                      "country, regional and global levels."]))
    assert [(f.severity, "regional global level" in f.message) for f in found.findings] == [
        (Severity.INFO, True)]
    # Two words changed, or the words scattered over the sentence: still an error.
    for en in ("In partnership with the staff associations at country and local levels.",
               "Regional staff associations took part, and global partners helped at "
               "every level of the work of the organization and beyond it."):
        assert _found(g, _pair(zh, [en])) == [("missing_target", "error", 1)]


def test_a_long_term_with_one_word_swapped_in_place_is_a_free_rendering() -> None:
    g = _one("able", "有能力的国家", "States in a position to do so")
    zh = ["鼓励所有有能力的国家增加自愿捐款。"]
    assert _found(g, _pair(zh, ["Encourages all countries in a position to do so to "
                                "increase voluntary contributions."])) == [
        ("missing_target", "info", 1)]
    # The last word swapped, or two words: an error.
    assert _found(g, _pair(zh, ["Encourages all countries in a position to give more "
                                "voluntary contributions."])) == [("missing_target", "error", 1)]
    # ("countries able to do so" renders each dictionary word: see test_free_rendering.py.)
    assert _found(g, _pair(zh, ["Encourages all countries with the means to do so to "
                                "increase voluntary contributions."])) == [
        ("missing_target", "error", 1)]


# Excuses that swallowed true misses injected into tuning text (issue 13, session 25):
# each excuse must rest on evidence that a line with a plain miss lacks.


def test_an_acronym_excuses_a_longer_name_only_with_the_term_s_initials() -> None:
    ga = _glossary("ga", "大会", Term("General Assembly"))
    # 大会 opens 大会高级别周 ("high-level week"), but WHO is no acronym of a name that
    # opens with "General Assembly": the miss is an error.
    assert _found(ga, _pair(["工作队之友在大会高级别周期间提供了平台。"],
                            ["WHO provided a platform during the high-level week."])) == [
        ("missing_target", "error", 1)]
    un = _glossary("un", "联合国", Term("United Nations"),
                   Term("UN", TermStatus.ADMITTED, TermType.ABBREVIATION))
    # UNDP opens with UN: it may render 联合国开发计划署 as a whole.
    assert _found(un, _pair(["联合国开发计划署提供了支持。"], ["UNDP provided support."])) == [
        ("missing_target", "info", 1)]


def test_a_word_of_another_glossary_term_is_no_trace_of_the_missing_one() -> None:
    g = Glossary((
        Concept("ic", (LangSec("zh", (Term("国际社会"),)),
                       LangSec("en", (Term("international community"),)))),
        Concept("icoop", (LangSec("zh", (Term("国际合作"),)),
                          LangSec("en", (Term("international cooperation"),))))))
    zh = ["因此，国际社会应向它们提供一切必要的支持。"]
    # "international" is the other term's ("international cooperation" put for
    # 国际社会): no free rendering, an error.
    found = _found(g, _pair(zh, ["The international cooperation should provide them "
                                 "with all necessary support."]))
    assert ("missing_target", "error", 1) in found
    # A free rendering keeping the word is still a hint.
    assert _found(g, _pair(zh, ["International partners should provide them with all "
                                "necessary support."])) == [("missing_target", "info", 1)]


def test_a_word_capitalised_by_its_place_is_no_name_for_a_longer_name(
        glossary: Glossary) -> None:
    # The draft shows "Consideration" rendering 审议; opening item 6 after its label it
    # is capitalised by its place, not a name for 审议小武器和轻武器….
    zh = ["审议报告。", "审议议程。", "审议决议草案。",
          "6.审议小武器和轻武器制造最近进展的影响。"]
    en = ["Consideration of reports.", "Consideration of the agenda.",
          "Consideration of draft resolutions.",
          "6. Consideration of the implications of recent developments in manufacturing."]
    assert ("missing_target", "error", 4) in _found(glossary, _pair(zh, en))


# Missing terms in a translation written without capitals (MultiUN's lower-cased
# English, issue 13, twelfth and fourteenth rounds).


def test_a_lower_case_acronym_of_a_name_the_term_opens_is_info() -> None:
    # 联合国 opens 联合国环境规划署, which the text without capitals writes "unep".
    assert _uncased("联合国环境规划署提交了报告。", "unep submitted a report.") == [
        ("联合国", "info")]
    assert _uncased("联合国新闻中心举办了展览。", "the unic held an exhibition.") == [
        ("联合国", "info")]
    assert _uncased("联合国发展援助框架已经完成。", "the undafs have been completed.") == [
        ("联合国", "info")]


def test_an_english_word_or_other_initials_are_no_lower_case_acronym() -> None:
    # "under" opens with the initials but is a word; "wfp" has other initials.
    assert _uncased("联合国环境规划署提交了报告。", "under the agreement a report was made.") == [
        ("联合国", "error")]
    assert _uncased("联合国环境规划署提交了报告。", "wfp submitted a report.") == [
        ("联合国", "error")]
    # With capitals in the draft, case tells: lower-case letters are no acronym.
    assert _uncased("联合国环境规划署提交了报告。", "unep submitted a report.",
                    capitals=True) == [("联合国", "error")]


def test_a_clipped_form_of_the_name_is_info() -> None:
    # The opening letters of each word in turn: "prepcoms", "ecosoc"; in a draft with
    # capitals, a capital inside the word ("PrepCom").
    assert _uncased("筹备委员会举行了会议。", "the prepcoms met.") == [("筹备委员会", "info")]
    assert _uncased("经济及社会理事会通过了决议。", "ecosoc adopted the resolution.") == [
        ("经济及社会理事会", "info")]
    assert _uncased("筹备委员会举行了会议。", "the PrepCom met.", capitals=True) == [
        ("筹备委员会", "info")]


def test_words_that_do_not_clip_the_name_or_are_english_stay_errors() -> None:
    # "precious": "pre" and then no opening of "committee"; "prepare" would clip
    # "preparatory" alone; "economic" is a word; lower case where capitals tell.
    for en in ("the precious group met.", "delegates prepare to meet.",
               "the commission met."):
        assert _uncased("筹备委员会举行了会议。", en) == [("筹备委员会", "error")], en
    assert _uncased("经济及社会理事会通过了决议。", "the economic body adopted it.") == [
        ("经济及社会理事会", "error")]
    assert _uncased("筹备委员会举行了会议。", "the prepcom met.", capitals=True) == [
        ("筹备委员会", "error")]


def test_a_joined_term_in_lower_case_makes_a_name_word_a_rendering() -> None:
    # 联合国会员国: "members of the united nations", "un member" name one thing by two.
    kept = [("会员国", "info")]  # "it has “member” of it"
    assert _uncased("所有联合国会员国都应提交报告。",
                    "all members of the united nations should submit reports.") == kept
    assert _uncased("苏丹是联合国会员国。", "sudan is a un member.") == kept
    # Without 联合国 joined in the source, "members" is no rendering of its own.
    assert _uncased("所有会员国都应提交报告。", "all countries should submit reports.") == [
        ("会员国", "error")]


def test_a_lower_case_acronym_joined_by_a_hyphen_is_info() -> None:
    assert _uncased("联合国大学世界发展经济学研究所发表了报告。",
                    "unu-wider published a report.") == [("联合国", "info")]


def test_a_passive_that_drops_an_agent_the_term_modifies_is_a_hint() -> None:
    # 秘书处代表指出 (UNv1 development set): the term modifies the agent's head 代表
    # "representative", and the translation turns the clause into a passive without it.
    from check._stand_in import missing_targets

    secretariat = Glossary((Concept("s", (LangSec("zh", (Term("秘书处"),)),
                                          LangSec("en", (Term("Secretariat"),)))),))
    zh = ("8.关于《汇辑》，秘书处代表指出，在过去一年里，安全理事会事务司安全理事会惯例和"
          "宪章研究处开展关于第17和18号补编的工作。")
    en = ("8. With regard to the Repertoire, {} that, in the past year, the Security "
          "Council Practices and Charter Research Branch had worked on Supplements 17 "
          "and 18.")
    assert missing_targets(secretariat, zh, en.format("it was pointed out")) == [
        ("秘书处", "info")]
    # An agent the translation names, after the passive or in the active: an error.
    assert missing_targets(secretariat, zh, en.format("it was pointed out by the Chair")
                           ) == [("秘书处", "error")]
    assert missing_targets(secretariat, zh, en.format("the Chair pointed out")) == [
        ("秘书处", "error")]


def test_an_agents_head_the_translation_keeps_is_no_passive_of_the_agent() -> None:
    # The head 代表 "representative" is kept: the agent is not dropped, only the term.
    from types import SimpleNamespace

    from termbase.check.glosses import Gloss
    from termbase.check.renderings import modified_agent_passive
    from termbase.match import TermHit

    text = "秘书处代表指出，报告已经印发。"
    hit = TermHit(0, 3, "s", "zh", Term("秘书处"))
    known = {"代表": Gloss(frozenset({"repres", "delega"}), "n", ("representative",))}

    def item(english: str) -> object:
        return SimpleNamespace(src_view=SimpleNamespace(segment=SimpleNamespace(text=text)),
                               hit=hit, unit=SimpleNamespace(target=[SimpleNamespace(
                                   segment=SimpleNamespace(text=english))]))

    assert modified_agent_passive(item("It was pointed out that the report was issued."),
                                  known) == "was pointed"
    assert modified_agent_passive(item("The representative pointed out that the report "
                                       "was issued."), known) == ""
    # A head that is no noun (a verb) makes the term no modifier of an agent.
    verb = {"代表": Gloss(frozenset({"repres"}), "v", ("to represent",))}
    assert modified_agent_passive(item("It was pointed out that the report was issued."),
                                  verb) == ""


# Lines where the draft shows 常驻 rendered "Permanent", 代表 "Representative" and
# 共和国 "Republic" (a signature line's words).
_SIGNATURE_EVIDENCE = [
    ("摩尔多瓦共和国政府发表了声明。", "The Government of the Republic of Moldova issued a "
                                       "statement."),
    ("捷克共和国欢迎该报告。", "The Czech Republic welcomed the report."),
    ("多米尼加共和国支持该决议。", "The Dominican Republic supported the resolution."),
    ("常驻观察员发了言。", "The Permanent Observer made a statement."),
    ("常驻代表团发表了声明。", "The Permanent Mission issued a statement."),
    ("特别代表访问了该国。", "The Special Representative visited the country.")]


def test_a_name_whose_word_the_names_bound_cuts_through_renders_it() -> None:
    """吉尔吉斯共和国常驻联合国代表, a signature's "Permanent Representative of the Kyrgyz
    Republic" (issue 13, missing_target on official text): the name's bound stops at
    和, a grammar character, inside 共和国; the draft shows "Republic" to render a piece
    across that bound (和国), which is the name's own word, not another thing's."""
    zh = [z for z, _ in _SIGNATURE_EVIDENCE] + ["吉尔吉斯共和国常驻联合国代表"]
    en = [e for _, e in _SIGNATURE_EVIDENCE] + ["Permanent Representative of the Kyrgyz "
                                                "Republic"]
    found = check_draft(_un(), _pair(zh, en)).findings
    assert [(f.kind.value, f.severity.value, f.line) for f in found] == [
        ("missing_target", "info", 7)]
    assert "Permanent Representative of the Kyrgyz Republic" in found[0].message


def test_a_name_whose_word_renders_what_a_conjunction_sets_apart_stays_missing() -> None:
    # 和 joins two things here: "Republic" renders 共和国 before it, outside the name
    # 联合国代表, and the term's omission is a reviser's business.
    zh = [z for z, _ in _SIGNATURE_EVIDENCE] + ["吉尔吉斯共和国和联合国代表举行了会谈。"]
    en = [e for _, e in _SIGNATURE_EVIDENCE] + ["The Representative of the Kyrgyz "
                                                "Republic held talks."]
    assert _found(_un(), _pair(zh, en))[-1] == ("missing_target", "error", 7)


def _lower_cased(zh: str, en: str) -> tuple[list[str], list[str]]:
    """The draft of the signature evidence and the pair (zh, en), written without
    capitals; the pair is line 27."""
    pairs = [*_FILLER, *_SIGNATURE_EVIDENCE, (zh, en)]
    return [z for z, _ in pairs], [e.lower() for _, e in pairs]


def test_a_lower_cased_signature_line_opening_with_the_name_renders_it() -> None:
    """Without capitals (fresh unv1-dev-lc 3683, session 50) the signature line has no
    determiner before "permanent representative": a line that is the name alone opens
    it as a determiner does, and the draft shows its words to render the longer name."""
    zh, en = _lower_cased("吉尔吉斯共和国常驻联合国代表",
                          "Permanent Representative of the Kyrgyz Republic")
    found = check_draft(_un(), _pair(zh, en)).findings
    assert [(f.kind.value, f.severity.value, f.line) for f in found] == [
        ("missing_target", "info", 27)]
    assert "permanent representative of the kyrgyz republic" in found[0].message


def test_a_lower_cased_line_holding_more_than_the_name_stays_missing() -> None:
    # 和 sets 共和国 apart from the name: "republic" renders what is outside it.
    zh, en = _lower_cased("吉尔吉斯共和国和联合国代表举行了会谈。",
                          "Representative of the Kyrgyz Republic held talks.")
    assert _found(_un(), _pair(zh, en))[-1] == ("missing_target", "error", 27)
    # The line opens with the name's words but goes on past them, or opens with other
    # words ("as"): nothing marks where a name starts or ends without capitals.
    for english in ["Permanent Representative of the Kyrgyz Republic spoke.",
                    "As permanent representative of the Kyrgyz Republic, he spoke."]:
        zh, en = _lower_cased("吉尔吉斯共和国常驻联合国代表发了言。", english)
        assert _found(_un(), _pair(zh, en))[-1] == ("missing_target", "error", 27)
