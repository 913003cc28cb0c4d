"""Candidate sources: titles, short-form definitions, names of bodies, word runs."""

from __future__ import annotations

import pytest

from termbase.extract.candidates import (
    BREAK,
    BREAK_WORDS,
    NEGATION_ADVERBS,
    Definition,
    definitions,
    is_name_head,
    is_post,
    is_single_name,
    mark_breaks,
    may_hold_names,
    names,
    titles,
)


def test_titles_in_brackets_and_entitled_quotes() -> None:
    text = "执行《行动纲领》和《武器贸易条约》，列入题为“全面彻底裁军”的项目"
    assert titles(text) == ["行动纲领", "武器贸易条约", "全面彻底裁军"]
    assert titles("没有标题") == []


def test_parenthesised_short_title() -> None:
    full = "使各国能够及时和可靠地识别和追查非法小武器和轻武器的国际文书"
    text = f"执行《{full}》(《国际追查文书》)，"
    assert Definition(full, "国际追查文书", "title") in definitions(text)


def test_contraction_in_parentheses() -> None:
    text = "与世界海关组织、国际刑事警察组织（国际刑警组织）合作"
    assert definitions(text) == [Definition("国际刑事警察组织", "国际刑警组织", "contraction")]


def test_contraction_across_an_enumeration_comma() -> None:
    text = ("第二次联合国审查从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领执行进度大会"
            "(第二次审查大会)圆满结束")
    (found,) = definitions(text)
    assert found.short == "第二次审查大会"
    assert found.full.startswith("第二次联合国审查") and found.full.endswith("进度大会")


def test_so_called_definition() -> None:
    (found,) = definitions("《联合国气候变化框架公约》（以下简称“公约”）")
    assert (found.full, found.short, found.kind) == ("联合国气候变化框架公约", "公约", "so-called")


def test_a_parenthesised_word_that_contracts_nothing_is_ignored() -> None:
    assert definitions("各国报告（自愿）已经提交") == []


def test_names_of_bodies() -> None:
    chunk = ["充分利用", "与", "联合国", "和平", "与", "裁军", "区域", "中心"]
    assert names(chunk) == ["联合国和平与裁军区域中心"]
    assert names(["召开", "区域", "会议"]) == []  # too short to be a name
    assert names(["区域", "和", "国际", "组织"]) == []  # a coordination of modifiers
    assert names(["筹备", "委员会", "会议"]) == ["筹备委员会"]


@pytest.mark.parametrize("words", [
    ("联合国", "地雷", "行动", "处"), ("国际", "海底", "管理局"), ("联合国", "森林", "论坛"),
    ("联合国", "发展", "集团"), ("欧洲", "经济", "共同体"), ("联合国", "专家", "小组")])
def test_offices_bureaux_forums_groups_and_unions_are_name_heads(
        words: tuple[str, ...]) -> None:
    # Bodies used three to seven times had only their counts to rank by (issue 12).
    assert names(["请", *words, "提交", "报告"]) == ["".join(words)]


def test_breaks_at_punctuation_spaces_and_particles() -> None:
    words = ["执行", "《", "行动", "纲领", "》", "的", "情况", " ", "2015"]
    assert mark_breaks(words) == ["执行", BREAK, "行动", "纲领", BREAK, BREAK, "情况", BREAK,
                                  "2015"]


def test_an_adverb_built_on_a_negation_breaks_as_the_negation_does() -> None:
    # jieba joins 不 and 未 to the next character (不断, 未经), so they broke no run and
    # clause pieces (不断|增加, 军用飞机|未经|外交许可) were counted as n-grams (issue 12).
    assert mark_breaks(["军用", "飞机", "未经", "外交许可", "进入"]) == [
        "军用", "飞机", BREAK, "外交许可", "进入"]
    assert mark_breaks(["不断", "增加"]) == [BREAK, "增加"]
    # Other words built on a negation stay words: 不可剥夺权利 (inalienable rights).
    assert mark_breaks(["不可", "剥夺", "权利"]) == ["不可", "剥夺", "权利"]


def test_the_negation_adverbs_are_read_off_the_dictionary() -> None:
    """Every word jieba's dictionary tags as an adverb ('d') that opens with the negation
    不 or 未, themselves break words."""
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab
    derived = {w for w, tag in tags.items() if tag == "d" and len(w) > 1 and w[0] in "不未"}
    assert derived == NEGATION_ADVERBS
    assert {"不", "未"} <= BREAK_WORDS


def test_names_stop_at_breaks() -> None:
    words = mark_breaks(["世界", "海关", "组织", "、", "国际", "刑事", "警察", "组织"])
    assert names(words) == ["世界海关组织", "国际刑事警察组织"]
    assert may_hold_names("与世界海关组织合作") and not may_hold_names("鼓励各国")


def test_a_conjunction_after_a_name_ends_the_next_name() -> None:
    # Two names coordinated are two names; a conjunction inside one name stays in it.
    office = ["联合国", "毒品", "和", "犯罪", "问题", "办公室"]
    assert names([*office, "与", "国际", "刑事", "警察", "组织"]) == [
        "".join(office), "国际刑事警察组织"]
    assert names(["联合国", "系统", "和", "其他", "相关", "组织"]) == ["联合国系统"]


def test_a_conjunction_before_a_names_opening_word_ends_the_next_name() -> None:
    # The first conjunct ends in no head word, but the second opens as a body's name does:
    # two names, not one (issue 12: `themes` ranked the coordinations as names used once).
    network = ["非洲", "环境", "信息网络", "及", "全球", "地球", "观测", "系统"]
    assert names(network) == ["全球地球观测系统"]
    assert names(["欧洲", "经委会", "和", "联合国日内瓦办事处"]) == []
    # Subjects joined inside one name stay in it.
    assert names(["联合国", "和平", "与", "裁军", "区域", "中心"]) == ["联合国和平与裁军区域中心"]
    assert names(["联合国", "预防犯罪", "和", "刑事", "司法", "大会"]) == [
        "联合国预防犯罪和刑事司法大会"]


