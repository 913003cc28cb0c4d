"""termbase mine's pipeline: every form of an extracted concept is paired (issue 12)."""

from __future__ import annotations

import pytest

from pair._fixtures import APART, FILLER, ZONE_PAIRS, by_term
from termbase.extract.model import Candidate as Concept
from termbase.extract.model import Variant
from termbase.pair import mining
from termbase.pair.corpus import from_pairs
from termbase.pair.mining import (
    FreeUses,
    MinedConcept,
    MiningResult,
    _part_of_holder,
    _rendered_consistently,
    _tail_report,
    free_uses,
    mine,
    short_forms_folded,
    synonyms_folded,
    whole_heads_unranked,
)
from termbase.pair.pairer import pair_terms_report
from termbase.pair.results import Candidate, PairingReport, TermPairing
from termbase.pair.termhood import NO_ENGLISH, RENDERED, Termhood
from termbase.text.segment import JiebaSegmenter

_ACTORS = [("联合国开发计划署", "The United Nations Development Programme"), ("开发署", "UNDP"),
           ("世界卫生组织", "The World Health Organization"), ("世卫组织", "WHO"),
           ("联合国难民事务高级专员办事处", "The Office of the High Commissioner"),
           ("难民署", "UNHCR")]
_TEMPLATES = [("{}支持各国。", "{} supports countries."),
              ("{}发表了报告。", "{} issued a report."),
              ("{}提供援助。", "{} provides assistance."),
              ("{}与会员国合作。", "{} cooperates with Member States."),
              ("{}评价了方案。", "{} evaluated the programme."),
              ("{}召开了会议。", "{} convened a meeting."),
              ("{}参加了讨论。", "{} took part in the discussion."),
              ("{}加强协调。", "{} strengthens coordination.")]
_DEFINITIONS = [("联合国开发计划署(开发署)负责发展。",
                 "The United Nations Development Programme (UNDP) works on development."),
                ("世界卫生组织(世卫组织)负责卫生。",
                 "The World Health Organization (WHO) works on health.")]


def test_short_forms_are_paired_on_their_own() -> None:
    pairs = [(zh.format(a), en.format(b)) for a, b in _ACTORS for zh, en in _TEMPLATES]
    result = mine(from_pairs(pairs + _DEFINITIONS), tokenizer=JiebaSegmenter(), max_terms=30)
    concept = next(c for c in result.extraction.candidates if "开发署" in c.forms())
    assert "联合国开发计划署" in concept.forms()  # the name's first word is not lost
    answers = {p.term: p.candidates[0].text for p in result.report.pairings if p.candidates}
    assert answers["开发署"] == "UNDP"
    assert answers["联合国开发计划署"] == "United Nations Development Programme"


def _mined(max_terms: int) -> MiningResult:
    pairs = [(zh.format(a), en.format(b)) for a, b in _ACTORS for zh, en in _TEMPLATES]
    return mine(from_pairs(pairs + _DEFINITIONS), tokenizer=JiebaSegmenter(),
                max_terms=max_terms)


def test_a_term_without_english_gives_its_place_to_one_further_down() -> None:
    result = _mined(10)
    extracted = [c.term for c in result.extraction.candidates]
    kept = [m.candidate.term for m in result.concepts]
    assert len(kept) == 10
    # 评价 ("evaluated") is the extractor's tenth and has no stable English; a
    # candidate from the longer shortlist takes its place.
    assert "评价" in extracted[:10] and "评价" not in kept
    assert set(kept) - set(extracted[:10])


def test_the_output_opens_with_the_surest_concepts() -> None:
    result = _mined(30)
    tiers = [m.termhood.tier for m in result.concepts]
    assert tiers == sorted(tiers) and tiers[0] == RENDERED and tiers[-1] == NO_ENGLISH
    forms = [f for m in result.concepts for f in m.candidate.forms()]
    assert [p.term for p in result.report.pairings] == list(dict.fromkeys(forms))
    frame = result.to_frame()
    first = frame[frame["term"] == "联合国开发计划署"].iloc[0]
    assert first["concept"] == 1 and "capitalised" in first["termhood"]
    assert "no English" in frame.iloc[-1]["termhood"]


