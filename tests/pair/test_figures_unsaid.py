"""An answer that leaves out a figure its term states, where every example's English
states it, is part of a longer rendering (issue 12, session 37:
termbase.pair.fragments.figures_unsaid)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.fragments import figures_unsaid
from termbase.pair.pairer import PairSettings, pair_terms


def test_a_year_every_example_states_however_far_from_the_answer() -> None:
    examples = ["During the twentieth session of the International Seabed Authority in 2014",
                "Audit report on the accounts of the International Seabed Authority for 2014"]
    assert figures_unsaid("2014年国际海底管理局", "International Seabed Authority",
                          examples) == {"2014"}
    # The answer that states it, or a term that states none, leaves nothing out.
    assert not figures_unsaid("2014年国际海底管理局", "2014 Authority", examples)
    assert not figures_unsaid("国际海底管理局", "International Seabed Authority", examples)


def test_a_figure_some_example_does_not_state_is_left_alone() -> None:
    # The Chinese may add a year the English never says: no example, no evidence.
    examples = ["the International Seabed Authority in 2014", "the International Seabed "
                "Authority adopted its report"]
    assert not figures_unsaid("2014年国际海底管理局", "International Seabed Authority",
                              examples)
    # One example is an anecdote.
    assert not figures_unsaid("2014年国际海底管理局", "International Seabed Authority",
                              examples[:1])


PAIRS = [
    *[(f"{n}年实质性会议第{k}次会议", f"Substantive session, {k}th meeting, held in {n}")
      for n in (2021, 2022, 2023) for k in (1, 2, 3)],
    *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
      for n in range(40)],
]


def test_pairing_abstains_on_the_name_without_its_year() -> None:
    # The year stands apart from the name in every English line, so linking finds the
    # name alone, which every other year's session shares.
    settings = PairSettings(check_alignment=False)  # the lines are made up
    pairing = pair_terms(["2023年实质性会议"], from_pairs(PAIRS, "d"), settings=settings)[0]
    assert pairing.best is None
    assert "leaves out 2023" in pairing.abstained_reason
