"""A compound dictionary entry also means what its parts mean
(termbase.pair.dictionary.word_meanings): CC-CEDICT glosses 发达国家 only as "developed
nation", and the corpus says "developed countries" (国家 "country"). Without the parts the
added "countries" is not the term's, and the span stops at "developed"."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.corpus import from_pairs
from termbase.pair.dictionary import explained, extension_explained, word_meanings
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([("发达国家", "developed nation"), ("发达", "developed"),
                              ("国家", "country"), ("需要", "need"), ("经济", "economy")])


def test_an_entry_means_what_its_parts_mean() -> None:
    assert "countr" in word_meanings("发达国家", LEXICON)
    assert explained("developed countries", "发达国家", LEXICON) == 1.0
    assert extension_explained("发达国家", "developed countries", "developed", "zh", LEXICON)


def test_a_word_no_part_means_is_still_not_the_terms() -> None:
    assert not extension_explained("发达国家", "developed economies", "developed", "zh",
                                   LEXICON)
    # A two-character entry has no parts of two characters or more.
    assert word_meanings("国家", LEXICON) == LEXICON.translations("国家")


def test_the_span_runs_on_to_the_word_a_part_of_the_entry_gives() -> None:
    pairs = [
        ("发达国家作出了承诺。", "Developed countries made commitments."),
        ("发达国家应当提供援助。", "Developed countries should provide assistance."),
        ("会议呼吁发达国家采取行动。", "The meeting called on developed countries to act."),
        ("发达国家的增长放缓。", "Growth slowed in developed economies."),
        ("发达国家面临挑战。", "Developed economies face challenges."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(100)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["发达国家"], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text.lower() == "developed countries"