def test_the_shortlist_s_other_concepts_are_reported_as_dropped() -> None:
    result = _mined(10)
    kept = [m.candidate.term for m in result.concepts]
    dropped = [m.candidate.term for m in result.dropped]
    # Kept and dropped together are the shortlist (1.5 × 10 concepts), each once, and
    # the concepts from below it rendered alike in most of their pairs.
    below = [m for m in (*result.concepts, *result.dropped)
             if "below the shortlist" in m.termhood.reason]
    assert len(kept) + len(dropped) - len(below) == min(15, len(result.extraction.candidates))
    assert not set(kept) & set(dropped)
    assert "评价" in dropped
    # None of them was surer than the last one kept.
    assert all(m.termhood.sort_key() >= result.concepts[-1].termhood.sort_key()
               for m in result.dropped)


# mine's shortlist tail gets the second look's pairing alone, for terms used on their own
# somewhere (issue 12; the starved terms the second look counts again: test_nesting.py).
ZONE = from_pairs(ZONE_PAIRS)


NO_HEAD = PairingReport(())


def test_a_tail_term_whose_uses_a_longer_tail_term_holds_is_paired_alone() -> None:
    tail = ["清洁能源区", "清洁能源"]
    # Paired once, the term keeps one use of its own: no English.
    assert by_term(pair_terms_report(tail, ZONE, settings=APART))["清洁能源"].best is None
    paired = by_term(_tail_report(tail, NO_HEAD, ZONE, None, APART))
    best = paired["清洁能源"].best
    assert best is not None and best.text.casefold() == "clean energy"
    assert best.support == 5
    # The longer candidate is not released: it keeps its uses and its answer.
    longer = paired["清洁能源区"]
    assert longer.best is not None and longer.occurrences == 4


def test_a_tail_term_never_used_outside_a_longer_one_is_not_answered() -> None:
    pairs = from_pairs([
        ("渔民全国联盟举行会议。", "The National Union of Fishers held a meeting."),
        ("渔民全国联盟发表声明。", "The National Union of Fishers issued a statement."),
        ("欢迎渔民全国联盟的倡议。", "The initiative of the National Union of Fishers is welcome."),
        ("渔民全国联盟提交报告。", "The National Union of Fishers submitted a report."),
        *FILLER,
    ])
    tail = ["渔民全国联盟", "全国联盟"]
    paired = by_term(_tail_report(tail, NO_HEAD, pairs, None, APART))
    longer = paired["渔民全国联盟"].best
    assert longer is not None and longer.text == "National Union of Fishers"
    # Always inside the name, it is a piece of it: not paired again.
    assert paired["全国联盟"].best is None


def test_a_tail_term_used_on_its_own_only_inside_head_terms_is_not_answered() -> None:
    # 全国联盟 stands outside the tail's terms once, but inside a term of the head there.
    pairs = from_pairs([
        *[("渔民全国联盟会议开幕。", f"The National Union of Fishers met, session {n}.")
          for n in range(3)],
        ("渔民全国联盟会见记者。", "The National Union of Fishers met the press."),
        *FILLER,
    ])
    head = pair_terms_report(["渔民全国联盟"], pairs, settings=APART)
    tail = ["全国联盟会议", "全国联盟"]
    assert by_term(_tail_report(tail, head, pairs, None, APART))["全国联盟"].best is None
    # Beside no head, the same use is its own, and it is answered.
    alone = by_term(_tail_report(tail, NO_HEAD, pairs, None, APART))["全国联盟"].best
    assert alone is not None


def _answered(term: str, english: str) -> TermPairing:
    return TermPairing(term, 5, (Candidate(english, 0.9, 5, 5, 5, 0.9, 30.0),))


