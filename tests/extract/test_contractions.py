"""A bracketed short form's full form (issue 12): the name it really contracts."""

from __future__ import annotations

from termbase.extract.candidates import Definition, definitions


def test_a_short_form_ending_its_own_name_takes_the_word_that_opens_the_name() -> None:
    # The name ends with the short form itself (国际 "international" + 航运协会 "shipping
    # association"): the name is the short form with the word that opens it, not a tail
    # reaching back to an earlier use of the short form in the sentence.
    text = "各国根据航运协会安全标准向国际航运协会（航运协会）理事会提交报告"
    assert definitions(text) == [Definition("国际航运协会", "航运协会", "contraction")]
    # Nor a tail that starts inside the word before the name (联合|国 + 国家…).
    text = "儿基会和联合国国家检查队（国家检查队）继续提供支助"
    assert definitions(text) == [Definition("联合国国家检查队", "国家检查队", "contraction")]


def test_a_short_form_ending_its_own_name_without_an_opening_word_defines_nothing() -> None:
    # Nothing opens a name before it: no full form is given, rather than a span that
    # runs back across other words to an earlier character.
    assert definitions("航运协会的成员和地区航运协会（航运协会）开会") == []


def test_a_contraction_still_takes_its_shortest_tail() -> None:
    text = "与世界海关组织、联合国开发计划署（开发署）合作"
    assert definitions(text) == [Definition("联合国开发计划署", "开发署", "contraction")]


def test_an_opening_word_after_a_hyphen_opens_no_name() -> None:
    # 联合国 after 非洲联盟- is the second name of a joint one: the name opens further
    # left, so 联合国 + the short form would be a piece of it.
    assert definitions("过渡到非洲联盟-联合国航运协调行动（航运协调行动）以后") == []
