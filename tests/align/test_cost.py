"""Bead costs: a merge must be anchored on both parts; the document's typical support."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from termbase.align.aligner import DEFAULT_PRIORS
from termbase.align.cost import CostTable, CostWeights, typical_support
from termbase.align.features import featurize

from .test_aligner import EN, LEXICON, ZH

# A sentence from another document: many words the Chinese side could translate, one of
# them (meeting) also in the Chinese line it would join.
STRAY = ("Representatives asked the President of the General Assembly and the "
         "Secretary-General for a report on the resolution before the meeting.")


def merge_part_cost(zh: list[str], en: list[str], weights: CostWeights) -> float:
    """What the part rule adds to the 1-2 bead of zh[0] with en[0] and en[1]."""
    zf, ef = featurize(zh, en, LEXICON)

    def cost(w: CostWeights) -> float:
        table = CostTable(zf, ef, w, dict(DEFAULT_PRIORS))
        table.set_band(np.zeros(len(zh), dtype=np.int64), len(en))
        return float(table.cost(np.array([1]), np.array([2]), 1, 2)[0])

    return cost(weights) - cost(replace(weights, part=0.0))


def test_a_stray_sentence_pays_for_joining_a_pair_it_does_not_translate() -> None:
    weights = replace(CostWeights(), support_scale=0.6)
    assert merge_part_cost([ZH[2], *ZH], [EN[2], STRAY, *EN], weights) > 2.0


def test_a_part_the_lengths_need_pays_nothing_even_without_support() -> None:
    # A loose translation split in two: the second half finds none of its dictionary
    # words (report, resolution) in the Chinese line, but that line is too long for the
    # first half alone.
    zh = ["会议讨论了小武器问题，各国代表发了言，主席宣布会议结束。", *ZH]
    en = ["The meeting discussed the question of small arms.",
          "Then a report on the resolution was read out at length until it was over.", *EN]
    assert merge_part_cost(zh, en, replace(CostWeights(), support_scale=0.6)) == 0.0


def test_evidence_against_a_part_grows_with_what_it_brings() -> None:
    # A long stray that finds one word is stronger evidence than a short line finding
    # none; a part found at the document's usual rate is no evidence at all.
    zf, ef = featurize(ZH, EN, LEXICON)
    table = CostTable(zf, ef, replace(CostWeights(), support_scale=0.6), dict(DEFAULT_PRIORS))
    long_stray, short_line, usual = table._unsupported(
        np.array([1.0, 0.0, 6.0]), np.array([15.0, 2.0, 10.0]))
    assert long_stray > short_line > 0.0
    assert usual == 0.0


def test_typical_support_is_neutral_when_too_few_segments_qualify() -> None:
    zf, ef = featurize(ZH, EN, LEXICON)
    assert typical_support(zf, ef, 1.0) == 1.0


def test_typical_support_falls_when_lines_carry_words_their_partners_lack() -> None:
    zh, en = ZH * 4, EN * 4
    full = typical_support(*featurize(zh, en, LEXICON), 1.0)
    # Each Chinese line also names the President and the small arms; few English lines do.
    padded = [z.rstrip("。") + "，主席谈到小武器问题。" for z in zh]
    weaker = typical_support(*featurize(padded, en, LEXICON), 1.0)
    assert 0.0 < weaker < full <= 1.0
