"""The WIDE layout: rendering for people, and people's WIDE tables read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.diagnostics import Severity
from termbase.errors import FormatError
from termbase.formats import get
from termbase.formats.base import ReadPolicy
from termbase.formats.tabular.read import read_table
from termbase.formats.tabular.table import (
    DUPLICATE_ROW,
    DUPLICATE_TERM,
    EMPTY_ROW,
    SKIPPED_ROW,
    UNKNOWN_COLUMN,
    Table,
)
from termbase.formats.tabular.write import (
    to_wide_rows,
)
from termbase.model import (
    Context,
    Glossary,
    Term,
    TermStatus,
    TermType,
    make_concept_id,
)

SAMPLE = Path(__file__).parents[1] / "golden" / "tabular_sample.json"


def sample() -> Glossary:
    return get("json").read(SAMPLE.read_bytes(), str(SAMPLE), ReadPolicy.STRICT).glossary


def codes(diagnostics: tuple[object, ...]) -> list[str]:
    return [getattr(d, "code", "") for d in diagnostics]


PEOPLE = [
    ["小武器术语表 2013", "", "", "", "", "", ""],
    ["序号", "中文", "其他中文术语", "英文", "缩写", "语境", "出处", "价格"],
    ["1", "非法中介活动", "非法经纪活动（已取代）；中介活动", "illicit brokering", "",
     "防止非法中介活动", "A/RES/68/48", "x"],
    ["", "", "", "", "", "", "", ""],
    ["2", "小武器和轻武器", "", "small arms and light weapons", "SALW", "", "", ""],
    ["3", "非法中介活动", "", "illegal brokering", "", "", "", ""],
    ["2", "小武器和轻武器", "", "small arms and light weapons", "SALW", "", "", ""],
]



def test_wide_rows_show_statuses_abbreviations_and_languages() -> None:
    rows = to_wide_rows(sample())
    header = rows[0]
    brokering, salw, _ = (dict(zip(header, r, strict=True)) for r in rows[1:])
    assert header[:8] == ["ID", "subject field", "zh", "zh other terms", "en",
                          "en other terms", "fr", "fr other terms"]
    assert brokering["zh"] == "非法中介活动"
    assert brokering["zh other terms"] == "非法经纪活动 (superseded)"
    assert brokering["en other terms"] == "illegal brokering (deprecated)"
    assert brokering["context (zh)"] == "防止、打击和消除小武器和轻武器非法中介活动 ⟦A/RES/68/48⟧"
    assert salw["abbreviations"] == "SALW\nALPC (admitted) [fr]"


def test_a_persons_wide_table_is_read_with_diagnostics() -> None:
    result = read_table(Table.from_lists(PEOPLE, "people.csv"))
    first, second, third = result.glossary.concepts
    assert first.id == make_concept_id("zh", "非法中介活动")
    assert [(t.text, t.status) for _, t in first.terms("zh")] == [
        ("非法中介活动", TermStatus.PREFERRED), ("非法经纪活动", TermStatus.SUPERSEDED),
        ("中介活动", TermStatus.ADMITTED)]
    assert first.preferred("zh").contexts == (Context("防止非法中介活动", "A/RES/68/48"),)
    assert first.sources == ("A/RES/68/48",)
    salw = second.lang_sec("en")
    assert salw is not None and salw.terms[1] == Term("SALW", term_type=TermType.ABBREVIATION)
    assert third.id != first.id  # the same first term still gives a distinct, stable id
    by_code = {d.code: d for d in result.diagnostics}
    assert "column H '价格'" in by_code[UNKNOWN_COLUMN].message
    assert by_code[EMPTY_ROW].line == 4 and by_code[EMPTY_ROW].severity is Severity.INFO
    assert by_code[DUPLICATE_ROW].line == 7 and "row 5" in by_code[DUPLICATE_ROW].message
    assert "row 3 and row 6" in by_code[DUPLICATE_TERM].message


def test_wide_row_without_terms_is_refused_or_skipped() -> None:
    rows = [["中文", "定义"], ["小武器", ""], ["", "a definition without a term"]]
    with pytest.raises(FormatError, match="no term in any language") as info:
        read_table(Table.from_lists(rows, "people.xlsx", sheet="Sheet1"))
    assert info.value.line == 3 and "sheet 'Sheet1' row 3" in info.value.message
    result = read_table(Table.from_lists(rows), ReadPolicy.SKIP)
    assert len(result.glossary) == 1 and codes(result.diagnostics) == [SKIPPED_ROW]


def test_repeated_explicit_id_is_refused() -> None:
    with pytest.raises(FormatError, match="ID 'c1' is already used"):
        read_table(Table.from_lists([["ID", "zh"], ["c1", "小武器"], ["c1", "轻武器"]]))
