"""The score of a candidate: unithood from its boundaries, and the weights of its kind."""

from __future__ import annotations

import math

import pytest

from termbase.extract.drafts import Draft, score_drafts
from termbase.extract.ranking import DEFAULT_WEIGHTS, score, spread, unithood
from termbase.extract.statistics import NgramStats


# Recall at depth (issue 12): how open a rare term's boundary can show.
def test_three_different_neighbours_open_a_side_fully() -> None:
    # A term used three times with a different word on each side every time shows all
    # the freedom three uses can show: it is as much a unit as one seen with many more
    # neighbours, whatever its frequency.
    three_uses = NgramStats(3, 3, math.log(3), math.log(3), 1.0)
    many_uses = NgramStats(30, 3, math.log(12), math.log(12), 1.0)
    assert unithood(three_uses) == pytest.approx(1.0, abs=0.01)
    assert unithood(three_uses) == pytest.approx(unithood(many_uses), abs=0.01)


def test_a_repeated_neighbour_still_marks_a_fragment() -> None:
    # Two of three uses after the same word: a fragment of a longer unit, weighed down.
    free = NgramStats(3, 3, math.log(3), math.log(3), 0.6)
    fragment = NgramStats(3, 3, 0.64, math.log(3), 0.6)
    assert unithood(fragment) < 0.5 * unithood(free)


def test_a_free_term_used_three_times_outranks_a_name_used_twice() -> None:
    # A name needs no boundary evidence; a term used three times, each time between
    # other words (财务条例), shows as much as three uses can and ranks above a name of
    # about its length used twice.
    term = score(3 * math.log2(5), NgramStats(3, 3, math.log(3), math.log(3), 0.65),
                 words=2, length=4, is_title=False, is_defined=False, documents=8)
    name = score(2 * math.log2(6), NgramStats(2, 2, 1.0, 1.0, 1.0), words=2, length=5,
                 is_title=False, is_defined=False, is_name=True, documents=8)
    assert term > name


# The bare title of a post (高级专员, 观察员; candidates.is_post) heads the titles of many
# posts, but is no generic head (issue 12): it names a role, not whichever body or
# instrument was named last.
def _heading(word: str, head_share: float) -> Draft:
    """A single word the text uses far more than general Chinese, found 30 times, that
    heads longer candidates ``head_share`` times its own uses."""
    draft = Draft(word, (word,), NgramStats(30, 4, 2.0, 2.0, 1.0), {"ngram"},
                  c_value=30.0, specificity=5000.0, head_share=head_share, documents=8)
    draft.rescore()
    return draft


def test_a_post_heading_many_titles_keeps_its_weight() -> None:
    # 人权事务高级专员, 难民事务高级专员, 联合国人权事务高级专员 …: twice its own uses.
    assert _heading("高级专员", 2.0).score == pytest.approx(_heading("高级专员", 0.0).score)


def test_a_head_of_bodies_heading_many_names_is_still_generic() -> None:
    # 特别委员会, 咨询委员会 …: a bare 委员会 refers back to one of them.
    ratio = _heading("委员会", 2.0).score / _heading("委员会", 0.0).score
    assert ratio == pytest.approx(DEFAULT_WEIGHTS.generic_head_factor)


def test_two_character_words_weigh_by_their_specificity() -> None:
    stats = NgramStats(40, 5, 2.0, 2.0, 1.0)
    general = score(40.0, stats, words=1, length=2, is_title=False, is_defined=False,
                    specificity=3.0)
    own = score(40.0, stats, words=1, length=2, is_title=False, is_defined=False,
                specificity=500.0)
    assert own > 50 * general


def test_longer_single_words_of_general_chinese_weigh_less() -> None:
    # 委员会, 办公室: dictionary words general Chinese uses about as often as UN text.
    stats = NgramStats(40, 5, 2.0, 2.0, 1.0)

    def weigh(specificity: float) -> float:
        return score(40.0, stats, words=1, length=3, is_title=False, is_defined=False,
                     specificity=specificity)

    assert weigh(10.0) < 0.5 * weigh(300.0)
    assert weigh(0.0) == weigh(300.0)  # unknown to the dictionary: no evidence either way
    # Named by the text itself (a defined short form), it is not discounted.
    assert score(40.0, stats, words=1, length=3, is_title=False, is_defined=True,
                 specificity=10.0) > weigh(300.0)


def test_dispersion_counts_at_most_half_the_documents_read() -> None:
    # In a line corpus whose themes follow each other, a theme's term stays in its blocks
    # of lines while a general phrase spreads over all of them: spreading beyond half of
    # the documents earns nothing more.
    spread_over = {"国际合作": 8, "核查机制": 4, "核能安全": 1}
    cuts = {"国际合作": ("国际", "合作"), "核查机制": ("核查", "机制"),
            "核能安全": ("核能", "安全")}

    def drafts() -> dict[str, Draft]:
        return {t: Draft(t, cuts[t], NgramStats(24, df, 2.0, 2.0, 1.0), {"ngram"})
                for t, df in spread_over.items()}

    bounded, unknown = drafts(), drafts()
    score_drafts(bounded, documents=8)
    score_drafts(unknown)
    assert bounded["国际合作"].score == bounded["核查机制"].score
    assert bounded["核能安全"].score < bounded["核查机制"].score
    assert unknown["国际合作"].score > unknown["核查机制"].score  # number read not known
    assert (spread(8, 8), spread(3, 8), spread(2, 2), spread(5, 0), spread(0, 4)) == \
        (4, 3, 1, 5, 1)


