"""The second pass: per-document length ratio and bead-type prior re-estimation."""

from __future__ import annotations

import random

import pytest

from termbase.align.aligner import DEFAULT_PRIORS, AlignSettings, align, reestimate_priors
from termbase.align.cost import CostWeights
from termbase.align.model import Alignment, Bead, Segment
from termbase.align.score import prf, score_alignment

_HAN = [chr(code) for code in range(0x4E00, 0x4E00 + 2000)]


def synthetic(seed: int, *, n: int = 300, two_to_one: float = 0.4, ratio: float = 3.0
              ) -> tuple[list[Segment], list[Segment], list[Bead]]:
    """Random Chinese sentences; one English line for every one or two of them.

    English length is ``ratio`` times the Chinese length with log-normal noise, so
    only lengths tell the beads apart (no dictionary, numbers or punctuation).
    """
    rnd = random.Random(seed)
    zh: list[str] = []
    en: list[str] = []
    gold: list[Bead] = []
    while len(zh) < n:
        size = 2 if rnd.random() < two_to_one else 1
        ids = tuple(range(len(zh), len(zh) + size))
        chars = 0
        for _ in range(size):
            length = rnd.randint(6, 40)
            chars += length
            zh.append("".join(rnd.choice(_HAN) for _ in range(length)) + "。")
        target = int(ratio * chars * rnd.lognormvariate(0.0, 0.25))
        words: list[str] = []
        while sum(len(w) for w in words) < target:
            words.append("".join(rnd.choice("abcdefghij") for _ in range(rnd.randint(2, 8))))
        gold.append(Bead(ids, (len(en),)))
        en.append(" ".join(words) + ".")
    return ([Segment(i, t) for i, t in enumerate(zh)], [Segment(i, t) for i, t in enumerate(en)],
            gold)


def strict_f1(result: Alignment, gold: list[Bead]) -> float:
    return prf(score_alignment(result.beads, gold)).strict_f1


def test_reestimation_is_deterministic() -> None:
    zh, en, _ = synthetic(7, n=120)
    settings = AlignSettings(prior_strength=30.0)
    first = align(zh, en, settings=settings)
    second = align(zh, en, settings=settings)
    assert first.beads == second.beads
    counts = {(1, 1): 50, (2, 1): 40}
    shares = settings.reference_shares()
    assert (reestimate_priors(dict(DEFAULT_PRIORS), shares, counts, 30.0)
            == reestimate_priors(dict(DEFAULT_PRIORS), shares, counts, 30.0))


def test_counts_like_the_reference_leave_the_priors_unchanged() -> None:
    settings = AlignSettings()
    shares = settings.reference_shares()
    # Twice the reference counts; types it never saw count 1/2 there, so 1 here.
    counts = {t: 2 * dict(settings.reference).get(t, 0) or 1 for t in shares}
    updated = reestimate_priors(dict(DEFAULT_PRIORS), shares, counts, 30.0)
    for t, prior in DEFAULT_PRIORS:
        assert updated[t] == pytest.approx(prior, abs=1e-9)


def test_a_frequent_type_gets_cheaper_and_the_defaults_weigh_in() -> None:
    shares = AlignSettings().reference_shares()
    counts = {(1, 1): 60, (2, 1): 40}
    weak = reestimate_priors(dict(DEFAULT_PRIORS), shares, counts, 1000.0)
    strong = reestimate_priors(dict(DEFAULT_PRIORS), shares, counts, 10.0)
    default = dict(DEFAULT_PRIORS)
    assert strong[(2, 1)] < weak[(2, 1)] < default[(2, 1)]
    assert strong[(1, 2)] > default[(1, 2)]
    assert strong[(1, 0)] == default[(1, 0)]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_many_two_to_one_beads_align_better_with_prior_reestimation(seed: int) -> None:
    zh, en, gold = synthetic(seed)
    without = align(zh, en, settings=AlignSettings(prior_strength=0.0))
    with_priors = align(zh, en, settings=AlignSettings(prior_strength=30.0))
    assert strict_f1(with_priors, gold) > strict_f1(without, gold) + 0.03


@pytest.mark.parametrize("seed", [0, 1])
def test_an_unusual_length_ratio_is_learnt_from_the_document(seed: int) -> None:
    # English 1.5 times longer than the default calibration expects.
    zh, en, gold = synthetic(seed, two_to_one=0.4, ratio=4.5)
    once = align(zh, en, settings=AlignSettings(ratio_strength=0.0))
    twice = align(zh, en)
    assert strict_f1(twice, gold) > strict_f1(once, gold) + 0.1
    assert dict(twice.settings)["ratio_strength"] == "10"


def test_the_second_pass_is_recorded_and_can_be_switched_off() -> None:
    items = dict(AlignSettings(ratio_strength=0.0, prior_strength=0.0).to_items())
    assert items["ratio_strength"] == "0" and items["prior_strength"] == "0"
    assert CostWeights().ratio == 3.0  # the default the ratio is smoothed towards


def test_no_second_pass_when_the_ratio_stays_near_the_default() -> None:
    zh, en, _ = synthetic(3, n=150, ratio=3.0)
    once = align(zh, en, settings=AlignSettings(ratio_strength=0.0))
    assert align(zh, en, settings=AlignSettings(ratio_tolerance=1.0)).beads == once.beads
    assert dict(align(zh, en).settings)["ratio_tolerance"] == "0.05"
    # Off-ratio documents still get their second pass under the default tolerance.
    zh, en, _ = synthetic(0, ratio=4.5)
    once = align(zh, en, settings=AlignSettings(ratio_strength=0.0))
    assert align(zh, en).beads != once.beads