def test_an_answer_inside_a_holding_term_s_answer_is_a_piece_of_it() -> None:
    answers = {"禁毒办公室": "office on drugs", "办公室": "office"}
    assert _part_of_holder(_answered("办公室", "Office"), answers)
    # The same English is no piece of it (大规模毁灭性武器区 said 'weapons of mass
    # destruction' as the term does), nor is that of a term not holding it.
    assert not _part_of_holder(_answered("办公室", "Office on Drugs"), answers)
    assert not _part_of_holder(_answered("会议室", "office"), answers)


def test_a_term_whose_holder_adds_a_head_after_it_keeps_its_own_answer() -> None:
    answers = {"特遣队所属装备干事": "contingent-owned equipment officer",
               "联合国难民事务高级专员": "united nations high commissioner for refugees",
               "全球大地测量参考框架": "global geodetic reference frame"}
    # 干事 adds the 'Officer' after the term, and its English after the answer.
    assert not _part_of_holder(_answered("特遣队所属装备", "Contingent-owned Equipment"),
                               answers)
    # A name that adds words before the term holds the answer as a piece of it.
    assert _part_of_holder(_answered("事务高级专员", "High Commissioner"), answers)
    # An answer cut before the noun the name goes on to is a piece too.
    assert _part_of_holder(_answered("全球大地测量", "global geodetic"), answers)


# mine measures a word's share of one English answer among the pairs where it stands
# outside the longer candidates listed, when it falls short in all its pairs: a word that is
# also part of a name of its own is rendered there by the name's English (issue 12).
_NAMES = [("开发署", "UNDP"), ("粮农组织", "FAO")]


# 难民 is "refugees" where it stands alone (6 pairs), and part of the agency's own name,
# 难民署 "UNHCR", in 4 more: 6 of its 10 pairs, short of 80 %; all 6 of its free ones.
_ACTS = [("{}帮助难民。", "{} helps refugees."),
         ("{}为难民提供援助。", "{} provides assistance to refugees."),
         ("{}保护难民。", "{} protects refugees."),
         ("{}和难民署合作。", "{} works with UNHCR."),
         ("难民署感谢{}。", "UNHCR thanked {}."),
         ("{}召开了会议。", "{} convened a meeting."),
         ("{}出席了会议。", "{} attended the session."),
         ("{}筹备了会议。", "{} prepared the conference."),
         ("{}在会议上发言。", "{} spoke at the plenary."),
         ("{}通过了预算。", "{} adopted the budget."),
         ("{}审议了报告。", "{} considered the report."),
         ("{}任命了主任。", "{} appointed a director."),
         ("{}关闭了办事处。", "{} closed an office.")]


_PAIRS = [(zh.format(name), en.format(english)) for name, english in _NAMES
          for zh, en in _ACTS]


def test_a_word_inside_a_name_of_its_own_is_weighed_by_its_free_uses() -> None:
    result = mine(from_pairs(_PAIRS), tokenizer=JiebaSegmenter(), max_terms=2)
    extracted = [c.term for c in result.extraction.candidates]
    # 难民署 is shortlisted (three of them), 难民 stands below it.
    assert extracted.index("难民署") < 3 <= extracted.index("难民")
    weighed = {m.candidate.term: m.termhood for m in (*result.concepts, *result.dropped)}
    assert weighed["难民"].english == "refugees"
    assert "below the shortlist" in weighed["难民"].reason


def test_free_uses_leave_out_the_pairs_where_a_longer_form_holds_the_word() -> None:
    corpus = from_pairs([("难民署帮助难民。", "UNHCR helps refugees."),
                         ("难民署召开会议。", "UNHCR met."),
                         ("难民问题", "The refugee question"),
                         ("保护难民。", "Protect them.")])
    # 难民问题 is no form listed: the word stands free there, and says "refugee".
    assert free_uses({"难民": "refugees"}, ["难民署", "开发署"], corpus) == {
        "难民": FreeUses(pairs=3, said=2)}
    assert free_uses({}, ["难民署"], corpus) == {}


def _pairing(support: int, occurrences: int) -> TermPairing:
    answer = Candidate("refugees", 0.6, support, support, support, 0.6, 50.0, 1.0)
    return TermPairing("难民", occurrences, (answer,))


