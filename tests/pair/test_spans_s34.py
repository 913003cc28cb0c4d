"""Answers that render only part of the term (issue 12, session 34): pairing abstains
rather than answer with the shorter span."""

from __future__ import annotations

from pair._fixtures import LONG_NAMES


def test_a_long_term_is_read_in_a_span_as_long_as_it_needs() -> None:
    from termbase.pair.confirmed import confirmed_span

    # Thirteen characters, twelve English words: a span cut at ten never says them all.
    english = ("it adopted the declaration on cooperation and assistance for the environment "
               "and for international trade in 2001")
    assert confirmed_span("国际贸易和环境援助合作宣言", english, LONG_NAMES) == (
        "declaration on cooperation and assistance for the environment and for "
        "international trade")
