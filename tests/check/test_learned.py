"""Inconsistencies learned from the draft (issue 13, item 2)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from check._stand_in import EMBARGO as _EMBARGO
from check._stand_in import LEARNED, StandInDictionary, pair_draft
from check._stand_in import VIOLENCE as _VIOLENCE
from termbase.check import CheckOptions, FindingKind, check_draft
from termbase.check.context import CheckContext
from termbase.check.draft import Draft
from termbase.check.glosses import Gloss
from termbase.check.learned import candidates, dictionary, evidence, renderings, slips
from termbase.check.matching import LanguageMatcher
from termbase.model import Glossary
from termbase.text.segment import JiebaSegmenter

SEGMENTS = CheckOptions(kinds=frozenset({FindingKind.SEGMENT_INCONSISTENT}))


def test_a_term_rendered_another_way_is_reported(glossary: Glossary) -> None:
    draft = pair_draft([*_EMBARGO,
                        ("戊国也实行武器禁运。", "Country E also has a weapons embargo.")])
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert (finding.line, finding.term, finding.found, finding.expected) == (
        8, "武器禁运", "weapons embargo", ("arms embargo",))
    assert finding.segment[finding.span[0]:finding.span[1]] == "weapons embargo"  # type: ignore[index]
    assert "not in the glossary" in finding.message and "4 time(s)" in finding.message


def test_consistent_renderings_and_paraphrases_are_quiet(glossary: Glossary) -> None:
    assert check_draft(glossary, pair_draft(_EMBARGO), LEARNED).findings == ()
    # Leaving the term out, or a word that renders another source word, is no second
    # rendering of the term.
    draft = pair_draft([*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has one."),
                        ("己国解除武器禁运。", "Country F lifted the storage embargo.")])
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_glossary_terms_are_left_to_the_glossary_checks(glossary: Glossary) -> None:
    lines = [("会员国加强能力建设。", "Member States strengthen capacity-building.")] * 4
    lines.append(("会员国加强能力建设。", "Member States strengthen capacity development."))
    kinds = {f.kind for f in check_draft(glossary, pair_draft(lines), LEARNED).findings}
    assert FindingKind.LEARNED_INCONSISTENT not in kinds


def test_same_source_translated_differently(glossary: Glossary) -> None:
    source = "安全理事会决定继续积极处理此案。"
    draft = pair_draft([(source, "The Security Council decides to remain actively seized."),
                        ("其他内容在这里出现。", "Something else appears here."),
                        (source, "The Security Council decides to remain actively seized."),
                        (source, "The Council has decided to stay seized of the matter.")])
    [finding] = check_draft(glossary, draft, SEGMENTS).findings
    assert (finding.line, finding.kind) == (4, FindingKind.SEGMENT_INCONSISTENT)
    assert "same source as d.en:1" in finding.message


def test_same_translation_for_different_sources(glossary: Glossary) -> None:
    target = "The Security Council has thus concluded its consideration of item 12."
    draft = pair_draft([("安全理事会就此结束对项目12的审议。", target),
                        ("安全理事会就此结束对项目12的审议。", target),
                        ("安全理事会就此结束对项目13的审议。", target),
                        ("安全理事会就此结束对该项目12的审议。", target)])
    # Line 4 only paraphrases the source; line 3 changed its number.
    [finding] = check_draft(glossary, draft, SEGMENTS).findings
    assert finding.line == 3 and "from a different source" in finding.message


def test_segments_differing_only_in_labels_case_or_spacing_are_the_same(
        glossary: Glossary) -> None:
    source = "安全理事会决定继续积极处理此案。"
    draft = pair_draft([(source, "The Security Council decides to remain actively seized."),
                        (f"3. {source}", "3. the security council decides to remain actively "
                                    "seized"),
                        ("二、" + source, "(b)  The Security Council decides to remain actively "
                                     "seized.")])
    assert check_draft(glossary, draft, SEGMENTS).findings == ()


def test_short_segments_and_unrelated_sources_are_not_compared(glossary: Glossary) -> None:
    draft = pair_draft([("导言", "Introduction"), ("一、导言", "Background"),
                        ("安理会通过了第一项决议草案。",
                         "The draft resolution was adopted without a vote."),
                        ("大会未经表决通过该草案，并感谢提案国。",
                         "The draft resolution was adopted without a vote.")])
    assert check_draft(glossary, draft, SEGMENTS).findings == ()


def _context(glossary: Glossary, draft: Draft) -> CheckContext:
    return CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                              LanguageMatcher(glossary, "en"))


def test_candidates_from_the_recurring_stretches_are_those_of_every_ngram(
        glossary: Glossary) -> None:
    """Only stretches of recurring trigrams are enumerated (speed): every recurring
    n-gram lies in one, so the candidates are those of enumerating every n-gram."""
    lines = [*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has a weapons embargo."),
             ("各国讨论了和平进程。", "States discussed the peace process."),
             ("和平进程取得进展。", "The peace process advanced.")]
    runs = evidence.source_runs(evidence.bilingual_views(_context(glossary, pair_draft(lines))))
    stretches = candidates.recurring_stretches(runs)
    read = sum(len(x) for unit in stretches for x in unit)
    assert 0 < read < sum(len(x) for unit in runs for x in unit)
    where: dict[str, set[int]] = {}
    for pos, unit in enumerate(runs):
        for run in unit:
            for a in range(len(run)):
                for b in range(a + candidates.MIN_ZH_CHARS,
                               min(a + candidates.MAX_ZH_CHARS, len(run)) + 1):
                    where.setdefault(run[a:b], set()).add(pos)
    recurring = {g: u for g, u in where.items() if len(u) >= candidates.MIN_UNITS}
    closed = {g: u for g, u in recurring.items() if not candidates.refused(g) and not any(
        len(recurring.get(o, ())) == len(u) for o in recurring
        if len(o) == len(g) + 1 and g in (o[1:], o[:-1]))}
    assert candidates.term_candidates(runs) == closed != {}


def test_candidates_are_closed_and_start_and_end_where_terms_do(glossary: Glossary) -> None:
    runs = evidence.source_runs(evidence.bilingual_views(_context(glossary, pair_draft(_EMBARGO))))
    found = candidates.term_candidates(runs)
    # 武器禁运 recurs in four units; its pieces (器禁运) always extend to it.
    assert len(found["武器禁运"]) == 4 and "器禁运" not in found
    # Particles and function characters never stand at a candidate's edge; the
    # extractor's clause openers and verb endings refuse a candidate as they refuse
    # its own.
    assert not candidates.refused("武器禁运")
    for clause in ("审议了", "向会员国提供支助", "的武器禁运", "强调指出", "武器禁运执行"):
        assert candidates.refused(clause), clause


def test_the_learned_check_never_loads_the_segmenter(glossary: Glossary,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The jieba dictionary load (about half a second) is not paid: candidates come from
    the draft's recurring characters, evidence from its character bigrams, and a finding
    is confirmed by reading only the dictionary's counts of the strings it needs."""
    import jieba

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("jieba's dictionary loaded by the learned check")

    monkeypatch.setattr(jieba.Tokenizer, "initialize", refuse)
    draft = pair_draft([*_EMBARGO,
                        ("戊国也实行武器禁运。", "Country E also has a weapons embargo.")])
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert finding.found == "weapons embargo"


