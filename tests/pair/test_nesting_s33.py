"""The second look's ownership of nested uses (session 33): the conjuncts of a
coordination keep their uses, and terms that hold one another are paired alone apart."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.nesting import nested_terms_again
from termbase.pair.pairer import PairSettings, pair_terms_report
from termbase.pair.results import PairingReport, TermPairing

SECOND_LOOK = PairSettings(second_look=True)
FILLER = [(f"第{n}项其他事项。", f"Other matter number {n}.") for n in range(60)]


def test_a_conjunct_of_a_listed_coordination_keeps_its_uses_there() -> None:
    pairs = from_pairs([
        ("发展行为体开展工作。", "Development actors carry out work."),
        ("请发展行为体提供支助。", "Development actors are asked to give support."),
        ("发展行为体参加会议。", "Development actors attend the meeting."),
        ("人道主义行为体和发展行为体合作。", "Humanitarian and development actors cooperate."),
        ("鼓励人道主义行为体和发展行为体。", "Humanitarian and development actors are encouraged."),
        *FILLER,
    ])
    report = pair_terms_report(["发展行为体", "人道主义行为体和发展行为体"], pairs,
                               settings=SECOND_LOOK)
    by_term = {p.term: p for p in report.pairings}
    # The coordination keeps its English, and its conjunct is used in it as it stands
    # alone: five uses, not the three outside it.
    coordination = by_term["人道主义行为体和发展行为体"].best
    assert coordination is not None
    assert coordination.text.casefold() == "humanitarian and development actors"
    best = by_term["发展行为体"].best
    assert best is not None and best.text.casefold() == "development actors"
    assert best.support == 5


def test_a_name_only_inside_a_term_is_no_conjunct() -> None:
    pairs = from_pairs([
        ("发展行为体开展工作。", "Development actors carry out work."),
        ("请发展行为体提供支助。", "Development actors are asked to give support."),
        ("发展行为体参加会议。", "Development actors attend the meeting."),
        ("人道主义发展行为体合作。", "Humanitarian development actors cooperate."),
        ("鼓励人道主义发展行为体。", "Humanitarian development actors are encouraged."),
        *FILLER,
    ])
    report = pair_terms_report(["发展行为体", "人道主义发展行为体"], pairs,
                               settings=SECOND_LOOK)
    assert {p.term: p for p in report.pairings}["发展行为体"].occurrences == 3


def test_terms_holding_one_another_are_paired_alone_innermost_first() -> None:
    pairs = from_pairs([
        ("国际法院发表了咨询意见。", "The Court delivered an advisory opinion."),
        ("关于后果发表咨询意见的请求。",
         "The request for an advisory opinion on the consequences."),
        ("就后果发表咨询意见的决定。", "The decision on an advisory opinion on the consequences."),
        ("关于后果发表咨询意见的请求已提交。",
         "The request for an advisory opinion on the consequences was made."),
        *FILLER,
    ])
    # 发表咨询意见 (a fragment) stands only inside 后果发表咨询意见, as 咨询意见 does in three
    # of its four uses: both are left without English. Paired alone in one list, the
    # fragment would take those three uses from the term once more.
    report = pair_terms_report(["咨询意见", "后果发表咨询意见", "发表咨询意见"], pairs,
                               settings=SECOND_LOOK)
    by_term = {p.term: p for p in report.pairings}
    assert by_term["发表咨询意见"].best is None
    best = by_term["咨询意见"].best
    assert best is not None and best.text == "advisory opinion" and best.support == 4


def test_a_phrase_inside_a_phrase_is_paired_again_beside_the_names_around_it() -> None:
    pairs = from_pairs([
        ("法院提出咨询意见。", "The Court gave an advisory opinion."),
        ("各国欢迎咨询意见。", "States welcome the advisory opinion."),
        ("咨询意见已经发表。", "The advisory opinion was delivered."),
        *[("国际法院咨询意见委员会开会。", f"The Consultative Committee of the Court met {n}.")
          for n in range(4)],
        *FILLER,
    ])
    terms = ("咨询意见", "意见", "法院咨询意见", "国际法院咨询意见委员会")
    settings = PairSettings()

    def pair_once(listed: tuple[str, ...]) -> PairingReport:
        return pair_terms_report(listed, pairs, settings=settings)

    # Say the first run left 咨询意见 (which holds 意见) without English, and
    # 法院咨询意见 around it: both are released as phrases.
    first = pair_once(terms)
    failed = tuple(TermPairing(p.term, p.occurrences, abstained_reason="no English")
                   if p.term in ("咨询意见", "法院咨询意见") else p for p in first.pairings)
    report = nested_terms_again(terms, PairingReport(failed, first.stats), pairs,
                                settings.min_support, pair_once)
    by_term = {p.term: p for p in report.pairings}
    # Paired beside the committee's name, which keeps its uses, the phrase inside the
    # phrase is a term: "advisory opinion" in its three pairs. Alone over all seven it
    # would be said in too few of them.
    assert by_term["国际法院咨询意见委员会"].best is not None
    best = by_term["咨询意见"].best
    assert best is not None and best.text.casefold() == "advisory opinion"
    assert best.support == 3
