"""Error classes of extraction on unseen UN text (issue 12), on small synthetic texts."""

from __future__ import annotations

import math

import pytest

from termbase.extract import ExtractSettings, extract_terms
from termbase.extract.drafts import Draft, mark_specificity, score_drafts
from termbase.extract.lines import line_documents
from termbase.extract.ranking import score, spread, unithood
from termbase.extract.statistics import Counts, NgramStats
from termbase.extract.tag_filters import (
    dictionary_parts,
    drop_by_tags,
    drop_fixed_clauses,
    drop_verb_phrases,
    edge_tag_reason,
    is_head_named,
    is_place_label,
)
from termbase.text.segment import JiebaSegmenter

_FIRST = ["粮食", "能源", "海洋", "森林", "城市", "农村", "债务", "贸易", "移民", "卫生",
          "教育", "水资源", "土地", "气候", "人口"]
_SECOND = ["安全", "政策", "治理", "统计", "融资", "规划", "监测", "评估", "保护", "管理",
           "改革", "合作", "援助", "创新", "标准", "风险", "数据", "系统", "框架", "战略"]


def _documents(lines: list[str]) -> list:  # type: ignore[type-arg]
    return list(line_documents(enumerate(lines, 1), "synthetic"))


def test_top_is_not_capped_by_the_shortlist() -> None:
    # 300 distinct two-word units, each recurring in varied contexts.
    pairs = [a + b for a in _FIRST for b in _SECOND]
    lines = [f"各方讨论了{p}问题。" for p in pairs] + [f"{p}得到加强。" for p in pairs] \
        + [f"关于{p}的报告。" for p in pairs]
    small = ExtractSettings(shortlist=100)
    capped = extract_terms(_documents(lines), tokenizer=JiebaSegmenter(), settings=small)
    assert len(capped.candidates) <= 100
    sized = extract_terms(_documents(lines), tokenizer=JiebaSegmenter(),
                          settings=small.sized_for(250))
    assert len(sized.candidates) >= 250


def test_sized_for_grows_the_shortlist_with_top_only() -> None:
    assert ExtractSettings().sized_for(1000).shortlist == 2000
    assert ExtractSettings().sized_for(10).shortlist == ExtractSettings().shortlist


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


