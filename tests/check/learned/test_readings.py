"""Tests of termbase.check.learned.readings: what the dictionary reads around a learned variant."""

from __future__ import annotations

import pytest

from check._stand_in import (
    CASE_BLIND_FILLER,
    EMBARGO,
    PRIVATE,
    VIOLENCE,
    gloss,
    learned_finding,
    learned_found,
    lowered,
)
from check._stand_in import EMBARGO as _EMBARGO
from check.learned._recall_lines import COUNTRY, DEVELOPING, SUPPORT, TECHNICAL
from termbase.check.glosses import Gloss
from termbase.check.learned import readings, slips
from termbase.check.learned.renderings import stop_words
from termbase.diagnostics import Severity
from termbase.model import Glossary

_COUNTRY = Gloss(frozenset({"countr", "nation", "stat"}), "n")


# 发展中国家 is "developing countries" four times; the draft shows "States" rendering
# 国家 in three more units.
_DEVELOPING = [("发展中国家需要援助。", "Developing countries need aid."),
               ("发展中国家面临挑战。", "Developing countries face challenges."),
               ("发展中国家参加会议。", "Developing countries attended the meeting."),
               ("发展中国家提出建议。", "Developing countries made proposals."),
               ("这些国家合作。", "These States cooperate."),
               ("那些国家发言。", "Those States spoke."),
               ("许多国家投票。", "Many States voted."),
               ("小岛屿发展中国家面临风险。", "Small island developing States face risks.")]


def _programmes(variant: str, evidence: str) -> list[tuple[str, str]]:
    """国家方案 is "country programmes" four times; three units show ``evidence``
    rendering 国家; the last unit says ``variant`` programmes."""
    return [("国家方案已经启动。", "The country programmes were launched."),
            ("国家方案得到评价。", "The country programmes were evaluated."),
            ("国家方案需要资金。", "The country programmes need funding."),
            ("国家方案取得成果。", "The country programmes achieved results."),
            ("国家机构开会。", f"{evidence} institutions met."),
            ("国家法律生效。", f"{evidence} laws entered into force."),
            ("国家政策改变。", f"{evidence} policies changed."),
            ("支持国家方案之间的协作。", f"Support collaboration among {variant} programmes.")]


_LONG = ("戊国也实行武器禁运。", "the weapons embargo of country E was also tightened after "
                              "several violent border incidents")


# What the dictionary reads around a learned variant (issue 13, tenth round): the
# changed word renders the term's neighbour, the variant opens into a longer name, a
# noun modifier against its adjective. A stand-in dictionary answers, so the tests do
# not depend on CC-CEDICT's entries; each draft's variant is reported without the
# entry that explains it.

def test_a_changed_word_rendering_the_terms_neighbour_is_no_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """私营部门资金 "private funds": the term's rendering run into 资金's and cut short."""
    assert learned_found(glossary, PRIVATE, {}, monkeypatch) == ["Private funds"]
    funds = {"资金": Gloss(frozenset({"fund"}), "n")}
    assert learned_found(glossary, PRIVATE, funds, monkeypatch) == []
    # The same word for a source word elsewhere in the unit explains nothing here.
    apart = [*PRIVATE[:-1], ("私营部门增加了，资金", "Private funds increased.")]
    assert learned_found(glossary, apart, funds, monkeypatch) == ["Private funds"]


