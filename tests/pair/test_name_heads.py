"""A capitalised word that is one conjunct of a coordinated modifier is no short reference
to the name (issue 12, session 37: termbase.pair.answers.named_in_full)."""

from __future__ import annotations

from collections import Counter

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import TermEvidence, named_in_full
from termbase.pair.results import Candidate, Example

LEXICON = Lexicon.from_pairs([("经济", "economic"), ("社会", "social"), ("理事会", "council"),
                              ("新闻", "news"), ("部", "department"),
                              ("成员国", "member state")])


def _evidence(term: str, names: dict[str, str], kept: dict[str, int]) -> TermEvidence:
    spellings = {key: (Counter({text: kept[key]}), Counter(), Counter())
                 for key, text in names.items()}
    stats = {key: (0.5, 50.0, None) for key in kept}
    return TermEvidence(term, kept, dict(kept), stats.get, spellings, LEXICON, 2)


def _candidate(text: str, support: int, zh: str, en: str) -> Candidate:
    return Candidate(text, support / 10, support, support, support, 0.5, 50.0, None,
                     (Example("d", 1, zh, en),))


def test_a_conjunct_of_a_modifier_is_no_reference_to_the_name() -> None:
    # "Economic" modifies the Council (with "Social", across "and"), and 经济 says
    # nothing of the rest: it is no short form of the Economic and Social Council,
    # though it stands inside its Chinese name.
    names = {"economic and social council": "Economic and Social Council"}
    ev = _evidence("经济", names, {"economic": 29, "economic and social council": 27})
    best = _candidate("Economic", 29, "特别经济援助", "Special Economic Assistance")
    assert named_in_full(best, ev).text == "Economic"


def test_a_conjunct_the_term_does_not_read_still_grows() -> None:
    # Two conjuncts name one country; the dictionary reads neither in 波黑.
    names = {"bosnia and herzegovina": "Bosnia and Herzegovina"}
    ev = _evidence("波黑", names, {"bosnia": 9, "bosnia and herzegovina": 8})
    best = _candidate("Bosnia", 9, "波黑局势", "The situation in Bosnia and Herzegovina")
    assert named_in_full(best, ev).text == "Bosnia and Herzegovina"


def test_a_head_or_a_first_word_before_another_content_word_still_names_it() -> None:
    names = {"department of public information": "Department of Public Information",
             "economic and social council": "Economic and Social Council",
             "member state": "Member States"}
    kept = {"department": 8, "department of public information": 6, "council": 8,
            "economic and social council": 6, "member": 20, "member state": 18}
    best = _candidate("Department", 8, "新闻部发表了声明。", "The Department issued a statement.")
    assert named_in_full(best, _evidence("新闻部", names, kept)).text == (
        "Department of Public Information")
    best = _candidate("Council", 8, "理事会举行了会议。", "The Council met.")
    assert named_in_full(best, _evidence("理事会", names, kept)).text == (
        "Economic and Social Council")
    best = _candidate("Member", 20, "成员国同意。", "The Member States agreed.")
    assert named_in_full(best, _evidence("成员国", names, kept)).text == "Member States"
