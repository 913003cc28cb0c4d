"""Learning the text's own words, made cheaper without changing a word learnt: bound_words
counts again only the sentences a merge changed; word_joiner derives its look-ups once and
passes a sentence that opens no word untouched."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.text import segment
from termbase.text.segment import bound_words, word_joiner


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