def test_the_share_among_free_uses_counts_as_far_as_the_links_go() -> None:
    assert not _rendered_consistently(_pairing(6, 10))  # 60 % of all its pairs
    assert _rendered_consistently(_pairing(6, 10), FreeUses(pairs=7, said=6))
    # Said in the free pairs more often than linked: the links are the count.
    assert not _rendered_consistently(_pairing(6, 10), FreeUses(pairs=9, said=9))
    assert not _rendered_consistently(_pairing(6, 10), FreeUses(pairs=7, said=5))
    # Never free at all: no share to tell.
    assert not _rendered_consistently(_pairing(6, 10), FreeUses(pairs=0, said=0))


def test_links_to_a_longer_english_holding_the_answer_count_as_links() -> None:
    # 知识产权 'intellectual property' in 5 of its 7 pairs, linked in 2 more to the phrase
    # it qualifies there ('intellectual property protection'): rendered alike.
    best = Candidate("intellectual property", 0.6, 5, 7, 7, 0.6, 50.0, 1.0)
    phrase = Candidate("intellectual property protection", 0.3, 2, 2, 2, 0.3, 9.0, 0.7)
    other = Candidate("property rights", 0.2, 2, 2, 2, 0.2, 5.0, 0.5)
    held = TermPairing("知识产权", 7, (best, phrase))
    assert _rendered_consistently(held, FreeUses(pairs=7, said=7))
    # Only the free pairs that say it count, and an English not holding it is no link.
    assert not _rendered_consistently(held, FreeUses(pairs=7, said=5))
    assert not _rendered_consistently(TermPairing("知识产权", 7, (best, other)),
                                      FreeUses(pairs=7, said=7))


# `mine`: a short form answered as its full form is folded into the surer of
# the two, as a variant, and its place on the review sheet goes to the next concept.
def _concept(term: str, english: str | None, *variants: str) -> MinedConcept:
    candidate = Concept(term, 1.0, 10, 1, ("ngram",),
                        variants=tuple(Variant(v, "short form", 3) for v in variants))
    return MinedConcept(candidate, Termhood(RENDERED, 0.0, "", english))


def test_a_short_form_answered_alike_gives_its_place_to_the_next_concept() -> None:
    ranked = [_concept("安全理事会", "Security Council"), _concept("大会", "General Assembly"),
              _concept("安理会", "Security Council"), _concept("秘书长", "Secretary-General")]
    folded = short_forms_folded(ranked)
    assert [m.candidate.term for m in folded] == ["安全理事会", "大会", "秘书长"]
    assert [(v.term, v.relation) for v in folded[0].candidate.variants] == [
        ("安理会", "short form")]


def test_a_full_form_ranked_below_its_short_form_joins_it_with_its_variants() -> None:
    ranked = [_concept("环境署", "UNEP"), _concept("环境规划署", "UNEP", "联合国环境规划署"),
              _concept("环境", "environment")]
    folded = short_forms_folded(ranked)
    assert [m.candidate.term for m in folded] == ["环境署", "环境"]
    assert folded[0].candidate.forms() == ("环境署", "环境规划署", "联合国环境规划署")
    assert folded[0].candidate.variants[0].relation == "full form"


def test_a_short_form_answered_by_the_full_form_s_acronym_gives_its_place() -> None:
    ranked = [_concept("非洲经委会", "ECA"), _concept("大会", "General Assembly"),
              _concept("非洲经济委员会", "Economic Commission for Africa"),
              _concept("拉加经委会", "ECLAC")]
    folded = short_forms_folded(ranked)
    assert [m.candidate.term for m in folded] == ["非洲经委会", "大会", "拉加经委会"]
    assert [(v.term, v.relation) for v in folded[0].candidate.variants] == [
        ("非洲经济委员会", "full form")]