def test_the_dictionary_cuts_as_jieba_does() -> None:
    runs = ["其他国际会议重叠的衔接会议", "出席美洲国家组织第十八届大会特别大使", "圣萨尔瓦多",
            "联合国系统各组织的代表以及政府间组织", "国际法院经常依靠自身"]
    strings = {r[a:b] for r in runs for a in range(len(r)) for b in range(a + 1, len(r) + 1)}
    counts, total = dictionary.dictionary_counts(strings)
    segmenter = JiebaSegmenter()
    for run in runs:
        ends = [0]
        for word in segmenter.cut(run):
            ends.append(ends[-1] + len(word))
        assert dictionary.cut_points(run, counts, total) == set(ends), run


def test_the_dictionary_total_is_kept_in_the_cache(cache: Path) -> None:
    first = dictionary.dictionary_counts({"联合国"})
    kept = list(cache.glob("jieba-dict-total-*"))
    assert len(kept) == 1
    assert int(kept[0].read_text(encoding="ascii")) == first[1]
    kept[0].write_text("not a number", encoding="ascii")  # a damaged cache is summed again
    assert dictionary.dictionary_counts({"联合国"}) == first
    assert int(kept[0].read_text(encoding="ascii")) == first[1]


# 萨尔瓦多 recurs; in the last line it is part of 圣萨尔瓦多 (San Salvador), which the
# draft's characters alone do not tell.
_SALVADOR = [("萨尔瓦多政府支持该决议。", "The Government of El Salvador supports it."),
             ("萨尔瓦多代表发了言。", "The representative of El Salvador spoke."),
             ("我们感谢萨尔瓦多。", "We thank El Salvador."),
             ("萨尔瓦多和智利提交了报告。", "El Salvador and Chile submitted reports."),
             ("萨尔瓦多的报告已经提交。", "The report of El Salvador was submitted."),
             ("圣萨尔瓦多会议", "San Salvador meeting"),
             ("圣萨尔瓦多市", "City of San Salvador"),
             ("在圣萨尔瓦多举行", "held in San Salvador"),
             ("会议在圣萨尔瓦多召开。", "The meeting was held in San Salvador.")]


