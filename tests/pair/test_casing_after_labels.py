"""An item's first word after its label is capitalised as a sentence's is: no evidence of
the term's spelling (termbase.pair.ngrams.is_label, Span.initial)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.ngrams import EnglishNgrams, is_label
from termbase.pair.pairer import pair_terms


def _initial(text: str) -> dict[str, bool]:
    return {span.surface: span.initial for span in EnglishNgrams().spans(text)}


def test_labels_are_numbers_letters_and_roman_numerals() -> None:
    assert is_label("2") and is_label("B") and is_label("iv") and is_label("XII")
    assert not is_label("Small") and not is_label("UN")


def test_the_first_words_after_a_label_open_the_segment() -> None:
    assert _initial("2. Small arms")["Small arms"]
    assert _initial("B. Draft decision for adoption")["Draft decision"]
    assert _initial("(iv) Peacekeeping operations")["Peacekeeping operations"]
    # Words after a label that follow other words, and labels within a sentence, do not.
    assert not _initial("Annex. Small arms")["Small arms"]
    assert not _initial("They met. B. Draft decision")["Draft decision"]


def test_a_label_s_capital_does_not_set_the_answer_s_spelling() -> None:
    pairs = [
        ("二. 小武器", "2. Small arms"),
        ("B. 小武器问题", "B. Small arms"),
        ("各国讨论了小武器。", "States discussed small arms."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(20)],
    ]
    pairing = pair_terms(["小武器"], from_pairs(pairs, "d"))[0]
    assert pairing.best is not None
    assert pairing.best.text == "small arms"