def test_a_full_form_past_its_first_word_folds_its_short_form_ranked_above() -> None:
    # 联合国环境规划署 ranked far below 环境署 (the short form drops 联合国 with the other
    # characters), both 'UNEP' by their answers' letters.
    ranked = [_concept("环境署", "UNEP"), _concept("大会", "General Assembly"),
              _concept("联合国环境规划署", "United Nations Environment Programme")]
    folded = short_forms_folded(ranked)
    assert [m.candidate.term for m in folded] == ["环境署", "大会"]
    assert [(v.term, v.relation) for v in folded[0].candidate.variants] == [
        ("联合国环境规划署", "full form")]


def test_concepts_without_english_or_answered_otherwise_stay() -> None:
    ranked = [_concept("安全理事会", "Security Council"), _concept("安理会", None),
              _concept("安全会", "security")]
    assert short_forms_folded(ranked) == ranked


# `mine`: two terms answered by one English, neither holding the other, are one concept.
def test_a_synonym_answered_alike_gives_its_place_to_the_next_concept() -> None:
    ranked = [_concept("受害人", "victims"), _concept("安理会", "Security Council"),
              _concept("受害者", "Victims", "被害者"), _concept("秘书长", "Secretary-General")]
    folded = synonyms_folded(ranked)
    assert [m.candidate.term for m in folded] == ["受害人", "安理会", "秘书长"]
    assert [(v.term, v.relation) for v in folded[0].candidate.variants] == [
        ("受害者", "synonym"), ("被害者", "short form")]


def test_a_concept_holding_or_held_by_one_answered_alike_is_folded_into_none() -> None:
    ranked = [_concept("应对冠状病毒病疫情", "COVID-19"), _concept("疫情", "COVID-19"),
              _concept("冠状病毒病", "COVID-19"), _concept("核裁军", "nuclear disarmament"),
              _concept("裁军", "disarmament")]
    assert synonyms_folded(ranked) == ranked


_BELOW_SHORTLIST_NAMES = [("开发署", "UNDP"), ("世卫组织", "WHO"), ("难民署", "UNHCR"), ("粮农组织",
                                                                               "FAO")]


# 儿童 is rendered "children" every time; 会议, as often used, by four different words.
_BELOW_SHORTLIST_ACTS = [("{}支持各国的儿童。", "{} supports the children of all countries."),
                         ("{}保护难民营里的儿童。", "{} protects children in refugee camps."),
                         ("{}为儿童提供援助。", "{} provides assistance to children."),
                         ("{}关心儿童的健康。", "{} cares about the health of children."),
                         ("{}召开了会议。", "{} convened a meeting."),
                         ("{}出席了会议。", "{} attended the session."),
                         ("{}筹备了会议。", "{} prepared the conference."),
                         ("{}在会议上发言。", "{} spoke at the plenary.")]


def _mined_below_shortlist(max_terms: int) -> MiningResult:
    pairs = [(zh.format(name), en.format(english)) for name, english in _BELOW_SHORTLIST_NAMES
             for zh, en in _BELOW_SHORTLIST_ACTS]
    return mine(from_pairs(pairs), tokenizer=JiebaSegmenter(), max_terms=max_terms)


def _pairing_below_shortlist(support: int, occurrences: int,
                             dictionary: float | None) -> TermPairing:
    answer = Candidate("children", 0.9, support, support, support, 0.9, 50.0, dictionary)
    return TermPairing("儿童", occurrences, (answer,))


# mine admits, from below its shortlist, candidates one English answer renders in most
# of their pairs (issue 12, session 32).

def test_a_word_rendered_alike_below_the_shortlist_is_weighed() -> None:
    result = _mined_below_shortlist(2)
    extracted = [c.term for c in result.extraction.candidates]
    # Two kept of a shortlist of three: 儿童 and 会议 stand below it.
    assert extracted.index("儿童") >= 3 and extracted.index("会议") >= 3
    weighed = {m.candidate.term: m.termhood for m in (*result.concepts, *result.dropped)}
    assert weighed["儿童"].english == "children"
    assert "below the shortlist" in weighed["儿童"].reason
    assert "counted as rank 1000" in weighed["儿童"].reason
    # Its English scatters: 会议 is not weighed at all.
    assert "会议" not in weighed


