"""The slips the learned check reads where a term is rendered otherwise: none where the usual
rendering already stands in the unit (find_variant's rendered_here)."""

from __future__ import annotations

import pytest

from check._stand_in import (
    VIOLENCE,
    gloss,
    learned_finding,
    learned_found,
    pair_draft,
)
from check.learned._recall_lines import COUNTRY, DEVELOPING, SUPPORT, TECHNICAL
from termbase.align.lexicon import stem
from termbase.check.context import CheckContext
from termbase.check.glosses import Gloss
from termbase.check.learned import slips
from termbase.check.learned.renderings import Rendering
from termbase.check.matching import LanguageMatcher
from termbase.diagnostics import Severity
from termbase.model import Glossary

# 性暴力 twice, "sexual violence" once; "abuse" renders 虐待, absent here, so nothing in
# the unit explains it: elsewhere a slip, but here the rendering already stands for the
# term, and "sexual abuse" may be another source word's.
_SLIP_BESIDE_RENDERING = ("性暴力的报告显示，性暴力仍在继续。",
                          "Reports of sexual abuse clearly show that sexual violence "
                          "continues.")
_VIOLENCE_ENTRIES = {"性暴": gloss("n", "sexual"), "暴力": gloss("n", "violence"),
                     "报告": gloss("n", "reports"), "显示": gloss("v", "show"),
                     "继续": gloss("v", "continues")}


def test_no_slip_is_read_where_the_rendering_stands(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, _SLIP_BESIDE_RENDERING]
    assert learned_found(glossary, lines, _VIOLENCE_ENTRIES, monkeypatch) == []
    # The same words with the rendering absent: a slip (a hint), as before.
    alone = (_SLIP_BESIDE_RENDERING[0], "Reports of sexual abuse clearly show that it "
             "continues.")
    assert learned_found(glossary, [*VIOLENCE, alone], _VIOLENCE_ENTRIES,
                         monkeypatch) == ["sexual abuse"]


# 受害者 is "victims" in three more units, so the draft ties "victims" to 受害.
_VICTIMS = [("受害者得到了帮助。", "Victims received help."),
            ("受害者提出了申诉。", "Victims filed complaints."),
            ("受害者需要保护。", "Victims need protection.")]


_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
            "许多": Gloss(frozenset({"many"}), "a"), "国家": Gloss(frozenset({"countr"}), "n"),
            "地区": Gloss(frozenset({"region"}), "n"), "赔偿": Gloss(frozenset({"redress"}), "n"),
            "等": Gloss(frozenset({"wait"}), "v"), "年": Gloss(frozenset({"year"}), "n")}


# The term opens the source; its rendering closes the translation, after "victims of".
_CROSSED = ("性暴力受害者在许多国家和地区等了很多年才得到赔偿。",
            "In many countries and regions they waited many years for redress, "
            "as victims of sexual abuse.")


# The same place in the translation, "victims" after the variant as 受害者 is after
# the term: no crossing, and the position alone must tell.
_SAME_ORDER = ("性暴力受害者在许多国家和地区等了很多年才得到赔偿。",
               "In many countries and regions they waited many years for redress, "
               "as sexual abuse victims.")


# The word that anchors the slip four words before it, two of them function words: the
# window counts the phrase's content words ("victims and survivors of sexual abuse").
_CROSSED_FARTHER = ("性暴力受害者在许多国家和地区等了很多年才得到赔偿。",
                    "In many countries and regions they waited many years for redress, "
                    "as victims and survivors of sexual abuse.")


# A slip whose two sides order the phrase differently (issue 13, learned recall): a
# Chinese modifier before its head is an English "of" phrase after it, so the variant
# stands far from where the term's position says; a word of its phrase that renders the
# source word beside the term, on the crossed side, shows it is the term's place.

def test_a_slip_anchored_across_the_term_is_found(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *_VICTIMS, _CROSSED]
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == ["sexual abuse"]
    monkeypatch.setattr(slips, "_anchored", lambda *_: False)
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == []


def test_a_word_on_the_same_side_anchors_nothing(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *_VICTIMS, _SAME_ORDER]
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == []


def test_the_anchor_window_counts_content_words(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *_VICTIMS, _CROSSED_FARTHER]
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == ["sexual abuse"]


_MOVED_ADVERBIAL_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
                            "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
                            "关于": Gloss(frozenset({"regard", "concer"}), "p"),
                            "各方": Gloss(frozenset({"part"}),
                                        "r"), "会议": Gloss(frozenset({"meet"}), "n"),
                            "达成": Gloss(frozenset({"reach"}),
                                        "v"), "共识": Gloss(frozenset({"agree"}), "n")}


# The term in a fronted adverbial phrase; its rendering closes the translation.
_FRONTED = ("关于性暴力，各方在会议上达成了共识。",
            "At the meeting the parties reached agreement on sexual abuse.")


# The kept word's pieces (性暴, 暴力) stand twice in the source, once outside the term:
# the translation writes "sexual" twice too, so each has its own and one is the term's.
_TWICE = ("关于性暴力，各方在会议上讨论了性暴行和家庭暴力。",
          "At the meeting the parties discussed sexual atrocities and domestic violence "
          "and agreed on measures against sexual abuse.")


# ... and once: the one "sexual" may be the other place's.
_ONCE = ("关于性暴力，各方在会议上讨论了性暴行和家庭暴力。",
         "At the meeting the parties discussed atrocities and domestic violence and "
         "agreed on measures against sexual abuse.")


# ... or three times for the piece's two places: not one for one, so no telling which
# place the variant's "sexual" is (服务 twice, "service" three times beside 服务提供方).
_THRICE = (_ONCE[0], "At the meeting the parties discussed sexual atrocities, sexual "
                     "harassment and domestic violence and agreed on measures against "
                     "sexual abuse.")


# A slip in an adverbial phrase the two languages put at opposite ends of the clause
# (issue 13, learned recall): Chinese fronts it (根据国际法，…), English moves it last
# ("… unlawful under international law."), so the variant stands as far from the term as
# the sentence allows, and neither the rough position nor a crossed neighbour finds it.
# A preposition before the term (the dictionary's part of speech), the term closing its
# run, and the variant closing its phrase after a function word show it is the term's
# place.

def test_a_slip_in_a_moved_adverbial_phrase_is_found(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, _FRONTED]
    assert learned_found(glossary, lines, _MOVED_ADVERBIAL_ENTRIES, monkeypatch) == ["sexual abuse"]
    monkeypatch.setattr(slips, "_moved_adverbial", lambda *_: False)
    assert learned_found(glossary, lines, _MOVED_ADVERBIAL_ENTRIES, monkeypatch) == []


