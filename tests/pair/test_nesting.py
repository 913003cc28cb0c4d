"""Terms inside longer listed terms: uses given back, and terms paired alone."""

from __future__ import annotations

from pair._fixtures import APART, FILLER, ZONE_PAIRS, by_term
from termbase.pair.corpus import from_pairs
from termbase.pair.nesting import nested_terms_again, starved_terms_alone
from termbase.pair.pairer import PairSettings, pair_terms_report
from termbase.pair.results import PairingReport, TermPairing

SECOND_LOOK = PairSettings(second_look=True)

# 技术援助 in three sentence pairs, twice inside a mined phrase around it.
ASSISTANCE = from_pairs([
    ("各国提供技术援助。", "States provide technical assistance."),
    ("请求国提供技术援助，以便加强能力。",
     "Requesting States receive technical assistance to build capacity."),
    ("会员国提供技术援助，特别是培训。",
     "Member States offer technical assistance, in particular training."),
    *[(f"第{n}项其他事项。", f"Other matter number {n}.") for n in range(12)],
])


def test_a_longer_term_without_english_gives_back_the_uses_of_the_terms_inside_it() -> None:
    terms = ["技术援助", "请求国提供技术援助", "会员国提供技术援助"]
    report = pair_terms_report(terms, ASSISTANCE, settings=SECOND_LOOK)
    by_term = {p.term: p for p in report.pairings}
    # Each phrase around the term occurs once and gets no English of its own ...
    assert by_term["请求国提供技术援助"].best is None
    assert by_term["会员国提供技术援助"].best is None
    # ... so it cannot claim the term's uses: three sentence pairs, not one.
    best = by_term["技术援助"].best
    assert best is not None and best.text == "technical assistance" and best.support == 3
    assert report.stats["terms paired again"] == 1


def test_a_term_left_few_uses_of_its_own_by_longer_terms_is_paired_over_all_of_them(
) -> None:
    filler = [(f"第{n}项其他事项。", f"Other matter number {n}.") for n in range(60)]
    pairs = from_pairs([
        ("国际法院发表了咨询意见。", "The Court delivered an advisory opinion."),
        ("关于后果发表咨询意见的请求。",
         "The request for an advisory opinion on the consequences."),
        ("就后果发表咨询意见的决定。", "The decision on an advisory opinion on the consequences."),
        ("关于后果发表咨询意见的请求已提交。",
         "The request for an advisory opinion on the consequences was made."),
        *filler,
    ])
    # 后果发表咨询意见 (a mined fragment) gets English of its own and keeps three of the
    # four uses of 咨询意见, which alone has too few to answer.
    report = pair_terms_report(["咨询意见", "后果发表咨询意见"], pairs, settings=SECOND_LOOK)
    by_term = {p.term: p for p in report.pairings}
    assert by_term["后果发表咨询意见"].best is not None
    best = by_term["咨询意见"].best
    assert best is not None and best.text == "advisory opinion" and best.support == 4
    # Paired alone, a rendering must be that of most of its uses, in more pairs than an
    # answer otherwise needs.
    split = from_pairs([
        ("发表咨询意见。", "an advisory opinion."),
        ("后果发表咨询意见。", "on the consequences: a view."),
        ("后果发表咨询意见和其他。", "on the consequences: an opinion."),
        ("后果发表咨询意见以及。", "on the consequences: a finding."),
        *filler,
    ])
    report = pair_terms_report(["咨询意见", "后果发表咨询意见"], split,
                               settings=SECOND_LOOK)
    assert {p.term: p for p in report.pairings}["咨询意见"].best is None


def test_without_the_second_look_a_longer_listed_term_owns_the_uses_inside_it() -> None:
    # A curated list's longer terms are names: 技术援助 keeps the one use of its own.
    report = pair_terms_report(["技术援助", "请求国提供技术援助", "会员国提供技术援助"],
                               ASSISTANCE)
    assert {p.term: p for p in report.pairings}["技术援助"].occurrences == 1
    assert "terms paired again" not in report.stats


# The second look's ownership of nested uses: the conjuncts of a coordination keep their
# uses, and terms that hold one another are paired alone apart.
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


# The second look counts a starved term's pairs before pairing it again (issue 12).
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
    assert by_term(first)["第三委员会"].best is None
    report = nested_terms_again(terms, first, pairs, APART.min_support, pair_once)
    # 第三委员会, held in two pairs (min_support), could never be well supported alone:
    # it is not counted again. 清洁能源, held in five, is.
    assert not any("第三委员会" in listed for listed in asked[1:])
    assert ("清洁能源",) in asked[1:]
    best = by_term(report)["清洁能源"].best
    assert best is not None and best.text.casefold() == "clean energy"
