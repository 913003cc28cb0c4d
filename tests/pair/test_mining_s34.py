"""mine's shortlist tail gets the second look's pairing alone (for terms used on their own
somewhere), and the second look counts a starved term's pairs before pairing it again
(issue 12, session 34)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.mining import _part_of_holder, _tail_report
from termbase.pair.nesting import nested_terms_again, starved_terms_alone
from termbase.pair.pairer import PairSettings, pair_terms_report
from termbase.pair.results import Candidate, PairingReport, TermPairing

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
NO_HEAD = PairingReport(())


def _by_term(report: PairingReport) -> dict[str, TermPairing]:
    return {p.term: p for p in report.pairings}


def test_a_tail_term_whose_uses_a_longer_tail_term_holds_is_paired_alone() -> None:
    tail = ["清洁能源区", "清洁能源"]
    # Paired once, the term keeps one use of its own: no English.
    assert _by_term(pair_terms_report(tail, ZONE, settings=APART))["清洁能源"].best is None
    paired = _by_term(_tail_report(tail, NO_HEAD, ZONE, None, APART))
    best = paired["清洁能源"].best
    assert best is not None and best.text.casefold() == "clean energy"
    assert best.support == 5
    # The longer candidate is not released: it keeps its uses and its answer.
    longer = paired["清洁能源区"]
    assert longer.best is not None and longer.occurrences == 4


def test_a_tail_term_never_used_outside_a_longer_one_is_not_answered() -> None:
    pairs = from_pairs([
        ("渔民全国联盟举行会议。", "The National Union of Fishers held a meeting."),
        ("渔民全国联盟发表声明。", "The National Union of Fishers issued a statement."),
        ("欢迎渔民全国联盟的倡议。", "The initiative of the National Union of Fishers is welcome."),
        ("渔民全国联盟提交报告。", "The National Union of Fishers submitted a report."),
        *FILLER,
    ])
    tail = ["渔民全国联盟", "全国联盟"]
    paired = _by_term(_tail_report(tail, NO_HEAD, pairs, None, APART))
    longer = paired["渔民全国联盟"].best
    assert longer is not None and longer.text == "National Union of Fishers"
    # Always inside the name, it is a piece of it: not paired again.
    assert paired["全国联盟"].best is None


def test_a_tail_term_used_on_its_own_only_inside_head_terms_is_not_answered() -> None:
    # 全国联盟 stands outside the tail's terms once, but inside a term of the head there.
    pairs = from_pairs([
        *[("渔民全国联盟会议开幕。", f"The National Union of Fishers met, session {n}.")
          for n in range(3)],
        ("渔民全国联盟会见记者。", "The National Union of Fishers met the press."),
        *FILLER,
    ])
    head = pair_terms_report(["渔民全国联盟"], pairs, settings=APART)
    tail = ["全国联盟会议", "全国联盟"]
    assert _by_term(_tail_report(tail, head, pairs, None, APART))["全国联盟"].best is None
    # Beside no head, the same use is its own, and it is answered.
    alone = _by_term(_tail_report(tail, NO_HEAD, pairs, None, APART))["全国联盟"].best
    assert alone is not None


def _answered(term: str, english: str) -> TermPairing:
    return TermPairing(term, 5, (Candidate(english, 0.9, 5, 5, 5, 0.9, 30.0),))


def test_an_answer_inside_a_holding_term_s_answer_is_a_piece_of_it() -> None:
    answers = {"禁毒办公室": "office on drugs", "办公室": "office"}
    assert _part_of_holder(_answered("办公室", "Office"), answers)
    # The same English is no piece of it (大规模毁灭性武器区 said 'weapons of mass
    # destruction' as the term does), nor is that of a term not holding it.
    assert not _part_of_holder(_answered("办公室", "Office on Drugs"), answers)
    assert not _part_of_holder(_answered("会议室", "office"), answers)


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
