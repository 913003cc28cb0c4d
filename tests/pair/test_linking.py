"""Competitive linking inside one segment pair: an English slash pair is linked to both
terms of a Chinese one (issue 12)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.linking import Link, competitive_links
from termbase.pair.pairer import PairSettings, pair_terms

_FILLER = [(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(60)]
_SLASHED = [("难民/移民问题日益严重。", "The refugees/migrants issue is growing."),
            ("各国讨论了难民/移民的保护。", "States protect refugees/migrants."),
            ("难民/移民需要援助。", "Refugees/migrants need assistance."),
            ("难民/移民的权利受到保护。", "The rights of refugees/migrants are protected.")]


def test_both_terms_of_a_chinese_slash_pair_are_linked_to_the_english_one() -> None:
    # Paired together, the first term took the English pair whole in every sentence and
    # the second was left with nothing; each now gets its own side of it.
    pairings = pair_terms(["难民", "移民"], from_pairs(_SLASHED + _FILLER, "d"),
                          settings=PairSettings(check_alignment=False))
    answers = {p.term: p.best.text if p.best else None for p in pairings}
    assert answers == {"难民": "refugees", "移民": "migrants"}


def test_a_slash_pair_is_shared_only_by_terms_on_either_side_of_a_slash() -> None:
    first = Link(0, "hiv/aids", 3, 4, 0.9, "HIV/AIDS")
    second = Link(1, "hiv/aids", 3, 4, 0.8, "HIV/AIDS")
    assert len(competitive_links([first, second], {0: 0, 1: 1})) == 2
    assert len(competitive_links([first, second], {0: 0})) == 1
    assert len(competitive_links([first, second])) == 1
    plain = [Link(0, "refugee", 3, 4, 0.9, "refugees"), Link(1, "refugee", 3, 4, 0.8,
                                                              "refugees")]
    assert len(competitive_links(plain, {0: 0, 1: 1})) == 1


def test_competitive_linking_takes_the_strongest_link_first() -> None:
    options = [
        Link(0, "programme of action", 1, 4, 0.9),
        Link(0, "international tracing instrument", 6, 9, 0.8),  # indirect for term 0
        Link(1, "international tracing instrument", 6, 9, 0.95),
        Link(1, "programme of action", 1, 4, 0.5),
    ]
    chosen = {(link.term, link.candidate) for link in competitive_links(options)}
    assert chosen == {(0, "programme of action"), (1, "international tracing instrument")}


def test_ties_go_to_the_longer_span() -> None:
    options = [Link(0, "assembly", 1, 2, 0.5), Link(0, "general assembly", 0, 2, 0.5)]
    assert [link.candidate for link in competitive_links(options)] == ["general assembly"]
