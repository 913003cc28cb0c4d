"""Tests of termbase.check.deprecated: a deprecated term the translation renders, and the
titles where the term names something else."""

from __future__ import annotations

from check._stand_in import sorted_findings as _found
from check._stand_in import zh_en_pair as _pair
from termbase.check.checker import check_draft
from termbase.check.draft import monolingual, presplit_pair, segments_from_text
from termbase.model import Glossary

# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def test_a_deprecated_term_inside_a_longer_title_names_something_else(glossary: Glossary
                                                                       ) -> None:
    # 《行动纲要》 is deprecated for the Small Arms Programme of Action; 《北京行动纲要》 is
    # the Beijing Platform for Action.
    draft = presplit_pair("执行《北京行动纲要》。\n执行《行动纲要》。", "d.zh",
                          "Implement the Beijing Platform.\nImplement the Programme of Action.",
                          "d.en")
    assert _found(glossary, draft) == [("deprecated", "error", 2)]


def test_a_title_coordinated_after_a_declaration_is_half_of_another_name(glossary: Glossary
                                                                         ) -> None:
    # 《北京宣言》和《行动纲要》 is the Beijing Declaration and Platform for Action, one
    # name; after another kind of title, 《行动纲要》 is still the deprecated short form.
    zh = ["执行《北京宣言》和《行动纲要》。", "执行《北京宣言》及《行动纲要》。",
          "执行《武器贸易条约》和《行动纲要》。"]
    draft = monolingual(segments_from_text("\n".join(zh), "d.zh"), lang="zh")
    assert _found(glossary, draft) == [("deprecated", "error", 3)]


def test_a_deprecated_source_term_the_translation_does_not_render_is_not_reported(
        glossary: Glossary) -> None:
    draft = _pair(["执行《行动纲要》。"], ["Implement the Platform for Action."])
    assert _found(glossary, draft) == []


def test_the_fix_keeps_the_title_marks_the_text_already_has(glossary: Glossary) -> None:
    # Terms are found past title marks: in 执行《行动纲要》 the span is 行动纲要, so the fix
    # must not bring its own marks (《《行动纲领》》); a span without marks gets them, and a
    # span naming two titles keeps its inner marks.
    zh = ["执行《行动纲要》。", "执行行动纲要。"]
    draft = monolingual(segments_from_text("\n".join(zh), "d.zh"), lang="zh")
    fixes = [f.fix.split(" (")[0] for f in check_draft(glossary, draft).findings
             if f.kind.value == "deprecated"]
    assert fixes == ["replace “行动纲要” with “行动纲领”", "replace “行动纲要” with “《行动纲领》”"]
