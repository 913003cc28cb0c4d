"""A name cut out of a longer one, or run across a clause, is no candidate (issue 12,
session 35).

The name source runs from a listed opening word (非洲, 经济, 常驻, 人权 …) to a head word;
where the text puts a noun, a place or a locative right before that word, the name began
further left and the span found is a piece of it (中部|非洲人权与民主分区域中心,
孟加拉国|常驻日内瓦联合国办事处). A verb, a preposition, punctuation, a numeral or a
pronoun before the name leaves it whole. Nor does a name hold a resolution's verb
(政府|深信|联合国环境署: "the Government is convinced that UNEP …"): the name source ran
across a clause; verbs that say what a body is for stay (…对话与合作|促进|和平|部长级会议).
"""

from __future__ import annotations

import pytest

from termbase.extract import extract_terms
from termbase.extract.drafts import Draft, cut_names, drop_by_tags
from termbase.extract.evidence import Evidence
from termbase.extract.filters import refuse_title
from termbase.extract.lines import line_documents
from termbase.extract.model import TermContext
from termbase.extract.statistics import NgramStats
from termbase.text.segment import JiebaSegmenter


@pytest.fixture(scope="module")
def tokenizer() -> JiebaSegmenter:
    return JiebaSegmenter()


def _cut(name: str, sentences: list[str], tokenizer: JiebaSegmenter,
         sources: frozenset[str] = frozenset({"name"})) -> bool:
    draft = Draft(name, tuple(tokenizer.cut(name)), NgramStats(1, 1, 1.0, 1.0, 1.0),
                  set(sources))
    evidence = Evidence(contexts=[TermContext(s, "doc", f"line {i}")
                                  for i, s in enumerate(sentences, 1)])
    return name in cut_names([draft], {name: evidence}, tokenizer)


@pytest.mark.parametrize(("name", "sentence"), [
    # A locative before the place that opens the name: the Centre for Central Africa.
    ("非洲人权与民主分区域中心", "高级专员继续支持中部非洲人权与民主分区域中心的工作。"),
    # A country before a post: the representative of Bangladesh to the Office at Geneva.
    ("常驻日内瓦联合国办事处", "因为他将不再担任孟加拉国常驻日内瓦联合国办事处代表。"),
    # A national committee.
    ("人权教育十年委员会", "1999年7月，土耳其全国人权教育十年委员会开始工作。"),
    # A noun before a meeting of a body named before it.
    ("全球平台第七次会议", "在印度尼西亚巴厘举行减少灾害风险全球平台第七次会议。"),
])
def test_a_name_after_a_noun_is_cut(name: str, sentence: str,
                                    tokenizer: JiebaSegmenter) -> None:
    assert _cut(name, [sentence], tokenizer)


@pytest.mark.parametrize(("name", "sentence"), [
    ("联合国人类住区规划署", "各项活动将包括与联合国人类住区规划署合作。"),    # a preposition
    ("联合国森林问题论坛", "使参加联合国森林问题论坛的代表团受益。"),           # a verb
    ("联合国预防犯罪和刑事司法大会", "欢迎第十四届联合国预防犯罪和刑事司法大会。"),  # a session
    ("政府间组织", "联合国相关组织和其他政府间组织参加了会议。"),               # a pronoun
    ("欧洲安全与合作组织", "因此，欧洲安全与合作组织设立了特派团。"),           # punctuation
    ("国际环境法与发展基金", "国际环境法与发展基金提供了支助。"),               # the start
])
def test_a_name_after_a_verb_particle_or_mark_is_whole(name: str, sentence: str,
                                                       tokenizer: JiebaSegmenter) -> None:
    assert not _cut(name, [sentence], tokenizer)


def test_one_whole_use_keeps_the_name(tokenizer: JiebaSegmenter) -> None:
    name = "非洲人权与民主分区域中心"
    assert not _cut(name, ["高级专员继续支持中部非洲人权与民主分区域中心的工作。",
                           "会议欢迎非洲人权与民主分区域中心的报告。"], tokenizer)


def test_only_names_of_the_name_source_alone_are_judged(tokenizer: JiebaSegmenter) -> None:
    # A counted n-gram has boundary statistics of its own; a title is delimited by the text.
    sentence = "高级专员继续支持中部非洲人权与民主分区域中心的工作。"
    for sources in ({"name", "ngram"}, {"title"}):
        assert not _cut("非洲人权与民主分区域中心", [sentence], tokenizer, frozenset(sources))


def test_a_cut_name_is_not_listed(tokenizer: JiebaSegmenter) -> None:
    lines = ["因为他将不再担任孟加拉国常驻日内瓦联合国办事处代表，会议表示感谢。",
             "会议欢迎联合国人类住区规划署的报告。"]
    lines += [f"第{i}次会议审议了人权问题和可持续发展问题。" for i in range(1, 9)]
    result = extract_terms(list(line_documents(enumerate(lines, 1), "synthetic")),
                           tokenizer=tokenizer)
    terms = {c.term for c in result.candidates}
    assert "联合国人类住区规划署" in terms
    assert "常驻日内瓦联合国办事处" not in terms


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


@pytest.mark.parametrize(("title", "reason"), [
    # The report of a numbered special session cites one document, as a numbered session does.
    ("联合国环境规划署理事会第十届特别会议的报告", "citation"),
    ("大会第二十五届特别会议的组织安排", "citation"),
    ("大会第十届紧急特别会议的报告", "citation"),
    ("大会第六十三届会议正式记录", "citation"),
    ("大会特别会议的组织安排", None),            # no number: the title of an agenda item
    ("特别会议议事规则", None),
])
def test_a_numbered_special_session_in_a_title_is_a_citation(title: str,
                                                             reason: str | None) -> None:
    assert refuse_title(title) == reason
