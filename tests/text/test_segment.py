"""Segmenters: a private, seeded jieba; characters; sentencepiece trained on the corpus."""

from __future__ import annotations

import itertools
import pickle
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.errors import UsageError
from termbase.text import segment
from termbase.text.segment import (
    CharSegmenter,
    JiebaSegmenter,
    SentencePieceSegmenter,
    bound_words,
    make_segmenter,
    word_joiner,
)

TEXT = "执行《国际追查文书》，防止小武器和轻武器非法中介活动。"


@pytest.fixture(scope="module")
def seeded() -> JiebaSegmenter:
    return JiebaSegmenter(["《国际追查文书》", "非法中介活动", "小武器和轻武器"])


def test_seeded_terms_stay_whole(seeded: JiebaSegmenter) -> None:
    words = seeded.cut(TEXT)
    assert "国际追查文书" in words
    assert "非法中介活动" in words
    assert "小武器和轻武器" in words


def test_unseeded_jieba_splits_the_terms() -> None:
    words = JiebaSegmenter().cut(TEXT)
    assert "非法中介活动" not in words


def test_the_words_make_up_the_text(seeded: JiebaSegmenter) -> None:
    words = seeded.cut(TEXT)
    assert "".join(words) == TEXT
    assert all(words)


def test_the_global_jieba_tokenizer_is_left_alone(seeded: JiebaSegmenter) -> None:
    import jieba

    seeded.cut(TEXT)
    assert seeded.tokenizer is not jieba.dt
    assert "非法中介活动" not in jieba.dt.FREQ


def test_fingerprint_changes_with_the_seeds(seeded: JiebaSegmenter) -> None:
    assert seeded.fingerprint().startswith("jieba ")
    assert seeded.fingerprint() != JiebaSegmenter().fingerprint()


def test_pickled_segmenter_rebuilds_its_tokenizer(seeded: JiebaSegmenter) -> None:
    clone = pickle.loads(pickle.dumps(seeded))
    assert clone.cut(TEXT) == seeded.cut(TEXT)


def test_default_dictionary_is_jiebas_cached_prefix_dictionary() -> None:
    import jieba

    theirs = jieba.Tokenizer()
    theirs.initialize()
    ours = JiebaSegmenter().tokenizer
    assert ours.initialized and ours.total == theirs.total and ours.FREQ == theirs.FREQ


def test_an_unreadable_or_missing_cache_is_left_to_jieba(tmp_path: Path) -> None:
    import jieba

    from termbase.text.segment import _read_default_cache

    (tmp_path / "jieba.cache").write_bytes(b"\x00not marshal")
    for directory in (tmp_path, tmp_path / "absent"):
        tokenizer = jieba.Tokenizer()
        tokenizer.tmp_dir = str(directory)
        _read_default_cache(tokenizer)
        assert not tokenizer.initialized and tokenizer.FREQ == {}


def test_missing_dictionary_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="dictionary not found"):
        JiebaSegmenter(dictionary=tmp_path / "none.txt").cut("文本")


def test_characters_keep_latin_words_and_numbers_whole() -> None:
    words = CharSegmenter().cut("第68/48号 ABC决议")
    assert words == ["第", "68", "/", "48", "号", " ", "ABC", "决", "议"]


def test_make_segmenter_by_name() -> None:
    assert make_segmenter("chars").name == "chars"
    assert make_segmenter("jieba", ["行动纲领"]).name == "jieba"
    with pytest.raises(UsageError, match="unknown segmenter"):
        make_segmenter("spacy")


def test_sentencepiece_refuses_a_small_corpus() -> None:
    with pytest.raises(UsageError, match="too small"):
        SentencePieceSegmenter.train([TEXT] * 10)


def test_sentencepiece_trained_on_the_un_test_set(shared: Path) -> None:
    path = shared / "corpus" / "unv1-testset" / "UNv1.0.testset.zh-segmented"
    lines = [line.replace(" ", "") for line in path.read_text(encoding="utf-8").splitlines()]
    model = SentencePieceSegmenter.train(lines[:3000])
    for line in lines[3000:3050]:
        assert "".join(model.cut(line)) == line
    assert model.fingerprint().startswith("sentencepiece")
    assert pickle.loads(pickle.dumps(model)).cut(lines[0]) == model.cut(lines[0])


# --- words the segmenter splits, learnt from the text (issue 12) ---------------------------


def test_bound_words_rebuilds_a_shattered_abbreviation() -> None:
    from termbase.text.segment import bound_words

    sentences = [["儿", "基", "会", "支持", "儿童"]] * 12 + [["儿童", "基金"]] * 3
    learned = bound_words(sentences)
    assert "儿基会" in learned
    assert "儿基" not in learned and "基会" not in learned  # merged again: not words


