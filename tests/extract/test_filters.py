"""Stop patterns: function words at the edges, clause openers, numbers, furniture."""

from __future__ import annotations

import pytest

from termbase.extract.filters import is_coordination, refuse_text, refuse_title, refuse_words


@pytest.mark.parametrize(("words", "reason"), [
    (("的", "国际", "合作"), "stop-start"),
    (("国际", "合作", "和"), "stop-end"),
    (("鼓励", "会员国"), "clause"),
    (("欣", "见"), "clause"),
    (("小武器", "防止"), "verb-end"),
    (("这方", "面"), "deictic"),
    (("执行", "的", "情况", "报告"), "clause"),
    (("会议", "提出", "报告"), "particle"),
    (("第六十二", "届", "会议"), "session"),
    (("决议", "草案", "a"), "label"),
    (("附件", "B"), "label"),
    (("2015", "年"), "number"),
    (("两年",), "number"),
    (("一千", "年"), "number"),
    (("2015", "年", "12", "月"), "number"),
    (("三个", "月"), "number"),
    (("框架", "内"), "stop-end"),
    (("叙利亚", "境内"), "stop-end"),
    # a verb fused with its preposition opens onto an object
    (("重点", "放在"), "verb-end"), (("目的", "在于"), "verb-end"),
    (("是否", "存在"), "verb-end"), (("专门", "用于"), "verb-end"),
])
def test_refused_word_sequences(words: tuple[str, ...], reason: str) -> None:
    assert refuse_words(words) == reason


@pytest.mark.parametrize("words", [("非法", "中介", "活动"), ("国家", "报告"),
                                   ("第二次", "审查", "大会"), ("会员国",),
                                   # a word built on a count is not a count (biennium)
                                   ("两年期",), ("两年期", "方案", "预算"),
                                   # 特别 is 'special' before a noun, not 'especially'
                                   ("特别", "委员会"), ("特别", "报告员"),
                                   # a period named by a place value; a year opening a name
                                   ("千年", "发展", "目标"),
                                   ("2015", "年", "后", "发展", "议程")])
def test_terms_pass(words: tuple[str, ...]) -> None:
    assert refuse_words(words) is None


@pytest.mark.parametrize(("text", "reason"), [
    ("A/RES/68/48", "number"), ("百分之五十", "percentage"), ("附件一", "furniture"),
    ("同上", "furniture"), ("大会第六十九届会议", "session"), ("x", "length"),
    ("2015年", "number"), ("2015年12月", "number"), ("第2220号决议", "number"),
])
def test_refused_texts(text: str, reason: str) -> None:
    assert refuse_text(text) == reason


def test_titles_keep_dates_but_not_symbols() -> None:
    report = "联合国小武器和轻武器非法贸易各方面问题大会的报告，2001年7月9日至20日，纽约"
    assert refuse_title(report) is None
    assert refuse_title("A/CONF.192/15") == "symbol"


@pytest.mark.parametrize("title", [
    "大会正式记录，第六十三届会议，补编第32 a号",
    "大会正式记录，第七十三届会议，补编第12号",
    "第1325(2000)号决议",
    "第二十九届会议临时议程",
])
def test_a_title_citing_a_session_or_a_numbered_issue_is_a_citation(title: str) -> None:
    assert refuse_title(title) == "citation"


@pytest.mark.parametrize("title", ["第四届世界妇女大会", "国际卫生条例(2005)",
                                   "2015-2030年仙台减少灾害风险框架"])
def test_an_ordinal_or_a_year_in_a_title_names_it(title: str) -> None:
    assert refuse_title(title) is None


def test_coordinations() -> None:
    assert is_coordination(["区域", "和", "全球"])
    assert is_coordination(["非政府", "组织", "和", "民间社会"])
    assert not is_coordination(["小", "武器", "和", "轻武器"])  # shared head: one term
    assert not is_coordination(["国际合作", "和", "援助"])
