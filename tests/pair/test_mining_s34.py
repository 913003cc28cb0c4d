"""mine's shortlist tail gets the second look's pairing alone, and the second look counts
a starved term's pairs before pairing it again (issue 12, session 34)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.mining import _tail_report
from termbase.pair.nesting import nested_terms_again, starved_terms_alone
from termbase.pair.pairer import PairSettings, pair_terms_report
from termbase.pair.results import PairingReport, TermPairing

FILLER = [(f"第{n}项其他事项。", f"Other matter number {n}.") for n in range(60)]
APART = PairSettings(check_alignment=False)
# 清洁能源区 (a weaker candidate around the term, rendered by the term's English) holds
# four of the five uses of 清洁能源.
ZONE_PAIRS = [
    ("各国在清洁能源区开展合作。", "States cooperate on clean energy."),
    ("清洁能源区的投资增加。", "Investment in clean energy grew."),
    ("支持清洁能源区的项目。", "Projects for clean energy are supported."),
    ("清洁能源区需要资金。", "Clean energy needs funds."),
    ("清洁能源是优先事项。", "Clean energy is a priority."),
    *FILLER,
]
ZONE = from_pairs(ZONE_PAIRS)


def _by_term(report: PairingReport) -> dict[str, TermPairing]:
    return {p.term: p for p in report.pairings}


def test_a_tail_term_whose_uses_a_longer_tail_term_holds_is_paired_alone() -> None:
    tail = ["清洁能源区", "清洁能源"]
    # Paired once, the term keeps one use of its own: no English.
    assert _by_term(pair_terms_report(tail, ZONE, settings=APART))["清洁能源"].best is None
    paired = _by_term(_tail_report(tail, ZONE, None, APART))
    best = paired["清洁能源"].best
    assert best is not None and best.text.casefold() == "clean energy"
    assert best.support == 5
    # The longer candidate is not released: it keeps its uses and its answer.
    longer = paired["清洁能源区"]
    assert longer.best is not None and longer.occurrences == 4


def test_pairing_alone_keeps_the_first_answers_when_none_is_well_supported() -> None:
    pairs = from_pairs([
        ("清洁能源区开展合作。", "Zone cooperation."),
        ("清洁能源区的投资增加。", "Investment grew."),
        ("清洁能源是优先事项。", "Clean energy is a priority."),
        *FILLER,
    ])
    tail = ("清洁能源区", "清洁能源")
    first = pair_terms_report(tail, pairs, settings=APART)
    again = starved_terms_alone(tail, first, pairs, APART.min_support,
                                lambda terms: pair_terms_report(terms, pairs, settings=APART))
    assert again is first


def test_a_starved_term_in_too_few_pairs_is_not_paired_again() -> None:
    pairs = from_pairs([
        *ZONE_PAIRS,
        ("人权理事会第三委员会开会。", "The Council's Third Committee met."),
        ("人权理事会第三委员会闭幕。", "The Council's Third Committee closed."),
    ])
    terms = ("清洁能源区", "清洁能源", "人权理事会第三委员会", "第三委员会")
    asked: list[tuple[str, ...]] = []

    def pair_once(listed: tuple[str, ...]) -> PairingReport:
        asked.append(listed)
        return pair_terms_report(listed, pairs, settings=APART)

    first = pair_once(terms)
    assert _by_term(first)["第三委员会"].best is None
    report = nested_terms_again(terms, first, pairs, APART.min_support, pair_once)
    # 第三委员会, held in two pairs (min_support), could never be well supported alone:
    # it is not counted again. 清洁能源, held in five, is.
    assert not any("第三委员会" in listed for listed in asked[1:])
    assert ("清洁能源",) in asked[1:]
    best = _by_term(report)["清洁能源"].best
    assert best is not None and best.text.casefold() == "clean energy"
