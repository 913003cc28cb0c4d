"""Tests of termbase.check.learned.terms: ``learned_inconsistent``, a recurring term the
glossary lacks, rendered two ways."""

from __future__ import annotations

import pytest

from check._stand_in import EMBARGO as _EMBARGO
from check._stand_in import LEARNED, StandInDictionary, learned_found, pair_draft
from check._stand_in import VIOLENCE as _VIOLENCE
from termbase.align.lexicon import stem
from termbase.check import CheckOptions, FindingKind, check_draft
from termbase.check.draft import Draft
from termbase.check.findings import Finding
from termbase.check.glosses import Gloss
from termbase.check.learned import terms
from termbase.diagnostics import Severity
from termbase.model import Concept, Glossary, LangSec, Term

# 国际法 is "international law" four times, and three units hold its characters only
# inside 国际法庭 ("international tribunal"); "global" renders 全球 elsewhere.
_LAW = [("各国应遵守国际法。", "States should respect international law."),
        ("这违反了国际法。", "This violates international law."),
        ("国际法规定了义务。", "International law sets out obligations."),
        ("依照国际法行事。", "Act in accordance with international law."),
        ("两个国际法庭完成了工作。", "The two international tribunals completed their work."),
        ("国际法庭的法官开会。", "The judges of the international tribunal met."),
        ("支持国际法庭的清理工作。", "Support the closure of the international tribunal."),
        ("全球合作很重要。", "Global cooperation is important."),
        ("全球经济在增长。", "The global economy is growing."),
        ("全球挑战需要应对。", "Global challenges must be met."),
        ("占领违反国际法的规定。", "The occupation breaches global law.")]


