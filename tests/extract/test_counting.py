"""Tests of termbase.extract.counting: pass 1, the words it learns and the negations it joins."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.extract import ExtractSettings, counting, extract_terms
from termbase.extract.counting import _negated_clauses, count_all, negated_qualities
from termbase.extract.lines import line_documents
from termbase.extract.statistics import Counts
from termbase.text.segment import JiebaSegmenter


def _documents(lines: list[str]) -> list:  # type: ignore[type-arg]
    return list(line_documents(enumerate(lines, 1), "synthetic"))


def test_workers_segment_with_the_words_learnt_from_the_sample(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A sample shorter than the text: the words learnt from it (儿基会) travel to the
    # worker processes, which cut the later batches as the parent would.
    from termbase.extract import counting

    monkeypatch.setattr(counting, "LEARN_CHARS", 150)
    lines = [f"儿基会{v}。" for v in ("支持儿童", "发布报告", "开展工作", "提供援助", "加强合作",
                                     "评价方案", "筹集资金", "应对危机", "参与规划", "促进教育",
                                     "改善营养", "保护儿童")] * 4
    lines += ["会议讨论了预算。", "基金提供了资金。", "儿童需要保护。"] * 4
    documents = list(line_documents(enumerate(lines, 1), "synthetic", block_lines=4))
    one = extract_terms(documents, tokenizer=JiebaSegmenter(),
                        settings=ExtractSettings(batch_chars=200))
    two = extract_terms(documents, tokenizer=JiebaSegmenter(),
                        settings=ExtractSettings(batch_chars=200, workers=2))
    assert [(c.term, c.score, c.freq) for c in two.candidates] == \
        [(c.term, c.score, c.freq) for c in one.candidates]
    forms = [f for c in two.candidates for f in c.forms()]
    assert "儿基会" in forms and "儿基" not in forms


def test_a_morpheme_the_segmenter_cuts_off_is_joined_with_fewer_uses() -> None:
    from termbase.extract.counting import morphemes

    tokenizer = JiebaSegmenter()
    # The dictionary lists 职 as a bound morpheme ('ng'), 员额 as a word: 职等 "grade".
    assert morphemes([["各", "职", "等", "的", "员额"]], tokenizer) == {"职"}
    # Six uses, under bound_words' ten: learned because 职 is no word of its own, so the
    # break word 等 ("etc.") after it no longer cuts the term from its n-grams.
    lines = [f"{grade}职等{what}。" for grade, what in (
        ("P-5", "员额"), ("D-1", "员额增加"), ("P-4", "员额减少"), ("D-2", "员额"),
        ("P-3", "员额改叙"), ("P-2", "员额设立"))]
    lines += ["各国和区域组织等应加强合作。", "会议讨论了预算等问题。"]
    result = extract_terms(_documents(lines), tokenizer=tokenizer,
                           settings=ExtractSettings(workers=1))
    assert "职等" in {f for c in result.candidates for f in c.forms()}


def test_a_negated_adjective_or_bound_character_is_one_word() -> None:
    from termbase.extract.counting import negated_qualities

    tokenizer = JiebaSegmenter()
    cuts = [["粮食", "不", "安全", "加剧"], ["粮食", "不", "安全"], ["不", "平等"],
            ["国家", "不", "使用", "武力"], ["不", "使用"], ["不", "大"], ["不", "大"],
            ["不", "限", "成员", "名额"], ["不", "限", "成员"], ["不", "受", "阻碍"], ["不", "受"]]
    # Insecurity recurs; inequality is seen once; 使用 is a verb (a clause's negation),
    # 大 an adjective that predicates (可能性不大), 受 a verb opening a clause; 限 is a
    # piece of a word the segmenter split (不限成员名额, open-ended).
    assert negated_qualities(cuts, tokenizer) == ["不安全", "不限"]
    # Eight uses: too few for bound_words to learn the pair from its counts alone.
    lines = [f"{place}的粮食不安全问题日益严重。" for place in ("非洲", "亚洲", "中东", "美洲")] \
        + [f"粮食不安全影响{who}。" for who in ("儿童", "妇女", "难民", "农民")]
    result = extract_terms(_documents(lines), tokenizer=tokenizer,
                           settings=ExtractSettings(workers=1))
    assert "粮食不安全" in {c.term for c in result.candidates}


def test_a_negated_verb_where_nouns_stand_is_one_word() -> None:
    from termbase.extract.counting import negated_qualities

    tokenizer = JiebaSegmenter()
    # 扩散 and 包括 are verbs. Non-proliferation stands after a conjunction and a title's
    # bracket, as nouns do; "does not include" follows its subject or an adverb each
    # time: a clause's negation. One noun use is not enough (遵守 after 和 once), and a
    # single character (受) opens a clause wherever it stands.
    cuts = [["核", "裁军", "和", "不", "扩散"], ["《", "不", "扩散", "核武器", "条约", "》"],
            ["加强", "不", "扩散", "制度"], ["国家", "不", "扩散", "核武器"],
            ["费用", "不", "包括", "差旅"], ["但", "不", "包括", "口译"], ["并", "不", "包括"],
            ["和", "不", "遵守"], ["缔约国", "不", "遵守"], ["国家", "不", "遵守", "规定"],
            ["和", "不", "受", "歧视"], ["的", "不", "受", "影响"]]
    assert negated_qualities(cuts, tokenizer) == ["不扩散"]
    lines = [f"{topic}和不扩散问题十分重要。" for topic in ("核裁军", "军备控制", "核安全")] \
        + [f"《不扩散核武器条约》{what}。" for what in ("缔约国", "审议大会", "第六条")] \
        + ["各国重申不扩散义务。", "不扩散制度面临挑战。"]
    result = extract_terms(_documents(lines), tokenizer=tokenizer,
                           settings=ExtractSettings(workers=1))
    assert "不扩散" in {f for c in result.candidates for f in c.forms()}


def test_a_character_after_not_yet_is_one_word_with_it() -> None:
    tokenizer = JiebaSegmenter()
    # 未 ("not yet") is a negation as 不 is: before a piece of a word the segmenter left
    # alone (缴, "pay") it makes a word (未缴 unpaid); before a function word (与) or an
    # adverb of its own (未经, one dictionary word) it stays the clause's, and once is
    # not enough (未|获).
    cuts = [["未", "缴", "摊款"], ["会员国", "未", "缴", "余额"], ["未", "与", "政府", "协商"],
            ["未", "与", "各方"], ["未经", "表决"], ["未经", "授权"], ["未", "获", "通过"]]
    assert negated_qualities(cuts, tokenizer) == ["未缴"]
    # Unpaid assessed contributions: jieba cuts 未|缴|摊款, and 未, a break word, ended the
    # run before the term, so it was never counted.
    lines = [f"{who}的未缴摊款{what}。" for who, what in (
        ("会员国", "有所减少"), ("维持和平行动", "仍然很多"), ("国际法庭", "数额很大"))] \
        + ["秘书长报告了未缴摊款情况。", "未缴摊款总额增加。"]
    assert tokenizer.cut("未缴摊款") == ["未", "缴", "摊款"]
    result = extract_terms(_documents(lines), tokenizer=tokenizer,
                           settings=ExtractSettings(workers=1))
    assert "未缴摊款" in {f for c in result.candidates for f in c.forms()}


def test_the_sample_is_cut_as_the_learned_segmenter_cuts_it() -> None:
    from termbase.extract.counting import learn_words

    # 可|持续 is learned from its uses (sustainable); in 可持续性 the dictionary's own word
    # holds it, which no join of the old cut's words makes: the sample sentence is cut
    # again, as the later batches are (可持续|性), not left as the dictionary cut it.
    lines = [f"{what}可持续发展目标。" for what in (
        "各国", "会员国", "政府", "区域", "国际", "社会", "非洲", "亚洲", "欧洲", "美洲", "世界")]
    lines.append("环境可持续性十分重要。")
    units = [[(text, 0, "t", f"line {i}") for i, text in enumerate(lines, 1)]]
    tokenizer = JiebaSegmenter()
    assert tokenizer.cut("环境可持续性") == ["环境", "可持续性"]
    learned, precut, _ = learn_words(units, tokenizer)
    assert "可持续" in getattr(learned, "terms", ())
    for text in lines:
        assert precut.cut(text) == learned.cut(text), text
    assert "可持续" in precut.cut(lines[-1])


def test_a_negation_takes_the_quality_that_opens_a_noun_and_the_superlative_before_it(
        ) -> None:
    tokenizer = JiebaSegmenter()
    # jieba reads 发达国家 (developed countries) as one word after 不, which negates no
    # noun: the negation takes the verb that opens it (不发达, underdeveloped), and where
    # the text says 最 before it in most uses, the superlative too (最不发达, least
    # developed). A word that is no dictionary word built on a predicate (国家) is left.
    assert tokenizer.cut("最不发达国家") == ["最", "不", "发达国家"]
    cuts = [["最", "不", "发达国家"], ["和", "最", "不", "发达国家"], ["不", "发达国家"],
            ["小岛屿", "不", "发达国家"], ["不", "发达国家"], ["不", "国家"], ["不", "国家"]]
    assert negated_qualities(cuts, tokenizer) == ["不发达"]
    cuts[2] = cuts[4] = ["最", "不", "发达国家"]
    assert negated_qualities(cuts, tokenizer) == ["最不发达"]
    # The least developed countries: 最, a word no term starts with, and 不, a break word,
    # kept the term from ever being counted.
    lines = [f"{what}最不发达国家{more}。" for what, more in (
        ("支援", "的行动纲领"), ("援助", "和内陆国家"), ("", "面临挑战"), ("非洲", "需要支助"))]
    result = extract_terms(_documents(lines), tokenizer=tokenizer,
                           settings=ExtractSettings(workers=1))
    forms = {f for c in result.candidates for f in c.forms()}
    assert "最不发达国家" in forms and "不发达国家" not in forms


def test_have_before_a_verb_where_nouns_stand_is_one_word() -> None:
    tokenizer = JiebaSegmenter()
    # 有 before the verb 组织 where nouns stand (after 和, 、, 的) makes an attribute,
    # organized; 有 before a verb after its subject (会员国|有|参与) stays the clause's
    # verb, and no adjective or single character after 有 is taken as a negation's is.
    cuts = [["和", "有", "组织", "犯罪"], ["、", "有", "组织", "犯罪"],
            ["跨国", "有", "组织", "犯罪"], ["会员国", "有", "参与"], ["国家", "有", "参与"],
            ["仍", "有", "必要"], ["有", "必要"], ["有", "辱"], ["有", "辱"]]
    assert negated_qualities(cuts, tokenizer) == ["有组织"]
    # Organized crime: 有, a word no term starts with, kept it from being a candidate.
    lines = [f"{what}有组织犯罪{more}。" for what, more in (
        ("打击恐怖主义和", "的措施"), ("恐怖主义、", "和贩毒"), ("各种形式的", "活动"),
        ("跨国", "集团"))]
    assert tokenizer.cut("打击有组织犯罪")[1:] == ["有", "组织", "犯罪"]
    result = extract_terms(_documents(lines), tokenizer=tokenizer,
                           settings=ExtractSettings(workers=1))
    assert "有组织犯罪" in {f for c in result.candidates for f in c.forms()}


# Non-discrimination: in the first lines 不歧视 follows a preposition (在, 为), as a
# clause's negated verb would; only later lines put it where nouns stand (after 和 or 、).
_EARLY = ["各国在不歧视的基础上开展合作。", "缔约国应为不歧视提供保障。"]


_LATER = ["平等和不歧视是人权的基本原则。", "建立开放、不歧视和公平的贸易体系。",
          "各国承诺促进平等和不歧视。", "委员会审议了有关报告。"]


def _count(monkeypatch: pytest.MonkeyPatch, workers: int = 1) -> Counts:
    # The segmenter learns its words from the first document only (the bound-word
    # sample); every document is a batch of its own.
    monkeypatch.setattr(counting, "LEARN_CHARS", 20)
    documents = list(line_documents(enumerate(_EARLY + _LATER, 1), "t", block_lines=2))
    settings = ExtractSettings(workers=workers, batch_chars=1)
    return count_all(documents, JiebaSegmenter(), settings, None, lambda units: None)


def test_a_negated_act_is_learned_beyond_the_bound_word_sample(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _count(monkeypatch)
    # Taught by the later documents, the segmenter keeps the negated act whole: one word.
    assert counts.ngrams["不歧视"] == 5
    # Those documents are counted once each, as any other.
    assert counts.units == len(_EARLY + _LATER)
    assert counts.characters == sum(len(line) for line in _EARLY + _LATER)
    assert counts.ngrams["委员会"] == 1


def test_the_first_documents_alone_teach_no_negated_act(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(counting, "NEGATION_CHARS", 20)
    counts = _count(monkeypatch)
    # 不 is a break word: cut off, the act is never counted as one word.
    assert "不歧视" not in counts.ngrams
    assert counts.ngrams["歧视"] == 5


def test_workers_count_the_later_documents_as_one_process_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _count(monkeypatch)
    pooled = _count(monkeypatch, workers=2)
    assert pooled.ngrams == alone.ngrams
    assert pooled.doc_freq == alone.doc_freq
    assert pooled.units == alone.units


_SENTENCES = [
    "核裁军和不扩散，平等和不歧视、不干涉内政的原则。",
    "不，不。不",  # 不 alone between marks, at the start and at the end
    "（不）“不限成员名额”《不扩散核武器条约》",
    "粮食不安全 和不稳定；不平等：不合适！不重要？",
    "a不 b，不\r\n不 限",  # letters, spaces and a line break beside 不
    "会议不 ，  不需要。",
    "这里没有否定。",
]


def _around_negations(cuts: list[list[str]]) -> list[tuple[str, str]]:
    """(word before, word after) each 不 of ``cuts``, as negated_qualities reads them."""
    return [(before, after) for words in cuts
            for before, negation, after in zip(["", *words], words, words[1:], strict=False)
            if negation == "不"]


@pytest.fixture(scope="module")
def tokenizer() -> JiebaSegmenter:
    return JiebaSegmenter()


def test_clauses_give_the_words_around_each_negation(tokenizer: JiebaSegmenter) -> None:
    for text in _SENTENCES:
        assert _around_negations(_negated_clauses(text, tokenizer)) == \
            _around_negations([tokenizer.cut(text)]), text
    whole = [tokenizer.cut(t) for t in _SENTENCES * 2]
    clauses = [c for t in _SENTENCES * 2 for c in _negated_clauses(t, tokenizer)]
    assert negated_qualities(clauses, tokenizer) == negated_qualities(whole, tokenizer)
    assert _negated_clauses("这里全是肯定。", tokenizer) == []


def test_clauses_give_the_words_around_each_negation_in_un_text(
        shared: Path, tokenizer: JiebaSegmenter) -> None:
    lines = (shared / "corpus" / "multiun-sample" / "train.en-zh.zh").read_text(
        encoding="utf-8").splitlines()
    negating = [line for line in lines if "不" in line]
    assert len(negating) > 100
    for text in negating:
        assert _around_negations(_negated_clauses(text, tokenizer)) == \
            _around_negations([tokenizer.cut(text)]), text


def test_a_learned_word_built_on_a_bound_morpheme_is_coined_by_the_text() -> None:
    from termbase.extract.counting import coined_words, learn_words, morphemes

    tokenizer = JiebaSegmenter()
    bound = morphemes([["联检", "组"], ["人居", "署"], ["政府", "间"], ["供", "资"],
                       ["更", "多"], ["不", "稳定"]], tokenizer)
    # 组 and 署 are bound morphemes; 间, 资, 多, 不 stand alone; 更多 is a dictionary word.
    words = ["联检组", "人居署", "政府间", "供资", "更多", "不稳定"]
    assert coined_words(words, tokenizer, bound) == {"联检组": ("联检", "组"),
                                                     "人居署": ("人居", "署")}
    # Learned from the text, 职等 (grade: 职 a bound morpheme) is returned as coined.
    lines = [f"{grade}职等{what}。" for grade, what in (
        ("P-5", "员额"), ("D-1", "员额增加"), ("P-4", "员额减少"), ("D-2", "员额"),
        ("P-3", "员额改叙"), ("P-2", "员额设立"))]
    units = [[(text, 0, "t", f"line {i}") for i, text in enumerate(lines, 1)]]
    _, _, coined = learn_words(units, tokenizer)
    assert coined == {"职等": ("职", "等")}
