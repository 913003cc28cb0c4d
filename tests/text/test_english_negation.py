"""Words that may be their base with a negating prefix (termbase.text.english.negated_bases)."""

from __future__ import annotations

from termbase.text.english import negated_bases


def test_hyphenated_non_and_anti_give_their_base() -> None:
    assert negated_bases("non-nuclear-weapon States") == [("non-nuclear", "nuclear")]
    assert negated_bases("anti-personnel mines") == [("anti-personnel", "personnel")]
    assert negated_bases("nonproliferation") == [("nonproliferation", "proliferation")]


def test_unhyphenated_un_and_in_are_possible_readings() -> None:
    assert negated_bases("inequality") == [("inequality", "equality")]
    assert negated_bases("Unemployment") == [("Unemployment", "employment")]


def test_a_hyphenated_un_or_a_short_base_is_no_negation() -> None:
    assert negated_bases("UN-Habitat") == []
    assert negated_bases("union and inner") == []
    assert negated_bases("the nuclear States") == []
