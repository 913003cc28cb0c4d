"""Bead costs: a merge must be anchored on both parts; the document's typical support
and typical symbol agreement."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from termbase.align.aligner import DEFAULT_PRIORS, AlignSettings, align
from termbase.align.band import typical_support, typical_symbols
from termbase.align.cost import CostTable, CostWeights
from termbase.align.features import featurize

from .test_aligner import EN, LEXICON, ZH, segs

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


def test_typical_support_is_unknown_when_too_few_segments_qualify() -> None:
    zf, ef = featurize(ZH, EN, LEXICON)
    assert typical_support(zf, ef, 1.0) is None


def test_typical_support_falls_when_lines_carry_words_their_partners_lack() -> None:
    zh, en = ZH * 4, EN * 4
    full = typical_support(*featurize(zh, en, LEXICON), 1.0)
    # Each Chinese line also names the President and the small arms; few English lines do.
    padded = [z.rstrip("。") + "，主席谈到小武器问题。" for z in zh]
    weaker = typical_support(*featurize(padded, en, LEXICON), 1.0)
    assert full is not None and weaker is not None
    assert 0.0 < weaker < full <= 1.0


def numbered_report() -> tuple[list[str], list[str]]:
    """Twelve pairs that keep their figures, and a last pair citing paragraph 7."""
    zh = [f"秘书长提交了{2001 + k}年报告。" for k in range(12)]
    en = [f"The Secretary-General submitted the report of {2001 + k}." for k in range(12)]
    zh.append("会议讨论了小武器问题和第7段提到的大会决议以及各国代表的发言。")
    en.append("The meeting discussed small arms, the General Assembly resolution in "
              "paragraph 7 and the statements of representatives.")
    return zh, en


def test_a_reference_line_whose_figure_the_bead_lacks_is_left_alone() -> None:
    # "Ibid., para. 7." has no dictionary word and adds little length: only its figure,
    # which the Chinese line it would join does not carry, tells it is a stray.
    zh, en = numbered_report()
    en.insert(5, "Ibid., para. 7.")

    def beads(symbol: float) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        settings = AlignSettings(weights=replace(CostWeights(), symbol=symbol))
        return [(b.src, b.tgt) for b in align(segs(zh), segs(en), lexicon=LEXICON,
                                              settings=settings).beads]
    assert ((5,), (5, 6)) in beads(0.0)
    assert ((), (5,)) in beads(1.0) and ((5,), (6,)) in beads(1.0)


def reference_part_cost(part: str, weights: CostWeights) -> float:
    """What the symbol rule adds to the 1-2 bead of the last pair's Chinese line with
    its English line and ``part``."""
    zh, en = numbered_report()
    zf, ef = featurize([zh[12], *zh], [en[12], part, *en], LEXICON)

    def cost(w: CostWeights) -> float:
        table = CostTable(zf, ef, w, dict(DEFAULT_PRIORS))
        table.set_band(np.zeros(len(zf), dtype=np.int64), len(ef))
        return float(table.cost(np.array([1]), np.array([2]), 1, 2)[0])

    return cost(weights) - cost(replace(weights, symbol=0.0))


def test_a_part_pays_for_its_figure_by_its_own_sides_habits() -> None:
    both = replace(CostWeights(), symbol_scale_zh=1.0, symbol_scale_en=1.0)
    # Paragraph 2005 is nowhere in the Chinese line: strong evidence in a document
    # whose figures always carry over, none where English figures often do not.
    assert reference_part_cost("Ibid., para. 2005.", both) > 3.0
    assert reference_part_cost("Ibid., para. 2005.",
                               replace(both, symbol_scale_en=0.0)) == 0.0
    # "Paragraph 7" repeats the figure of the line it joins: no evidence.
    assert reference_part_cost("Paragraph 7", both) == 0.0


def test_typical_symbols_is_neutral_on_few_lines() -> None:
    zh, en = numbered_report()
    assert typical_symbols(*featurize(zh, en, LEXICON)) == 1.0
    assert typical_symbols(*featurize(zh[:5], en[:5], LEXICON)) == 0.0


def sentence_cost(zh: list[str], en: list[str], support: float) -> float:
    """What the sentence count adds to the 1-2 bead of zh[0] with en[0] and en[1]."""
    zf, ef = featurize(zh, en, LEXICON)

    def cost(w: CostWeights) -> float:
        table = CostTable(zf, ef, w, dict(DEFAULT_PRIORS))
        table.set_band(np.zeros(len(zh), dtype=np.int64), len(en))
        return float(table.cost(np.array([1]), np.array([2]), 1, 2)[0])

    weights = replace(CostWeights(), support_scale=support)
    return cost(weights) - cost(replace(weights, sentence=0.0))


def test_a_one_sentence_line_pays_for_taking_two_sentences_in_a_close_translation() -> None:
    # A UN translation keeps its sentences: the second English sentence is more likely
    # a line of its own than half of this Chinese one.
    assert sentence_cost([ZH[2], *ZH], [EN[2], STRAY, *EN], support=0.7) > 0.5


def test_a_line_of_two_sentences_pays_nothing_for_taking_two() -> None:
    zh = [ZH[2].rstrip("。") + "。会议讨论了小武器问题。", *ZH]
    assert sentence_cost(zh, [EN[2], "The meeting discussed small arms.", *EN],
                         support=0.7) == 0.0


def test_sentences_count_for_nothing_in_a_free_translation() -> None:
    # Literary translators split and join sentences; their dictionary support is low.
    assert sentence_cost([ZH[2], *ZH], [EN[2], STRAY, *EN], support=0.3) == 0.0


def test_a_merge_costs_more_in_a_close_translation_only() -> None:
    zf, ef = featurize([ZH[2], *ZH], [EN[2], STRAY, *EN], LEXICON)

    def extra(support: float) -> float:
        weights = replace(CostWeights(), support_scale=support)
        costs = []
        for w in (weights, replace(weights, merge_close=0.0)):
            table = CostTable(zf, ef, w, dict(DEFAULT_PRIORS))
            table.set_band(np.zeros(len(zf), dtype=np.int64), len(ef))
            costs.append(float(table.cost(np.array([1]), np.array([2]), 1, 2)[0]))
        return costs[0] - costs[1]

    assert extra(0.7) == CostWeights().merge_close
    assert extra(0.3) == 0.0
