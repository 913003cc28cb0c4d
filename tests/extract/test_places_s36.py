"""Session 36 recall rule (issue 12): words jieba tags as places that its dictionary builds
of common words are no toponyms, and stay candidates."""

from __future__ import annotations

import pytest

from termbase.extract.drafts import (
    _COMMON_MODIFIER_TAGS,
    PLACE_SUFFIXES,
    Draft,
    drop_by_tags,
    is_common_compound,
)
from termbase.extract.statistics import NgramStats
from termbase.text.segment import JiebaSegmenter


def _singles(*words: str, specificity: float = 100.0) -> dict[str, Draft]:
    """Single-word drafts the text uses ``specificity`` times as often as general Chinese."""
    return {w: Draft(w, (w,), NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"},
                     specificity=specificity) for w in words}


@pytest.mark.parametrize("word", [
    "东道国",      # host country: 东道 (host, a noun) + 国
    "南南合作",    # South-South cooperation: an activity's name
    "土地利用",    # land use
    "欧元区",      # euro area
])
def test_a_place_tag_on_common_words_is_read_as_a_term(word: str) -> None:
    tokenizer = JiebaSegmenter()
    assert tokenizer.word_tags([word]) == {word: "ns"}  # the tag this rule corrects
    drafts = _singles(word)
    drop_by_tags(drafts, tokenizer)
    assert word in drafts


@pytest.mark.parametrize("word", [
    "巴勒斯坦",          # a transliteration the dictionary does not cut
    "俄罗斯联邦",        # a place's name and a head
    "东耶路撒冷",        # a direction and a place's name
    "美利坚合众国",      # a person's or place's name inside
    "非洲大陆",
    "外国",              # cut into single characters: the tag may be right
    "城市",
    "加大力度",          # a verb before its object: a clause, left to the tag
    "第三国",            # a numeral before the head
    "太子港",            # Port-au-Prince: 太子 (prince) + a toponym's generic name
    "棉兰老岛",          # Mindanao
    "珍珠港",
])
def test_toponyms_and_other_place_tagged_words_stay_dropped(word: str) -> None:
    tokenizer = JiebaSegmenter()
    assert tokenizer.word_tags([word]) == {word: "ns"}
    drafts = _singles(word)
    drop_by_tags(drafts, tokenizer)
    assert word not in drafts


@pytest.mark.parametrize("word", ["葡萄牙", "比利时"])
def test_a_transliteration_cut_into_common_words_is_general(word: str) -> None:
    """葡萄|牙 (Portugal: grape + tooth) reads as common words; a country's name is general
    Chinese, as the text uses it."""
    tokenizer = JiebaSegmenter()
    assert tokenizer.word_tags([word]) == {word: "ns"}
    drafts = _singles(word, specificity=6.0)
    drop_by_tags(drafts, tokenizer)
    assert word not in drafts


def test_the_parts_decide() -> None:
    tags = {"东道": "n", "国": "n", "巴勒斯坦": "ns", "南南": "ns", "合作": "vn",
            "加大": "v", "力度": "n"}
    assert is_common_compound(("东道", "国"), tags)
    assert is_common_compound(("南南", "合作"), tags)
    assert not is_common_compound(("巴勒斯坦", "国"), tags)
    assert not is_common_compound(("加大", "力度"), tags)


def test_the_toponym_suffixes_are_read_off_the_dictionary() -> None:
    """The single characters ending ten or more of jieba's dictionary words built on a
    common modifier of two characters or more, at least 40 % of them places, are the
    generic names of toponyms (县, 市, 港, 岛 …); 国, 区 and 人 make common nouns there."""
    from collections import Counter

    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab
    places: Counter[str] = Counter()
    built: Counter[str] = Counter()
    for word, tag in tags.items():
        if len(word) > 2 and tags.get(word[:-1]) in _COMMON_MODIFIER_TAGS:
            built[word[-1]] += 1
            places[word[-1]] += tag == "ns"
    derived = {c for c, n in built.items() if n >= 10 and places[c] >= 0.4 * n}
    assert derived == PLACE_SUFFIXES
    assert not {"国", "区", "人"} & derived
