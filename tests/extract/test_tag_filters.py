"""Tag filters: the drafts that jieba's part-of-speech tags and dictionary parts leave
out, and those they keep."""

from __future__ import annotations

import pytest

from termbase.extract.drafts import Draft
from termbase.extract.statistics import NgramStats
from termbase.extract.tag_filters import (
    _COMMON_MODIFIER_TAGS,
    PLACE_SUFFIXES,
    drop_by_tags,
    drop_fixed_clauses,
    is_common_compound,
)
from termbase.text.segment import JiebaSegmenter


# Recall (issue 12): words jieba tags as places that its dictionary builds of common words
# are no toponyms, and stay candidates.
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


# A name run across a clause is no candidate (issue 12; the title citing a numbered
# session: test_filters.py).
#
# The name source runs from a listed opening word (非洲, 经济, 常驻, 人权 …) to a head word;
# a name holding a resolution's verb (政府|深信|联合国环境署: "the Government is convinced
# that UNEP …") ran across a clause; verbs that say what a body is for stay
# (…对话与合作|促进|和平|部长级会议).
@pytest.fixture(scope="module")
def tokenizer() -> JiebaSegmenter:
    return JiebaSegmenter()


@pytest.mark.parametrize(("name", "refused"), [
    ("政府深信联合国环境署", True),                      # the Government is convinced …
    ("国际货币和金融委员会重申货币基金", True),          # the Committee reaffirms …
    ("第三次宗教间对话与合作促进和平部长级会议", False),  # a meeting for peace
    ("联合国增进和保护人权小组委员会", False),
    ("联合国人类住区规划署", False),
])
def test_a_name_holds_no_resolution_verb(name: str, refused: bool,
                                         tokenizer: JiebaSegmenter) -> None:
    drafts = {name: Draft(name, tuple(tokenizer.cut(name)), NgramStats(1, 1, 1.0, 1.0, 1.0),
                          {"name"})}
    assert (name in drop_by_tags(drafts, tokenizer)) is refused


# Predicates among the candidates (issue 12): fixed expressions opened by an adverb that
# opens no term.
def test_a_fixed_expression_opened_by_an_adverb_is_a_predicate() -> None:
    # jieba lists 密切合作 'cooperate closely' as one word, so the adverb 密切, which opens
    # no term as an n-gram's first word, was never seen: cut in two it is a clause. The
    # negation 不 makes a word of the opposite quality (不人道, 不结盟), not a clause.
    tokenizer = JiebaSegmenter()
    predicates = ("密切合作", "密切协作", "密切配合")
    words = (*predicates, "不人道", "不结盟", "发展中国家")
    assert [tokenizer.cut(w) for w in words] == [[w] for w in words]  # one dictionary word each
    drafts = {w: Draft(w, (w,), NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"}) for w in words}
    drop_fixed_clauses(drafts, tokenizer)
    assert set(drafts) == {"不人道", "不结盟", "发展中国家"}


def test_an_ngram_opening_with_an_adverb_expression_is_refused() -> None:
    tokenizer = JiebaSegmenter()
    clause = ("密切合作", "打击", "恐怖主义")
    term = ("不结盟", "国家")
    drafts = {"".join(w): Draft("".join(w), w, NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"})
              for w in (clause, term)}
    assert drop_fixed_clauses(drafts, tokenizer) == {"".join(clause)}
