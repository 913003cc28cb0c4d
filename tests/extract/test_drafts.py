"""Drafts: the candidates assembled from the counts, the rules that drop them, and
their rescoring by the characters around their uses."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.extract import drafts as drafts_module
from termbase.extract.counting import count_documents
from termbase.extract.drafts import (
    Draft,
    _containers,
    across_conjunctions,
    back_references,
    coordinated_places,
    fixed_coordinations,
    free_coordinations,
    mark_specificity,
    near_specific_words,
    ngram_drafts,
    opening_whole,
    reads_across,
    rescore_with_characters,
    score_drafts,
    shared_head_coordinations,
    word_pairs,
)
from termbase.extract.evidence import Evidence, collect_evidence
from termbase.extract.model import ExtractSettings
from termbase.extract.ranking import DEFAULT_WEIGHTS, score
from termbase.extract.statistics import (
    Counts,
    NgramStats,
    entropy,
)
from termbase.extract.tag_filters import drop_by_tags
from termbase.text.chinese import ZH_CONJUNCTIONS
from termbase.text.segment import JiebaSegmenter


def _draft(words: tuple[str, ...], freq: int, sources: Iterable[str] = ("ngram",), *,
           object_: str = "") -> Draft:
    """A scored draft of ``words`` used ``freq`` times, its word boundaries free; ``object_``
    the object of the verb it opens with, if it is read as a verb and its object."""
    made = Draft("".join(words), words, NgramStats(freq, 3, 2.0, 2.0, 1.0), set(sources),
                 c_value=float(freq), specificity=500.0, verb_object=object_)
    made.rescore()
    return made


def _seen(freq: int, containers: dict[str, int] | None = None, *,
          antecedents: dict[str, int] | None = None) -> Evidence:
    """What pass 2 found of a draft used ``freq`` times, between two different characters on
    either side: ``containers`` the longer drafts holding it (how often), ``antecedents``
    the names its bare uses referred back to."""
    found = Evidence(freq=freq, nested=sum((containers or {}).values()))
    found.containers.update(containers or {})
    found.antecedents.update(antecedents or {})
    found.left.update({"的": freq // 2, "在": freq - freq // 2})
    found.right.update({"的": freq // 2, "和": freq - freq // 2})
    return found


# A bare head that refers back to the names it heads is no term of its own.
#
# 委员会, 公约 or 理事会 alone stand for whichever committee, convention or council the text
# named a few sentences before; a word that refers back to one name only is that name's
# short form (宪章 after 联合国宪章) and stays a term (what the evidence records:
# test_evidence.py).
def _rescored(referring: dict[str, int]) -> float:
    head = _draft(("委员会",), 40)
    names = [_draft((n[:-3], "委员会"), 5, frozenset({"name"})) for n in referring]
    rescore_with_characters([head, *names], {"委员会": _seen(40, antecedents=referring),
                                             **{n.text: _seen(5) for n in names}})
    return head.score


def test_a_head_referring_back_to_several_names_yields_to_them() -> None:
    alone = _rescored({})
    # 15 of 40 free uses follow one of three committees named shortly before.
    assert _rescored({"海洋渔业委员会": 6, "内陆渔业委员会": 5, "审计委员会": 4}) < 0.5 * alone
    # Always the same name: its short form, not a generic head.
    assert _rescored({"海洋渔业委员会": 15}) == alone
    # A few back-references go with any head.
    assert _rescored({"海洋渔业委员会": 3, "审计委员会": 2}) == alone


def test_only_names_headed_by_the_word_count_as_what_it_refers_to() -> None:
    head = _draft(("委员会",), 40)
    named = {"海洋渔业委员会": "委员会", "审计委员会": "委员会", "人权理事会": "理事会"}
    seen = _seen(40, antecedents={"海洋渔业委员会": 6, "审计委员会": 5, "人权理事会": 9,
                                  "各委员会": 4})
    assert back_references(head, seen, named) == 11


# A piece of a proper name yields to the name that a modifier before it opens.
#
# 发展目标 (development goals) stands in 《千年发展目标》 (the Millennium Development Goals,
# a title) in 15 of its 23 uses on the `themes` development text; the rest are cut out of
# names used once (可持续发展目标, 国际商定发展目标) or free. Under the fragment share of
# 0.8 it ranked 58, a fragment of the name by the lists' rule. A longer phrase the text
# does not name as such (2015年后发展议程, a counted n-gram) is a kind of the shorter one,
# which stays a term (发展议程, tuning gold).
def _score(longer: tuple[str, ...], sources: set[str], inside: int, freq: int = 23) -> float:
    piece = _draft(("发展", "目标"), freq, {"ngram"})
    whole = _draft(longer, 15, sources)
    text = "".join(longer)
    rescore_with_characters([piece, whole], {"发展目标": _seen(freq, {text: inside}),
                                             text: _seen(15, {})})
    return piece.score


def test_a_piece_of_a_title_opened_by_a_modifier_yields_to_it() -> None:
    alone = _draft(("发展", "目标"), 23, {"ngram"})
    rescore_with_characters([alone], {"发展目标": _seen(23, {})})
    # 15 of 23 uses inside the title: under the fragment share (0.8), yet a piece of it.
    assert _score(("千年", "发展", "目标"), {"ngram", "title"}, 15) < 0.2 * alone.score
    # So inside a name (from the name source) or a defined full form.
    assert _score(("千年", "发展", "目标"), {"name"}, 15) < 0.2 * alone.score


def test_a_longer_phrase_not_named_as_such_is_a_kind_of_the_shorter() -> None:
    alone = _draft(("发展", "目标"), 23, {"ngram"})
    rescore_with_characters([alone], {"发展目标": _seen(23, {})})
    # 2015年后发展议程 is a counted n-gram: a kind of development agenda, not its name.
    assert _score(("千年", "发展", "目标"), {"ngram"}, 15) == alone.score
    # Half the uses or fewer inside the name: used on its own too.
    assert _score(("千年", "发展", "目标"), {"ngram", "title"}, 11) == alone.score


def test_the_name_must_open_before_the_piece_not_after_it_nor_across_a_conjunction() -> None:
    proper = frozenset({"千年发展目标", "发展目标基金", "人权和发展目标"})
    assert opening_whole("发展目标", _seen(23, {"千年发展目标": 15}), proper) == 15
    # A head after the piece: the piece modifies it (保障监督|协定), a term of its own.
    assert opening_whole("发展目标", _seen(23, {"发展目标基金": 15}), proper) == 0
    # A whole conjunct of a coordination is used alone there (人权和|基本自由).
    assert opening_whole("发展目标", _seen(23, {"人权和发展目标": 15}), proper) == 0
    assert opening_whole("发展目标", _seen(23, {"千年发展目标": 15}), frozenset()) == 0


def test_a_coordination_of_modifiers_sharing_the_head_is_one_unit() -> None:
    # 信息和通信技术 reads (信息和通信)技术, as 信息技术 shows: 通信技术 inside it is a piece,
    # no whole conjunct. 人权和基本自由 joins two phrases (no 人权自由 anywhere).
    def draft(*words: str) -> Draft:
        return _draft(tuple(words), 5, {"ngram"})

    drafts = [draft("信息", "和", "通信", "技术"), draft("信息", "技术"), draft("通信", "技术"),
              draft("人权", "和", "基本", "自由"), draft("基本", "自由"),
              draft("区域", "和", "次", "区域", "组织"), draft("区域", "组织")]
    assert shared_head_coordinations(drafts) == {"信息和通信技术", "区域和次区域组织"}


def test_a_piece_of_a_coordination_sharing_the_head_yields_to_it() -> None:
    # 5 of the 8 uses of 通信技术 on `themes` stand in 信息和通信技术 (rank 50 before).
    def rescored(with_shared_head: bool) -> float:
        piece = _draft(("通信", "技术"), 8, {"ngram"})
        whole = _draft(("信息", "和", "通信", "技术"), 5, {"ngram"})
        shortlist = [piece, whole]
        seen = {"通信技术": _seen(8, {"信息和通信技术": 5}), "信息和通信技术": _seen(5, {})}
        if with_shared_head:
            shortlist.append(_draft(("信息", "技术"), 3, {"ngram"}))
            seen["信息技术"] = _seen(3, {})
        rescore_with_characters(shortlist, seen)
        return piece.score

    alone = _draft(("通信", "技术"), 8, {"ngram"})
    rescore_with_characters([alone], {"通信技术": _seen(8, {})})
    # A coordination of two phrases: the uses in it are whole conjuncts, free ones.
    assert rescored(with_shared_head=False) == alone.score
    assert rescored(with_shared_head=True) < 0.2 * alone.score


# A coordination of modifiers sharing a head joins two phrases the text says apart.
#
# 经济和社会发展 (economic and social development) reads (经济和社会)发展, as 经济发展 shows;
# on the `themes` development text it is used 6 times, 经济发展 10 times and 社会发展 12
# times outside it: two phrases of the text joined, ranked 62 as a unit of its own. 信息和
# 通信技术 (information and communication technologies) is one term: 通信技术 stands in it
# in 5 of its 8 uses.
def _coordination_score(first_uses: int, second_uses: int, inside: int) -> float:
    """The score of 经济和社会发展 (6 uses) beside 经济发展 and 社会发展, the latter
    ``inside`` times in it."""
    whole = _draft(("经济", "和", "社会", "发展"), 6)
    shortlist = [whole, _draft(("经济", "发展"), first_uses), _draft(("社会", "发展"), second_uses)]
    rescore_with_characters(shortlist, {"经济和社会发展": _seen(6),
                                        "经济发展": _seen(first_uses),
                                        "社会发展": _seen(second_uses, {"经济和社会发展": inside})})
    return whole.score


def test_a_coordination_of_two_phrases_said_apart_is_a_free_one() -> None:
    alone = _draft(("经济", "和", "社会", "发展"), 6)
    rescore_with_characters([alone], {"经济和社会发展": _seen(6)})
    free = _coordination_score(10, 18, 6)
    assert free <= DEFAULT_WEIGHTS.coordination_factor * alone.score * 1.0001
    # Either phrase said apart less often than the coordination: a fixed one, left alone.
    assert _coordination_score(10, 10, 6) == alone.score
    assert _coordination_score(5, 18, 6) == alone.score


def test_a_fixed_coordination_holds_most_uses_of_its_second_phrase() -> None:
    drafts = [_draft(("信息", "和", "通信", "技术"), 5), _draft(("信息", "技术"), 13),
              _draft(("通信", "技术"), 8), _draft(("经济", "和", "社会", "发展"), 6),
              _draft(("经济", "发展"), 10), _draft(("社会", "发展"), 18),
              _draft(("人权", "和", "基本", "自由"), 5), _draft(("基本", "自由"), 12)]
    evidence = {"信息和通信技术": _seen(5), "信息技术": _seen(13),
                "通信技术": _seen(8, {"信息和通信技术": 5}), "经济和社会发展": _seen(6),
                "经济发展": _seen(10), "社会发展": _seen(18, {"经济和社会发展": 6}),
                "人权和基本自由": _seen(5), "基本自由": _seen(12, {"人权和基本自由": 5})}
    shared = {"信息和通信技术", "经济和社会发展"}  # no 人权自由: two phrases, no shared head
    assert free_coordinations(drafts, evidence, shared) == {"经济和社会发展"}


# A coordination the text says as one unit is no free one (issue 12, recall).
#
# 国家元首和政府首脑 (heads of State and Government), 预防犯罪和刑事司法 (crime prevention
# and criminal justice) are gold terms of the tuning text, weighed as free coordinations
# of two terms (the coordination factor) and ranked beyond 1,500: their conjuncts stand
# alone there less often than they stand together. 和平|与|安全 beside 和平 and 安全 used
# alone, two short conjuncts (区域和全球, 核安全和核安保) and a pair of terms named
# together only twice stay free.
def _coordinations(uses: int, conjuncts: dict[tuple[str, ...], int],
                   whole: tuple[str, ...]) -> dict[str, Draft]:
    drafts = {d.text: d for d in [_draft(whole, uses),
                                  *(_draft(w, n) for w, n in conjuncts.items())]}
    return drafts


def test_a_coordination_said_together_more_than_apart_is_a_unit() -> None:
    heads = ("国家元首", "和", "政府首脑")
    drafts = _coordinations(4, {("国家元首",): 7, ("政府首脑",): 7}, heads)
    assert fixed_coordinations(drafts) == {"国家元首和政府首脑"}
    free = _draft(heads, 4)
    score_drafts(drafts)
    score_drafts({free.text: free, "国家元首": _draft(("国家元首",), 12),
                  "政府首脑": _draft(("政府首脑",), 7)})
    assert not free.fixed_coordination
    assert drafts["国家元首和政府首脑"].score > 10 * free.score


def test_a_coordination_of_words_said_apart_or_rarely_stays_free() -> None:
    # Either conjunct said alone as often as the coordination: two phrases joined.
    assert not fixed_coordinations(
        _coordinations(4, {("国家元首",): 8, ("政府首脑",): 5}, ("国家元首", "和", "政府首脑")))
    assert not fixed_coordinations(
        _coordinations(42, {("和平",): 169, ("安全",): 406}, ("和平", "与", "安全")))
    # Two short words, never said apart: still free, sharing a modifier or not.
    assert not fixed_coordinations(
        _coordinations(6, {("区域",): 6, ("全球",): 6}, ("区域", "和", "全球")))
    nuclear = ("核", "安全", "和", "核", "安保")
    parts = {("核", "安全"): 4, ("核", "安保"): 5}
    assert not fixed_coordinations(_coordinations(4, parts, nuclear))
    # Two bodies named together (each conjunct closed by a name head): a list of two.
    funds = ("中央", "应急", "基金", "和", "国家", "集合", "基金")
    assert not fixed_coordinations(
        _coordinations(3, {("中央", "应急", "基金"): 5, ("国家", "集合", "基金"): 4}, funds))
    # Two places: a place (大不列颠|及|北爱尔兰联合王国, a country's name), by the tags.
    kingdom = ("大不列颠", "及", "北爱尔兰", "联合王国")
    assert fixed_coordinations(_coordinations(9, {}, kingdom)) == {"大不列颠及北爱尔兰联合王国"}
    assert not fixed_coordinations(_coordinations(9, {}, kingdom), {"大不列颠", "北爱尔兰"})
    assert coordinated_places(_coordinations(9, {}, kingdom), JiebaSegmenter()) \
        == {"大不列颠", "北爱尔兰"}
    # Named together twice: no evidence either way.
    assert not fixed_coordinations(
        _coordinations(2, {("厄尔尼诺",): 2}, ("厄尔尼诺", "和", "拉尼娜", "现象")))
    # A conjunct that opens the names of bodies is a whole conjunct (the Organization).
    assert not fixed_coordinations(
        _coordinations(5, {("人道主义", "组织"): 5}, ("联合国", "和", "人道主义", "组织")))


# Recall below the shortlist (issue 12): the near-specific words ``mine`` weighs by their
# English (the extraction that lists them: test_extractor.py).
def _word(text: str, freq: int, specificity: float, head_share: float = 0.0) -> Draft:
    stats = NgramStats(freq, 3, math.log(3), math.log(3), 1.0)
    return Draft(text, (text,), stats, {"ngram"}, specificity=specificity,
                 head_share=head_share, c_value=freq * math.log2(len(text) + 1))


def test_near_specific_words_are_the_discounted_two_character_band() -> None:
    drafts = [
        _word("难民", 40, 30.0),  # 30 times its general share: taken
        _word("步骤", 40, 12.0),  # general vocabulary by any measure
        _word("人权", 40, 80.0),  # specific: the score already weighs it fully
        _word("法治", 4, 30.0),  # too rare for its English to tell
        _word("框架", 40, 30.0, head_share=0.8),  # a generic head names no instrument
        _word("残疾人", 40, 30.0),  # a longer word weighs fully at this specificity
    ]
    chosen = near_specific_words(drafts, 5)
    assert [d.text for d in chosen] == ["难民"]
    assert chosen[0].score > 0.0  # measured and scored: it ranks where its score puts it


def test_a_multiword_draft_is_no_near_specific_word() -> None:
    stats = NgramStats(40, 3, 1.0, 1.0, 0.5)
    draft = Draft("难民营地", ("难民", "营地"), stats, {"ngram"}, specificity=30.0)
    assert near_specific_words([draft], 5) == []


# Recall of rare terms named beside others (issue 12): the neighbour across a conjunction
# is the conjunct beyond it.
def _rare(text: str, words: tuple[str, ...], freq: int, *, verb: bool = False) -> Draft:
    # Word-level boundaries as free as the uses allow: the characters decide.
    stats = NgramStats(freq, 2, math.log(freq), math.log(freq), 0.8)
    return Draft(text, words, stats, {"ngram"}, c_value=freq * math.log2(len(text) + 1),
                 opens_with_verb=verb)


def _left_entropy(draft: Draft, sentences: list[str]) -> float:
    units = [(s, 0, "doc", f"l{i}") for i, s in enumerate(sentences, 1)]
    evidence = collect_evidence(units, [draft.text], ExtractSettings())
    rescore_with_characters([draft], evidence)
    return draft.stats.left_entropy


def test_across_conjunctions_counts_the_conjunct_beyond() -> None:
    left = Counter({"和": 4, "括": 1})
    partners = Counter({"卫生和": 3, "服务和": 1})
    assert sorted(across_conjunctions(left, partners, -1)) == [1, 1, 3]
    right = Counter({"和": 2, "的": 1})
    assert sorted(across_conjunctions(right, Counter({"和恐": 1, "和其": 1}), 0)) == [1, 1, 1]
    assert across_conjunctions(Counter({"的": 2}), Counter(), -1) == [2]
    # The conjunct beyond a repeated conjunction opens the side.
    assert entropy(6, across_conjunctions(left, partners, -1)) > entropy(6, left.values())


def test_only_rare_candidates_of_several_words_not_opening_with_a_verb_read_across() -> None:
    assert reads_across(_rare("心理社会支助", ("心理", "社会", "支助"), 5))
    assert not reads_across(_rare("发展组织", ("发展", "组织"), 9))  # used often enough
    assert not reads_across(_rare("保护人权", ("保护", "人权"), 5, verb=True))
    assert not reads_across(_rare("难民", ("难民",), 5))


_NAMED_BESIDE = ["会员国加强精神卫生和心理社会支助的能力。",
                 "提供精神卫生和心理社会支助服务。",
                 "确保精神卫生和心理社会支助方案。",
                 "包括保健服务和心理社会支助。",
                 "心理社会支助需要资金。"]


def test_a_conjunction_before_a_rare_term_leaves_its_side_open() -> None:
    draft = _rare("心理社会支助", ("心理", "社会", "支助"), 5)
    # 卫生和 3 times, 服务和 once, the line's start once: as free as 精神卫生's three uses.
    assert _left_entropy(draft, _NAMED_BESIDE) > 0.9


def test_without_the_rule_the_conjunction_closes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts_module, "reads_across", lambda draft: False)
    draft = _rare("心理社会支助", ("心理", "社会", "支助"), 5)
    assert _left_entropy(draft, _NAMED_BESIDE) < 0.6  # 和 four times in five


def test_a_repeated_conjunct_still_marks_a_piece_of_a_fixed_phrase() -> None:
    draft = _rare("北爱尔兰联合王国", ("北爱尔兰", "联合王国"), 4)
    lines = [f"{who}大不列颠及北爱尔兰联合王国{what}。"
             for who, what in (("", "代表"), ("支持", "的提议"), ("根据", "政府"), ("与", "合作"))]
    assert _left_entropy(draft, lines) < 0.1  # 大不列颠及, every time


def test_a_verb_after_a_conjunction_shares_its_object() -> None:
    lines = ["促进和保护人权。", "尊重和保护人权。", "增进和保护人权的义务。", "保护人权是责任。"]
    opening = _rare("保护人权", ("保护", "人权"), 4, verb=True)
    assert _left_entropy(opening, lines) < 0.6  # 和 three times in four: a predicate's piece


# A phrase of two words the text says apart as often as together is no unit.
#
# 联合国机构 (United Nations bodies) is used 9 times on the MultiUN sample and its words
# stand apart in one clause 25 times (联合国各机构, 联合国及其有关机构, 联合国系统各机构); it
# ranked 131. A term's words stand together: 联合国系统 45 uses, 4 apart; 可持续发展 never
# (what the evidence counts: test_evidence.py).
def _rescored_apart(apart: int, freq: int = 9) -> float:
    draft = _draft(("联合国", "机构"), freq)
    seen = _seen(freq)
    seen.apart = apart
    rescore_with_characters([draft], {"联合国机构": seen})
    return draft.score


def test_a_pair_said_apart_at_least_as_often_as_together_yields_to_its_words() -> None:
    together = _rescored_apart(0)
    assert _rescored_apart(8) == together          # apart less often: a unit
    assert _rescored_apart(9) < 0.3 * together     # as often: a free combination
    assert _rescored_apart(25) < 0.1 * together


def test_only_counted_phrases_of_two_words_are_measured() -> None:
    drafts = [_draft(("联合国", "机构"), 9, {"ngram", "name"}),
              _draft(("非洲", "经济", "发展"), 2, {"ngram"}),
              _draft(("统计", "手册"), 2, {"ngram", "title"}),
              _draft(("机构",), 40, {"ngram"})]
    assert word_pairs(drafts) == {"联合国机构": ("联合国", "机构")}


def _ngram_drafts(*cuts: tuple[str, ...]) -> dict[str, Draft]:
    return {"".join(c): Draft("".join(c), c, NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"})
            for c in cuts}


def test_specificity_compares_the_text_with_general_chinese() -> None:
    counts = Counts(tokens=1000)
    drafts = {w: Draft(w, (w,), NgramStats(20, 2, 2.0, 2.0, 1.0)) for w in ("法治", "国家")}
    drafts["儿基会"] = Draft("儿基会", ("儿基会",), NgramStats(20, 2, 2.0, 2.0, 1.0))
    mark_specificity(drafts, counts, JiebaSegmenter())
    assert drafts["法治"].specificity > 50 > drafts["国家"].specificity > 1
    assert drafts["儿基会"].specificity == math.inf  # not a general-language word


def test_a_phrase_is_compared_with_its_words_joined_by_chance() -> None:
    # 工作|方法 (working methods): two common words the text joins about as often as general
    # Chinese would by chance; 维持和平|行动 holds a word general Chinese hardly uses.
    counts = Counts(tokens=200_000)
    drafts = {"".join(w): Draft("".join(w), w, NgramStats(20, 2, 2.0, 2.0, 1.0))
              for w in (("工作", "方法"), ("维持和平", "行动"), ("儿基会", "执行局"))}
    mark_specificity(drafts, counts, JiebaSegmenter())
    general = JiebaSegmenter().general_frequency(["工作", "方法"])
    assert drafts["工作方法"].chance_ratio == pytest.approx(
        20 / 200_000 / (general["工作"] * general["方法"]))
    assert drafts["工作方法"].chance_ratio < 500 < drafts["维持和平行动"].chance_ratio
    assert drafts["儿基会执行局"].chance_ratio == math.inf  # a word no dictionary lists
    assert drafts["工作方法"].specificity == 0.0  # single words only


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


def test_a_three_character_title_ending_several_instruments_titles_is_generic() -> None:
    # 《议定书》 ends two protocols' titles: what each is called for short, as 公约 is; a
    # title of three characters is as generic as a longer one (GENERIC_TITLE_MIN_CHARS).
    freq = {"议定书": 20, "关于儿童卷入武装冲突问题的任择议定书": 5,
            "关于预防贩运人口特别是妇女和儿童的议定书": 5}
    drafts = {t: Draft(t, (t,), NgramStats(f, 4, 2.0, 2.0, 1.0), {"title"})
              for t, f in freq.items()}
    score_drafts(drafts)
    assert drafts["议定书"].head_share >= 1.0


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


def test_a_modifier_listed_before_a_comma_still_only_modifies() -> None:
    from termbase.extract.drafts import rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 人道主义、发展和政治行为体: in a list the attribute qualifies the head after the last
    # conjunct, as it does before 和. Its uses before the list comma (、, which no
    # neighbour count holds) end no phrase of their own; read as phrase ends, four of
    # 60 uses kept it above the share of a word that only modifies.
    def draft() -> Draft:
        made = Draft("人道主义", ("人道主义",), NgramStats(60, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=60.0, specificity=500.0)
        made.rescore()
        return made

    found = Evidence(freq=60, listed=4)
    found.left.update({"的": 20, "提": 20, "国": 20})
    found.right.update({"援": 25, "车": 15, "组": 10, "人": 5, "和": 1})
    attribute, free = draft(), draft()
    rescore_with_characters([attribute], {"人道主义": found})
    assert attribute.score < 0.01 * free.score


def test_a_head_numbered_by_an_ordinal_opens_no_term_of_its_own() -> None:
    from termbase.extract.drafts import rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 第364次|会议临时议程 (the provisional agenda of the 364th meeting): the ordinal numbers
    # 会议, the head that opens the candidate, which runs on into the agenda. Its left
    # neighbours (次, 届) say little, as the numbers before them differ. 特别会议 after
    # 第二十一届 is numbered whole: its first word is no head.
    def draft(words: tuple[str, ...]) -> Draft:
        made = Draft("".join(words), words, NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=40.0)
        made.rescore()
        return made

    def seen() -> Evidence:
        found = Evidence(freq=20, ordinal=18)
        found.left.update({"次": 14, "届": 4, "的": 2})
        found.right.update({"如": 2, "和": 2})
        return found

    agenda, session = draft(("会议", "临时", "议程")), draft(("特别", "会议"))
    assert agenda.score == pytest.approx(session.score)
    rescore_with_characters([agenda, session], {"会议临时议程": seen(), "特别会议": seen()})
    assert agenda.score < 0.05 * session.score


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


def test_a_head_shared_by_several_names_is_no_term_they_are_built_on() -> None:
    from termbase.extract.drafts import heads_names, rescore_with_characters
    from termbase.extract.evidence import Evidence

    # 稳定团 (stabilization mission) stands in many wholes and ends them, as a productive
    # term does, but the wholes are several missions' names: it is what each is called,
    # a generic head, and yields to the names as a fragment does. Inside counted phrases
    # that are no names, the same uses leave it a term they are built on.
    wholes = {"马里稳定团": 15, "海地稳定团": 15, "刚果稳定团": 15, "中非稳定团": 10}

    def run(sources: str) -> Draft:
        made = Draft("稳定团", ("稳定", "团"), NgramStats(60, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=60.0, specificity=150.0)
        made.rescore()
        found = Evidence(freq=60, nested=55, containers=Counter(wholes))
        found.left.update({"里": 15, "地": 15, "果": 15, "非": 10, "该": 5})
        found.right.update({"的": 30, "和": 10})  # 20 before punctuation
        names = [Draft(w, (w[:2], "稳定", "团"), NgramStats(n, 2, 2.0, 2.0, 1.0), {sources},
                       c_value=float(n), specificity=150.0) for w, n in wholes.items()]
        evidence = {"稳定团": found, **{w: Evidence(freq=n) for w, n in wholes.items()}}
        rescore_with_characters([made, *names], evidence)
        if sources == "name":
            assert heads_names("稳定团", found, set(wholes)) == 4
        return made

    assert run("name").score < 0.2 * run("ngram").score


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


def test_uses_before_a_conjunction_do_not_show_a_modifier_ending_its_phrase() -> None:
    from termbase.extract.drafts import Draft, rescore_with_characters
    from termbase.extract.evidence import Evidence
    from termbase.extract.statistics import NgramStats

    # 人道主义 (humanitarian) qualifies the noun after it (援助, 组织 …), also across a
    # coordination (人道主义和发展援助): there 和 follows it though the phrase goes on to
    # the shared head. Those uses tell nothing of how its phrases end; of the others, it
    # ends almost none. 缔约国 also stands before 和, and ends its phrases elsewhere too.
    def draft(text: str) -> Draft:
        made = Draft(text, (text,), NgramStats(60, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=60.0, specificity=500.0)
        made.rescore()
        return made

    def seen(after: dict[str, int]) -> Evidence:
        found = Evidence(freq=60)
        found.left.update({"的": 20, "提": 20, "国": 20})
        found.right.update(after)
        return found

    attribute, noun = draft("人道主义"), draft("缔约国")
    rescore_with_characters(
        [attribute, noun],
        {"人道主义": seen({"援": 30, "组": 18, "和": 10}),  # 2 before punctuation
         "缔约国": seen({"大": 30, "和": 15})})  # 15 before punctuation
    assert attribute.score < 0.01 * noun.score


def _seen_left_only(freq: int, containers: dict[str, int]) -> Evidence:
    """What pass 2 found of a draft used ``freq`` times, its neighbours on the left only."""
    found = Evidence(freq=freq, nested=sum(containers.values()))
    found.containers.update(containers)
    found.left.update({"的": freq // 2, "和": freq - freq // 2})
    return found


# A term's nested share counts only the containers that are wholes.
#
# A longer shortlist holds more junk n-grams around a term: a verb and the term as its
# object, a piece clipped out of several names. Counted as wholes, they took the term's uses
# and made it read as a fragment of them, so its rank depended on how far the shortlist ran.

def test_a_verb_and_its_free_object_is_no_whole_of_the_object() -> None:
    # 使用|化学武器 ("use chemical weapons") holds 27 of the 30 uses of 化学武器 here, yet
    # it is a predicate about the term: those are whole uses of it, as the free ones are.
    def rescored(predicate: bool) -> float:
        term = _draft(("化学武器",), 30)
        phrase = _draft(("使用", "化学武器"), 27, object_="化学武器" if predicate else "")
        rescore_with_characters([term, phrase],
                                {"化学武器": _seen_left_only(30, {"使用化学武器": 27}),
                                 "使用化学武器": _seen_left_only(27, {})})
        return term.score

    alone = _draft(("化学武器",), 30)
    rescore_with_characters([alone], {"化学武器": _seen_left_only(30, {})})
    assert rescored(predicate=True) == alone.score
    # A container that is a whole still makes the term its fragment.
    assert rescored(predicate=False) < 0.1 * alone.score


def test_a_piece_clipped_out_of_names_hands_its_uses_to_the_names() -> None:
    # 事务|高级专员 stands only inside three names (人权…, 难民…, 裁军…事务高级专员): it
    # is no whole, and 高级专员 heads three names, as it does where the piece is not
    # shortlisted, not one (which would make it a fragment of that one).
    names = {"人权事务高级专员": 6, "难民事务高级专员": 5, "裁军事务高级专员": 5}

    def rescored(with_piece: bool, piece_free: bool = False) -> float:
        head = _draft(("高级专员",), 20)
        wholes = [_draft((n[:2], "事务", "高级专员"), k) for n, k in names.items()]
        seen = {n: _seen_left_only(k, {}) for n, k in names.items()}
        if not with_piece:
            rescore_with_characters([head, *wholes],
                                    {"高级专员": _seen_left_only(20, names), **seen})
            return head.score
        piece = _draft(("事务", "高级专员"), 16)
        seen["事务高级专员"] = _seen_left_only(16, {} if piece_free else names)
        rescore_with_characters([head, piece, *wholes],
                                {"高级专员": _seen_left_only(20, {"事务高级专员": 16}), **seen})
        return head.score

    assert rescored(with_piece=True) == rescored(with_piece=False)
    # A piece that stands free is a whole: the head is its fragment.
    assert rescored(with_piece=True, piece_free=True) < 0.1 * rescored(with_piece=False)


def test_a_clause_is_a_whole_of_what_stands_outside_its_object() -> None:
    # 乌克兰|常驻|联合国代表团 read as a verb (常驻) and its object (联合国代表团): it frees
    # the object's uses, not those of 常驻联合国代表团 (the permanent mission), which
    # reaches past the verb.
    def rescored(object_: str) -> float:
        term = _draft(("常驻", "联合国代表团"), 10)
        clause = _draft(("乌克兰", "常驻", "联合国代表团"), 9, object_=object_)
        rescore_with_characters([term, clause],
                                {"常驻联合国代表团": _seen_left_only(10, {clause.text: 9}),
                                 clause.text: _seen_left_only(9, {})})
        return term.score

    assert rescored("联合国代表团") == rescored("")
    assert rescored("联合国代表团") < rescored("常驻联合国代表团")


def _plain_containers(drafts: dict[str, Any]) -> dict[str, list[str]]:
    """_containers as first written: every span of up to eight words, joined anew."""
    def conjunct(words: Sequence[str], start: int, stop: int) -> bool:
        return ((stop < len(words) and words[stop] in ZH_CONJUNCTIONS)
                or (start > 0 and words[start - 1] in ZH_CONJUNCTIONS))

    found: dict[str, list[str]] = {}
    for text, draft in drafts.items():
        words, size, seen = draft.words, len(draft.words), set()
        for i in range(size):
            for j in range(i + 1, min(size, i + 8) + 1):
                if j - i == size or (j - i > 1 and conjunct(words, i, j)):
                    continue
                part = "".join(words[i:j])
                if part != text and part in drafts and part not in seen:
                    seen.add(part)
                    found.setdefault(part, []).append(text)
    return found


_WORD = st.sampled_from(["国家", "集合", "基金", "和", "与", "中央", "应急", "小", "武器", "轻"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=1, max_size=10), min_size=1, max_size=40))
def test_containers_agree_with_plain_definition(phrases: list[list[str]]) -> None:
    drafts = {"".join(p): SimpleNamespace(words=tuple(p)) for p in phrases}
    # Single words of every phrase too, so that many spans are drafts.
    for phrase in phrases:
        for word in phrase:
            drafts.setdefault(word, SimpleNamespace(words=(word,)))
    assert _containers(drafts) == _plain_containers(drafts)


def test_scoring_measures_only_the_drafts_that_may_rank() -> None:
    lines = [f"{a}{b}需要{c}。" for a in ("国际", "区域", "国家") for b in ("合作", "援助", "安全")
             for c in ("支持", "资金", "协调", "监测")] * 3
    counts = count_documents([[(line, 0, "", "") for line in lines]], JiebaSegmenter(), 7)
    settings = ExtractSettings()
    everything = ngram_drafts(counts, settings, "ngram")
    score_drafts(everything)
    lazy = ngram_drafts(counts, settings, "ngram")
    score_drafts(lazy, keep=5)

    def top(drafts: dict[str, Draft]) -> list[tuple[str, float]]:
        ranked = sorted(drafts.values(), key=lambda d: (-d.score, -d.stats.freq, d.text))
        return [(d.text, d.score) for d in ranked[:5]]

    assert top(lazy) == top(everything)
    assert all(d.measure is None for d, _ in zip(sorted(
        lazy.values(), key=lambda d: -d.score), range(5), strict=False))
    assert any(d.measure is not None for d in lazy.values())  # some were never measured
    for text, draft in lazy.items():
        draft.measured()
        assert draft.stats == everything[text].stats


def test_a_coined_word_is_marked_and_its_pieces_compared_with_chance() -> None:
    counts = Counts(tokens=200_000, coined={"联检组": ("联检", "组")})
    drafts = {w: Draft(w, (w,), NgramStats(20, 2, 2.0, 2.0, 1.0)) for w in ("联检组", "政府间")}
    mark_specificity(drafts, counts, JiebaSegmenter())
    assert drafts["联检组"].coined and not drafts["政府间"].coined
    general = JiebaSegmenter().general_frequency(["联检", "组"])
    assert drafts["联检组"].chance_ratio == pytest.approx(
        20 / 200_000 / (general["联检"] * general["组"]))
    assert drafts["政府间"].chance_ratio == 0.0  # a single word otherwise
    drafts["联检组"].c_value = drafts["政府间"].c_value = 12.0
    for draft in drafts.values():
        draft.rescore()
    assert drafts["联检组"].score > 2.5 * drafts["政府间"].score
