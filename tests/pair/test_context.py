"""Answers cut to what the term means, and neighbours' words refused, by the example pairs."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import core_by_context, neighbour_rendering

LEXICON = Lexicon.from_pairs([
    ("框架公约", "framework convention"), ("气候变化", "climate change"),
    ("联合国", "United Nations"),
    ("方案", "programme"), ("预算", "budget"), ("拟议", "proposed"),
    ("缔约方", "party"), ("会议", "conference"), ("届会", "session"),
    ("难民", "refugee"), ("署", "office"), ("联合国", "United Nations"),
    ("非法", "illicit"), ("贸易", "trade"), ("扩散", "proliferation"),
    ("国", "State"), ("发展中国家", "developing country"), ("岛屿", "island"),
    ("小", "small"), ("开发", "development"),
])


def test_a_word_the_chinese_says_beside_the_term_is_cut() -> None:
    examples = ["审议拟议方案预算。", "关于拟议方案预算的报告"]
    assert core_by_context("方案预算", "proposed programme budget", examples,
                           LEXICON) == "programme budget"


def test_function_words_left_at_the_edge_go_with_the_cut_words() -> None:
    examples = ["缔约方会议第二十一届会议", "缔约方会议第二十届会议期间"]
    assert core_by_context("缔约方会议", "session of the Conference of the Parties",
                           examples, LEXICON) == "Conference of the Parties"


def test_every_layer_the_sentences_explain_is_cut() -> None:
    # 缔约方会议 beside the title explains both "Conference" and "Parties".
    examples = ["联合国气候变化框架公约缔约方会议第二十一届会议",
                "联合国气候变化框架公约缔约方会议"]
    name = "Conference of the Parties to the United Nations Framework Convention on Climate Change"
    assert core_by_context("联合国气候变化框架公约", name, examples, LEXICON) == (
        "United Nations Framework Convention on Climate Change")


def test_figures_stated_in_the_chinese_are_the_sentence_s() -> None:
    examples = ["2016-2017两年期拟议方案预算", "在2016-2017两年期内"]
    assert core_by_context("两年期", "biennium 2016-2017", examples,
                           Lexicon.empty()) == "biennium"
    # A term with figures of its own keeps them.
    assert core_by_context("2030年议程", "2030 Agenda", ["执行2030年议程，2030年"],
                           LEXICON) == "2030 Agenda"


def test_nothing_is_cut_when_one_example_lacks_the_chinese_for_it() -> None:
    examples = ["审议拟议方案预算。", "方案预算没有为此编列经费"]
    assert core_by_context("方案预算", "proposed programme budget", examples,
                           LEXICON) == "proposed programme budget"


def test_nothing_is_cut_from_one_example() -> None:
    assert core_by_context("方案预算", "proposed programme budget", ["审议拟议方案预算。"],
                           LEXICON) == "proposed programme budget"


def test_words_the_term_means_are_never_cut() -> None:
    # 难民 means "refugee": the full name of the Office stays whole even where 联合国
    # stands beside the short form.
    examples = ["联合国难民署的报告", "联合国与难民署合作"]
    name = "Office of the United Nations High Commissioner for Refugees"
    assert core_by_context("难民署", name, examples, LEXICON) == name


def test_a_head_character_counts_as_a_meaning_of_the_term() -> None:
    # The dictionary reads 发展中国家 as "developing country", but 国 still means State:
    # "States" is not cut although 国 stands elsewhere in the sentences.
    examples = ["小岛屿发展中国家和会员国", "各国和小岛屿发展中国家"]
    assert core_by_context("小岛屿发展中国家", "small island developing States", examples,
                           LEXICON) == "small island developing States"


def test_a_neighbour_s_rendering_is_recognised() -> None:
    examples = ["谴责小武器的非法贸易和扩散", "防扩散倡议关注非法贸易和运输"]
    assert neighbour_rendering("非法贸易", "Proliferation", examples, LEXICON)
    assert not neighbour_rendering("非法贸易", "illicit trade", examples, LEXICON)


def test_acronyms_and_single_examples_are_never_called_neighbours() -> None:
    examples = ["开发署和扩散", "开发署与扩散问题"]
    assert not neighbour_rendering("开发署", "UNDP", examples, LEXICON)
    assert not neighbour_rendering("非法贸易", "Proliferation", ["非法贸易和扩散"], LEXICON)



def test_an_answer_cut_to_another_candidate_is_reported_once() -> None:
    from termbase.pair.answers import once_each
    from termbase.pair.results import Candidate

    def candidate(text: str, support: int) -> Candidate:
        return Candidate(text, support / 10, support, support, support, 0.5, 20.0)

    ranked = [candidate("developments", 6), candidate("political developments", 4),
              candidate("Developments", 3), candidate("events", 2)]
    assert [(c.text, c.support) for c in once_each(ranked)] == [
        ("developments", 6), ("political developments", 4), ("events", 2)]


def test_the_last_word_of_the_phrase_is_its_head_and_is_never_cut() -> None:
    # 事务 is glossed "affairs" only, and 员额 beside the term gives "service" in every
    # pair; but "General Service" is a name whose head is its last word: cutting it
    # would leave a modifier. A complement after the head may still go.
    lexicon = LEXICON.merged(Lexicon.from_pairs([
        ("一般", "general"), ("事务", "affairs"), ("员额", "service post"),
        ("委员会", "commission"), ("主席团", "bureau")]))
    examples = ["两个一般事务员额", "新设一般事务员额三个"]
    assert core_by_context("一般事务", "General Service", examples, lexicon) == (
        "General Service")
    assert core_by_context("主席团", "Bureau of the Commission",
                           ["委员会主席团", "委员会主席团成员"], lexicon) == "Bureau"
