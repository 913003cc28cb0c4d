"""Casing a spelling met only in lower-cased text by how cased text spells its phrases and
words (termbase.pair.casing.recased, word_casings, phrase_casings, running_words)."""

from __future__ import annotations

from collections import Counter

from termbase.pair.casing import (
    phrase_casings,
    recased,
    running_words,
    word_casings,
)
from termbase.pair.corpus import ConcatCorpus, SegmentPair, from_pairs
from termbase.pair.counting import Direction, count_running_words
from termbase.pair.pairer import pair_terms

CASINGS = {"committee": "Committee", "commission": "Commission", "sixth": "sixth",
           "narcotic": "narcotic", "drugs": "drugs", "hiv": "HIV", "aids": "AIDS",
           "united": "United", "nations": "Nations", "system": "system",
           "prevention": "prevention"}


def test_a_phrase_headed_by_a_capitalised_noun_is_a_name() -> None:
    assert recased("sixth committee", CASINGS) == "Sixth Committee"
    assert recased("commission on narcotic drugs", CASINGS) == "Commission on Narcotic Drugs"
    # A word never met in cased text takes the name's capital too.
    assert recased("kyoto protocol", {"protocol": "Protocol"}) == "Kyoto Protocol"


def test_other_phrases_spell_each_word_as_cased_text_does() -> None:
    assert recased("united nations system", CASINGS) == "United Nations system"
    assert recased("hiv prevention", CASINGS) == "HIV prevention"
    # A compound's parts are spelt one by one.
    assert recased("hiv/aids", CASINGS) == "HIV/AIDS"
    assert recased("narcotic drugs", CASINGS) == "narcotic drugs"
    assert recased("sixth committee", {}) == "sixth committee"


def test_a_phrase_cased_text_spells_is_taken_whole() -> None:
    casings = {**CASINGS, "united": "united", "united nations": "United Nations",
               "working group": "working group", "group": "Group"}
    assert recased("united nations system", casings) == "United Nations system"
    # "working group" is lower-case as a phrase, so "group" heads no name here.
    assert recased("open-ended working group", casings) == "open-ended working group"
    assert recased("working group", {"group": "Group"}) == "Working Group"


def test_phrase_casings_pool_the_numbers_of_a_key() -> None:
    spellings = Counter({
        ("working group", "Working Group", "d", False): 3,
        ("working group", "working group", "d", False): 2,
        ("working group", "working groups", "d", False): 2,
        ("working group", "Working Group", "d", True): 9,  # headings say nothing
        ("security council", "Security Council", "d", False): 5,
        ("security council", "security council", "lower", False): 9,
    })
    casings = phrase_casings(spellings, frozenset({"d"}))
    assert casings["working group"] == "working group"
    assert casings["security council"] == "Security Council"


def test_running_words_leave_out_sentence_starts_headings_and_labels() -> None:
    words = list(running_words("2. Small arms: The Committee met, HIV/AIDS Programme. It"))
    assert ("Committee", False) in words and ("met", False) in words
    assert ("HIV/AIDS", True) in words and ("HIV", True) in words and ("AIDS", True) in words
    assert not {w for w, _ in words} & {"2", "Small", "The", "It"}
    assert list(running_words("Report of the Working Group on Peacekeeping")) == []


def test_lower_case_is_decided_over_both_numbers() -> None:
    words = Counter({("Group", "d", False): 3, ("group", "d", False): 1,
                     ("groups", "d", False): 3, ("Committee", "d", False): 3,
                     ("committees", "d", False): 1, ("Fund", "lower", False): 9})
    casings = word_casings(words, frozenset({"d"}))
    assert casings["group"] == "group" and casings["groups"] == "groups"
    assert casings["committee"] == "Committee"
    assert "fund" not in casings  # only cased documents are evidence


def test_running_words_are_counted_in_cased_documents_only() -> None:
    pairs = [SegmentPair("", "It went to the Sixth Committee, the Committee said.", "c", 1),
             SegmentPair("", "it went to the sixth committee.", "lower", 1)]
    counts = count_running_words(pairs, frozenset({"sixth committee"}), Direction("zh"),
                                 frozenset({"c"}))
    assert counts == Counter({("Sixth", "c", True): 1, ("Committee", "c", False): 2})
    # No cased document, no evidence: the pass reads nothing.
    assert not count_running_words(pairs, frozenset({"sixth committee"}), Direction("zh"),
                                   frozenset())


def test_a_capital_before_another_capital_decides_only_alone() -> None:
    cased = frozenset({"d"})
    words = Counter({("Open-ended", "d", True): 4, ("open-ended", "d", False): 1,
                     ("United", "d", True): 5})
    casings = word_casings(words, cased)
    assert casings["open-ended"] == "open-ended"
    assert casings["united"] == "United"


def test_a_name_met_only_in_lower_cased_text_is_spelt_as_a_name() -> None:
    cased_doc = [
        ("委员会审议了报告。", "The report was considered by the Committee at its meeting."),
        ("各国向委员会提交了意见。", "States submitted their views to the Committee in writing."),
        ("第六个项目已经完成。", "The sixth project was completed on time."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(10)],
    ]
    lower_doc = [
        ("第六委员会通过了草案。", "the sixth committee adopted the draft."),
        ("第六委员会审议了该项目。", "the sixth committee considered the item."),
        ("代表在第六委员会发言。", "the representative spoke in the sixth committee."),
        *[(f"第{n}项决定已经通过。", f"decision {n} was adopted.") for n in range(10)],
    ]
    corpus = ConcatCorpus((from_pairs(cased_doc, "cased"), from_pairs(lower_doc, "lower")))
    pairing = pair_terms(["第六委员会"], corpus)[0]
    assert pairing.best is not None
    assert pairing.best.text == "Sixth Committee"
