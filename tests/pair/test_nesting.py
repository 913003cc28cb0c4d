"""Terms inside longer listed terms: uses given back, and terms paired alone."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms_report

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
