from __future__ import annotations

import gc

import pytest

from fresh_python import printed
from termbase.check import CheckOptions, FindingKind, check_draft
from termbase.check.draft import monolingual, presplit_pair, segments_from_text
from termbase.diagnostics import Severity
from termbase.errors import InputError, UsageError
from termbase.model import Concept, Glossary, LangSec, Term

from .conftest import POA_FULL_EN, POA_FULL_ZH


def _pair(zh: list[str], en: list[str]):  # type: ignore[no-untyped-def]
    return presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")


def _kinds(glossary: Glossary, zh: list[str], en: list[str]) -> list[tuple[str, int | None]]:
    result = check_draft(glossary, _pair(zh, en))
    return sorted((f.kind.value, f.line) for f in result.findings)


def test_clean_pair_has_no_findings(glossary: Glossary) -> None:
    assert _kinds(glossary, ["会员国加强能力建设。"],
                  ["Member States strengthen capacity-building."]) == []


def test_deprecated_suggests_the_closest_approved_term(glossary: Glossary) -> None:
    result = check_draft(glossary, monolingual(segments_from_text(
        "执行《行动纲要》。\n打击非法经纪活动。", "d.txt")))
    assert [(f.kind, f.line, f.found) for f in result.findings] == [
        (FindingKind.DEPRECATED, 1, "行动纲要"), (FindingKind.DEPRECATED, 2, "非法经纪活动")]
    first = result.findings[0]
    assert first.severity is Severity.ERROR
    assert "with “行动纲领”" in first.fix and POA_FULL_ZH in first.fix  # marks kept in text
    assert first.expected[0] == POA_FULL_ZH


def test_missing_target(glossary: Glossary) -> None:
    found = _kinds(glossary, ["审查大会讨论了能力建设。"],
                   ["The Review Conference discussed training."])
    assert found == [("missing_target", 1)]


def test_general_assembly_not_required_inside_review_conference(glossary: Glossary) -> None:
    assert _kinds(glossary, ["审查大会开幕。"], ["The Review Conference opened."]) == []


def test_inconsistent_reports_the_minority_rendering(glossary: Glossary) -> None:
    zh = [f"执行{POA_FULL_ZH}。", f"审查{POA_FULL_ZH}。", f"支持{POA_FULL_ZH}。"]
    en = [f"Implement the {POA_FULL_EN}.", "Review the Programme of Action.",
          f"Support the {POA_FULL_EN}."]
    result = check_draft(glossary, _pair(zh, en))
    [finding] = [f for f in result.findings if f.kind is FindingKind.INCONSISTENT]
    assert (finding.line, finding.found, finding.expected) == (
        2, "Programme of Action", (POA_FULL_EN,))
    assert finding.severity is Severity.WARNING


def test_an_abbreviation_beside_the_full_name_is_not_inconsistent(glossary: Glossary
                                                                   ) -> None:
    zh = ["小武器和轻武器问题。", "小武器和轻武器贸易。", "小武器和轻武器标识。"]
    en = ["The question of small arms and light weapons.", "Trade in SALW.",
          "Marking of small arms and light weapons."]
    result = check_draft(glossary, _pair(zh, en))
    assert [f for f in result.findings if f.kind is FindingKind.INCONSISTENT] == []


def test_untranslated_source(glossary: Glossary) -> None:
    assert _kinds(glossary, ["各国开展合作。"],
                  ["States cooperate with civil society."]) == [("untranslated_source", 1)]


def test_number_mismatch(glossary: Glossary) -> None:
    result = check_draft(glossary, _pair(["大会于2013年12月5日通过。"],
                                         ["The General Assembly adopted it on 6 December 2013."]))
    [finding] = result.findings
    assert finding.kind is FindingKind.NUMBER_MISMATCH
    assert finding.found == "6 December 2013" and finding.expected == ("2013年12月5日",)


def test_first_mention_only_when_the_full_form_follows(glossary: Glossary) -> None:
    text = f"the Programme of Action matters.\nThe {POA_FULL_EN} was adopted.\nPoA again."
    result = check_draft(glossary, monolingual(segments_from_text(text, "d.txt")))
    assert [(f.kind, f.line, f.severity) for f in result.findings] == [
        (FindingKind.FIRST_MENTION, 1, Severity.INFO)]
    alone = check_draft(glossary, monolingual(segments_from_text("PoA only.", "d.txt")))
    assert alone.findings == ()


def test_selected_checks_only(glossary: Glossary) -> None:
    options = CheckOptions(kinds=frozenset({FindingKind.NUMBER_MISMATCH}))
    result = check_draft(glossary, _pair(["审查大会于2013年开幕。"], ["It opened in 2014."]),
                         options)
    assert {f.kind for f in result.findings} == {FindingKind.NUMBER_MISMATCH}


def test_glossary_without_the_drafts_language() -> None:
    english_only = Glossary((Concept("x", (LangSec("en", (Term("outcome document"),)),)),))
    with pytest.raises(UsageError, match="no 'zh' terms") as info:
        check_draft(english_only, monolingual(segments_from_text("成果文件", "d.txt")))
    # The draft is named: the message said only "no 'zh' terms", in no file.
    assert str(info.value).startswith("d.txt: the glossary has no 'zh' terms")
    assert "check that d.txt is the draft you meant" in str(info.value)