def test_bound_words_joins_a_character_to_the_word_it_mostly_precedes() -> None:
    from termbase.text.segment import bound_words

    sentences = ([["实现", "可", "持续", "发展"]] * 12 + [["持续", "增长"]] * 4
                 + [["可", "以", "合作"]] * 20 + [["实现", "目标"]] * 20)
    assert bound_words(sentences) == ["可持续"]


def test_bound_words_leaves_grammar_and_chance_pairs_alone() -> None:
    from termbase.text.segment import bound_words

    # 的 is grammar however often it precedes a word; 有|能力 is seen too rarely.
    sentences = [["合作", "的", "重要性"]] * 30 + [["有", "能力", "的", "国家"]] * 6
    assert bound_words(sentences) == []


def test_bound_words_joins_a_character_bound_both_ways_to_the_stronger_side() -> None:
    from termbase.text.segment import bound_words

    sentences = ([["消除", "小", "武器"]] * 10 + [["打击", "小", "武器"]] * 10
                 + [["管制", "小", "武器"]] * 10)
    assert bound_words(sentences) == ["小武器"]


def test_bound_words_needs_half_the_uses_of_a_pair_whose_character_is_a_morpheme() -> None:
    from termbase.text.segment import bound_words

    # 职 (a bound morpheme: no word alone) stands before 等 in five of its six uses;
    # 有 (a word) before 能力 five times: too few for a pair of two words.
    sentences = ([["各", "职", "等", "员额"]] * 5 + [["职", "类"]]
                 + [["有", "能力", "国家"]] * 5 + [["有", "资源"]] * 2)
    assert bound_words(sentences) == []
    assert bound_words(sentences, morphemes={"职"}) == ["职等"]
    assert bound_words(sentences[:4], morphemes={"职"}) == []  # four uses: too few


def test_with_words_derives_a_segmenter_and_leaves_the_original_alone() -> None:
    base = JiebaSegmenter()
    derived = base.with_words(["儿基会"])
    assert derived.cut("儿基会支持")[0] == "儿基会"
    assert base.cut("儿基会支持")[0] != "儿基会"
    assert derived.fingerprint() != base.fingerprint()
    assert base.with_words([]) is base


def test_seeds_leave_the_cut_of_other_text_alone() -> None:
    # jieba adds a seed's count to the corpus total; with many seeds every token would
    # cost more and longer dictionary words would win everywhere (特别是在 as one word).
    text = "特别是在非洲，所需资源的概况。"
    plain = JiebaSegmenter().cut(text)
    seeds = [f"术语{i}" for i in range(40)]
    assert JiebaSegmenter(seeds).cut(text) == plain
    assert JiebaSegmenter().with_words(seeds).cut(text) == plain
    assert plain[:3] == ["特别", "是", "在"]


def test_general_frequency_is_a_share_of_the_dictionary_not_of_seeds() -> None:
    seeded = JiebaSegmenter(["人权"]).with_words(["儿基会"])
    shares = seeded.general_frequency(["国家", "人权", "儿基会", "不是词的串"])
    assert 0 < shares["国家"] < 0.01
    assert shares["人权"] == shares["儿基会"] == shares["不是词的串"] == 0.0
    # Seeding must not dilute the shares of other words.
    assert shares["国家"] == JiebaSegmenter().general_frequency(["国家"])["国家"]


def test_word_joiner_rebuilds_learned_words_from_their_pieces() -> None:
    from termbase.text.segment import word_joiner

    assert word_joiner(["儿基会", "可持续"])(["儿", "基", "会", "支持", "可", "持续", "发展"]) \
        == ["儿基会", "支持", "可持续", "发展"]


def _join_everywhere(tokens: list[str], words: list[str]) -> list[str]:
    """word_joiner as first written: every position tries its three joins."""
    joined: list[str] = []
    i = 0
    while i < len(tokens):
        for j in range(min(i + 4, len(tokens)), i + 1, -1):
            if "".join(tokens[i:j]) in words:
                joined.append("".join(tokens[i:j]))
                i = j
                break
        else:
            joined.append(tokens[i])
            i += 1
    return joined


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["儿", "基", "会", "儿基", "可", "持续", "可持", "续", "发展"]),
                max_size=12),
       st.lists(st.sampled_from(["儿基会", "可持续", "儿基", "基会", "持续发展", "会可"]),
                max_size=3))
