"""A word English fuses with a Latin prefix ("extrabudgetary") is read as the prefix's
meaning and its base where the term means both (termbase.pair.dictionary.read_stems):
Chinese writes the prefix as a word of its own (预算外, "budget" + "outside")."""

from __future__ import annotations

import pytest

from termbase.align.lexicon import Lexicon
from termbase.pair import dictionary
from termbase.pair.corpus import from_pairs
from termbase.pair.dictionary import coverage, explained, read_stems
from termbase.pair.pairer import PairSettings, pair_terms
from termbase.text.english import prefixed_parts

LEXICON = Lexicon.from_pairs([("预算", "budget"), ("外", "outside; external"),
                              ("国家", "country; nation"), ("报告", "report")])

PAIRS = [
    ("预算外资源用于培训。", "Extrabudgetary resources were used for training."),
    ("各国提供了预算外资源。", "States provided extrabudgetary resources."),
    ("预算外资源减少了。", "Extrabudgetary resources decreased."),
    ("委员会审查了预算外资源。", "The committee reviewed extrabudgetary resources."),
    ("预算外经费不足。", "Off-budget funding was short."),
    *[(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(30)],
]


def test_a_prefix_splits_off_a_base_of_four_letters() -> None:
    assert prefixed_parts("extrabudgetary") == ("outside", "budgetary")
    assert prefixed_parts("subregional") == ("under", "regional")
    assert prefixed_parts("subway") is None and prefixed_parts("budget") is None


def test_the_dictionary_reads_both_parts() -> None:
    assert coverage("预算外", "extrabudgetary", LEXICON) == 1.0
    assert explained("extrabudgetary", "预算外", LEXICON) == 1.0


def test_a_word_is_split_only_where_the_term_means_both_parts() -> None:
    # 国家 means "nation" but no "between": "international" stays one word.
    assert read_stems("international", "国家", LEXICON) == ["intern"]
    assert coverage("国家", "international", LEXICON) == 0.0


def _answer() -> str | None:
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["预算外"], from_pairs(PAIRS, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    return pairing.best.text if pairing.best else None


def test_the_prefixed_word_is_the_whole_term() -> None:
    assert _answer() == "extrabudgetary"


def test_without_the_reading_the_next_word_is_taken_in(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "prefixed_parts", lambda word: None)
    assert _answer() == "extrabudgetary resources"