def test_a_single_word_built_as_a_name_weighs_as_a_name() -> None:
    # jieba lists 环境署 (UNEP), 周转基金 and 全体会议 as one word each: a modifier before a
    # head of names. They name one body, fund or meeting, as a name of several words does.
    from termbase.extract.candidates import is_single_name

    assert all(is_single_name(w) for w in ("环境署", "周转基金", "全体会议", "国际法院"))
    # One character before the head (部署, deploy) builds no name; a bare head is none.
    assert not any(is_single_name(w) for w in ("部署", "会议", "委员会", "人道主义"))
    stats = NgramStats(6, 2, 1.3, 1.3, 1.0)

    def weigh(*, is_body: bool, head_share: float = 0.0) -> float:
        return score(6.0, stats, words=1, length=4, is_title=False, is_defined=False,
                     specificity=300.0, head_share=head_share, is_body=is_body)

    assert weigh(is_body=True) > 2.5 * weigh(is_body=False)
    # A generic head (办事处 heads many names) names none of them alone.
    assert weigh(is_body=True, head_share=2.0) == weigh(is_body=False, head_share=2.0)
    drafts = {"周转基金": Draft("周转基金", ("周转基金",), stats),
              "金融市场": Draft("金融市场", ("金融市场",), stats)}
    for draft in drafts.values():
        draft.c_value, draft.specificity = 6.0, 300.0
        draft.rescore()
    assert drafts["周转基金"].score > 2.5 * drafts["金融市场"].score


def test_a_phrase_of_common_words_used_about_as_often_as_chance_weighs_less() -> None:
    # 工作|方法, 社会|经济: the text puts the two words together no more than general Chinese
    # would by chance (ratio ≈ 300): a combination of common words, not a unit of the field.
    stats = NgramStats(12, 3, 1.3, 1.3, 0.5)

    def weigh(ratio: float, **named: bool) -> float:
        return score(12.0, stats, words=2, length=4, is_title=named.get("is_title", False),
                     is_defined=False, is_name=named.get("is_name", False),
                     chance_ratio=ratio)

    floor = DEFAULT_WEIGHTS.chance_floor
    assert weigh(floor / 2) == pytest.approx(weigh(floor) / 2)
    # Above the floor, or unknown to the dictionary (a rare word, inf), or not measured (0.0):
    # no discount.
    assert weigh(floor) == weigh(10 * floor) == weigh(math.inf) == weigh(0.0)
    # A title or a name is named as such by the text, however common its words.
    for named in ({"is_title": True}, {"is_name": True}):
        assert weigh(floor / 2, **named) == weigh(math.inf, **named)
    # A single word is weighed by its specificity, not by this.
    single = score(12.0, stats, words=1, length=4, is_title=False, is_defined=False,
                   specificity=300.0, chance_ratio=floor / 2)
    assert single == score(12.0, stats, words=1, length=4, is_title=False, is_defined=False,
                           specificity=300.0)


def test_a_word_the_text_coined_weighs_as_the_phrase_of_its_pieces() -> None:
    # 联检组 (JIU): the dictionary cuts it 联检|组, 组 a bound morpheme, and the segmenter
    # learned it from the text. Weighed as a single dictionary word it fell below the
    # phrase 联检|组 it was before (11.7 against 31.9 on the UNv1 development set).
    stats = NgramStats(12, 3, 1.3, 1.3, 1.0)

    def weigh(words: int, **kind: bool) -> float:
        return score(12.0, stats, words=words, length=3, is_title=False, is_defined=False,
                     specificity=math.inf, chance_ratio=kind.pop("chance", math.inf), **kind)

    assert weigh(1, is_coined=True) == weigh(2) > 2.5 * weigh(1)
    # Its pieces are measured against chance as the phrase's words are.
    floor = DEFAULT_WEIGHTS.chance_floor
    assert score(12.0, stats, words=1, length=3, is_title=False, is_defined=False,
                 specificity=math.inf, chance_ratio=floor / 2, is_coined=True) \
        == pytest.approx(weigh(1, is_coined=True) / 2)
    # A generic head stays one, coined or not.
    generic = {"head_share": 2.0}
    assert score(12.0, stats, words=1, length=3, is_title=False, is_defined=False,
                 specificity=math.inf, is_coined=True, **generic) \
        == score(12.0, stats, words=1, length=3, is_title=False, is_defined=False,
                 specificity=math.inf, **generic)