# The bare title of a post (高级专员, 观察员) heads the titles of many posts, but is no
# generic head (issue 12): it names a role, not whichever body or instrument was named
# last (the weight it keeps: tests/extract/test_ranking.py).
@pytest.mark.parametrize("word", ["高级专员", "观察员", "协调员", "检察官", "特使"])
def test_an_agentive_suffix_of_office_makes_a_post(word: str) -> None:
    assert is_post(word)


@pytest.mark.parametrize("word", ["委员会", "公约", "办事处", "框架", "议定书", "首脑会议"])
def test_heads_of_bodies_and_instruments_are_no_posts(word: str) -> None:
    assert not is_post(word)


# jieba lists the names of banks, movements and parties as one word (世界银行, 不结盟运动,
# 真主党: tuning and MultiUN gold, ranked 467-767 as plain single words): built as a name,
# a modifier of two characters or more before the head, each names one organization.
@pytest.mark.parametrize("word", ["世界银行", "不结盟运动", "真主党", "非洲开发银行"])
def test_a_single_word_names_a_bank_a_movement_or_a_party(word: str) -> None:
    assert is_single_name(word)


# 团, the body a meeting elects or a government or the Organization sends, heads single
# words built the same way: 主席团 (the Bureau: gold on all three development lists,
# ranked 519 on `peace` and 999 on MultiUN as a plain single word).
@pytest.mark.parametrize("word", ["主席团", "代表团", "调查团", "援助团"])
def test_a_single_word_names_a_bureau_a_delegation_or_a_mission(word: str) -> None:
    assert is_single_name(word)


@pytest.mark.parametrize("word", ["银行", "运动", "政党", "党", "团", "社团", "集团"])
def test_a_bare_organization_head_or_one_character_before_it_is_no_name(word: str) -> None:
    assert not is_single_name(word)


def test_organization_heads_head_single_words_only() -> None:
    # As the last word of an n-gram 运动 is a campaign or a sport and 党 any country's
    # party: the names of several words keep their heads.
    assert not any(is_name_head(w) for w in ("银行", "运动", "党", "团"))


def test_a_theme_quoted_after_its_subject_word_is_no_title() -> None:
    # 主题为 ("the theme is") ends with 题为 ("entitled"); what it quotes is the subject
    # of a debate, a sentence said once, not the title of an instrument or agenda item.
    theme = "决定本届会议的主题为“在各级加强合作：推动转型，以应对日益严重的挑战”，"
    assert titles(theme) == []
    assert titles("讨论的议题为“区域合作的新办法”") == []
    # 题为 standing alone (or after 标题, a document's heading) still cites a title.
    assert titles("列入题为“全面彻底裁军”的项目") == ["全面彻底裁军"]
    assert titles("一份标题为“加强人权领域的国际合作”的报告") == ["加强人权领域的国际合作"]


def test_a_short_form_ending_its_own_name_takes_the_word_that_opens_the_name() -> None:
    # The name ends with the short form itself (国际 "international" + 航运协会 "shipping
    # association"): the name is the short form with the word that opens it, not a tail
    # reaching back to an earlier use of the short form in the sentence.
    text = "各国根据航运协会安全标准向国际航运协会（航运协会）理事会提交报告"
    assert definitions(text) == [Definition("国际航运协会", "航运协会", "contraction")]
    # Nor a tail that starts inside the word before the name (联合|国 + 国家…).
    text = "儿基会和联合国国家检查队（国家检查队）继续提供支助"
    assert definitions(text) == [Definition("联合国国家检查队", "国家检查队", "contraction")]


def test_a_short_form_ending_its_own_name_without_an_opening_word_defines_nothing() -> None:
    # Nothing opens a name before it: no full form is given, rather than a span that
    # runs back across other words to an earlier character.
    assert definitions("航运协会的成员和地区航运协会（航运协会）开会") == []


def test_a_contraction_still_takes_its_shortest_tail() -> None:
    text = "与世界海关组织、联合国开发计划署（开发署）合作"
    assert definitions(text) == [Definition("联合国开发计划署", "开发署", "contraction")]


def test_an_opening_word_after_a_hyphen_opens_no_name() -> None:
    # 联合国 after 非洲联盟- is the second name of a joint one: the name opens further
    # left, so 联合国 + the short form would be a piece of it.
    assert definitions("过渡到非洲联盟-联合国航运协调行动（航运协调行动）以后") == []


def test_a_relative_clause_of_suo_is_one_word() -> None:
    # The segmenter cuts 所需资源 (resource requirements) into 所|需|资源, and 所, a break
    # word, kept the term from being counted (issue 12): 所 and the one-character verb
    # after it are one word, as the dictionary's 所述 and 所涉 are.
    assert mark_breaks(["所", "需", "资源"]) == ["所需", "资源"]
    assert mark_breaks(["未", "缴", "所", "做", "工作"]) == [BREAK, "缴", "所做", "工作"]


def test_suo_before_a_break_word_or_a_longer_word_stays_a_break() -> None:
    assert mark_breaks(["所", "以", "报告"]) == [BREAK, BREAK, "报告"]
    assert mark_breaks(["所", "提供", "的"]) == [BREAK, "提供", BREAK]
    assert mark_breaks(["所", "，"]) == [BREAK, BREAK]
    assert mark_breaks(["报告", "所"]) == ["报告", BREAK]
