"""Injected inconsistencies the learned check used to miss (issue 13, twelfth round,
learned): a norm that is a majority only of the units where the term stands as a word,
a variant the draft also uses inside a longer name or for another source word, a verb
before the term read as the start of a longer name, and the first half of a
coordination taken for a term. A stand-in dictionary answers where the dictionary is
asked, so the tests do not depend on CC-CEDICT's entries."""

from __future__ import annotations

import pytest

from check._stand_in import EMBARGO, learned_found
from termbase.check.glosses import Gloss
from termbase.check.learned import candidates, doubts, readings, renderings, slips, terms
from termbase.model import Glossary

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


def test_a_norm_short_of_a_share_is_not_learned_from_a_phrase() -> None:
    """Learning again is asked only where a phrase of two content words is in
    MIN_RENDERED units at least."""
    class _English:
        def __init__(self, keys: dict[int, list[str]]) -> None:
            self._keys = keys

        def keys(self, unit: int) -> list[str]:
            return self._keys[unit]

    stop = renderings.stop_words()
    three = _English({i: ["international law"] if i < 3 else ["international"]
                      for i in range(8)})
    assert renderings.short_of_a_share(
        set(range(8)), three, stop) == "international law"  # type: ignore[arg-type]
    two = _English({i: ["international law"] if i < 2 else ["international"]
                    for i in range(8)})
    assert renderings.short_of_a_share(set(range(8)), two, stop) is None  # type: ignore[arg-type]
    one_word = _English({i: ["law"] if i < 3 else [] for i in range(8)})
    assert renderings.short_of_a_share(
        set(range(8)), one_word, stop) is None  # type: ignore[arg-type]


# 发展中国家 is "developing countries" four times; "States" renders 国家 in three more
# units; one more unit writes "developing States" inside a longer name, and its source
# holds the term.
_DEVELOPING = [("发展中国家需要援助。", "Developing countries need aid."),
               ("发展中国家面临挑战。", "Developing countries face challenges."),
               ("发展中国家参加会议。", "Developing countries attended the meeting."),
               ("发展中国家提出建议。", "Developing countries made proposals."),
               ("这些国家合作。", "These States cooperate."),
               ("那些国家发言。", "Those States spoke."),
               ("许多国家投票。", "Many States voted."),
               ("小岛屿发展中国家开会。", "Small island developing States met.")]
_COUNTRY = {"国家": Gloss(frozenset({"countr", "nation", "stat"}), "n"),
            "岛屿": Gloss(frozenset({"island"}), "n")}