def test_word_joiner_skips_only_tokens_that_open_no_word(tokens: list[str],
                                                        words: list[str]) -> None:
    # The look-up of the openings is a shortcut: the joins must be those of trying all.
    from termbase.text.segment import word_joiner

    assert word_joiner(words)(tokens) == _join_everywhere(tokens, words)


_MIXED = [
    "安全理事会第2231(2015)号决议和《不扩散核武器条约》缔约国2015年审议大会",
    "UNDP、儿基会和人口基金执行局2016年第一届常会；A/70/5 (Vol. I)，第12段",
    "秘书长说，特别是在2030年可持续发展议程方面，我们需要 3.5% 的增长。",
    "ab12 c d 9 x-y_z  \t 联合国\r\n新闻部  ＡＢＣ１２３ 〇一二三",
    "",
    "结婚的和尚未结婚的",
]


@pytest.mark.parametrize("seeds", [(), ("儿基会", "人口基金执行局", "审议大会")])
def test_cut_is_jiebas_own_cut(seeds: tuple[str, ...]) -> None:
    # The word search is our own (one pass, no graph); its words must be jieba's.
    segmenter = JiebaSegmenter(seeds)
    for text in _MIXED:
        assert segmenter.cut(text) == segmenter.tokenizer.lcut(text, HMM=False)
    learned = segmenter.with_words(["高专办", "可持续"])
    for text in [*_MIXED, "人权高专办说，可持续发展。"]:
        assert learned.cut(text) == learned.tokenizer.lcut(text, HMM=False)


def test_cut_is_jiebas_own_cut_on_un_text(shared: Path) -> None:
    segmenter = JiebaSegmenter()
    lines = (shared / "corpus" / "unv1-testset" / "UNv1.0.testset.zh-segmented").read_text(
        encoding="utf-8").splitlines()[:400]
    texts = [line.replace(" ", "") for line in lines] + lines  # with and without spaces
    assert all(segmenter.cut(t) == segmenter.tokenizer.lcut(t, HMM=False) for t in texts)


def _bound_words_recounting(sentences: list[list[str]], min_count: int = 10,
                            share: float = 0.6, rounds: int = 2) -> list[str]:
    """bound_words as first written: every sentence merged and counted again each round."""
    cut = [list(s) for s in sentences]
    learned: list[str] = []
    for _ in range(rounds):
        singles: Counter[str] = Counter()
        pairs: Counter[tuple[str, str]] = Counter()
        for words in cut:
            singles.update(words)
            pairs.update(itertools.pairwise(words))
        bound = [((a, b), n) for (a, b), n in pairs.items()
                 if n >= min_count and (len(a) == 1 or len(b) == 1)
                 and segment._is_ideographs(a + b) and a not in segment._GLUE
                 and b not in segment._GLUE and n >= share * min(singles[a], singles[b])]
        best: dict[str, tuple[int, tuple[str, str]]] = {}
        for pair, n in bound:
            for single in (w for w in pair if len(w) == 1):
                if best.get(single, (0, pair)) < (n, pair):
                    best[single] = (n, pair)
        merges = {pair for pair, _ in bound
                  if all(best[w][1] == pair for w in pair if len(w) == 1)}
        if not merges:
            break
        learned.extend(a + b for a, b in sorted(merges))
        cut = [segment._merge(words, merges) for words in cut]
    final = Counter(word for words in cut for word in words)
    return [word for word in dict.fromkeys(learned) if final[word] >= min_count]


_PIECES = ["儿", "基", "会", "支持", "可", "持续", "发展", "小", "武器", "消除", "的", "国家",
           "埃", "博", "拉", "病毒"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=8), max_size=40),
       st.integers(min_value=1, max_value=6), st.integers(min_value=1, max_value=3))
def test_bound_words_learns_what_counting_everything_again_learns(
        sentences: list[list[str]], repeat: int, rounds: int) -> None:
    # Repeated, so that pairs reach the counts a merge needs (min_count 3 here).
    text = sentences * repeat
    assert bound_words(text, min_count=3, rounds=rounds) == _bound_words_recounting(
        text, min_count=3, rounds=rounds)


def test_a_sentence_merged_away_leaves_no_pair_to_learn() -> None:
    # 儿|基 merge in the first round; their pair, counted 0 afterwards, is no candidate
    # even where any count would do.
    sentences = [["儿", "基", "会"]] * 12
    assert bound_words(sentences, min_count=0) == _bound_words_recounting(
        sentences, min_count=0)


def test_a_sentence_opening_no_word_comes_back_as_a_new_list() -> None:
    tokens = ["国家", "发展"]
    joined = word_joiner(["儿基会"])(tokens)
    assert joined == tokens and joined is not tokens