def test_a_term_inside_a_longer_word_is_not_reported(glossary: Glossary) -> None:
    assert check_draft(glossary, pair_draft(_SALVADOR), LEARNED).findings == ()
    runs = evidence.source_runs(evidence.bilingual_views(_context(glossary, pair_draft(_SALVADOR))))
    assert "萨尔瓦多" in candidates.term_candidates(runs)


def test_a_coordination_is_not_a_term(glossary: Glossary,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """国家和区域 joins two terms; "country and regional" beside "national and regional"
    is 国家 in another sense, not a second rendering of a term."""
    heads = [("合作", "cooperation"), ("机构", "institutions"), ("战略", "strategies"),
             ("办事处", "offices"), ("报告", "reports")]
    verbs = [("支持", "Support"), ("加强", "Strengthen"), ("审查", "Review"),
             ("评估", "Assess"), ("协调", "Coordinate")]
    lines = [(f"{zh_verb}国家和区域{zh}。", f"{verb} national and regional {en}.")
             for (zh_verb, verb), (zh, en) in zip(verbs, heads, strict=True)]
    lines += [("国家的报告。", "The country report."), ("国家的代表。", "The country team."),
              ("国家的办事处。", "The country office."),
              ("资助国家和区域能力。", "Fund country and regional capacity.")]
    draft = pair_draft(lines)
    assert check_draft(glossary, draft, LEARNED).findings == ()
    # The dictionary would also read "national" against "country" as another
    # construction (test_learned_readings); here the coordination alone is tested,
    # with a dictionary that gives 国家 as "country" only.
    StandInDictionary({"国家": Gloss(frozenset({"countr"}), "n")}).install(monkeypatch)
    monkeypatch.setattr(renderings, "_coordination", lambda *_: False)
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert (finding.term, finding.found) == ("国家和区域", "country and regional")


def test_english_read_lazily_answers_as_reading_everything(glossary: Glossary) -> None:
    """Units are skipped only when they cannot hold the key asked about."""
    lines = [*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has a weapons embargo."),
             ("各国的立场。", "The States' positions on the embargoes differ."),
             ("各国讨论了。", "Countries discussed the arms embargoes of the Council.")]
    bilingual = evidence.bilingual_views(_context(glossary, pair_draft(lines)))
    lazy = evidence.English(bilingual)
    eager = evidence.English(bilingual)
    every = [eager.surfaces(i) for i in range(len(bilingual))]
    for key in {k for keys in every for k in keys} | {"arm", "embargo", "state's", "country"}:
        assert lazy.holding(key) == [i for i, keys in enumerate(every) if key in keys], key
        assert lazy.df(key) <= lazy.may_hold(key)
    assert lazy.holding("arm embargo") == [0, 1, 2, 3, 9]  # keys are singular
    assert lazy.holding("embargo") == [0, 1, 2, 3, 7, 8, 9]
    # One-word keys are read without building the unit's n-grams, the same way.
    for i in range(len(bilingual)):
        fresh = evidence.English(bilingual)
        assert fresh._words_of(i) == {k for k in every[i] if " " not in k}


def test_the_most_associated_key_is_the_one_every_count_gives(glossary: Glossary) -> None:
    """Dice is counted only where its bounds leave the answer open; the key chosen is
    the one counting every key's units gives."""
    import random

    rng = random.Random(20261204)
    words = ["arms", "embargo", "weapons", "council", "states", "support", "the", "of"]
    for _ in range(30):
        lines = [("甲乙丙。", " ".join(rng.choice(words) for _ in range(rng.randint(2, 7))))
                 for _ in range(12)]
        english = evidence.English(evidence.bilingual_views(_context(glossary, pair_draft(lines))))
        where = set(rng.sample(range(12), 6))
        joint: Counter[str] = Counter()
        for i in where:
            joint.update(english.keys(i))
        keys = [k for k, n in joint.items() if n >= 2]
        if not keys:
            continue
        dice = {k: 2 * joint[k] / (len(where) + english.df(k)) for k in keys}
        best = max(dice.values())
        expected = max((k for k, d in dice.items() if d >= evidence.NEAR_BEST * best),
                       key=lambda k: (len(k.split()), dice[k], k))
        assert renderings.most_associated(keys, joint, len(where), english) == expected


def test_a_draft_without_candidates_reads_no_translation_ngrams(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("English n-grams built with no candidate to learn")

    monkeypatch.setattr(evidence, "English", refuse)
    # A recurring run (他们已经同意了) that is a clause, not a term: no candidate.
    lines = [(f"他们已经同意了{x}。", f"They have agreed to {x}.") for x in "甲乙丙丁"]
    bilingual = evidence.bilingual_views(_context(glossary, pair_draft(lines)))
    assert candidates.recurring_stretches(evidence.source_runs(bilingual)) != [[]] * 4
    assert check_draft(glossary, pair_draft(lines), LEARNED).findings == ()


_SLIP_ZH = "冲突中的性暴力问题很严重。"


def _violence(en: str, zh: str = _SLIP_ZH, extra: tuple[tuple[str, str], ...] = ()) -> Draft:
    return pair_draft([*_VIOLENCE, *extra, (zh, en)])


def test_a_slip_to_a_word_nothing_in_the_source_explains_is_reported(
        glossary: Glossary) -> None:
    """"abuse" renders nothing in this segment's source, stands where the term does and
    replaces one word of the usual rendering: a slip, though no unit shows "abuse"
    rendering a piece of 性暴力."""
    draft = _violence("The problem of sexual abuse in conflict is serious.")
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert (finding.line, finding.term, finding.found, finding.expected) == (
        8, "性暴力", "sexual abuse", ("Sexual violence",))


def test_a_slip_needs_a_word_the_draft_knows(glossary: Glossary) -> None:
    """A word the draft uses once or twice is shown to render nothing anywhere: its
    silence says nothing."""
    draft = _violence("The problem of sexual harassment in conflict is serious.")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_word_the_source_explains_is_no_slip(glossary: Glossary) -> None:
    draft = _violence("The problem of sexual abuse in conflict is serious.",
                      zh="冲突中的性暴力和虐待问题很严重。")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_slip_beside_the_word_it_lacks_is_the_rendering_reordered(
        glossary: Glossary) -> None:
    draft = _violence("The problem of sexual abuse and violence in conflict is serious.")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_slip_must_stand_where_the_term_does(glossary: Glossary) -> None:
    """The term opens the source; a variant at the end of a long translation renders
    something else there."""
    draft = _violence("It was reported in the long annual report of the Office, in a "
                      "chapter that dealt at length with other matters, as sexual abuse.",
                      zh="性暴力问题在办事处的长篇年度报告中被提及。")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_kept_word_must_render_this_term_alone(glossary: Glossary) -> None:
    """"sexual" renders 性暴, which the source holds in another word too: the variant may
    render that one ("international engagement" for 国际参与 beside 国际法)."""
    draft = _violence("The problem of sexual abuse in conflict is serious.",
                      zh="冲突中的性暴力问题、性暴行和家庭暴力很严重。")
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_a_rendering_is_trimmed_to_the_words_that_render_the_term(
        glossary: Glossary) -> None:
    """安全部门 is mostly met in 安全部门改革, so its longest rendering holds "reform",
    which renders 改革: "security sector" is the term's rendering."""
    lines = [("甲国推进安全部门改革。", "Country A pursues security sector reform."),
             ("乙国的安全部门改革进展顺利。", "Security sector reform in B is progressing."),
             ("支持安全部门改革工作。", "Support security sector reform work."),
             ("安全部门改革需要资金。", "Security sector reform needs funds."),
             ("丙国重视安全部门治理。", "Country C values security sector governance."),
             ("国家安全很重要。", "National security matters."),
             ("粮食安全受到威胁。", "Food security is threatened."),
             ("安全问题复杂。", "Security issues are complex."),
             ("私营部门参与。", "The private sector takes part."),
             ("公共部门参与。", "The public sector takes part."),
             ("卫生部门参与。", "The health sector takes part."),
             ("工作场所的保障。", "Safety at the workplace."),
             ("道路上的保障。", "Safety on the roads."),
             ("家庭中的保障。", "Safety in the home."),
             ("丁国的安全部门援助增加。", "Safety sector assistance to D increased.")]
    [finding] = check_draft(glossary, pair_draft(lines), LEARNED).findings
    assert (finding.line, finding.found, finding.expected) == (
        15, "Safety sector", ("security sector",))


def test_a_phrase_closed_by_a_word_kept_off_term_ends_is_learned(
        glossary: Glossary) -> None:
    """支持 never ends an extracted term, but the four-character set phrase 全力支持
    "full support" is one a reviser keeps consistent."""
    lines = [("甲国全力支持该进程。", "Country A expressed full support for the process."),
             ("乙国表示全力支持特使。", "Country B expressed its full support for the Envoy."),
             ("我们全力支持委员会。", "We reiterate our full support for the Committee."),
             ("丙国全力支持这些措施。", "Country C gave full support to these measures."),
             ("提供粮食援助。", "Food assistance was provided."),
             ("提供技术援助。", "Technical assistance was provided."),
             ("提供财政援助。", "Financial assistance was provided."),
             ("重申全力支持特别顾问的努力。",
              "Reaffirming its full assistance for the efforts of the Special Adviser.")]
    [finding] = check_draft(glossary, pair_draft(lines), LEARNED).findings
    assert (finding.line, finding.term, finding.found) == (8, "全力支持", "full assistance")
    # A conjunction still never closes a phrase, nor a verb a longer n-gram.
    assert candidates.refused("发展和") and candidates.refused("武器禁运执行")


def test_a_changed_word_that_renders_the_terms_neighbour_is_no_variant(
        glossary: Glossary) -> None:
    """"Arab national human rights commissions": "national" is the draft's word for
    全国, the characters after 阿拉伯国家 there, not another rendering of 国家."""
    lines = [("甲国与阿拉伯国家合作。", "Country A cooperates with Arab States."),
             ("阿拉伯国家召开会议。", "Arab States held a meeting."),
             ("支持阿拉伯国家的立场。", "Support the position of Arab States."),
             ("乙国和阿拉伯国家对话。", "Country B holds a dialogue with Arab States."),
             ("全国选举顺利。", "National elections went well."),
             ("全国会议召开。", "A national conference met."),
             ("全国计划通过。", "The national plan was adopted."),
             ("全国各地下雨。", "It rained throughout the country."),
             ("全国各地庆祝。", "People celebrated across the country."),
             ("全国各地停电。", "Power failed all over the country."),
             ("国家一级的行动。", "Action at the national level."),
             ("国家机构的作用。", "The role of national institutions."),
             ("国家报告已提交。", "The national report was submitted."),
             ("国家预算增加。", "The national budget grew."),
             ("国家战略获得通过。", "The national strategy was adopted."),
             ("国家法律得到修订。", "National laws were amended."),
             ("召开阿拉伯国家全国人权委员会研讨会。",
              "A seminar of Arab national human rights commissions was held.")]
    assert check_draft(glossary, pair_draft(lines), LEARNED).findings == ()


def test_an_irregular_plural_is_the_same_word() -> None:
    assert slips.same_word("crisis", "crise") and slips.same_word("analyse", "analysis")
    assert not slips.same_word("crisis", "conflict")


def test_a_variant_inside_a_glossary_term_is_the_glossarys_business(
        glossary: Glossary) -> None:
    """"Assembly violence" would be a slip for "sexual violence", but its changed word is
    part of "General Assembly", a glossary term found in the translation."""
    assembly = (("大会通过决议。", "The General Assembly adopted a resolution."),
                ("大会举行会议。", "The General Assembly held a meeting."),
                ("大会审议报告。", "The General Assembly considered the report."))
    draft = _violence("The problem of General Assembly violence in conflict is serious.",
                      extra=assembly)
    assert check_draft(glossary, draft, LEARNED).findings == ()