def test_no_preposition_before_the_term_no_adverbial(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {**_MOVED_ADVERBIAL_ENTRIES, "关于": Gloss(frozenset({"regard", "concer"}), "v")}
    assert learned_found(glossary, [*VIOLENCE, _FRONTED], entries, monkeypatch) == []


def test_words_after_the_variant_in_its_phrase_no_adverbial(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    middle = (_FRONTED[0], "At the meeting the parties reached agreement on sexual abuse "
                           "in every region.")
    assert learned_found(glossary, [*VIOLENCE, middle], _MOVED_ADVERBIAL_ENTRIES, monkeypatch) == []


def test_a_kept_word_written_as_often_as_its_pieces_sits_in_the_term(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    assert learned_found(glossary, [*VIOLENCE, _TWICE], _MOVED_ADVERBIAL_ENTRIES, monkeypatch) == [
        "sexual abuse"]
    monkeypatch.setattr(slips, "_times_written", lambda *_: 0)
    assert learned_found(glossary, [*VIOLENCE, _TWICE], _MOVED_ADVERBIAL_ENTRIES, monkeypatch) == []


# Enough of the translation's words explained that the pair reads as aligned.
_ALIGNED_ENTRIES = {**_MOVED_ADVERBIAL_ENTRIES,
                    **{w: Gloss(frozenset(map(stem, english)), "n") for w, english in
                       [("讨论", ["discussed"]), ("暴行", ["atrocities"]),
                        ("家庭", ["domestic"]), ("会议", ["meeting"]), ("各方", ["parties"])]}}


def test_only_one_for_one_the_slip_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = _ALIGNED_ENTRIES
    found, severity, message = learned_finding(glossary, [*VIOLENCE, _TWICE], entries,
                                               monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "outside the term" in message
    monkeypatch.setattr(slips, "_kept_word_shared", lambda *_: "")
    found, severity, _ = learned_finding(glossary, [*VIOLENCE, _TWICE], entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_a_spelling_of_the_usual_rendering_takes_no_hint_of_another_place(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """A variant that is the usual rendering spelt another way ("Treaty on the
    NonProliferation" beside "Non-Proliferation", a true finding of tuning unv1-a and
    fresh unv1-dev lowered to a hint) is the same phrase written two ways wherever it
    stands: a kept word whose piece the source holds elsewhere too, or the term inside
    a title, says nothing against it. Here "abuse" is taken for a spelling of
    "violence"."""
    entries = _ALIGNED_ENTRIES
    found, severity, _ = learned_finding(glossary, [*VIOLENCE, _TWICE], entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    monkeypatch.setattr(slips, "spelling_of", lambda old, new: (old, new) == ("violence", "abuse"))
    found, severity, _ = learned_finding(glossary, [*VIOLENCE, _TWICE], entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)
    monkeypatch.setattr(slips, "_kept_word_shared", lambda *_: "")
    monkeypatch.setattr(slips, "_title_hint", lambda *_: "the term stands inside a title")
    found, severity, _ = learned_finding(glossary, [*VIOLENCE, _TWICE], entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


# "sexual abuse" written for a source without 性暴力 (性虐待): the draft's own wording for
# something else, which a translator may choose for the term's sense (issue 13; fresh
# unv1-dev's "specific proposals" for 具体提议 beside 具体建议's "specific
# recommendations", a convention's "country Parties" for 国家缔约方 beside 缔约国's
# "States Parties").
_ABUSE_ELSEWHERE = ("儿童遭受性虐待。", "Children suffer sexual abuse.")


def test_a_slip_the_draft_writes_for_another_source_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = _ALIGNED_ENTRIES
    monkeypatch.setattr(slips, "_kept_word_shared", lambda *_: "")
    lines = [*VIOLENCE, _TWICE, _ABUSE_ELSEWHERE]
    found, severity, message = learned_finding(glossary, lines, entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "for a source without the term" in message
    monkeypatch.setattr(slips, "_written_for_another", lambda *_: "")
    found, severity, _ = learned_finding(glossary, lines, entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_a_use_in_a_misaligned_unit_is_no_wording_of_its_own(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit whose alignment is in doubt says nothing of what its source is written as
    (a shifted record of un2023-dev writes "adverse effects" for a source without
    不利影响, where the judged slip "adverse effects" must stay a warning)."""
    entries = _ALIGNED_ENTRIES
    monkeypatch.setattr(slips, "_kept_word_shared", lambda *_: "")
    lines = [*VIOLENCE, _TWICE, _ABUSE_ELSEWHERE]
    elsewhere = len(lines) - 1
    monkeypatch.setattr(slips.Alignment, "doubtful", lambda _, unit: unit == elsewhere)
    found, severity, _ = learned_finding(glossary, lines, entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


# "sexual abuse" written for 性方面的暴力, a source without 性暴力 that holds 暴力, the word
# "violence" renders in the term: there "abuse" renders the same source word, so the
# draft writes one word two ways, the inconsistency itself, and no wording of its own
# (as "adverse effects" for 负面影响 would be beside 不利影响's "adverse impacts"). The
# draft writes "violence" without "sexual" too, so that it ties "violence" to 暴力 on its
# own, not only beside the kept word.
_ABUSE_FOR_THE_SAME_WORD = ("性方面的暴力侵害儿童。", "Sexual abuse harms children.")
_VIOLENCE_ALONE = [("家庭暴力很普遍。", "Domestic violence is common."),
                   ("学校暴力增加。", "School violence rose."),
                   ("消除暴力行为。", "End acts of violence."),
                   ("暴力不可接受。", "Violence is unacceptable."),
                   ("城市暴力减少。", "Urban violence fell.")]
_SAME_WORD_ENTRIES = {**_ALIGNED_ENTRIES,
                      **{w: Gloss(frozenset({stem(e)}), t) for w, e, t in
                         [("方面", "nature", "n"), ("侵害", "harms", "v"),
                          ("儿童", "children", "n"), ("普遍", "common", "a"),
                          ("学校", "school", "n"), ("增加", "rose", "v"), ("消除", "end", "v"),
                          ("行为", "acts", "n"), ("接受", "acceptable", "v"),
                          ("城市", "urban", "n"), ("减少", "fell", "v")]}}


def test_a_use_for_a_source_holding_the_replaced_word_is_no_wording_of_its_own(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slips, "_kept_word_shared", lambda *_: "")
    entries = _SAME_WORD_ENTRIES
    lines = [*VIOLENCE, *_VIOLENCE_ALONE, _TWICE, _ABUSE_FOR_THE_SAME_WORD]
    found, severity, _ = learned_finding(glossary, lines, entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)
    # Where the other source lacks 暴力 (性虐待), the wording is its own: a hint.
    lines = [*VIOLENCE, *_VIOLENCE_ALONE, _TWICE, _ABUSE_ELSEWHERE]
    found, severity, _ = learned_finding(glossary, lines, entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    # Where the draft ties "violence" to 暴力 only beside "sexual", it shows no piece the
    # word renders on its own (as "State" of "States parties" in 缔约国): a hint.
    lines = [*VIOLENCE, _TWICE, _ABUSE_FOR_THE_SAME_WORD]
    found, severity, _ = learned_finding(glossary, lines, entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)


def test_a_kept_word_written_less_often_than_its_piece_does_not(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    assert learned_found(glossary, [*VIOLENCE, _ONCE], _MOVED_ADVERBIAL_ENTRIES, monkeypatch) == []


def test_a_kept_word_written_more_often_than_its_piece_does_not(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    assert learned_found(glossary, [*VIOLENCE, _THRICE], _MOVED_ADVERBIAL_ENTRIES,
                         monkeypatch) == []


def test_a_use_in_a_unit_holding_the_term_is_no_use_for_something_else(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"developing States" is also in the unit whose source holds 发展中国家 inside a
    longer name (not reported: "island" is 岛屿's): that use is the term's, so the
    phrase is still used nowhere else."""
    lines = [*DEVELOPING, ("协助发展中国家解决问题。", "Help developing States solve problems.")]
    assert learned_found(glossary, lines, COUNTRY, monkeypatch) == ["developing States"]
    monkeypatch.setattr(slips, "_used_for_another", lambda *_: True)
    assert learned_found(glossary, lines, COUNTRY, monkeypatch) == []


def test_a_use_inside_a_longer_repeated_phrase_is_the_phrases(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"small island developing States" is repeated in three units whose source lacks
    the term (as where a glossary term blanks the name out) and shares no piece."""
    sids = [("这些岛国面临风险。", "Small island developing States face risks."),
            ("太平洋诸岛需要资金。", "Small island developing States need funds."),
            ("加勒比地区开会。", "Small island developing States met.")]
    lines = [*DEVELOPING[:-1], *sids,
             ("协助发展中国家解决问题。", "Help developing States solve problems.")]
    assert learned_found(glossary, lines, COUNTRY, monkeypatch) == ["developing States"]
    monkeypatch.setattr(slips, "in_fixed_phrase", lambda *_: False)
    assert learned_found(glossary, lines, COUNTRY, monkeypatch) == []


def test_a_phrase_for_a_source_word_the_unit_lacks_is_the_terms_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"technical assistance" renders 援助 elsewhere; where the source holds 技术支持
    and no 援助 it stands for the term; where it holds 援助 it renders that."""
    lines = [*SUPPORT, ("秘书处的技术支持已经到位。", "The Secretariat's technical "
                                               "assistance is in place.")]
    assert learned_found(glossary, lines, TECHNICAL, monkeypatch) == ["technical assistance"]
    aid = [*SUPPORT, ("秘书处的技术支持和援助已经到位。", "The Secretariat's technical "
                                                 "assistance is in place.")]
    assert learned_found(glossary, aid, TECHNICAL, monkeypatch) == []
    monkeypatch.setattr(slips, "_shared_source", lambda *_: frozenset())
    assert learned_found(glossary, lines, TECHNICAL, monkeypatch) == []


def test_a_phrasal_verbs_particle_is_no_word_of_a_rendering() -> None:
    assert {"up", "out", "off", "down"} <= slips._PARTICLES


def _pieces(glossary: Glossary, lines: list[tuple[str, str]], term: str) -> set[str]:
    """The term pieces of the first unit, the term standing in every unit holding it."""
    draft = pair_draft(lines)
    ctx = CheckContext.build(glossary, draft,
                             LanguageMatcher(glossary, "zh"), LanguageMatcher(glossary, "en"))
    units = frozenset(i for i, (zh, _) in enumerate(lines) if term in zh)
    rendering = Rendering(term, "technical support", "technical support", units, len(units))
    return slips._term_pieces(rendering, 0, ctx.evidence.words)


def test_a_piece_straddling_the_terms_edge_is_the_terms(glossary: Glossary) -> None:
    """和技 of 和技术支持: counted over the draft, the piece goes with the term, and a
    word tied to it is tied to the term ("technical assistance")."""
    pieces = _pieces(glossary, [("培训和技术支持很重要。", "Training matters.")], "技术支持")
    assert {"和技", "持很", "技术", "支持"} <= pieces and "培训" not in pieces


def test_a_piece_the_draft_holds_mostly_away_from_the_term_is_not_the_terms(
        glossary: Glossary) -> None:
    """A piece straddling the term's edge that the draft holds mostly elsewhere is its
    outer character's company (国和 of 缔约国和其他 beside 各国和 and 国家和 in fresh
    unv1-dev, "country Parties" tied to it): a word tied to it is not shown to render
    the term. 和技 stands in 和技能 twice, at the term's edge once."""
    lines = [("培训和技术支持很重要。", "Training matters."),
             ("知识和技能很重要。", "Knowledge matters."),
             ("语言和技能都有。", "Languages exist.")]
    pieces = _pieces(glossary, lines, "技术支持")
    assert "和技" not in pieces and {"持很", "技术", "支持"} <= pieces
    # At the term's edge in half the units holding it, the piece is the term's.
    lines = [*lines[:2], ("培训和技术支持到位。", "Training is in place.")]
    assert "和技" in _pieces(glossary, lines, "技术支持")


def test_the_word_a_variant_lacks_past_a_comma_makes_it_a_hint() -> None:
    """"least developed States, landlocked developing countries": "countries" may be the
    next list item's or the rendering reordered; within the phrase it is the latter."""
    text = "the needs of least developed States, landlocked developing countries and others"
    start = text.index("least")
    end = text.index(",")
    assert "country" in slips._around(text, start, end, across=True)
    assert "country" not in slips._around(text, start, end, across=False)
    near = "the problem of sexual abuse and violence in conflict"
    at = near.index("sexual")
    assert "violence" in slips._around(near, at, at + len("sexual abuse"), across=False)


def test_an_irregular_plural_is_the_same_word() -> None:
    assert slips.same_word("crisis", "crise") and slips.same_word("analyse", "analysis")
    assert not slips.same_word("crisis", "conflict")
