"""What the dictionary reads around a learned variant (issue 13, tenth round): the
changed word renders the term's neighbour, the variant opens into a longer name, a
noun modifier against its adjective. A stand-in dictionary answers, so the tests do
not depend on CC-CEDICT's entries; each draft's variant is reported without the
entry that explains it."""

from __future__ import annotations

import pytest

from check._stand_in import EMBARGO as _EMBARGO
from check._stand_in import PRIVATE, learned_found
from termbase.check.glosses import Gloss
from termbase.check.learned import readings
from termbase.model import Glossary

_COUNTRY = Gloss(frozenset({"countr", "nation", "stat"}), "n")


def test_a_changed_word_rendering_the_terms_neighbour_is_no_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """私营部门资金 "private funds": the term's rendering run into 资金's and cut short."""
    assert learned_found(glossary, PRIVATE, {}, monkeypatch) == ["Private funds"]
    funds = {"资金": Gloss(frozenset({"fund"}), "n")}
    assert learned_found(glossary, PRIVATE, funds, monkeypatch) == []
    # The same word for a source word elsewhere in the unit explains nothing here.
    apart = [*PRIVATE[:-1], ("私营部门增加了，资金", "Private funds increased.")]
    assert learned_found(glossary, apart, funds, monkeypatch) == ["Private funds"]


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


_LONG = ("戊国也实行武器禁运。", "the weapons embargo of country E was also tightened after "
                              "several violent border incidents")


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
