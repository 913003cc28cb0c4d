"""A plural made of another word than its singular ("people" for "persons") is read as
that singular's plural when the dictionary weighs a linked candidate
(termbase.pair.dictionary.reads_as), never when it alone proposes a span
(termbase.pair.confirmed)."""

from __future__ import annotations

import pytest

from termbase.align.lexicon import Lexicon
from termbase.pair import dictionary
from termbase.pair.corpus import from_pairs
from termbase.pair.dictionary import coverage, explained
from termbase.pair.pairer import PairSettings, pair_terms

# Made-up entries: the dictionary glosses 人口 "people", never "persons".
LEXICON = Lexicon.from_pairs([("偷运", "smuggle"), ("人口", "people; population"),
                              ("老年人", "old people"), ("报告", "report")])

PAIRS = [
    ("议定书禁止偷运人口。", "The protocol prohibits the smuggling of persons."),
    ("各国合作打击偷运人口。", "States cooperate against the smuggling of persons."),
    ("偷运人口的受害者需要保护。", "Victims of the smuggling of persons need protection."),
    ("委员会讨论了偷运人口问题。", "The committee discussed smuggling."),
    ("偷运人口日益严重。", "Smuggling is growing."),
    ("偷运人口是犯罪。", "Smuggling is a crime."),
    *[(f"第{n}段涉及走私货物。", f"Paragraph {n} concerns smuggling of goods.")
      for n in range(2)],
    *[(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(30)],
]


def test_the_dictionary_reads_persons_for_people() -> None:
    assert coverage("偷运人口", "smuggling of persons", LEXICON) == 1.0
    assert explained("smuggling of persons", "偷运人口", LEXICON) == 1.0


def test_the_rendering_keeps_the_persons_the_term_says() -> None:
    pairing = pair_terms(["偷运人口"], from_pairs(PAIRS, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None and pairing.best.text == "smuggling of persons"


def test_without_the_fold_the_term_loses_its_persons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "_SUPPLETIVE_STEMS", {})
    pairing = pair_terms(["偷运人口"], from_pairs(PAIRS, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None and pairing.best.text == "smuggling"


def test_a_span_the_dictionary_alone_proposes_needs_its_own_word() -> None:
    # 老年人 once: "persons" alone would read "old people" as its head gloss.
    pairs = [("会议关注老年人的需要。", "The meeting considered the needs of older persons."),
             *PAIRS]
    pairing = pair_terms(["老年人"], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is None
