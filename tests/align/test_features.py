"""Segment features: symbol keys (numbers, Latin tokens, labels), the symbol-only side, key
occurrences and the keys neighbouring segments share."""

from __future__ import annotations

import numpy as np

from termbase.align.features import PUNCT_COLUMNS, featurize, occurrence_code, symbol_keys
from termbase.align.lexicon import Lexicon

from .test_aligner import LEXICON


def test_articles_and_paragraphs_numbered_in_words_match_figures() -> None:
    # 第十五条 ↔ Article 15, 第三款 ↔ (3): the Chinese text numbers them in words.
    assert {"#15", "#3"} <= symbol_keys("依照第十五条第三款")
    assert "#51" in symbol_keys("见第五十一段。")


def test_numbers_in_words_outside_an_article_or_paragraph_stay_words() -> None:
    # 十五个国家 is a count a translation may spell out ("fifteen countries").
    assert symbol_keys("十五个国家") == set()


def test_the_symbol_side_keeps_only_numbers_symbols_and_labels() -> None:
    zf, ef = featurize(["大会通过了第68/48号决议，见第十五条。"],
                       ["The General Assembly adopted resolution 68/48 under article 15."],
                       LEXICON)
    for side in (zf, ef):
        symbols = side.symbol_side()
        assert symbols.weights[0] >= 2  # 68/48 and 15, whatever the tokeniser made of them
        assert set(symbols.keys(0)) < set(side.keys(0))  # the words are gone
        assert symbols.weights[0] == len(symbols.keys(0))


def test_symbol_flags_follow_slices_and_takes() -> None:
    zf, _ = featurize(["秘书长提交了2013年报告。", "会议讨论了小武器问题。"],
                      ["The Secretary-General submitted the report of 2013.",
                       "The meeting discussed the question of small arms."], LEXICON)
    assert zf.slice(0, 1).symbol_side().weights.tolist() == [1.0]
    assert zf.slice(1, 2).symbol_side().weights.tolist() == [0.0]
    assert zf.take(np.array([1, 0])).symbol_side().weights.tolist() == [0.0, 1.0]


def test_keys_count_their_occurrences_on_both_sides() -> None:
    zf, ef = featurize(["会议讨论了会议记录和2013年报告。", "主席宣布会议结束。"],
                       ["The meeting discussed the meeting records and the report of 2013.",
                        "The President declared the meeting closed."], LEXICON)
    for side in (zf, ef):
        assert side.key_count is not None
        counts = dict(zip(side.keys(0).tolist(),
                          side.key_count[side.key_ptr[0]:side.key_ptr[1]].tolist(),
                          strict=True))
        assert sorted(counts.values()) == [1, 1, 2]  # report, 2013 once; meeting twice
        # Slices and takes carry the counts with their keys.
        taken = side.take(np.array([1, 0])).key_count
        assert taken is not None and taken.tolist()[-3:] == side.key_count[:3].tolist()
        sliced = side.slice(1, 2).key_count
        assert sliced is not None and sliced.tolist() == side.key_count[3:].tolist()


def test_shared_keys_give_each_pair_its_common_keys_and_their_occurrences() -> None:
    zf, _ = featurize(["会议讨论了会议记录。", "会议结束。", "秘书长提交了报告。"],
                      ["The meeting discussed the meeting records.", "The meeting closed.",
                       "The Secretary-General submitted the report."], LEXICON)
    pairs = zf.shared_keys(1, np.ones(3, dtype=np.bool_))
    assert len(pairs) == 2
    meeting = int(np.intersect1d(zf.keys(0), zf.keys(1))[0])
    assert pairs.keys(0).tolist() == [meeting] and pairs.keys(1).size == 0
    needs = zf.shared_keys(1, np.ones(3, dtype=np.bool_), occurrences=True)
    # 会议 twice in the first line and once in the second: its third occurrence is needed.
    assert needs.keys(0).tolist() == occurrence_code(np.array([meeting]), np.array([3])).tolist()
    # Lines that neither end of a pair asks about share nothing.
    assert zf.shared_keys(1, np.array([False, False, True])).keys(0).size == 0
    assert zf.repeated_occurrences().keys(0).tolist() == occurrence_code(
        np.array([meeting]), np.array([2])).tolist()


def test_a_chinese_date_has_the_keys_of_the_english_date() -> None:
    # 年, 月 and 日 are no words of "19 March 2015", and the month is a name there: left
    # as they were, every date made a true pair look a third unmatched.
    lexicon = Lexicon.from_pairs([("年", "year"), ("月", "month"), ("日", "day")])
    zf, ef = featurize(["会议定于2015年3月19日10时13分举行"],
                       ["The meeting will be held on 19 March 2015 at 10.13 a.m. "
                        "every year, month and day."], lexicon)
    # 2015, 19, 10.13 and March, all found; no year, month or day left unmatched.
    assert zf.weights[0] == len(set(zf.keys(0)) & set(ef.keys(0))) == 4


def test_a_day_and_month_without_a_year_keep_the_month_name() -> None:
    # 2月5日 ↔ "5 February", a heading the page layout often glues to its sentence.
    zf, ef = featurize(["2月5日"], ["5 February"], Lexicon.empty())
    assert zf.weights[0] == ef.weights[0] == 2
    assert set(zf.keys(0)) == set(ef.keys(0))


def test_amounts_in_wan_and_yi_have_the_keys_of_millions_and_billions() -> None:
    # 42.5亿美元 ↔ "$4.25 billion", 3 840万 ↔ "38.4 million": the same figures, scaled.
    zf, ef = featurize(["儿基会收到了42.5亿美元，惠及3 840万人。"],
                       ["UNICEF received $4.25 billion, reaching 38.4 million people."],
                       Lexicon.empty())
    assert zf.weights[0] == ef.weights[0] == 4  # 4.25, billion, 38.4, million
    assert set(zf.keys(0)) == set(ef.keys(0))


def test_sentence_ends_are_counted_but_not_abbreviations() -> None:
    zf, ef = featurize(["会议开幕。主席致辞。", "25.我们认为这很重要。"],
                       ["Ibid., para. 31. The meeting opened at 10 a.m. on Monday.",
                        "25. We believe it is important."], Lexicon.empty())
    assert zf.punct[:, PUNCT_COLUMNS - 1].tolist() == [2, 1]
    # After "31" and at the end; a paragraph number opening the line ends nothing.
    assert ef.punct[:, PUNCT_COLUMNS - 1].tolist() == [2, 1]


def test_sessions_and_meetings_numbered_in_words_match_chinese_numerals() -> None:
    # UN documents number sessions in words in English, in numerals in Chinese.
    zf, ef = featurize(["大会第七十八届会议和第十次会议"],
                       ["The seventy-eighth session of the General Assembly and its "
                        "tenth meeting, for the first time."], Lexicon.empty())
    assert zf.weights[0] == ef.weights[0] == 2  # 78 and 10; "first time" is no key
    assert set(zf.keys(0)) == set(ef.keys(0))
