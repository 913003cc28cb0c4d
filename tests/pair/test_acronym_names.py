"""A Chinese short form that leaves out a name's first words (渔业基金 for 国际渔业基金)
is answered by the whole name when the name's acronym goes with the term too
(termbase.pair.answers.named_by_acronym)."""

from __future__ import annotations

import pytest

from termbase.align.lexicon import Lexicon
from termbase.pair import pairer
from termbase.pair.answers import acronym_of
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

# A made-up body: the International Fisheries Fund (IFF), 国际渔业基金, short 渔业基金.
LEXICON = Lexicon.from_pairs([("国际", "international"), ("渔业", "fisheries"),
                              ("基金", "fund"), ("报告", "report"), ("捐款", "contribution"),
                              ("国内", "internal"), ("难民", "refugee")])

FILLER = [(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(30)]

IN_FULL = [
    ("国际渔业基金理事会开会。", "The board of the International Fisheries Fund met."),
    ("各国向国际渔业基金捐款。", "States contributed to the International Fisheries Fund."),
    ("国际渔业基金发表了报告。", "The International Fisheries Fund published a report."),
]
ALONE = [
    ("渔业基金的捐款增加了。", "Contributions to the IFF increased."),
    ("渔业基金支持沿海社区。", "The IFF supports coastal communities."),
    ("委员会欢迎渔业基金的工作。", "The committee welcomed the work of the IFF."),
]


def _answer(pairs: list[tuple[str, str]], term: str) -> str | None:
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms([term], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    return pairing.best.text if pairing.best else None


def test_initials_skip_function_words() -> None:
    assert acronym_of("international monetary fund") == "imf"
    assert acronym_of("food and agriculture organization") == "fao"


def test_the_short_form_takes_the_name_its_acronym_spells() -> None:
    assert _answer(IN_FULL + ALONE + FILLER, "渔业基金") == "International Fisheries Fund"


def test_without_the_rule_the_name_loses_its_first_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairer, "named_by_acronym", lambda best, ev: best)
    assert _answer(IN_FULL + ALONE + FILLER, "渔业基金") == "Fisheries Fund"


def test_a_rendering_said_alone_is_no_cut_name() -> None:
    # 流离人员 is "displaced persons" where 国内 does not precede it: the acronym of
    # "internally displaced persons" that goes with 国内流离人员 does not make it the
    # short form of that name.
    lexicon_pairs = [
        ("国内流离人员需要保护。", "Internally displaced persons need protection."),
        ("国内流离人员返回家园。", "Internally displaced persons returned home (IDPs)."),
        ("援助国内流离人员。", "Assistance to IDPs and internally displaced persons."),
        ("难民和流离人员增加。", "Refugees and displaced persons increased."),
        ("流离人员得到援助。", "Displaced persons received assistance."),
        ("流离人员的需要。", "The needs of displaced persons."),
    ]
    answer = _answer(lexicon_pairs + FILLER, "流离人员")
    assert answer is not None and answer.lower() == "displaced persons"
