"""Restoring an answer's casing from how the corpus spells it: capitals that only a name's
stand-in gives are dropped (issue 12)."""

from __future__ import annotations

from collections import Counter

from termbase.pair.casing import (
    Tiers,
    cased_documents,
    phrase_casings,
    recased,
    restore_casing,
    running_words,
    spelling_tiers,
    word_casings,
)
from termbase.pair.corpus import ConcatCorpus, from_pairs
from termbase.pair.pairer import pair_terms


def test_an_answer_spelt_with_capitals_only_as_a_names_stand_in_is_lower_case() -> None:
    # "the Working Group" eleven times, "working group" eight and "working groups" five:
    # the plural shows a common noun, and the answer is spelt as one.
    tiers: Tiers = (Counter({"Working Group": 11, "working group": 8, "working groups": 5}),
                    Counter(), Counter())
    assert restore_casing("working group", tiers, common_noun_test=True) == "working group"
    assert restore_casing("working group", tiers) == "Working Group"
    # A name whose plural is capitalised too keeps its capitals.
    named: Tiers = (Counter({"Working Group": 11, "working group": 8, "Working Groups": 5}),
                    Counter(), Counter())
    assert restore_casing("working group", named, common_noun_test=True) == "Working Group"


# Association scores, competitive linking and casing.

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


CASINGS = {"committee": "Committee", "commission": "Commission", "sixth": "sixth",
           "narcotic": "narcotic", "drugs": "drugs", "hiv": "HIV", "aids": "AIDS",
           "united": "United", "nations": "Nations", "system": "system",
           "prevention": "prevention"}


# Casing a spelling met only in lower-cased text by how cased text spells its phrases and
# words (termbase.pair.casing.recased, word_casings, phrase_casings, running_words).

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