def test_fixed_expressions_that_are_clause_fragments_are_dropped() -> None:
    tokenizer = JiebaSegmenter()
    words = ("采取行动", "提供援助", "致力于", "发展中国家", "化学武器", "执行局")
    drafts = {w: Draft(w, (w,), NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"}) for w in words}
    assert [tokenizer.cut(w) for w in words] == [[w] for w in words]  # one dictionary word each
    drop_fixed_clauses(drafts, tokenizer)
    # A clause verb and its object, a verb and its preposition: not terms.
    assert set(drafts) == {"发展中国家", "化学武器", "执行局"}
    assert dictionary_parts("采取行动", tokenizer.general_frequency) == ("采取", "行动")


def test_an_ngram_opening_with_a_fixed_clause_is_refused() -> None:
    # 强调指出|需要 is the clause 强调|指出|需要; a fixed expression that closes a
    # clause by its parts (紧急情况 ends with 情况) may still end a term, and a word the
    # text taught the segmenter (可持续) is no fixed expression.
    tokenizer = JiebaSegmenter().with_words(["可持续"])
    clauses = [("强调指出", "需要"), ("采取行动", "打击", "恐怖主义")]
    terms = [("人道主义", "紧急情况"), ("和平", "解决争端"), ("可持续", "发展")]
    drafts = {"".join(w): Draft("".join(w), w, NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"})
              for w in (*clauses, *terms)}
    assert drop_fixed_clauses(drafts, tokenizer) == {"".join(w) for w in clauses}
    assert len(drafts) == 5  # refused n-grams stay for score_drafts (containers)


def test_specificity_compares_the_text_with_general_chinese() -> None:
    counts = Counts(tokens=1000)
    drafts = {w: Draft(w, (w,), NgramStats(20, 2, 2.0, 2.0, 1.0)) for w in ("法治", "国家")}
    drafts["儿基会"] = Draft("儿基会", ("儿基会",), NgramStats(20, 2, 2.0, 2.0, 1.0))
    mark_specificity(drafts, counts, JiebaSegmenter())
    assert drafts["法治"].specificity > 50 > drafts["国家"].specificity > 1
    assert drafts["儿基会"].specificity == math.inf  # not a general-language word


def test_two_character_terms_rank_above_general_words() -> None:
    contexts = ["加强{}。", "{}至关重要。", "各国支持{}。", "关于{}的讨论。", "{}和发展。",
                "促进{}建设。", "{}面临挑战。", "维护{}原则。"]
    lines = [c.format(w) for c in contexts for w in ("法治", "人权", "国家")] * 3
    # Running prose around them, as in a real document (a text made of nothing but the
    # three words would make every word look specific).
    lines += ["委员会在纽约举行会议，审议了秘书长的报告和决定草案，并通过了议程。"] * 60
    result = extract_terms(_documents(lines), tokenizer=JiebaSegmenter())
    rank = {f: i for i, c in enumerate(result.candidates) for f in c.forms()}
    assert rank["法治"] < 10 and rank["人权"] < 10
    assert rank.get("国家", math.inf) > max(rank["法治"], rank["人权"])


def test_abbreviation_split_by_the_segmenter_is_whole() -> None:
    # jieba cuts 儿基会 (UNICEF) into 儿|基|会; the text itself shows it is one word.
    lines = [f"儿基会{v}。" for v in ("支持儿童", "发布报告", "开展工作", "提供援助", "加强合作",
                                     "评价方案", "筹集资金", "应对危机", "参与规划", "促进教育",
                                     "改善营养", "保护儿童")]
    lines += ["会议讨论了预算。", "基金提供了资金。", "儿童需要保护。"]
    result = extract_terms(_documents(lines * 2), tokenizer=JiebaSegmenter())
    forms = [f for c in result.candidates for f in c.forms()]
    assert "儿基会" in forms
    assert "儿基" not in forms and "基会" not in forms


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


def test_the_garbage_collector_is_restored_after_extraction() -> None:
    import gc

    from termbase.errors import InputError

    lines = ["联合国开发计划署支持可持续发展目标。", "可持续发展目标需要国际合作。"] * 5
    assert gc.isenabled()
    extract_terms(_documents(lines), tokenizer=JiebaSegmenter())
    assert gc.isenabled()
    with pytest.raises(InputError):
        extract_terms(_documents(["12345", "67890"]), tokenizer=JiebaSegmenter())
    assert gc.isenabled()
    gc.disable()
    try:
        extract_terms(_documents(lines), tokenizer=JiebaSegmenter())
        assert not gc.isenabled()  # a caller's choice is left as it was
    finally:
        gc.enable()


def _ngram_drafts(*cuts: tuple[str, ...]) -> dict[str, Draft]:
    return {"".join(c): Draft("".join(c), c, NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"})
            for c in cuts}


def test_ngrams_whose_edge_words_cannot_bound_a_term_are_refused() -> None:
    tokenizer = JiebaSegmenter()
    clauses = [("政府", "间"), ("机构", "间"), ("合作", "更好", "地"), ("他", "收到"),
               ("每个", "国家"), ("一架", "飞机"), ("马里", "北部"), ("危机", "之前"),
               ("奉", "我国", "政府", "指示"), ("实现", "这些", "目标")]
    terms = [("能力", "建设"), ("第五", "委员会"), ("两年期", "方案预算"),
             ("境内", "流离失所", "者"), ("任", "择", "议定书")]
    drafts = _ngram_drafts(*clauses, *terms)
    refused = drop_by_tags(drafts, tokenizer)
    # Ending in a locative (间, 北部), an adverb or particle, a place; opening with a
    # pronoun or a numeral; a pronoun inside (我国, 这些): pieces of clauses. An
    # ordinal, a word built on a count and a pronoun-looking piece of a split word
    # (任|择) may open a term.
    assert refused == {"".join(c) for c in clauses}
    assert edge_tag_reason(("政府", "间"), tokenizer.word_tags(["政府", "间"])) == "tag-end"
    assert edge_tag_reason(("他", "收到"), tokenizer.word_tags(["他", "收到"])) == "tag-start"


def test_two_verbs_joined_by_a_conjunction_make_a_predicate() -> None:
    # 预防和打击恐怖主义 ("prevent and combat terrorism"), 增进和保护人权, 签署和批准: two
    # verbs sharing an object are a clause of the text, not a name. Coordinations of
    # nouns, and a verbal noun beside a noun, stay (小武器和轻武器, 预防犯罪和刑事司法,
    # 监测和评价框架).
    predicates = [("预防", "和", "打击", "恐怖主义"), ("增进", "和", "保护", "人权"),
                  ("签署", "和", "批准")]
    terms = [("小武器", "和", "轻武器"), ("预防犯罪", "和", "刑事", "司法"),
             ("监测", "和", "评价", "框架")]
    drafts = _ngram_drafts(*predicates, *terms)
    assert drop_by_tags(drafts, JiebaSegmenter()) == {"".join(p) for p in predicates}


def test_single_verbal_nouns_are_dropped() -> None:
    # 监测 (monitoring), 合作 (cooperation): alone an activity, not a concept.
    drafts = _ngram_drafts(("监测",), ("合作",), ("人权",), ("秘书处",))
    drop_by_tags(drafts, JiebaSegmenter())
    assert set(drafts) == {"人权", "秘书处"}


def test_refused_ngrams_still_count_as_containers() -> None:
    # A clause around a word (应对埃博拉) is a free use of it: leaving the clause out must
    # not make the word look more nested (the C-value subtracts the mean container).
    cuts = [("埃博拉",), ("埃博拉", "疫情"), ("应对", "埃博拉")]
    counts = {"埃博拉": 30, "埃博拉疫情": 20, "应对埃博拉": 4}

    def drafts() -> dict[str, Draft]:
        made = _ngram_drafts(*cuts)
        for text, draft in made.items():
            draft.stats = NgramStats(counts[text], 2, 2.0, 2.0, 1.0)
        return made

    kept, both = drafts(), drafts()
    score_drafts(kept, refused={"应对埃博拉"})
    score_drafts(both)
    assert "应对埃博拉" not in kept
    assert kept["埃博拉"].c_value == both["埃博拉"].c_value


def test_a_title_ending_the_titles_of_several_instruments_is_generic() -> None:
    # 《行动计划》 ends two plans' titles: it names neither, and is weighed as a generic
    # head; 《行动纲领》 ends one instrument's title only and stays a title.
    freq = {"行动计划": 20, "国家两性平等行动计划": 5, "区域粮食安全行动计划": 5,
            "行动纲领": 20, "从各个方面防止和消除非法贸易的行动纲领": 5}
    drafts = {t: Draft(t, (t,), NgramStats(f, 4, 2.0, 2.0, 1.0), {"title"})
              for t, f in freq.items()}
    score_drafts(drafts)
    assert drafts["行动计划"].head_share >= 1.0
    assert drafts["行动纲领"].head_share == 0.0
    assert drafts["行动计划"].score < 0.5 * drafts["行动纲领"].score


def test_a_coordination_ending_with_a_word_is_no_name_it_heads() -> None:
    # 不扩散 is the last conjunct of 核裁军和不扩散 and 裁军与不扩散: there it is used
    # whole, as in any coordination, not as the head of a name; only 核不扩散 is headed.
    freq = {"不扩散": 30, "核裁军和不扩散": 12, "裁军与不扩散": 8, "核不扩散": 3}
    cuts = {"不扩散": ("不扩散",), "核裁军和不扩散": ("核裁军", "和", "不扩散"),
            "裁军与不扩散": ("裁军", "与", "不扩散"), "核不扩散": ("核", "不扩散")}
    drafts = {t: Draft(t, cuts[t], NgramStats(f, 4, 2.0, 2.0, 1.0), {"ngram"})
              for t, f in freq.items()}
    score_drafts(drafts)
    assert drafts["不扩散"].head_share == pytest.approx(3 / 30)
    generic = Draft("不扩散", ("不扩散",), NgramStats(30, 4, 2.0, 2.0, 1.0), {"ngram"},
                    c_value=drafts["不扩散"].c_value, head_share=(12 + 8 + 3) / 30)
    generic.rescore()
    assert drafts["不扩散"].score > 2 * generic.score


def test_a_clause_piece_ending_with_a_word_is_no_name_it_heads() -> None:
    # 各|行为体 ("the various actors") opens with a pronoun: the tags refuse it as a piece
    # of a clause, and it names no kind of actor, so 行为体 heads only 人道主义行为体.
    freq = {"行为体": 20, "各行为体": 12, "人道主义行为体": 4}
    cuts = {"行为体": ("行为体",), "各行为体": ("各", "行为体"),
            "人道主义行为体": ("人道主义", "行为体")}
    drafts = {t: Draft(t, cuts[t], NgramStats(f, 4, 2.0, 2.0, 1.0), {"ngram"})
              for t, f in freq.items()}
    refused = drop_by_tags(drafts, JiebaSegmenter())
    assert refused == {"各行为体"}
    score_drafts(drafts, refused=refused)
    assert drafts["行为体"].head_share == pytest.approx(4 / 20)


def test_a_word_heading_many_names_is_a_generic_head() -> None:
    # 框架 heads 法律框架, 战略框架 and 联合国发展援助框架: alone it names no one framework.
    freq = {"框架": 40, "秘书处": 40, "法律框架": 12, "战略框架": 10, "发展援助框架": 8,
            "联合国发展援助框架": 6, "联合国秘书处": 6}
    cuts = {"框架": ("框架",), "秘书处": ("秘书处",), "法律框架": ("法律", "框架"),
            "战略框架": ("战略", "框架"), "发展援助框架": ("发展", "援助", "框架"),
            "联合国发展援助框架": ("联合国", "发展", "援助", "框架"),
            "联合国秘书处": ("联合国", "秘书处")}
    drafts = {t: Draft(t, cuts[t], NgramStats(f, 4, 2.0, 2.0, 1.0), {"ngram"})
              for t, f in freq.items()}
    for draft in drafts.values():
        draft.specificity = 300.0
    score_drafts(drafts)
    assert drafts["框架"].head_share == pytest.approx((12 + 10 + 8 + 6) / 40)
    assert drafts["秘书处"].head_share == pytest.approx(6 / 40)
    assert drafts["框架"].score < 0.5 * drafts["秘书处"].score
    # Defined by the text as a short form, it is not discounted; a bare title that is a
    # generic head (《议定书》) is a back-reference, weighed as the word itself.
    stats = NgramStats(40, 4, 2.0, 2.0, 1.0)
    assert score(40.0, stats, words=1, length=3, is_title=False, is_defined=True,
                 head_share=2.0) == score(40.0, stats, words=1, length=3, is_title=False,
                                          is_defined=True)
    assert score(40.0, stats, words=1, length=3, is_title=True, is_defined=False,
                 head_share=2.0) == score(40.0, stats, words=1, length=3, is_title=False,
                                          is_defined=False, head_share=2.0)


def test_a_place_and_a_general_word_are_a_description() -> None:
    tokenizer = JiebaSegmenter()
    labels = [("叙利亚", "政府"), ("巴勒斯坦", "人民"), ("利比亚", "局势")]
    terms = [("巴勒斯坦", "被占领土"), ("非洲", "经委会"), ("东非", "共同体")]
    drafts = _ngram_drafts(*labels, *terms)
    for word in {c[-1] for c in labels + terms}:
        drafts[word] = Draft(word, (word,), NgramStats(40, 4, 2.0, 2.0, 1.0), {"ngram"})
    mark_specificity(drafts, Counts(tokens=100_000), tokenizer)
    refused = drop_by_tags(drafts, tokenizer)
    # 政府, 人民, 局势 are general Chinese; 被占领土, 经委会, 共同体 are the text's own.
    assert refused == {"".join(c) for c in labels}
    tags = tokenizer.word_tags(["叙利亚"])
    assert not is_place_label(("叙利亚", "政府"), tags, 0.0)  # unknown: kept


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


def test_a_name_found_only_inside_longer_names_is_a_fragment() -> None:
    from termbase.extract.drafts import rescore_with_characters
    from termbase.extract.evidence import Evidence

    # The name rule runs from the last name-opening word (世界) to the head, so it cuts
    # 世界首脑会议 out of 可持续发展问题世界首脑会议: nested like any counted n-gram. A
    # title is delimited by the text and keeps its weight.
    def draft(sources: set[str]) -> Draft:
        made = Draft("世界首脑会议", ("世界", "首脑会议"),
                     NgramStats(14, 4, 2.0, 2.0, 1.0), sources, c_value=14.0)
        made.rescore()
        return made

    nested = Evidence(freq=14, nested=13)
    nested.left.update({"题": 10, "年": 3})
    nested.right.update({"的": 5, "上": 4, "成": 3, "和": 2})
    name, title = draft({"name", "ngram"}), draft({"title"})
    before = (name.score, title.score)
    rescore_with_characters([name, title], {"世界首脑会议": nested})
    assert name.score < 0.05 * before[0]
    assert title.score > 0.5 * before[1]


def test_a_name_with_a_conjunction_inside_is_one_unit() -> None:
    # 联合国毒品和犯罪问题办公室 is two long units joined by 和 by its words, but a name:
    # its uses before a verb are its own, not a coordination modifying a noun.
    verbs = ["继续", "提供", "协助", "支持", "编写", "举办", "发布", "通过", "加强", "开展"]
    lines = [f"联合国毒品和犯罪问题办公室{verb}相关工作和方案。" for verb in verbs]
    lines += [f"会员国{verb}国家{second}。" for verb in verbs for second in _SECOND[:4]]
    ranked = extract_terms(_documents(lines), tokenizer=JiebaSegmenter()).candidates
    terms = [c.term for c in ranked]
    assert "联合国毒品和犯罪问题办公室" in terms[:3]


def test_a_pronoun_inside_a_name_makes_a_description() -> None:
    tokenizer = JiebaSegmenter()
    # 联合国|各|机构 (the various UN agencies) from the name rule, and 国家|各|部门 counted:
    # a single-character pronoun between two words is a word of its own. In 任|择|议定书
    # the single characters are a split word and are not judged.
    drafts = _ngram_drafts(("国家", "各", "部门"), ("任", "择", "议定书"))
    drafts["联合国各机构"] = Draft("联合国各机构", ("联合国", "各", "机构"),
                                 NgramStats(12, 2, 2.0, 2.0, 1.0), {"name", "ngram"})
    drafts["联合国开发计划署"] = Draft("联合国开发计划署", ("联合国", "开发", "计划署"),
                                    NgramStats(12, 2, 2.0, 2.0, 1.0), {"name"})
    # Deeper inside, an official name may hold one ("in all its aspects").
    conference = ("联合国", "小武器", "和", "轻武器", "非法", "贸易", "各", "方面", "问题", "大会")
    drafts["".join(conference)] = Draft("".join(conference), conference,
                                       NgramStats(6, 2, 2.0, 2.0, 1.0), {"name", "ngram"})
    assert drop_by_tags(drafts, tokenizer) == {"国家各部门", "联合国各机构"}


def test_a_rare_name_built_on_a_name_head_is_a_unit() -> None:
    tokenizer = JiebaSegmenter()
    names = [("国际法", "委员会"), ("人道主义", "事务", "协调", "厅"),
             ("卢旺达", "问题", "国际", "刑事法庭"), ("伊斯兰", "合作", "组织")]
    not_names = [("巴勒斯坦", "代表"),  # a place and a head: "the representative of"
                 ("委员会", "会议"),  # the body's meeting
                 ("加强", "区域", "委员会"),  # a verb: a clause
                 ("整个", "联合国", "系统"),  # "the whole system": a determiner
                 ("区域", "机构")]  # too short to be more than a description
    tags = tokenizer.word_tags({w for words in names + not_names for w in words})
    assert [is_head_named("".join(w), w, tags) for w in names] == [True] * len(names)
    assert [is_head_named("".join(w), w, tags) for w in not_names] == [False] * len(not_names)
    # Used three times with three different neighbours, a name is as free as it can show,
    # and its general words are free apart: it weighs as a unit. A repeated neighbour
    # (a fragment of a longer name) still costs it.
    rare = NgramStats(3, 2, math.log(3), math.log(3), 0.25)
    assert unithood(rare, named=True) == pytest.approx(1.0)
    # Not built as a name, its weak association still costs it.
    assert unithood(rare) < 0.7
    fragment = NgramStats(3, 2, 0.64, math.log(3), 0.25)
    assert unithood(fragment, named=True) < 0.5
    # The head closes a name: what follows it (its chair, its session) says nothing.
    before_its_session = NgramStats(3, 2, math.log(3), 0.0, 0.25)
    assert unithood(before_its_session, named=True) == pytest.approx(1.0)
    assert unithood(before_its_session) < 0.05
    drafts = _ngram_drafts(*names[:2], ("加强", "区域", "委员会"))
    drop_by_tags(drafts, tokenizer)
    assert {t for t, d in drafts.items() if d.head_named} == {"国际法委员会", "人道主义事务协调厅"}


def test_a_two_character_word_is_specific_by_its_free_uses() -> None:
    from termbase.extract.drafts import rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 义务 is frequent in UN text inside its terms (核裁军义务, 条约义务); alone, it is
    # used about as often as in general Chinese. 人权 is UN vocabulary on its own too.
    def draft(text: str) -> Draft:
        made = Draft(text, (text,), NgramStats(40, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=40.0, specificity=120.0)
        made.rescore()
        return made

    def seen(nested: int) -> Evidence:
        found = Evidence(freq=40, nested=nested)
        found.left.update({"的": 10, "和": 10, "国": 10, "约": 10})
        found.right.update({"的": 10, "和": 10, "，": 10, "。": 10})
        return found

    obligation, rights = draft("义务"), draft("人权")
    rescore_with_characters([obligation, rights], {"义务": seen(26), "人权": seen(8)})
    assert obligation.specificity == pytest.approx(120.0 * 14 / 40)
    assert rights.specificity == pytest.approx(120.0 * 32 / 40)
    assert obligation.score < 0.05 * rights.score  # 42 is general (< 50), 96 is not
    longer = Draft("工作人员", ("工作人员",), NgramStats(40, 2, 2.0, 2.0, 1.0), {"ngram"},
                   c_value=40.0, specificity=30.0)
    rescore_with_characters([longer], {"工作人员": seen(26)})
    assert longer.specificity == 30.0  # longer words keep theirs (秘书长 heads names)


def test_free_uses_are_a_share_of_the_words_the_specificity_counted() -> None:
    from termbase.extract.drafts import rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 裁军: 51 occurrences of its characters, 43 inside longer candidates (核裁军, one
    # dictionary word, among them); the segmenter's words counted it 12 times, the uses
    # outside 核裁军, so its specificity already leaves those out: 8 free of 12 words.
    def draft(words: int) -> Draft:
        made = Draft("裁军", ("裁军",), NgramStats(words, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=float(words), specificity=300.0)
        made.rescore()
        return made

    disarmament = draft(12)
    rescore_with_characters([disarmament], {"裁军": Evidence(freq=51, nested=43)})
    assert disarmament.specificity == pytest.approx(300.0 * 8 / 12)
    assert disarmament.specificity > 50.0  # not general: it stays a candidate
    # Occurrences inside words that are no candidate are free but were never counted:
    # the share stays at most one.
    counted_less = draft(5)
    rescore_with_characters([counted_less], {"裁军": Evidence(freq=20, nested=2)})
    assert counted_less.specificity == pytest.approx(300.0)


def test_a_bare_head_opening_an_ngram_refers_back_to_a_body() -> None:
    from termbase.extract.candidates import is_back_reference

    # "The Committee recommends / the Committee's chair / the mission's assets".
    about_a_body = [("委员会", "建议"), ("委员会", "主席"), ("特派团", "资产"),
                    ("委员会", "建议", "缔约国")]
    names = [("小组", "委员会"),  # a two-character head: subcommittee
             ("委员会", "执行局"),  # a head after it: a body of its own
             ("人权", "委员会"), ("委员会",)]
    assert all(is_back_reference(w) for w in about_a_body)
    assert not any(is_back_reference(w) for w in names)
    tokenizer = JiebaSegmenter()
    drafts = _ngram_drafts(*about_a_body[:2], ("小组", "委员会"))
    assert drop_by_tags(drafts, tokenizer) == {"委员会建议", "委员会主席"}


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


def test_a_verbal_noun_of_the_field_stays_a_candidate() -> None:
    from termbase.extract.tag_filters import is_field_activity

    tokenizer = JiebaSegmenter()
    tags = tokenizer.word_tags({"备灾", "合作", "应对"})
    assert (tags["备灾"], tags["合作"], tags["应对"]) == ("vn", "vn", "v")
    # Disaster preparedness: far more frequent than in general Chinese; cooperation is
    # about as frequent there; a verb predicates, however specific.
    assert is_field_activity("备灾", tags["备灾"], 10_000.0)
    assert not is_field_activity("合作", tags["合作"], 3.0)
    assert not is_field_activity("应对", tags["应对"], 1_000.0)
    assert not is_field_activity("备灾", tags["备灾"], 0.0)  # unknown: not judged
    drafts = {word: Draft(word, (word,), NgramStats(9, 2, 2.0, 2.0, 1.0), {"ngram"})
              for word in ("备灾", "合作", "应对")}
    mark_specificity(drafts, Counts(tokens=20_000), tokenizer)
    drop_by_tags(drafts, tokenizer)
    assert set(drafts) == {"备灾"}


def test_a_word_that_never_ends_a_phrase_only_modifies() -> None:
    from termbase.extract.drafts import is_bound_modifier, rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 人道主义 (humanitarian) stands before the noun it qualifies (援助, 车队, 组织 …) in
    # nearly every use; 缔约国 (States parties) modifies too (缔约国大会) but also ends
    # phrases: before punctuation or a grammar character (的, 和, 在). Both are free
    # words here (nothing nested), so only how their phrases end tells them apart.
    def draft(text: str) -> Draft:
        made = Draft(text, (text,), NgramStats(60, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=60.0, specificity=500.0)
        made.rescore()
        return made

    def seen(after: dict[str, int], total: int = 60) -> Evidence:
        found = Evidence(freq=total)
        found.left.update({"的": 20, "提": 20, "国": 20})
        found.right.update(after)
        return found

    attribute, noun = draft("人道主义"), draft("缔约国")
    rescore_with_characters(
        [attribute, noun],
        {"人道主义": seen({"援": 25, "车": 15, "组": 10, "人": 8, "和": 1}),
         "缔约国": seen({"大": 40, "的": 5, "和": 5})})  # and 10 before punctuation
    assert attribute.score < 0.01 * noun.score
    assert is_bound_modifier(attribute, 60, 2) and not is_bound_modifier(noun, 60, 20)
    # A rare word whose few uses all stand before a noun says little.
    assert not is_bound_modifier(draft("民用"), 8, 0)


def test_a_learned_verb_character_before_a_verb_is_a_predicate() -> None:
    # The segmenter learns 可持续 (可|持续, "can last": sustainable) and 受影响 (受|影响,
    # "be affected") from UN text; they qualify (可持续发展, 受影响国家) and alone name
    # nothing. Learned names and nouns stay: 复原力 and 行为体 end in a noun-forming
    # character, 埃博拉 opens with a place character, 不扩散 with a negation.
    tokenizer = JiebaSegmenter().with_words(["可持续", "受影响", "复原力", "行为体", "埃博拉",
                                             "不扩散"])
    drafts = _ngram_drafts(("可持续",), ("受影响",), ("复原力",), ("行为体",), ("埃博拉",),
                           ("不扩散",), ("可持续", "发展"))
    for draft in drafts.values():
        draft.specificity = math.inf  # not in the dictionary
    drop_by_tags(drafts, tokenizer)
    assert set(drafts) == {"复原力", "行为体", "埃博拉", "不扩散", "可持续发展"}


def test_a_longer_pronoun_anywhere_inside_a_name_makes_a_description() -> None:
    # 联合国其他人道主义机构 ("the other UN humanitarian agencies") and 第一委员会本届会议
    # run from a name's opening word to a head, but name no one body. A one-character
    # pronoun deep inside an official name stays (…非法贸易各方面问题大会).
    def named(*words: str) -> Draft:
        return Draft("".join(words), words, NgramStats(3, 2, 1.0, 1.0, 1.0), {"name"})

    descriptions = [("联合国", "其他", "人道主义", "机构"), ("第一", "委员会", "本届", "会议"),
                    ("联合国", "系统", "其他", "组织")]
    official = ("联合国", "小", "武器", "和", "轻武器", "非法", "贸易", "各", "方面", "问题",
                "大会")
    drafts = {"".join(w): named(*w) for w in (*descriptions, official)}
    assert drop_by_tags(drafts, JiebaSegmenter()) == {"".join(w) for w in descriptions}


def test_a_word_nested_in_many_wholes_that_ends_phrases_is_no_fragment() -> None:
    from collections import Counter

    from termbase.extract.drafts import is_productive, rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 核武器 stands mostly inside longer candidates, but inside many different ones
    # (无核武器, 核武器国家, 彻底消除核武器 …), and ends a phrase in about half its uses: the
    # term they are built on. A fragment stands inside one whole (世界首脑会议 inside
    # 可持续发展问题世界首脑会议) however its phrases end.
    def draft(text: str) -> Draft:
        made = Draft(text, (text,), NgramStats(90, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=90.0, specificity=150.0)
        made.rescore()
        return made

    def seen(containers: dict[str, int]) -> Evidence:
        found = Evidence(freq=90, nested=74, containers=Counter(containers))
        found.left.update({"无": 24, "用": 20, "除": 20, "散": 26})
        found.right.update({"国": 20, "区": 10, "的": 30, "和": 10})  # 20 before punctuation
        return found

    many = seen({"无核武器": 24, "核武器国家": 20, "彻底消除核武器": 15, "使用核武器": 15})
    one = seen({"核武器国家大会": 74})
    assert is_productive(many) and not is_productive(one)
    weapons, fragment = draft("核武器"), draft("核武器")
    rescore_with_characters([weapons], {"核武器": many})
    rescore_with_characters([fragment], {"核武器": one})
    assert fragment.score < 0.05 * weapons.score
    # Nested in many wholes but (almost) never ending a phrase: an attribute (人道主义).
    attribute = seen({"无核武器": 24, "核武器国家": 20, "彻底消除核武器": 15, "使用核武器": 15})
    attribute.right.clear()
    attribute.right.update({"国": 40, "区": 30, "援": 15})
    assert not is_productive(attribute)


def test_a_whole_conjunct_of_a_longer_candidate_is_a_free_use() -> None:
    from collections import Counter

    from termbase.extract.drafts import conjunct_uses, rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 不扩散 (non-proliferation) stands mostly in 核裁军和不扩散 and 不扩散核武器: beside 和
    # it is a phrase of its own, coordinated with another; inside 不扩散核武器 it is not.
    def draft() -> Draft:
        made = Draft("不扩散", ("不扩散",), NgramStats(30, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=30.0, specificity=500.0)
        made.rescore()
        return made

    def seen(containers: dict[str, int]) -> Evidence:
        found = Evidence(freq=30, nested=28, containers=Counter(containers))
        found.left.update({"和": 20, "核": 5, "对": 3})
        found.right.update({"核": 16, "制": 4, "条": 4})
        return found

    coordinated = seen({"核裁军和不扩散": 12, "不扩散核武器": 16})
    inside = seen({"核裁军不扩散": 12, "不扩散核武器": 16})
    assert conjunct_uses("不扩散", coordinated) == 12
    assert conjunct_uses("不扩散", inside) == 0
    assert conjunct_uses("扩散", coordinated) == 0  # a piece of the conjunct is no conjunct
    free, fragment = draft(), draft()
    rescore_with_characters([free], {"不扩散": coordinated})
    rescore_with_characters([fragment], {"不扩散": inside})
    assert fragment.score < 0.05 * free.score


def test_a_nested_use_is_recorded_under_the_shortest_whole_around_it() -> None:
    from termbase.extract.evidence import collect_evidence

    # 儿基会 inside 儿基会执行局 is a piece of 儿基会执行局; 儿基 there is a piece of 儿基会,
    # its nearest whole, not of the longest candidate around it.
    units = [("儿基会执行局开会。儿基会发言。", 0, "d", "1"), ("核武器，无核武器区。", 0, "d", "2")]
    found = collect_evidence(units, ["儿基", "儿基会", "儿基会执行局", "核武器", "无核武器区"],
                             ExtractSettings())
    assert found["儿基"].containers == {"儿基会": 2}
    assert found["儿基会"].containers == {"儿基会执行局": 1}
    assert found["儿基会"].nested == 1 and found["儿基会"].freq == 2
    assert found["核武器"].containers == {"无核武器区": 1}


def test_uses_inside_a_dictionary_word_ending_with_a_term_are_no_fragment_uses() -> None:
    from termbase.extract.drafts import rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 核裁军 (nuclear disarmament) is one word in jieba's dictionary: the counts saw 裁军
    # as a word 12 times of its 51, and the 38 uses inside 核裁军 are a compound built on
    # it, no pieces of another candidate. 儿基 opens the word 儿基会: a piece of it.
    def draft(text: str, *words: str) -> Draft:
        made = Draft(text, words or (text,), NgramStats(12, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=12.0, specificity=500.0)
        made.rescore()
        return made

    def seen(containers: dict[str, int]) -> Evidence:
        found = Evidence(freq=51, nested=46)
        found.left.update({"的": 10, "核": 38, "和": 3})
        found.right.update({"的": 10, "谈": 8, "和": 10})  # and 23 before punctuation
        found.containers.update(containers)
        return found

    term, piece = draft("裁军"), draft("儿基")
    wholes = [draft("核裁军"), draft("儿基会"), draft("裁军谈判会议", "裁军", "谈判", "会议"),
              draft("儿基会谈判", "儿基会", "谈判")]
    rescore_with_characters(
        [term, piece, *wholes],
        {"裁军": seen({"核裁军": 38, "裁军谈判会议": 8}),
         "儿基": seen({"儿基会": 38, "儿基会谈判": 8}),
         **{w.text: Evidence(freq=40) for w in wholes}})
    # 裁军: 8 nested of the 13 uses left; 儿基: 46 of 51, a fragment.
    assert term.score > 50 * piece.score


def test_a_general_word_cited_by_number_names_a_document_type() -> None:
    from termbase.extract.drafts import is_cited_by_number, rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 决议 (resolution) and 方案 (programme) are both general by the dictionary's counts;
    # the text cites 决议 by number (第1325(2000)号决议) in half of its uses.
    def draft(text: str) -> Draft:
        made = Draft(text, (text,), NgramStats(60, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=60.0, specificity=20.0)
        made.rescore()
        return made

    def seen(before: dict[str, int]) -> Evidence:
        found = Evidence(freq=60)
        found.left.update(before)
        found.right.update({"的": 20, "第": 20, "和": 20})
        return found

    document, other = draft("决议"), draft("方案")
    rescore_with_characters([document, other],
                            {"决议": seen({"号": 30, "的": 10, "该": 10, "项": 10}),
                             "方案": seen({"号": 2, "的": 20, "该": 19, "项": 19})})
    assert document.numbered and not other.numbered
    assert document.score > 10 * other.score
    # A rare word says little.
    rare = Evidence(freq=8)
    rare.left.update({"号": 8})
    assert not is_cited_by_number(draft("法令"), rare)


def test_a_general_word_named_with_a_numbered_session_is_a_body() -> None:
    from termbase.extract.drafts import is_cited_by_number, rescore_with_characters
    from termbase.extract.evidence import Evidence, collect_evidence

    # A free use right before the number of a session or meeting counts; not one inside a
    # longer candidate (缔约方会议第十届会议 is the Conference's session), nor a paragraph.
    units = [("大会第七十届会议通过。", 0, "d", "1"), ("在大会第7次全体会议上，", 0, "d", "2"),
             ("缔约方会议第十届会议，会议第12段，大会第十二段。", 0, "d", "3")]
    found = collect_evidence(units, ["大会", "会议", "缔约方会议"], ExtractSettings())
    assert found["大会"].sessions == 2 and found["会议"].sessions == 0

    # 大会 (the General Assembly) and 会议 (meeting) are both general by the dictionary's
    # counts; the text names 大会 with its session in a few of its uses, 会议 never.
    def draft(text: str, head_share: float = 0.0) -> Draft:
        made = Draft(text, (text,), NgramStats(60, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=60.0, specificity=10.0, head_share=head_share)
        made.rescore()
        return made

    def seen(sessions: int) -> Evidence:
        found = Evidence(freq=60, sessions=sessions)
        found.left.update({"的": 20, "在": 20, "议": 20})
        found.right.update({"第": 20, "的": 20, "请": 20})
        return found

    body, other = draft("大会"), draft("会议")
    generic, generic_other = draft("公约", head_share=1.0), draft("条约", head_share=1.0)
    rescore_with_characters([body, other, generic, generic_other],
                            {"大会": seen(3), "会议": seen(0), "公约": seen(3), "条约": seen(0)})
    assert body.numbered and not other.numbered
    assert body.score > 10 * other.score
    # A word heading many names refers back to one of them: its discounts stay.
    assert generic.numbered and generic.score == pytest.approx(generic_other.score)
    # Once is no evidence.
    assert not is_cited_by_number(draft("大会"), Evidence(freq=40, sessions=1))


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


def test_a_container_seen_twice_makes_no_fragment_of_a_rare_term() -> None:
    # 当地征聘 three times, twice inside 当地征聘人员: two uses of the longer string are
    # what chance gives any string; the term keeps its three uses.
    from termbase.extract.statistics import c_values

    freqs = {"当地征聘人员": 2, "当地征聘": 3, "行动纲领执行": 3, "行动纲领": 4}
    values = c_values(freqs, {"当地征聘": ["当地征聘人员"], "行动纲领": ["行动纲领执行"]})
    assert values["当地征聘"] == pytest.approx(math.log2(5) * 3)
    # Seen three times, the longer one is evidence: the shorter keeps one free use.
    assert values["行动纲领"] == pytest.approx(math.log2(5) * 1)


def test_a_coordination_is_no_container_of_its_whole_conjuncts() -> None:
    # 国家集合基金 four times, three of them after 中央应急基金和: the coordination
    # seen three times is no longer unit around it, so the term keeps its four uses.
    # 集合基金 inside the same coordination is not beside the conjunction: a fragment.
    def draft(text: str, *words: str) -> Draft:
        return Draft(text, words, NgramStats(4 if len(words) < 5 else 3, 2, 2.0, 2.0, 1.0),
                     {"ngram"})

    drafts = {d.text: d for d in (
        draft("中央应急基金和国家集合基金", "中央", "应急", "基金", "和", "国家", "集合", "基金"),
        draft("国家集合基金", "国家", "集合", "基金"),
        draft("集合基金", "集合", "基金"))}
    score_drafts(drafts)
    assert drafts["国家集合基金"].c_value == pytest.approx(math.log2(7) * 4)
    assert drafts["集合基金"].c_value < math.log2(5) * 4


def test_a_verb_before_a_term_used_freely_is_a_phrase() -> None:
    # 实现|粮食|安全 ("achieve food security"): 粮食安全 is used four times as often
    # alone and 实现 before many objects, so the phrase is a predicate about the term.
    # Bound pairs are terms: 维持|和平|行动 holds nearly every use of 和平行动, 常驻|联合国|代表
    # most uses of 常驻; a verb before one word may build a name (审计|委员会).
    phrases = [("实现", "粮食", "安全")]
    terms = [("维持", "和平", "行动"), ("常驻", "联合国", "代表"), ("审计", "委员会")]
    objects = [("粮食", "安全"), ("和平", "行动"), ("联合国", "代表"), ("委员会",)]
    drafts = _ngram_drafts(*phrases, *terms, *objects)
    uses = {"实现粮食安全": 5, "粮食安全": 20, "维持和平行动": 9, "和平行动": 10,
            "常驻联合国代表": 8, "联合国代表": 30, "审计委员会": 5, "委员会": 40}
    for text, freq in uses.items():
        drafts[text].stats = NgramStats(freq, 2, 2.0, 2.0, 1.0)
    counts = Counts()
    counts.ngrams.update({"实现": 40, "维持": 12, "常驻": 10, "审计": 30})
    tokenizer = JiebaSegmenter()
    assert tokenizer.word_tags(["实现", "维持", "常驻", "审计"]) == dict.fromkeys(
        ["实现", "维持", "常驻", "审计"], "v")
    assert drop_verb_phrases(drafts, counts, tokenizer) == {"实现粮食安全"}
    # The verb bound to the term, or the term to the verb, keeps the phrase.
    counts.ngrams["实现"] = 8
    assert drop_verb_phrases(drafts, counts, tokenizer) == set()
    counts.ngrams["实现"] = 40
    drafts["粮食安全"].stats = NgramStats(8, 2, 2.0, 2.0, 1.0)
    assert drop_verb_phrases(drafts, counts, tokenizer) == set()
