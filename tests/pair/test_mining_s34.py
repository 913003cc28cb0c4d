"""mine's shortlist tail gets the second look's pairing alone (for terms used on their own
somewhere), and the second look counts a starved term's pairs before pairing it again
(issue 12, session 34)."""

from __future__ import annotations

from pair._fixtures import APART, FILLER, ZONE_PAIRS, by_term
from termbase.pair.corpus import from_pairs
from termbase.pair.mining import _part_of_holder, _tail_report
from termbase.pair.pairer import pair_terms_report
from termbase.pair.results import Candidate, PairingReport, TermPairing

ZONE = from_pairs(ZONE_PAIRS)
NO_HEAD = PairingReport(())


def test_a_tail_term_whose_uses_a_longer_tail_term_holds_is_paired_alone() -> None:
    tail = ["清洁能源区", "清洁能源"]
    # Paired once, the term keeps one use of its own: no English.
    assert by_term(pair_terms_report(tail, ZONE, settings=APART))["清洁能源"].best is None
    paired = by_term(_tail_report(tail, NO_HEAD, ZONE, None, APART))
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
    paired = by_term(_tail_report(tail, NO_HEAD, pairs, None, APART))
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
    assert by_term(_tail_report(tail, head, pairs, None, APART))["全国联盟"].best is None
    # Beside no head, the same use is its own, and it is answered.
    alone = by_term(_tail_report(tail, NO_HEAD, pairs, None, APART))["全国联盟"].best
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
