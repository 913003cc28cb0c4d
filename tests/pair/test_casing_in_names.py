"""A phrase capitalised inside a longer name is no evidence of its own spelling
(termbase.pair.ngrams.Span.named, termbase.pair.casing)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.ngrams import EnglishNgrams
from termbase.pair.pairer import pair_terms


def _named(text: str) -> dict[str, bool]:
    return {span.surface: span.named for span in EnglishNgrams().spans(text)}


def test_a_phrase_beside_a_name_s_capitals_is_marked() -> None:
    spans = _named("They recall the Guiding Principles on Internal Displacement today.")
    assert spans["Internal Displacement"] and spans["Principles on Internal Displacement"]
    assert not spans["Guiding Principles on Internal Displacement"]
    assert not _named("The issue of internal displacement worldwide.")["internal displacement"]
    assert not _named("The Security Council met.")["Security Council"]
    # A single word keeps its evidence: "Council" is how the name's head is spelt.
    assert not _named("The Security Council met.")["Council"]


def test_a_name_goes_on_past_several_function_words() -> None:
    spans = _named("The Entity for Gender Equality and the Empowerment of Women met.")
    assert spans["Empowerment of Women"]
    assert not _named("It supports the empowerment of women.")["empowerment of women"]
    # A figure is no capital: "2030 Agenda" is not marked by the year before it.
    spans = _named("In 2030 the Sustainable Development Goals")
    assert not spans["Sustainable Development Goals"]


def test_the_spelling_of_running_text_beats_the_capitals_of_names() -> None:
    pairs = [
        ("各国注意到境内流离失所问题。", "States note the issue of internal displacement."),
        ("《关于境内流离失所问题的指导原则》很重要。",
         "The Guiding Principles on Internal Displacement are important."),
        ("境内流离失所问题特别报告员发言。",
         "The Special Rapporteur on Internal Displacement spoke."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(20)],
    ]
    pairing = pair_terms(["境内流离失所"], from_pairs(pairs, "d"))[0]
    assert pairing.best is not None
    assert pairing.best.text == "internal displacement"