def test_a_norm_is_learned_from_the_units_where_the_term_stands_as_a_word(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"international law" is in four of the eight units holding 国际法, under most of
    them; the three holding 国际法庭 do not translate the term at all."""
    assert learned_found(glossary, _LAW) == ["global law"]
    monkeypatch.setattr(terms, "short_of_a_share", lambda *_: None)
    assert learned_found(glossary, _LAW) == []


_SLIP = ("冲突中的性暴力问题很严重。", "The problem of sexual abuse in conflict is serious.")


_SEXUAL = Gloss(frozenset({"sexual", "sex"}), "n")


def _found(glossary: Glossary, lines: list[tuple[str, str]], entries: dict[str, Gloss],
           monkeypatch: pytest.MonkeyPatch) -> Finding:
    StandInDictionary(entries).install(monkeypatch)
    [finding] = check_draft(glossary, pair_draft(lines), LEARNED).findings
    return finding


# 最不发达国家 is rendered "least developed countries" four times; "States" is what the
# draft writes in "small island developing States", so its counts tie the word to
# 小岛屿, which the last unit's source holds too.
_LDC = [("最不发达国家的需要很大。", "The needs of least developed countries are great."),
        ("援助最不发达国家是优先事项。", "Aid to least developed countries is a priority."),
        ("最不发达国家面临债务。", "The least developed countries face debt."),
        ("最不发达国家参加了会议。", "The least developed countries attended the meeting."),
        ("小岛屿发展中国家受到气候影响。",
         "Small island developing States suffer from climate change."),
        ("小岛屿发展中国家需要融资。", "Small island developing States need finance."),
        ("小岛屿发展中国家举行了会议。", "Small island developing States held a meeting."),
        ("最不发达国家和小岛屿发展中国家的需要很大。",
         "The needs of least developed States and small island developing States are great.")]


_LDC_WORDS = {"需要": Gloss(frozenset({"need"}), "n"), "发达": Gloss(frozenset({"develop"}), "a"),
              "岛屿": Gloss(frozenset({"island"}), "n"),
              "发展": Gloss(frozenset({"develop"}), "vn"),
              "很大": Gloss(frozenset({"great"}), "a")}


# Learned inconsistencies the evidence supports less: hints (info) giving the reason,
# not warnings (issue 13, thirteenth learned round).

def test_a_changed_word_no_entry_of_the_term_gives_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the draft says "abuse" stands for 性暴力 here, as it would say of a
    paraphrase ("monetary stances" for 货币政策): a hint that says why."""
    finding = _found(glossary, [*_VIOLENCE, _SLIP], {"性暴": _SEXUAL}, monkeypatch)
    assert (finding.found, finding.severity) == ("sexual abuse", Severity.INFO)
    assert "no dictionary entry of 性暴力 gives “abuse”" in finding.message


def test_a_changed_word_the_dictionary_gives_for_the_term_is_a_warning(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n")}
    finding = _found(glossary, [*_VIOLENCE, _SLIP], entries, monkeypatch)
    assert (finding.found, finding.severity) == ("sexual abuse", Severity.WARNING)
    assert finding.message.endswith("elsewhere in the draft")


def test_a_variant_written_as_a_name_against_common_words_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """The name's own wording, or the name written wrongly: nothing in the draft tells
    which, so a reviser is told, not warned."""
    named = ("冲突中性暴力问题特别代表发言。",
             "The Special Representative on Sexual Abuse in Conflict spoke.")
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n")}
    finding = _found(glossary, [*_VIOLENCE, named], entries, monkeypatch)
    assert (finding.found, finding.severity) == ("Sexual Abuse", Severity.INFO)
    assert "written as a name here" in finding.message


def test_a_word_the_draft_ties_elsewhere_too_is_a_hint_when_the_dictionary_agrees(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"States" beside "small island developing States" in one unit: the draft's counts
    cannot say which term the word renders; the dictionary gives it for 国家."""
    country = {"国家": Gloss(frozenset({"countr", "nation", "stat"}), "n")}
    finding = _found(glossary, _LDC, {**_LDC_WORDS, **country}, monkeypatch)
    assert (finding.found, finding.severity) == ("least developed States", Severity.INFO)
    assert "the draft also ties “States” to" in finding.message


def test_a_word_the_draft_ties_elsewhere_is_nothing_without_the_dictionary(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    StandInDictionary(_LDC_WORDS).install(monkeypatch)
    assert check_draft(glossary, pair_draft(_LDC), LEARNED).findings == ()


def test_a_variant_where_the_dictionary_explains_under_half_the_translation_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deviation is the term's only when the dictionary explains most of the unit's
    other words: in a loosely aligned or freely worded pair it may be anything's."""
    from termbase.align.lexicon import stem

    slip = ("冲突中的性暴力问题很严重，而且到处都在迅速增长。",
            "The problem of sexual abuse in conflict is serious and growing quickly everywhere.")
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
               "冲突": Gloss(frozenset({stem("conflict")}), "n")}
    loose = _found(glossary, [*_VIOLENCE, slip], entries, monkeypatch)  # 3 of 8 words
    assert loose.severity is Severity.INFO and "under half" in loose.message
    entries.update({"问题": Gloss(frozenset({stem("problem")}), "n"),
                    "严重": Gloss(frozenset({stem("serious")}), "a")})
    assert _found(glossary, [*_VIOLENCE, slip], entries, monkeypatch).severity is (
        Severity.WARNING)  # 5 of 8


def test_a_hint_about_one_term_leaves_room_for_a_warning_about_another(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """One finding per unit: the warning (性暴力 "sexual abuse", the dictionary's word),
    not the hint (武器禁运 inside a title), though the longer term is asked first."""
    from check._stand_in import EMBARGO

    both = ("冲突中的性暴力问题和《武器禁运条例》都很严重。",
            "The problem of sexual abuse in conflict and the Weapons Embargo Rules are serious.")
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
               "武器": Gloss(frozenset({"weapon", "arm"}), "n")}
    finding = _found(glossary, [*EMBARGO, *_VIOLENCE, both], entries, monkeypatch)
    assert (finding.term, finding.severity) == ("性暴力", Severity.WARNING)


SEGMENTS = CheckOptions(kinds=frozenset({FindingKind.SEGMENT_INCONSISTENT}))


_SLIP_ZH = "冲突中的性暴力问题很严重。"


def _violence(en: str, zh: str = _SLIP_ZH, extra: tuple[tuple[str, str], ...] = ()) -> Draft:
    return pair_draft([*_VIOLENCE, *extra, (zh, en)])


# Inconsistencies learned from the draft (issue 13, item 2).

def test_a_term_rendered_another_way_is_reported(glossary: Glossary) -> None:
    draft = pair_draft([*_EMBARGO,
                        ("戊国也实行武器禁运。", "Country E also has a weapons embargo.")])
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert (finding.line, finding.term, finding.found, finding.expected) == (
        8, "武器禁运", "weapons embargo", ("arms embargo",))
    assert finding.segment[finding.span[0]:finding.span[1]] == "weapons embargo"  # type: ignore[index]
    assert "not in the glossary" in finding.message and "4 time(s)" in finding.message


def test_consistent_renderings_and_paraphrases_are_quiet(glossary: Glossary) -> None:
    assert check_draft(glossary, pair_draft(_EMBARGO), LEARNED).findings == ()
    # Leaving the term out, or a word that renders another source word, is no second
    # rendering of the term.
    draft = pair_draft([*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has one."),
                        ("己国解除武器禁运。", "Country F lifted the storage embargo.")])
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_glossary_terms_are_left_to_the_glossary_checks(glossary: Glossary) -> None:
    lines = [("会员国加强能力建设。", "Member States strengthen capacity-building.")] * 4
    lines.append(("会员国加强能力建设。", "Member States strengthen capacity development."))
    kinds = {f.kind for f in check_draft(glossary, pair_draft(lines), LEARNED).findings}
    assert FindingKind.LEARNED_INCONSISTENT not in kinds


def test_same_source_translated_differently(glossary: Glossary) -> None:
    source = "安全理事会决定继续积极处理此案。"
    draft = pair_draft([(source, "The Security Council decides to remain actively seized."),
                        ("其他内容在这里出现。", "Something else appears here."),
                        (source, "The Security Council decides to remain actively seized."),
                        (source, "The Council has decided to stay seized of the matter.")])
    [finding] = check_draft(glossary, draft, SEGMENTS).findings
    assert (finding.line, finding.kind) == (4, FindingKind.SEGMENT_INCONSISTENT)
    assert "same source as d.en:1" in finding.message


def test_same_translation_for_different_sources(glossary: Glossary) -> None:
    target = "The Security Council has thus concluded its consideration of item 12."
    draft = pair_draft([("安全理事会就此结束对项目12的审议。", target),
                        ("安全理事会就此结束对项目12的审议。", target),
                        ("安全理事会就此结束对项目13的审议。", target),
                        ("安全理事会就此结束对该项目12的审议。", target)])
    # Line 4 only paraphrases the source; line 3 changed its number.
    [finding] = check_draft(glossary, draft, SEGMENTS).findings
    assert finding.line == 3 and "from a different source" in finding.message


def test_segments_differing_only_in_labels_case_or_spacing_are_the_same(
        glossary: Glossary) -> None:
    source = "安全理事会决定继续积极处理此案。"
    draft = pair_draft([(source, "The Security Council decides to remain actively seized."),
                        (f"3. {source}", "3. the security council decides to remain actively "
                                    "seized"),
                        ("二、" + source, "(b)  The Security Council decides to remain actively "
                                     "seized.")])
    assert check_draft(glossary, draft, SEGMENTS).findings == ()


def test_short_segments_and_unrelated_sources_are_not_compared(glossary: Glossary) -> None:
    draft = pair_draft([("导言", "Introduction"), ("一、导言", "Background"),
                        ("安理会通过了第一项决议草案。",
                         "The draft resolution was adopted without a vote."),
                        ("大会未经表决通过该草案，并感谢提案国。",
                         "The draft resolution was adopted without a vote.")])
    assert check_draft(glossary, draft, SEGMENTS).findings == ()


def test_the_learned_check_never_loads_the_segmenter(glossary: Glossary,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The jieba dictionary load (about half a second) is not paid: candidates come from
    the draft's recurring characters, evidence from its character bigrams, and a finding
    is confirmed by reading only the dictionary's counts of the strings it needs."""
    import jieba

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("jieba's dictionary loaded by the learned check")

    monkeypatch.setattr(jieba.Tokenizer, "initialize", refuse)
    draft = pair_draft([*_EMBARGO,
                        ("戊国也实行武器禁运。", "Country E also has a weapons embargo.")])
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert finding.found == "weapons embargo"


def test_a_slip_to_a_word_nothing_in_the_source_explains_is_reported(
        glossary: Glossary) -> None:
    """"abuse" renders nothing in this segment's source, stands where the term does and
    replaces one word of the usual rendering: a slip, though no unit shows "abuse"
    rendering a piece of 性暴力."""
    draft = _violence("The problem of sexual abuse in conflict is serious.")
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert (finding.line, finding.term, finding.found, finding.expected) == (
        8, "性暴力", "sexual abuse", ("Sexual violence",))


def test_a_slip_needs_a_word_the_draft_knows(glossary: Glossary) -> None:
    """A word the draft uses once or twice is shown to render nothing anywhere: its
    silence says nothing."""
    draft = _violence("The problem of sexual harassment in conflict is serious.")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_word_the_source_explains_is_no_slip(glossary: Glossary) -> None:
    draft = _violence("The problem of sexual abuse in conflict is serious.",
                      zh="冲突中的性暴力和虐待问题很严重。")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_slip_beside_the_word_it_lacks_is_the_rendering_reordered(
        glossary: Glossary) -> None:
    draft = _violence("The problem of sexual abuse and violence in conflict is serious.")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_slip_must_stand_where_the_term_does(glossary: Glossary) -> None:
    """The term opens the source; a variant at the end of a long translation renders
    something else there."""
    draft = _violence("It was reported in the long annual report of the Office, in a "
                      "chapter that dealt at length with other matters, as sexual abuse.",
                      zh="性暴力问题在办事处的长篇年度报告中被提及。")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_kept_word_must_render_this_term_alone(glossary: Glossary) -> None:
    """"sexual" renders 性暴, which the source holds in another word too: the variant may
    render that one ("international engagement" for 国际参与 beside 国际法)."""
    draft = _violence("The problem of sexual abuse in conflict is serious.",
                      zh="冲突中的性暴力问题、性暴行和家庭暴力很严重。")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_rendering_is_trimmed_to_the_words_that_render_the_term(
        glossary: Glossary) -> None:
    """安全部门 is mostly met in 安全部门改革, so its longest rendering holds "reform",
    which renders 改革: "security sector" is the term's rendering."""
    lines = [("甲国推进安全部门改革。", "Country A pursues security sector reform."),
             ("乙国的安全部门改革进展顺利。", "Security sector reform in B is progressing."),
             ("支持安全部门改革工作。", "Support security sector reform work."),
             ("安全部门改革需要资金。", "Security sector reform needs funds."),
             ("丙国重视安全部门治理。", "Country C values security sector governance."),
             ("国家安全很重要。", "National security matters."),
             ("粮食安全受到威胁。", "Food security is threatened."),
             ("安全问题复杂。", "Security issues are complex."),
             ("私营部门参与。", "The private sector takes part."),
             ("公共部门参与。", "The public sector takes part."),
             ("卫生部门参与。", "The health sector takes part."),
             ("工作场所的保障。", "Safety at the workplace."),
             ("道路上的保障。", "Safety on the roads."),
             ("家庭中的保障。", "Safety in the home."),
             ("丁国的安全部门援助增加。", "Safety sector assistance to D increased.")]
    [finding] = check_draft(glossary, pair_draft(lines), LEARNED).findings
    assert (finding.line, finding.found, finding.expected) == (
        15, "Safety sector", ("security sector",))


def test_a_changed_word_that_renders_the_terms_neighbour_is_no_variant(
        glossary: Glossary) -> None:
    """"Arab national human rights commissions": "national" is the draft's word for
    全国, the characters after 阿拉伯国家 there, not another rendering of 国家."""
    lines = [("甲国与阿拉伯国家合作。", "Country A cooperates with Arab States."),
             ("阿拉伯国家召开会议。", "Arab States held a meeting."),
             ("支持阿拉伯国家的立场。", "Support the position of Arab States."),
             ("乙国和阿拉伯国家对话。", "Country B holds a dialogue with Arab States."),
             ("全国选举顺利。", "National elections went well."),
             ("全国会议召开。", "A national conference met."),
             ("全国计划通过。", "The national plan was adopted."),
             ("全国各地下雨。", "It rained throughout the country."),
             ("全国各地庆祝。", "People celebrated across the country."),
             ("全国各地停电。", "Power failed all over the country."),
             ("国家一级的行动。", "Action at the national level."),
             ("国家机构的作用。", "The role of national institutions."),
             ("国家报告已提交。", "The national report was submitted."),
             ("国家预算增加。", "The national budget grew."),
             ("国家战略获得通过。", "The national strategy was adopted."),
             ("国家法律得到修订。", "National laws were amended."),
             ("召开阿拉伯国家全国人权委员会研讨会。",
              "A seminar of Arab national human rights commissions was held.")]
    assert check_draft(glossary, pair_draft(lines), LEARNED).findings == ()


def test_a_variant_inside_a_glossary_term_is_the_glossarys_business(
        glossary: Glossary) -> None:
    """"Assembly violence" would be a slip for "sexual violence", but its changed word is
    part of "General Assembly", a glossary term found in the translation."""
    assembly = (("大会通过决议。", "The General Assembly adopted a resolution."),
                ("大会举行会议。", "The General Assembly held a meeting."),
                ("大会审议报告。", "The General Assembly considered the report."))
    draft = _violence("The problem of General Assembly violence in conflict is serious.",
                      extra=assembly)
    assert check_draft(glossary, draft, LEARNED).findings == ()


# 常驻代表 "permanent representative" once, where its characters stand three times more
# inside 常驻代表团 "permanent missions" (issue 13, session 46, the fresh part
# unv1-dev-lc with the mined glossary: 'permanent representative' against a norm
# 'permanent missions', twice).
_MISSIONS = [("甲国的常驻代表团致意。", "The permanent mission of A presents its compliments."),
             ("各常驻代表团收到照会。", "The permanent missions received a note."),
             ("秘书处与常驻代表团联系。", "The Secretariat contacted the permanent missions."),
             ("代表们开会。", "The representatives met."),
             ("各国代表发言。", "The representatives of States spoke."),
             ("代表提出意见。", "A representative made comments."),
             ("各代表团开会。", "The delegations met."),
             ("代表团团长发言。", "The head of delegation spoke."),
             ("该代表团提出问题。", "That delegation raised questions."),
             ("丁国常驻代表发言。", "The permanent representative of D spoke.")]


def test_a_norm_written_where_the_term_is_part_of_a_longer_word_is_that_words(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"permanent missions" is in three of the four units holding 常驻代表, each time
    inside 常驻代表团 (常驻|代表团): the longer word's rendering, against which the
    term's own is no variant."""
    assert learned_found(glossary, _MISSIONS) == []
    monkeypatch.setattr(terms, "_norm_standing", lambda pending, *_: list(pending))
    assert learned_found(glossary, _MISSIONS) == ["permanent representative"]
    # Where the norm's units hold the term as words, the variant stands.
    standing = [(zh.replace("常驻代表团", "常驻代表"), en) for zh, en in _MISSIONS[:3]]
    monkeypatch.undo()
    assert learned_found(glossary, [*standing, *_MISSIONS[3:]]) == [
        "permanent representative"]


# 以下各级 "subnational governments" in four units, where 以下各级政府 stands and 政府 is a
# glossary term ("Government"), blanked out of the source; the fifth unit has 以下各级
# alone, "subnational levels" (issue 13: un2023-dev 1352 with a mined glossary, judged
# false): the usual rendering is the term's run into the glossary term's.
_GOVERNMENT = Concept("gov", (LangSec("zh", (Term("政府"),)),
                              LangSec("en", (Term("Government"),))))
_SUBNATIONAL = [
    ("应加强以下各级政府的能力。",
     "The capacity of subnational governments should be strengthened."),
    ("各国支持以下各级政府开展工作。", "States support the work of subnational governments."),
    ("捐助者资助以下各级政府。", "Donors fund subnational governments."),
    ("以下各级政府需要数据。", "Subnational governments need data."),
    ("在国家和以下各级之间实现有效治理。",
     "Between the national and subnational levels, governance is effective."),
    ("各级学校都参加了。", "Schools at all levels took part."),
    ("不同级别的会议。", "Meetings at different levels."),
    ("技术层面的问题。", "Problems at technical levels.")]
_SUBNATIONAL_ENTRIES = {w: Gloss(frozenset({stem(e)}), t) for w, e, t in [
    ("加强", "strengthen", "v"), ("能力", "capacity", "n"), ("各国", "states", "n"),
    ("支持", "support", "v"), ("开展", "carry", "v"), ("工作", "work", "n"),
    ("捐助者", "donors", "n"), ("资助", "fund", "v"), ("需要", "need", "v"),
    ("数据", "data", "n"), ("国家", "national", "n"), ("之间", "between", "f"),
    ("实现", "achieve", "v"), ("有效", "effective", "a"), ("治理", "governance", "n"),
    ("以下", "below", "f"), ("各级", "levels", "r")]}


def test_a_norm_run_into_a_glossary_terms_english_gives_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    StandInDictionary(_SUBNATIONAL_ENTRIES).install(monkeypatch)
    with_government = Glossary((*glossary, _GOVERNMENT))
    [found] = check_draft(with_government, pair_draft(_SUBNATIONAL), LEARNED).findings
    assert (found.found, found.severity) == ("subnational levels", Severity.INFO)
    assert "glossary term" in found.message
    # The glossary term in the variant's unit too: nothing says the norm runs into it.
    lines = [*_SUBNATIONAL[:4], ("在国家和以下各级之间实现有效治理，政府负责。",
                                 "Between the national and subnational levels, "
                                 "governance is effective."), *_SUBNATIONAL[5:]]
    [found] = check_draft(with_government, pair_draft(lines), LEARNED).findings
    assert (found.found, found.severity) == ("subnational levels", Severity.WARNING)
