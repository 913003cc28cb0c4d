"""Association scores, competitive linking and casing."""

from __future__ import annotations

from collections import Counter

import pytest

from termbase.pair.association import Table, dice, log_likelihood, signed_log_likelihood
from termbase.pair.casing import cased_documents, restore_casing, spelling_tiers
from termbase.pair.linking import Link, competitive_links


def test_dice() -> None:
    assert dice(5, 5, 5) == 1.0
    assert dice(0, 5, 5) == 0.0
    assert dice(2, 4, 4) == pytest.approx(0.5)


def test_log_likelihood_is_zero_for_independence_and_signed_for_avoidance() -> None:
    assert log_likelihood(Table(10, 10, 10, 10)) == pytest.approx(0.0, abs=1e-9)
    strong = Table.of(joint=20, term_count=20, candidate_count=20, n=1000)
    assert log_likelihood(strong) > 100
    avoid = Table.of(joint=0, term_count=500, candidate_count=500, n=1000)
    assert signed_log_likelihood(avoid) < 0 < log_likelihood(avoid)


def test_table_cells_never_go_negative() -> None:
    table = Table.of(joint=5, term_count=3, candidate_count=4, n=4)
    assert min(table.a, table.b, table.c, table.d) >= 0


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


def test_casing_prefers_cased_documents_and_ignores_segment_starts() -> None:
    cased = cased_documents({"unv1": 1000, "multiun": 1000}, {"unv1": 40, "multiun": 0})
    assert cased == frozenset({"unv1"})
    spellings = Counter({
        ("programme of action", "programme of action", "multiun", False): 20,
        ("programme of action", "Programme of Action", "unv1", False): 3,
        ("developing country", "Developing countries", "unv1", True): 2,
        ("developing country", "developing countries", "multiun", False): 5,
        ("draft decision", "draft decisions", "unv1", False): 4,
        ("draft decision", "draft decision", "multiun", False): 9,
    })
    tiers = spelling_tiers(spellings, cased)
    assert restore_casing("programme of action", tiers["programme of action"]) \
        == "Programme of Action"
    assert restore_casing("developing country", tiers["developing country"]) \
        == "developing countries"
    # Number is decided on all evidence, casing on the best.
    assert restore_casing("draft decision", tiers["draft decision"]) == "draft decision"
    assert restore_casing("unknown", None) == "unknown"


def test_headings_do_not_decide_casing() -> None:
    from termbase.pair.corpus import from_pairs
    from termbase.pair.pairer import pair_terms

    # The heading's capitals are its style: "peacekeeping operations" is spelt lower-case
    # in running text, however often headings name it.
    pairs = [("维持和平行动经费的筹措", "Financing of Peacekeeping Operations"),
             ("维持和平行动的审查", "Review of Peacekeeping Operations"),
             ("维持和平行动的改革", "Reform of Peacekeeping Operations"),
             ("安理会审议了维持和平行动。", "The Council considered peacekeeping operations."),
             ("会员国支持维持和平行动。", "Member States support peacekeeping operations."),
             ] + [(f"第{i}段不涉及此事。", f"Paragraph {i} deals with budget matter {i}.")
         for i in range(20)]
    [pairing] = pair_terms(["维持和平行动"], from_pairs(pairs))
    assert pairing.best is not None and pairing.best.text == "peacekeeping operations"


def test_a_heading_is_told_by_its_title_case() -> None:
    from termbase.pair.casing import is_heading

    assert is_heading("Report of the Secretary-General on Children and Armed Conflict")
    assert not is_heading("The Department of Peacekeeping Operations will act.")
    assert not is_heading("A/70/100")
