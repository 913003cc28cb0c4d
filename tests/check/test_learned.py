"""Inconsistencies learned from the draft (issue 13, item 2)."""

from __future__ import annotations

import pytest

from termbase.check import CheckOptions, FindingKind, check_draft, learned
from termbase.check.draft import Draft, presplit_pair
from termbase.check.matching import LanguageMatcher
from termbase.check.rules import CheckContext
from termbase.model import Glossary
from termbase.text.segment import JiebaSegmenter

LEARNED = CheckOptions(kinds=frozenset({FindingKind.LEARNED_INCONSISTENT}))
SEGMENTS = CheckOptions(kinds=frozenset({FindingKind.SEGMENT_INCONSISTENT}))


def _pair(lines: list[tuple[str, str]]) -> Draft:
    return presplit_pair("\n".join(z for z, _ in lines), "d.zh",
                         "\n".join(e for _, e in lines), "d.en")


# 武器禁运 is not in the test glossary; the draft renders it "arms embargo" four times,
# and elsewhere uses "weapons" for 武器, so "weapons embargo" is the same term rendered
# another way.
_EMBARGO = [("安理会对甲国实施武器禁运。", "The Council imposed an arms embargo on A."),
            ("安理会对乙国实施武器禁运。", "The Council imposed an arms embargo on B."),
            ("丙国违反了武器禁运。", "Country C violated the arms embargo."),
            ("丁国遵守武器禁运。", "Country D respects the arms embargo."),
            ("武器的储存很安全。", "The storage of weapons is safe."),
            ("武器的运输很昂贵。", "The transport of weapons is costly."),
            ("武器的销毁已完成。", "The destruction of weapons is complete.")]


def test_a_term_rendered_another_way_is_reported(glossary: Glossary) -> None:
    draft = _pair([*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has a weapons embargo.")])
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert (finding.line, finding.term, finding.found, finding.expected) == (
        8, "武器禁运", "weapons embargo", ("arms embargo",))
    assert finding.segment[finding.span[0]:finding.span[1]] == "weapons embargo"  # type: ignore[index]
    assert "not in the glossary" in finding.message and "4 time(s)" in finding.message


def test_consistent_renderings_and_paraphrases_are_quiet(glossary: Glossary) -> None:
    assert check_draft(glossary, _pair(_EMBARGO), LEARNED).findings == ()
    # Leaving the term out, or a word that renders another source word, is no second
    # rendering of the term.
    draft = _pair([*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has one."),
                   ("己国解除武器禁运。", "Country F lifted the storage embargo.")])
    assert check_draft(glossary, draft, LEARNED).findings == ()


def test_glossary_terms_are_left_to_the_glossary_checks(glossary: Glossary) -> None:
    lines = [("会员国加强能力建设。", "Member States strengthen capacity-building.")] * 4
    lines.append(("会员国加强能力建设。", "Member States strengthen capacity development."))
    kinds = {f.kind for f in check_draft(glossary, _pair(lines), LEARNED).findings}
    assert FindingKind.LEARNED_INCONSISTENT not in kinds


def test_same_source_translated_differently(glossary: Glossary) -> None:
    source = "安全理事会决定继续积极处理此案。"
    draft = _pair([(source, "The Security Council decides to remain actively seized."),
                   ("其他内容在这里出现。", "Something else appears here."),
                   (source, "The Security Council decides to remain actively seized."),
                   (source, "The Council has decided to stay seized of the matter.")])
    [finding] = check_draft(glossary, draft, SEGMENTS).findings
    assert (finding.line, finding.kind) == (4, FindingKind.SEGMENT_INCONSISTENT)
    assert "same source as d.en:1" in finding.message


def test_same_translation_for_different_sources(glossary: Glossary) -> None:
    target = "The Security Council has thus concluded its consideration of item 12."
    draft = _pair([("安全理事会就此结束对项目12的审议。", target),
                   ("安全理事会就此结束对项目12的审议。", target),
                   ("安全理事会就此结束对项目13的审议。", target),
                   ("安全理事会就此结束对该项目12的审议。", target)])
    # Line 4 only paraphrases the source; line 3 changed its number.
    [finding] = check_draft(glossary, draft, SEGMENTS).findings
    assert finding.line == 3 and "from a different source" in finding.message


def test_segments_differing_only_in_labels_case_or_spacing_are_the_same(
        glossary: Glossary) -> None:
    source = "安全理事会决定继续积极处理此案。"
    draft = _pair([(source, "The Security Council decides to remain actively seized."),
                   (f"3. {source}", "3. the security council decides to remain actively "
                                    "seized"),
                   ("二、" + source, "(b)  The Security Council decides to remain actively "
                                     "seized.")])
    assert check_draft(glossary, draft, SEGMENTS).findings == ()


def test_short_segments_and_unrelated_sources_are_not_compared(glossary: Glossary) -> None:
    draft = _pair([("导言", "Introduction"), ("一、导言", "Background"),
                   ("安理会通过了第一项决议草案。",
                    "The draft resolution was adopted without a vote."),
                   ("大会未经表决通过该草案，并感谢提案国。",
                    "The draft resolution was adopted without a vote.")])
    assert check_draft(glossary, draft, SEGMENTS).findings == ()


def _context(glossary: Glossary, draft: Draft) -> CheckContext:
    return CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                              LanguageMatcher(glossary, "en"))


def test_candidates_from_the_recurring_units_alone_are_those_of_the_whole_draft(
        glossary: Glossary) -> None:
    """Only units holding a recurring run are cut to find candidates (speed): every
    candidate lies in such units only, so the candidates and their units are the same."""
    lines = [*_EMBARGO, ("戊国也实行武器禁运。", "Country E also has a weapons embargo."),
             ("各国讨论了和平进程。", "States discussed the peace process."),
             ("和平进程取得进展。", "The peace process advanced.")]
    bilingual = learned._bilingual(_context(glossary, _pair(lines)))
    segmenter = JiebaSegmenter()
    recurring = learned._recurring_positions(bilingual)
    assert 0 < len(recurring) < len(bilingual)
    everything = learned._source_words(bilingual, segmenter, range(len(bilingual)))
    some = learned._source_words(bilingual, segmenter, recurring)
    assert learned._candidates([some.get(p, ()) for p in range(len(bilingual))], segmenter) \
        == learned._candidates([everything[p] for p in range(len(bilingual))], segmenter) != {}


def test_a_draft_without_candidates_reads_no_translation_ngrams(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("English n-grams built with no candidate to learn")

    monkeypatch.setattr(learned, "_bilingual_units", refuse)
    # A recurring run (他们已经同意了) that is a clause, not a term: no candidate.
    lines = [(f"他们已经同意了{x}。", f"They have agreed to {x}.") for x in "甲乙丙丁"]
    bilingual = learned._bilingual(_context(glossary, _pair(lines)))
    assert learned._recurring_positions(bilingual) == [0, 1, 2, 3]
    assert check_draft(glossary, _pair(lines), LEARNED).findings == ()