def test_presplit_refuses_unequal_files() -> None:
    with pytest.raises(InputError, match="2 lines") as info:
        presplit_pair("一\n二", "a.txt", "one", "b.txt")
    assert info.value.hint


def test_inputs_are_not_changed(glossary: Glossary) -> None:
    draft = _pair(["执行《行动纲要》。"], ["Implement the Programme of Action."])
    before = draft
    check_draft(glossary, draft)
    assert draft == before


def test_the_garbage_collector_runs_again_after_a_check(glossary: Glossary) -> None:
    english_only = Glossary((Concept("x", (LangSec("en", (Term("outcome document"),)),)),))
    assert _kinds(glossary, ["会员国加强能力建设。"], ["Member States build capacity."])
    assert gc.isenabled()
    with pytest.raises(UsageError):
        check_draft(english_only, monolingual(segments_from_text("成果文件", "d.txt")))
    assert gc.isenabled()


# Modules that only a rare path (jieba's tables for the dictionary's glosses) or the
# second process of a long draft (learned_inconsistent's median) needs are imported where
# they are used: the checker's own imports lie on the critical path of every check.

def test_the_checker_imports_neither_statistics_nor_the_segmenter() -> None:
    code = ("import sys, termbase.cli, termbase.check.checker, termbase.check.rules; "
            "print(sorted({'statistics', 'termbase.text.segment'} & set(sys.modules)))")
    assert printed(code) == "[]"


def test_a_check_imports_neither_the_document_model_nor_the_other_report_formats() -> None:
    # A check reads its draft's text (documents.readers) and writes one report: the
    # document model and sentence splitter, the Excel helpers and html are other paths',
    # and so are zipfile and the zip limits (a .docx draft's).
    code = ("import sys, termbase.cli.check, termbase.api, termbase.check.drafts, "
            "termbase.check.reports, termbase.check.checker; "
            "print(sorted({'termbase.documents.model', 'termbase.documents.structure', "
            "'termbase.formats.workbook', 'html', 'zipfile'} & set(sys.modules)))")
    assert printed(code) == "[]"


# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def test_severity_of_every_finding_is_a_severity(glossary: Glossary) -> None:
    result = check_draft(glossary, _pair(["大会注意到。"], ["The Conference notes."]))
    assert all(isinstance(f.severity, Severity) for f in result.findings)


def _missing(concept: tuple[str, str], zh: str, en: str,
             options: CheckOptions | None = None) -> list[str]:
    """The severities of the missing_target findings of the one-line pair against a
    glossary of the one concept (Chinese, English)."""
    glossary = Glossary((Concept("c", (LangSec("zh", (Term(concept[0]),)),
                                       LangSec("en", (Term(concept[1]),)))),))
    found = check_draft(glossary, presplit_pair(zh, "d.zh", en, "d.en"), options)
    return [f.severity.value for f in found.findings if f.kind is FindingKind.MISSING_TARGET]


_STRICT = CheckOptions(strict_terms=True)


def test_strict_terms_keeps_a_general_words_miss_an_error() -> None:
    # 措施 "measures": a dictionary sense of the word, which the line renders "steps": a
    # hint by default, an error when every entry is a required term.
    zh, en = "各国政府采取了具体步骤和措施。", "Governments took concrete steps."
    assert _missing(("措施", "measures"), zh, en) == ["info"]
    assert _missing(("措施", "measures"), zh, en, _STRICT) == ["error"]


def test_strict_terms_leaves_the_lines_own_reasons_and_the_cut_segment_guard() -> None:
    # The line's own reason (an acronym of the longer name the term opens) still makes
    # the miss a hint: the option turns off the general-word rule only.
    zh = "联合国开发计划署管理层认为评估有用。"
    en = "UNDP management believes the evaluation useful."
    assert _missing(("联合国", "United Nations"), zh, en, _STRICT) == ["info"]
    # A segment cut before the term: an error with or without the option (the
    # general-word rule never excused it).
    zh = ("《约翰内斯堡执行计划》和联合国可持续发展大会题为“我们希望的未来”成果文件所载"
          "国际商定的与水有关的目标所提出的多项建议，")
    cut = ("the Johannesburg Plan of Implementation and the outcome document of the United "
           "Nations Conference on Sustainable Development, entitled “The future we want”,")
    for options in (None, _STRICT):
        assert _missing(("国际", "international"), zh, cut, options) == ["error"]
    whole = cut[:-1] + (" containing the recommendations on the globally agreed goals "
                        "related to water,")
    assert _missing(("国际", "international"), zh, whole) == ["info"]
    assert _missing(("国际", "international"), zh, whole, _STRICT) == ["error"]


def test_strict_terms_is_in_the_settings(glossary: Glossary) -> None:
    draft = _pair(["联合国"], ["United Nations"])
    assert dict(check_draft(glossary, draft).signature.settings)["strict terms"] == "False"
    assert dict(check_draft(glossary, draft, _STRICT).signature.settings)[
        "strict terms"] == "True"