def test_it_counts_as_ranked_at_the_given_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted as rank 1000, the shortlist's rendered names stay before it.
    assert [m.candidate.term for m in _mined_below_shortlist(2).concepts] == ["世卫组织",
                                                                              "粮农组织"]
    # Counted as the list's end (rank 2): 难民署 from below it, and 开发署 from the
    # shortlist's tail (rank 3), rendered alike too, which keeps its place before it
    # (session 33; before, 难民署 passed it).
    monkeypatch.setattr(mining, "CONSISTENT_RANK", 1)
    result = _mined_below_shortlist(2)
    assert [m.candidate.term for m in result.concepts] == ["世卫组织", "粮农组织"]
    ranked = [m.candidate.term for m in (*result.concepts, *result.dropped)]
    assert ranked.index("开发署") < ranked.index("难民署")
    reasons = {m.candidate.term: m.termhood.reason for m in result.dropped}
    assert reasons["开发署"].startswith("Chinese rank 3, rendered alike")
    assert "counted as rank 2" in reasons["开发署"]
    assert "below the shortlist" in reasons["难民署"] and "counted as rank 2" in reasons["难民署"]


def test_rendered_alike_means_most_pairs_and_a_whole_reading() -> None:
    assert _rendered_consistently(_pairing_below_shortlist(16, 20, 1.0))
    assert _rendered_consistently(_pairing_below_shortlist(16, 20,
                                                           None))  # the dictionary knows no word
    assert not _rendered_consistently(_pairing_below_shortlist(15, 20,
                                                               1.0))  # under 80 % of its pairs
    assert not _rendered_consistently(_pairing_below_shortlist(4, 4, 1.0))  # too few pairs
    # A piece of a name rendered by the English of part of it.
    assert not _rendered_consistently(_pairing_below_shortlist(16, 20, 0.5))
    assert not _rendered_consistently(TermPairing("儿童", 20, (), "too rare"))
    assert not _rendered_consistently(None)


def test_mine_asks_extraction_for_the_near_specific_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Extraction ranks the field's most used words (难民, 法治) beyond any shortlist;
    # mine has them listed for their English to tell (session 33).
    import termbase.extract as extract

    asked: list[int] = []
    original = extract.extract_terms

    def spy(*args: object, **kwargs: object) -> object:
        asked.append(kwargs["settings"].frequent_words)  # type: ignore[attr-defined]
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "extract_terms", spy)
    _mined_below_shortlist(2)
    assert asked == [mining.CONSISTENT_SUPPORT]


def test_a_head_word_kept_as_the_whole_english_answers_but_does_not_rank() -> None:
    # 'credentials' renders only 证书, but the corpus says it alone in every pair: it stays
    # the answer (termbase.pair.references.stands_whole) and the concept is ranked as if
    # unanswered, as a general word rendering a phrase whole would be.
    from termbase.align.lexicon import Lexicon
    from termbase.pair.answers import settled_across_terms
    from termbase.pair.results import Example

    examples = tuple(Example("doc", i, "全权证书", en) for i, en in enumerate((
        "concerning the credentials of the representative",
        "adequate provisional credentials.", "he has received credentials signed")))
    whole = TermPairing("全权证书", 11, (Candidate("credentials", 0.7, 11, 11, 14, 0.7, 90.0,
                                                   0.5, examples),))
    lexicon = Lexicon.from_pairs([("全权", "full powers"), ("证书", "credentials")])
    settled = settled_across_terms({"全权证书": whole}, [("全权证书",)], lexicon)
    assert settled["全权证书"].best is not None
    unranked = whole_heads_unranked(settled, lexicon)
    assert unranked["全权证书"].best is None
    # Any other answer ranks as it is; without a dictionary nothing is withdrawn.
    other = _answered("维持和平行动", "peacekeeping operations")
    assert whole_heads_unranked({"维持和平行动": other}, lexicon)["维持和平行动"] is other
    assert whole_heads_unranked(settled, None) is settled