def test_a_use_in_a_unit_holding_the_term_is_no_use_for_something_else(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"developing States" is also in the unit whose source holds 发展中国家 inside a
    longer name (not reported: "island" is 岛屿's): that use is the term's, so the
    phrase is still used nowhere else."""
    lines = [*_DEVELOPING, ("协助发展中国家解决问题。", "Help developing States solve problems.")]
    assert learned_found(glossary, lines, _COUNTRY, monkeypatch) == ["developing States"]
    monkeypatch.setattr(slips, "_used_for_another", lambda *_: True)
    assert learned_found(glossary, lines, _COUNTRY, monkeypatch) == []


def test_a_use_inside_a_longer_repeated_phrase_is_the_phrases(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"small island developing States" is repeated in three units whose source lacks
    the term (as where a glossary term blanks the name out) and shares no piece."""
    sids = [("这些岛国面临风险。", "Small island developing States face risks."),
            ("太平洋诸岛需要资金。", "Small island developing States need funds."),
            ("加勒比地区开会。", "Small island developing States met.")]
    lines = [*_DEVELOPING[:-1], *sids,
             ("协助发展中国家解决问题。", "Help developing States solve problems.")]
    assert learned_found(glossary, lines, _COUNTRY, monkeypatch) == ["developing States"]
    monkeypatch.setattr(slips, "in_fixed_phrase", lambda *_: False)
    assert learned_found(glossary, lines, _COUNTRY, monkeypatch) == []


# 技术支持 is "technical support" four times; "technical assistance" renders 技术援助 in
# four more units.
_SUPPORT = [("我们提供技术支持。", "We provide technical support."),
            ("技术支持很重要。", "Technical support is important."),
            ("需要更多技术支持。", "More technical support is needed."),
            ("技术支持得到加强。", "Technical support was strengthened."),
            ("甲国需要技术援助。", "Country A needs technical assistance."),
            ("乙国获得技术援助。", "Country B received technical assistance."),
            ("丙国请求技术援助。", "Country C requested technical assistance."),
            ("丁国接受技术援助。", "Country D accepted technical assistance.")]
_TECHNICAL = {"技术": Gloss(frozenset({"techni", "techno"}), "n"),
              "支持": Gloss(frozenset({"suppor", "back"}), "v")}


def test_a_phrase_for_a_source_word_the_unit_lacks_is_the_terms_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"technical assistance" renders 援助 elsewhere; where the source holds 技术支持
    and no 援助 it stands for the term; where it holds 援助 it renders that."""
    lines = [*_SUPPORT, ("秘书处的技术支持已经到位。", "The Secretariat's technical "
                                                "assistance is in place.")]
    assert learned_found(glossary, lines, _TECHNICAL, monkeypatch) == ["technical assistance"]
    aid = [*_SUPPORT, ("秘书处的技术支持和援助已经到位。", "The Secretariat's technical "
                                                  "assistance is in place.")]
    assert learned_found(glossary, aid, _TECHNICAL, monkeypatch) == []
    monkeypatch.setattr(slips, "_shared_source", lambda *_: frozenset())
    assert learned_found(glossary, lines, _TECHNICAL, monkeypatch) == []


def test_counts_through_a_kept_word_alone_are_no_evidence_against_a_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft ties "assistance" to 技术 only through "technical assistance": that is
    no tie of its own, so the dictionary's silence on "assistance" for 支持 does not
    drop the variant."""
    lines = [*_SUPPORT, ("秘书处的技术支持已经到位。", "The Secretariat's technical "
                                                "assistance is in place.")]
    monkeypatch.setattr(readings, "changed_word_sources",
                        lambda new, variant, unit, evidence, stop:
                        evidence.source_of(new, unit))
    assert learned_found(glossary, lines, _TECHNICAL, monkeypatch) == []


def test_a_verb_before_the_term_opens_no_longer_name(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """协助发展中国家 "assisting developing States": "assisting" is 协助's, a verb that
    governs the term; 岛屿 "island" before it would open a longer name."""
    lines = [*_DEVELOPING[:-1], ("协助发展中国家解决问题。",
                                 "Assisting developing States to solve problems.")]
    assist = {**_COUNTRY, "协助": Gloss(frozenset({"assist", "aid"}), "v")}
    assert learned_found(glossary, lines, assist, monkeypatch) == ["developing States"]
    noun = {**_COUNTRY, "协助": Gloss(frozenset({"assist", "aid"}), "n")}
    assert learned_found(glossary, lines, noun, monkeypatch) == []
    assert readings._is_verb("v") and readings._is_verb("vd")
    assert not readings._is_verb("vn") and not readings._is_verb("n")


def test_a_term_and_the_conjunction_after_it_is_no_candidate(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """性别平等和 (in 性别平等和增强妇女权能) is the first half of a coordination when
    性别平等 recurs; a word ending in such a character is kept."""
    runs = [["性别平等和增强妇女权能"], ["性别平等和青年"], ["实现性别平等和发展"],
            ["性别平等和儿童"], ["性别平等问题"], ["促进性别平等"],
            ["社区参与很重要"], ["加强社区参与"], ["社区参与增加"], ["支持社区参与"]]
    found = candidates.term_candidates(runs)
    assert "性别平等" in found and "性别平等和" not in found
    assert candidates._opens_a_coordination("性别平等和", {"性别平等": {0, 1}, "性别平等和": {0}})
    assert "社区参与" in found
    monkeypatch.setattr(candidates, "_opens_a_coordination", lambda *_: False)
    assert "性别平等和" in candidates.term_candidates(runs)
    assert not candidates._opens_a_coordination("社区参与", {"社区参": {0}, "社区参与": {0}})


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


def test_a_rendering_whose_words_are_the_terms_first_is_learned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A word renders the term when its most associated piece is the term's, though a
    piece outside it comes near ("law" with 际法, then 居点); not when the most
    associated piece is outside ("Security" with 安全, beside 理事会)."""
    class _English:
        def has(self, unit: int, key: str) -> bool:
            return True

    class _Evidence:
        english = _English()

        def __init__(self, ranked: dict[str, list[str]]) -> None:
            self.ranked = ranked

        def ranked_sources(self, word: str, unit: int) -> list[str]:
            return self.ranked.get(word, [])

    monkeypatch.setattr(renderings, "_follows_a_neighbour", lambda *_: False)
    stop = renderings.stop_words()
    law = renderings.Rendering("国际法", "international law", "international law",
                               frozenset({0}), 4)
    tied = _Evidence({"international": ["国际"], "law": ["际法", "居点"]})
    assert renderings.renders_term(law, tied, stop)  # type: ignore[arg-type]
    other = _Evidence({"international": ["国际"], "law": ["居点", "际法"]})
    assert not renderings.renders_term(law, other, stop)  # type: ignore[arg-type]
    council = renderings.Rendering("理事会", "security council", "Security Council",
                                   frozenset({0}), 4)
    security = _Evidence({"security": ["安全", "理事"], "council": ["理事"]})
    assert not renderings.renders_term(council, security, stop)  # type: ignore[arg-type]


def test_a_coverb_or_a_list_closer_opens_no_candidate() -> None:
    """将性别平等视角 ("to put a gender perspective into") and 等优先 ("… and other
    priorities") open with a coverb and with 等 closing a list."""
    assert candidates.refused("将性别平等视角") and candidates.refused("等优先")
    assert not candidates.refused("性别平等视角")


# 咨询委员会 is "the Advisory Committee", a name (its capitals run on), four times;
# "Board" renders 董事会 in three units.
_ADVISORY = [("咨询委员会开会。", "The Advisory Committee on Oversight met."),
             ("咨询委员会提出建议。", "The Advisory Committee on Audit made proposals."),
             ("咨询委员会审议报告。", "The Advisory Committee on Ethics reviewed it."),
             ("咨询委员会通过决定。", "The Advisory Committee on Budgets decided."),
             ("董事会开会。", "The Board met."),
             ("董事会讨论预算。", "The Board discussed the budget."),
             ("董事会选举主席。", "The Board elected a chair.")]


def test_a_name_against_a_name_is_another_body(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"the Advisory Board for Partnerships" beside "the Advisory Committee on
    Oversight": two names are two bodies, each written as it is called."""
    name = [*_ADVISORY, ("咨询委员会伙伴关系小组开会。",
                         "The Advisory Board for Partnerships met.")]
    assert learned_found(glossary, name, {}, monkeypatch) == []
    monkeypatch.setattr(doubts, "name_against_name", lambda *_: False)
    assert learned_found(glossary, name, {}, monkeypatch) == ["Advisory Board"]


def test_a_phrasal_verbs_particle_is_no_word_of_a_rendering() -> None:
    assert {"up", "out", "off", "down"} <= slips._PARTICLES