def test_a_variant_opening_into_a_longer_name_is_the_names_wording(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """小岛屿发展中国家 "small island developing States": "island", right before the
    variant, is 岛屿's, right before the term."""
    country = {"国家": _COUNTRY}
    assert learned_found(glossary, _DEVELOPING, country, monkeypatch) == ["developing States"]
    island = {**country, "岛屿": Gloss(frozenset({"island"}), "n")}
    assert learned_found(glossary, _DEVELOPING, island, monkeypatch) == []
    # A function word before the variant says nothing, whatever the dictionary holds.
    the = [*_DEVELOPING[:-1], ("小岛屿发展中国家面临风险。", "The developing States face risks.")]
    assert learned_found(glossary, the, {**island, "小岛屿": Gloss(frozenset({"the"}), "n")},
                         monkeypatch) == ["developing States"]


def test_a_noun_modifier_against_its_adjective_is_another_construction(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"national programmes" beside "country programmes" for 国家方案: both words are
    glosses of 国家, one an adjective made from "nation"; "State programmes" (two
    nouns) stays a variant."""
    national = _programmes("national", "National")
    assert learned_found(glossary, national, {"国家": _COUNTRY}, monkeypatch) == []
    state = _programmes("State", "State")
    assert learned_found(glossary, state, {"国家": _COUNTRY}, monkeypatch) == ["State programmes"]
    monkeypatch.setattr(readings, "_adjective_against_noun", lambda *_: False)
    assert learned_found(glossary, national, {"国家": _COUNTRY}, monkeypatch) == [
        "national programmes"]


def test_an_adjective_counts_only_against_another_gloss_of_the_term() -> None:
    country = set(_COUNTRY.stems)
    assert readings._adjective_against_noun("country", "national", country)
    assert readings._adjective_against_noun("national", "state", country)
    assert not readings._adjective_against_noun("country", "state", country)
    # "global" is no gloss of 国际: "global law" for "international law" stays a slip.
    assert not readings._adjective_against_noun("international", "global", {"intern"})
    # An ending alone makes no adjective of a gloss: "vital" is not from "vit".
    assert not readings._adjective_of("vital", {"import", "vital"})


def test_a_translation_whose_words_gloss_nothing_of_its_source_is_another_texts(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight lower-case content words: with three of them glossing a source word (a
    single character counts) the variant is reported; with none, the unit is taken
    for a misaligned pair."""
    lines = [*_EMBARGO, _LONG]
    some = {"武器": Gloss(frozenset({"weapon"}), "n"), "禁运": Gloss(frozenset({"embarg"}), "v"),
            "国": Gloss(frozenset({"countr"}), "n")}
    assert learned_found(glossary, lines, some, monkeypatch) == ["weapons embargo"]
    assert learned_found(glossary, lines, {}, monkeypatch) == []
    # Names and headings (capitalised) are not counted: too few words to judge.
    short = [*_EMBARGO, ("戊国也实行武器禁运。", "The weapons embargo of Country E Was Also "
                                          "Tightened After Several Violent Border Incidents")]
    weapons = {"武器": Gloss(frozenset({"weapon"}), "n")}
    assert learned_found(glossary, short, weapons, monkeypatch) == ["weapons embargo"]


def test_a_variant_only_the_drafts_counts_tie_to_the_term_needs_the_dictionary(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"weapons embargo": the draft shows "weapons" rendering 武器; reported when the
    dictionary also gives "weapon" for 武器, not when it gives 武器 other words only."""
    lines = [*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has a weapons embargo.")]
    weapon = {"武器": Gloss(frozenset({"weapon", "arm"}), "n")}
    assert learned_found(glossary, lines, weapon, monkeypatch) == ["weapons embargo"]
    arms = {"武器": Gloss(frozenset({"arm"}), "n")}
    assert learned_found(glossary, lines, arms, monkeypatch) == []


_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
            "幸存者": Gloss(frozenset({"survivor"}), "n"),
            "令人": Gloss(frozenset({"caus", "mak"}), "nrt")}


# 性暴力 before the noun 幸存者, a longer noun the draft repeats: "survivors of sexual
# abuse" against "sexual violence".
_COMPOUND = ("性暴力幸存者得到了支持。", "Survivors of sexual abuse received support.")


_AGAIN = ("性暴力幸存者需要照顾。", "Survivors of sexual violence need care.")


# A variant where the term is part of a longer noun, in a draft without capitals
# (issue 13, learned precision on lower-cased text): the compound may be a body's,
# meeting's or instrument's name with a wording of its own, which only capitals tell
# apart, so the variant is a hint there; a cased draft still warns.

def test_a_compound_in_a_lower_cased_draft_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *CASE_BLIND_FILLER, _AGAIN, _COMPOUND]
    found, severity, message = learned_finding(glossary, lowered(lines), _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "part of a longer noun here (幸存者)" in message
    found, severity, _ = learned_finding(glossary, lines, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_a_noun_the_term_meets_once_makes_a_compound_too(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name need not recur in the draft (国际核安全标准 "international norms on nuclear
    security", once, beside the Convention on Nuclear Safety's wording); a cased
    draft still warns."""
    lines = [*VIOLENCE, *CASE_BLIND_FILLER, _COMPOUND]
    found, severity, message = learned_finding(glossary, lowered(lines), _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "part of a longer noun here (幸存者)" in message
    found, severity, _ = learned_finding(glossary, lines, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_only_a_noun_beside_the_term_makes_a_compound() -> None:
    """A person's name tag is the tagger's guess at 令人 ("causes"), no noun."""
    known = {w: _ENTRIES[w] for w in ("幸存者", "令人")}
    assert readings._noun("幸存者", known)
    assert not readings._noun("令人", known)
    assert not readings._noun("幸存", known)


_LONGER_PHRASES_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
                           "暴力": Gloss(frozenset({"violenc", "abus"}), "n")}


# The usual rendering in four units, in two of them inside "wartime sexual violence".
_WARTIME = [("甲国发生战时性暴力。", "Wartime sexual violence occurred in country A."),
            ("乙国的战时性暴力事件增加。", "Incidents of wartime sexual violence rose in B."),
            ("各方应打击性暴力。", "All parties should combat sexual violence."),
            ("性暴力受害者需要帮助。", "Victims of sexual violence need help."),
            ("儿童遭受虐待。", "Children suffer abuse."),
            ("老人遭受虐待。", "Older persons suffer abuse."),
            ("妇女遭受虐待。", "Women suffer abuse.")]


_VARIANT = ("各国应打击性暴力。", "All States should combat sexual abuse.")


# The usual rendering standing mostly inside longer phrases the draft repeats, in a
# draft without capitals (issue 13, learned precision on lower-cased text): "the fourth
# ministerial conference", "the international aid transparency initiative" are names'
# wordings, which capitals would show, so a variant of them is a hint there; a cased
# draft still warns, and a function word beside the rendering makes no longer phrase.

def test_a_variant_of_a_rendering_inside_repeated_phrases_is_a_hint_without_capitals(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*_WARTIME, *CASE_BLIND_FILLER, _VARIANT]
    lower = [(z, e.lower()) for z, e in lines]
    found, severity, message = learned_finding(glossary, lower,
                                               _LONGER_PHRASES_ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "longer phrases the draft repeats (“wartime sexual violence”)" in message
    found, severity, _ = learned_finding(glossary, lines, _LONGER_PHRASES_ENTRIES,
                                         monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_function_words_beside_the_rendering_make_no_longer_phrase(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"incidents of sexual violence", "victims of sexual violence": every noun phrase
    has a function word beside it, which names nothing."""
    lower = [(z, e.lower()) for z, e in [*VIOLENCE, *CASE_BLIND_FILLER, _VARIANT]]
    found, severity, _ = learned_finding(glossary, lower, _LONGER_PHRASES_ENTRIES,
                                         monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_only_a_content_word_beside_the_rendering_makes_a_longer_phrase() -> None:
    stop = stop_words()
    key = "sexual violence"
    assert readings._extends(["wartime", "sexual", "violence"], key, 2, stop)
    assert readings._extends(["sexual", "violence", "survivor"], key, 2, stop)
    assert not readings._extends(["of", "sexual", "violence"], key, 2, stop)
    assert not readings._extends(["wartime", "sexual", "abuse"], key, 2, stop)
    assert not readings._extends(["the", "wartime", "sexual", "violence"], key, 2, stop)










def test_counts_through_a_kept_word_alone_are_no_evidence_against_a_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft ties "assistance" to 技术 only through "technical assistance": that is
    no tie of its own, so the dictionary's silence on "assistance" for 支持 does not
    drop the variant."""
    lines = [*SUPPORT, ("秘书处的技术支持已经到位。", "The Secretariat's technical "
                                               "assistance is in place.")]
    monkeypatch.setattr(readings, "changed_word_sources",
                        lambda new, variant, unit, evidence, stop:
                        evidence.source_of(new, unit))
    assert learned_found(glossary, lines, TECHNICAL, monkeypatch) == []


def test_a_verb_before_the_term_opens_no_longer_name(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """协助发展中国家 "assisting developing States": "assisting" is 协助's, a verb that
    governs the term; 岛屿 "island" before it would open a longer name."""
    lines = [*DEVELOPING[:-1], ("协助发展中国家解决问题。",
                                "Assisting developing States to solve problems.")]
    assist = {**COUNTRY, "协助": Gloss(frozenset({"assist", "aid"}), "v")}
    assert learned_found(glossary, lines, assist, monkeypatch) == ["developing States"]
    noun = {**COUNTRY, "协助": Gloss(frozenset({"assist", "aid"}), "n")}
    assert learned_found(glossary, lines, noun, monkeypatch) == []
    assert readings._is_verb("v") and readings._is_verb("vd")
    assert not readings._is_verb("vn") and not readings._is_verb("n")


def test_a_translation_must_gloss_a_third_of_its_words(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight lower-case content words: three glossing a source word are over a third,
    reported; two (a quarter) are under it, taken for another text's translation."""
    lines = [*EMBARGO, ("戊国也实行武器禁运。", "the weapons embargo of country E was also "
                                          "tightened after several violent border incidents")]
    two = {"武器": Gloss(frozenset({"weapon"}), "n"), "禁运": Gloss(frozenset({"embarg"}), "v")}
    three = {**two, "国": Gloss(frozenset({"countr"}), "n")}
    assert learned_found(glossary, lines, three, monkeypatch) == ["weapons embargo"]
    assert learned_found(glossary, lines, two, monkeypatch) == []
    monkeypatch.setattr(readings, "MIN_GLOSSED_SHARE", 0.25)
    assert learned_found(glossary, lines, two, monkeypatch) == ["weapons embargo"]


def test_a_spelling_variant_needs_no_dictionary() -> None:
    """"NonProliferation" against "Non-Proliferation" is one word spelt two ways (a true
    finding on UNv1); the dictionary gives neither spelling, and need not."""
    assert slips.spelling_of("non-proliferation", "nonproliferation")
    assert not slips.spelling_of("non-proliferation", "proliferation")


# 占领国 is "occupying Power" four times and "occupying State" once (fresh unv1-dev 65
# and 3450, judged true and given as hints); the draft writes "States" for 国家 too.
_OCCUPYING = [("占领国应撤出。", "The occupying Power should withdraw."),
              ("占领国继续修建。", "The occupying Power continued building."),
              ("占领国拒绝合作。", "The occupying Power refused to cooperate."),
              ("各方谴责占领国。", "All parties condemned the occupying Power."),
              ("这些国家合作。", "These States cooperate."),
              ("那些国家发言。", "Those States spoke."),
              ("许多国家投票。", "Many States voted."),
              ("占领国必须遵守法律。", "The occupying State must respect the law.")]
_OCCUPYING_ENTRIES = {"占领": gloss("v", "occupy", "occupying"), "国": _COUNTRY,
                      "法律": gloss("n", "law"), "遵守": gloss("v", "respect")}


def test_a_one_character_head_gives_the_word_for_the_term(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """国 of 占领国 is a word of its own, the compound's head (领国 is no word), and its
    entry gives "State": the variant is a warning. Without the entry, or where the term
    ends in a longer word of the dictionary (领国, as 局势 ends 安全局势), the character
    is no head and the variant a hint."""
    found, severity, _ = learned_finding(glossary, _OCCUPYING, _OCCUPYING_ENTRIES, monkeypatch)
    assert (found, severity) == ("occupying state", Severity.WARNING)
    entries = {w: g for w, g in _OCCUPYING_ENTRIES.items() if w != "国"}
    found, severity, message = learned_finding(glossary, _OCCUPYING, entries, monkeypatch)
    assert (found, severity) == ("occupying state", Severity.INFO)
    assert "no dictionary entry of 占领国" in message
    entries = {**_OCCUPYING_ENTRIES, "领国": gloss("n", "territory")}
    found, severity, _ = learned_finding(glossary, _OCCUPYING, entries, monkeypatch)
    assert (found, severity) == ("occupying state", Severity.INFO)


# 缔约国 is "States Parties" four times (two plurals in apposition: the States that are
# parties); the draft writes "countries" for 国家 too. The variant "country Parties" is a
# noun compound (a kind of party: a convention's own wording, fresh unv1-dev 2362,
# judged false), "country" singular before the plural head.
_PARTIES = [("缔约国应提交报告。", "States Parties should submit reports."),
            ("缔约国继续合作。", "States Parties continued to cooperate."),
            ("缔约国拒绝延期。", "States Parties refused a delay."),
            ("秘书处致函缔约国。", "The secretariat wrote to States Parties."),
            ("这些国家合作。", "These countries cooperate."),
            ("那些国家发言。", "Those countries spoke."),
            ("许多国家投票。", "Many countries voted."),
            ("缔约国必须遵守法律。", "Country Parties must respect the law.")]
_PARTIES_ENTRIES = {"缔约": gloss("v", "conclude"), "国": _COUNTRY,
                    "法律": gloss("n", "law"), "遵守": gloss("v", "respect")}


def test_a_singular_noun_before_a_plural_head_against_two_plurals_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Country Parties" against the draft's "States Parties": the new word is a noun
    (the draft writes "countries") written singular before the plural head, a compound,
    where the usual rendering is two plurals in apposition; a hint saying so. The same
    word before a singular head ("Country Party"), a word the draft never writes in the
    plural, or a usual rendering whose word is singular before its plural head leave the
    variant a warning."""
    found, severity, message = learned_finding(glossary, _PARTIES, _PARTIES_ENTRIES,
                                               monkeypatch)
    assert (found, severity) == ("country parties", Severity.INFO)
    assert "a noun modifying “Parties”" in message
    singular_head = [*_PARTIES[:-1], ("缔约国必须遵守法律。", "The country Party must respect "
                                                          "the law.")]
    found, severity, _ = learned_finding(glossary, singular_head, _PARTIES_ENTRIES, monkeypatch)
    assert (found, severity) == ("country party", Severity.WARNING)
    never_plural = [*_PARTIES[:4], ("这个国家合作。", "This country cooperates."),
                    ("那个国家发言。", "That country spoke."),
                    ("每个国家投票。", "Each country voted."), _PARTIES[-1]]
    found, severity, _ = learned_finding(glossary, never_plural, _PARTIES_ENTRIES, monkeypatch)
    assert (found, severity) == ("country parties", Severity.WARNING)
    singular_usual = [(zh, en.replace("States Parties", "State Parties")) for zh, en in _PARTIES]
    found, severity, _ = learned_finding(glossary, singular_usual, _PARTIES_ENTRIES,
                                         monkeypatch)
    assert (found, severity) == ("country parties", Severity.WARNING)


# 武装冲突 is "armed conflicts" four times; the draft writes "clashes" for 冲突 in
# three more units. The variant "armed clashes" reads 冲突 in a narrower sense (incidents
# of fighting: fresh unv1-dev 3142, judged false), where the dictionary gives the compound
# as a word of its own, "armed conflict", and "clash" for 冲突 only inside a longer gloss.
_CONFLICTS = [("武装冲突造成伤亡。", "Armed conflicts cause casualties."),
              ("武装冲突影响儿童。", "Armed conflicts affect children."),
              ("武装冲突破坏发展。", "Armed conflicts undermine development."),
              ("各国预防武装冲突。", "States prevent armed conflicts."),
              ("边境冲突增加。", "Border clashes increased."),
              ("部落冲突减少。", "Tribal clashes decreased."),
              ("城市冲突持续。", "Urban clashes continued."),
              ("武装冲突占事件总数的一半。", "Armed clashes were half of all incidents.")]
_CLASH = Gloss(frozenset({"confli", "clash", "oppos", "forc"}), "vn",
               ("conflict", "to conflict", "clash of opposing forces"))
_CONFLICTS_ENTRIES = {"武装": gloss("n", "armed", "arms"), "冲突": _CLASH,
                      "武装冲突": Gloss(frozenset({"armed", "confli"}), "n", ("armed conflict",)),
                      "事件": gloss("n", "incident"), "总数": gloss("n", "total"),
                      "一半": gloss("m", "half")}


def test_a_pieces_narrower_sense_against_the_compounds_own_gloss_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Armed clashes" against the draft's "armed conflicts": the dictionary holds 武装冲突
    as a word rendered "armed conflict", and gives "clash" for its piece 冲突 only inside
    a longer gloss: a narrower sense of the piece, a hint saying so. Where the piece
    gives the new word as a sense of its own (国家 "state" against 发展中国家 "developing
    country"), without the compound's entry, with an entry that gives the new word too,
    or one that does not give the usual word, the variant stays a warning."""
    found, severity, message = learned_finding(glossary, _CONFLICTS, _CONFLICTS_ENTRIES,
                                               monkeypatch)
    assert (found, severity) == ("armed clashes", Severity.INFO)
    assert "gives 武装冲突 as a word of its own" in message and "“clashes”" in message
    plain = {**_CONFLICTS_ENTRIES, "冲突": _CLASH._replace(senses=("conflict", "to clash"))}
    found, severity, _ = learned_finding(glossary, _CONFLICTS, plain, monkeypatch)
    assert (found, severity) == ("armed clashes", Severity.WARNING)
    for whole in (None, gloss("n", "armed", "conflict", "clash"), gloss("n", "war")):
        entries = {w: g for w, g in _CONFLICTS_ENTRIES.items() if w != "武装冲突"}
        if whole is not None:
            entries["武装冲突"] = whole
        found, severity, _ = learned_finding(glossary, _CONFLICTS, entries, monkeypatch)
        assert (found, severity) == ("armed clashes", Severity.WARNING)
