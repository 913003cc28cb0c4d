"""An acronym a sentence pair defines for the term's short form, and the name it spells."""

from __future__ import annotations

from termbase.pair.defined import defined_name, short_form_after, spelled_out


def test_the_short_form_in_parentheses_after_the_term() -> None:
    assert short_form_after("上帝抵抗军", "上帝抵抗军(上帝军)活动有所抬头。") == "上帝军"
    assert short_form_after("东南亚国家联盟", "关于东南亚国家联盟（东盟）成员国") == "东盟"
    # Title marks may close between the term and its short form.
    assert short_form_after("裁减条约", "《裁减条约》（《第一阶段裁武条约》）已经生效") == (
        "第一阶段裁武条约")
    # The term is the short form itself, or a parenthesis gives no Chinese.
    assert short_form_after("上帝军", "上帝抵抗军(上帝军)活动有所抬头。") is None
    assert short_form_after("公约", "《公约》(A/RES/61/66)") is None
    # A short form standing inside the name its parenthesis shortens.
    assert short_form_after("儿童基金会", "联合国儿童基金会（儿童基金会）") is None
    assert short_form_after("基金会", "联合国儿童基金会（儿童基金会）") is None
    assert short_form_after("公约", "公约的缔约国") is None


def test_the_words_an_acronym_takes_its_letters_from_in_order() -> None:
    assert spelled_out("ASEAN", "States of the Association of Southeast Asian Nations "
                       "(ASEAN), held in Seoul") == "Association of Southeast Asian Nations"
    assert spelled_out("lra", "activities by the lord's resistance army (lra) in "
                       "haut-uele") == "lord's resistance army"
    # Whatever follows the acronym inside the parentheses (START II).
    assert spelled_out("START", "resume the second Strategic Arms Reduction Treaty "
                       "(START II), and") == "Strategic Arms Reduction Treaty"
    # A plural acronym's "s" is no letter of the name.
    assert spelled_out("SMEs", "small and medium-sized enterprises (SMEs) are") == (
        "small and medium-sized enterprises")


def test_no_name_where_the_letters_do_not_spell_the_words_before() -> None:
    # START I is named otherwise in full: its letters are not those words' in order.
    assert spelled_out("START", "the Treaty on the Reduction and Limitation of Strategic "
                       "Offensive Arms (START I), to which") is None
    assert spelled_out("LRA", "the LRA forces") is None
    # Two letters are the initials of too many phrases; a name ends at punctuation.
    assert spelled_out("EU", "the European Union (EU)") is None
    assert spelled_out("LRA", "resistance, army (LRA)") is None


def test_the_name_is_the_terms_only_beside_its_parenthesised_short_form() -> None:
    defining = [("上帝抵抗军(上帝军)活动有所抬头。",
                 "a resurgence of the Lord's Resistance Army (LRA) activities")]
    assert defined_name("上帝抵抗军", "LRA", defining) == "Lord's Resistance Army"
    # The short form is the one the acronym renders; without a short form after the
    # term, the acronym is the English the pair gives; a phrase is no acronym.
    assert defined_name("上帝军", "LRA", defining) is None
    assert defined_name("上帝抵抗军", "LRA", [(
        "上帝抵抗军活动有所抬头。", "a resurgence of the Lord's Resistance Army (LRA)")]) is None
    assert defined_name("上帝抵抗军", "Resistance Army", defining) is None
