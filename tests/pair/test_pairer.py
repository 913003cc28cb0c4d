"""pair_terms end to end on a synthetic corpus, and on the UN corpora when available."""

from __future__ import annotations

from pathlib import Path

import pytest

from pair._fixtures import corpus, lower_cased
from termbase.pair.corpus import ConcatCorpus, LineAlignedCorpus
from termbase.pair.pairer import PairSettings, pair_terms

TERMS = ["行动纲领", "国际追查文书", "大会", "发展中国家", "秘书长", "罕见术语", "不存在"]


def test_each_term_gets_its_direct_equivalent() -> None:
    results = pair_terms(TERMS, corpus())
    best = {p.term: p.best.text if p.best else None for p in results}
    assert best["行动纲领"] == "Programme of Action"
    assert best["国际追查文书"] == "International Tracing Instrument"
    assert best["大会"] == "General Assembly"
    assert best["发展中国家"] == "developing countries"
    assert best["秘书长"] == "Secretary-General"


def test_candidates_carry_support_and_examples_with_provenance() -> None:
    pairing = next(p for p in pair_terms(["行动纲领"], corpus()))
    best = pairing.best
    assert best is not None and pairing.occurrences == 4
    assert best.support == 4 and 0 < best.score <= 1
    assert [(e.document, e.line) for e in best.examples] == [("synthetic", 1),
                                                             ("synthetic", 2),
                                                             ("synthetic", 3)]
    data = pairing.to_dict()
    assert data["zh"] == "行动纲领"
    assert data["candidates"][0]["en"] == "Programme of Action"  # type: ignore[index]


def test_abstentions_say_why() -> None:
    results = {p.term: p for p in pair_terms(TERMS, corpus())}
    assert results["不存在"].candidates == ()
    assert "does not occur" in results["不存在"].abstained_reason
    assert results["罕见术语"].candidates == ()
    assert results["罕见术语"].abstained_reason
    assert "abstained_reason" in results["罕见术语"].to_dict()


def test_lower_cased_copies_do_not_change_the_casing() -> None:
    mixed = ConcatCorpus((corpus(), lower_cased()))
    best = {p.term: p.best.text if p.best else None for p in pair_terms(TERMS[:3], mixed)}
    assert best["行动纲领"] == "Programme of Action"
    assert best["大会"] == "General Assembly"


def test_parallel_workers_give_the_same_result() -> None:
    one = pair_terms(TERMS, corpus(), settings=PairSettings(batch_size=3))
    two = pair_terms(TERMS, corpus(), settings=PairSettings(workers=2, batch_size=3))
    assert one == two


def test_reverse_direction_proposes_chinese() -> None:
    results = pair_terms(["Programme of Action", "General Assembly"], corpus(),
                         settings=PairSettings(direction="en"))
    best = {p.term: p.best.text if p.best else None for p in results}
    assert best == {"Programme of Action": "行动纲领", "General Assembly": "大会"}
    assert results[0].to_dict()["en"] == "Programme of Action"


def test_duplicate_spellings_of_a_term_are_paired_once() -> None:
    results = pair_terms(["《行动纲领》", "行动纲领"], corpus())
    assert [p.term for p in results] == ["《行动纲领》"]


@pytest.fixture(scope="module")
def un_corpus(shared: Path) -> ConcatCorpus:
    base = shared / "corpus"
    return ConcatCorpus((
        LineAlignedCorpus.open(base / "unv1-testset/UNv1.0.testset.zh-segmented",
                               base / "unv1-testset/UNv1.0.testset.en"),
        LineAlignedCorpus.open(base / "multiun-sample/train.en-zh.zh",
                               base / "multiun-sample/train.en-zh.en")))


def test_un_corpora_small_arms_terms(un_corpus: ConcatCorpus) -> None:
    from termbase.align.lexicon import load_default_lexicon

    results = pair_terms(["行动纲领", "小武器和轻武器", "发展中国家", "大会"], un_corpus,
                         lexicon=load_default_lexicon())
    best = {p.term: p.best.text if p.best else None for p in results}
    assert best == {"行动纲领": "Programme of Action",
                    "小武器和轻武器": "small arms and light weapons",
                    "发展中国家": "developing countries", "大会": "General Assembly"}


def test_a_longer_term_without_english_gives_back_the_uses_of_the_terms_inside_it() -> None:
    from termbase.pair.corpus import from_pairs
    from termbase.pair.pairer import pair_terms_report

    pairs = from_pairs([
        ("各国提供技术援助。", "States provide technical assistance."),
        ("请求国提供技术援助，以便加强能力。",
         "Requesting States receive technical assistance to build capacity."),
        ("会员国提供技术援助，特别是培训。",
         "Member States offer technical assistance, in particular training."),
        *[(f"第{n}项其他事项。", f"Other matter number {n}.") for n in range(12)],
    ])
    terms = ["技术援助", "请求国提供技术援助", "会员国提供技术援助"]
    report = pair_terms_report(terms, pairs)
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
    from termbase.pair.corpus import from_pairs
    from termbase.pair.pairer import pair_terms_report

    filler = [(f"第{n}项其他事项。", f"Other matter number {n}.") for n in range(60)]
    pairs = from_pairs([
        ("国际法院发表了咨询意见。", "The Court delivered an advisory opinion."),
        ("关于后果发表咨询意见的请求。", "The request for an advisory opinion on the consequences."),
        ("就后果发表咨询意见的决定。", "The decision on an advisory opinion on the consequences."),
        ("关于后果发表咨询意见的请求已提交。",
         "The request for an advisory opinion on the consequences was made."),
        *filler,
    ])
    # 后果发表咨询意见 (a mined fragment) gets English of its own and keeps three of the
    # four uses of 咨询意见, which alone has too few to answer.
    report = pair_terms_report(["咨询意见", "后果发表咨询意见"], pairs)
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
    report = pair_terms_report(["咨询意见", "后果发表咨询意见"], split)
    assert {p.term: p for p in report.pairings}["咨询意见"].best is None
