"""Reading a table: the header row, cells no column reads, and a WIDE sheet read with
its LONG twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from strategies import glossaries
from termbase.errors import FormatError
from termbase.formats import get
from termbase.formats.base import ReadPolicy
from termbase.formats.tabular.read import read_table, read_with_detail
from termbase.formats.tabular.table import (
    CELLS_NOT_READ,
    COLUMN_NOT_KEPT,
    DROPPED_CONCEPT,
    NOT_KEPT,
    Table,
)
from termbase.formats.tabular.write import (
    to_rows,
    to_wide_rows,
)
from termbase.model import (
    Concept,
    Glossary,
    LangSec,
    Term,
    TermStatus,
)

SAMPLE = Path(__file__).parents[1] / "golden" / "tabular_sample.json"


def sample() -> Glossary:
    return get("json").read(SAMPLE.read_bytes(), str(SAMPLE), ReadPolicy.STRICT).glossary


def codes(diagnostics: tuple[object, ...]) -> list[str]:
    return [getattr(d, "code", "") for d in diagnostics]


def _tables(glossary: Glossary, wide: list[list[str]] | None = None) -> tuple[Table, Table]:
    return (Table.from_lists(wide or to_wide_rows(glossary), "g.xlsx", "Glossary"),
            Table.from_lists(to_rows(glossary), "g.xlsx", "Terms"))



def test_missing_term_column_names_the_header_row_and_columns() -> None:
    table = Table.from_lists([["定义", "备注"], ["something", "x"]], "people.csv")
    with pytest.raises(FormatError, match=r"no term column.*'定义', '备注'") as info:
        read_table(table)
    assert info.value.line == 1 and info.value.path == "people.csv"


def test_an_empty_table_is_refused() -> None:
    with pytest.raises(FormatError, match="empty"):
        read_table(Table.from_lists([["", ""]]))


@given(glossaries())
@settings(max_examples=80, deadline=None)
def test_unedited_wide_and_long_read_back_exactly(glossary: Glossary) -> None:
    assert read_with_detail(*_tables(glossary)).glossary == glossary


def test_edits_in_the_wide_table_win_and_details_survive() -> None:
    glossary = sample()
    wide = to_wide_rows(glossary)
    header = wide[0]
    col = header.index
    brokering = wide[1]
    brokering[col("zh other terms")] = "非法经纪活动 (deprecated)\n中介活动"
    brokering[col("en other terms")] = ""  # 'illegal brokering' deleted
    brokering[col("note")] = "Reviewed."
    del wide[3]  # the tracing concept removed
    result = read_with_detail(*_tables(glossary, wide))
    first, second = result.glossary.concepts
    zh = first.lang_sec("zh")
    assert zh is not None
    assert [(t.text, t.status) for t in zh.terms] == [
        ("非法中介活动", TermStatus.PREFERRED), ("非法经纪活动", TermStatus.DEPRECATED),
        ("中介活动", TermStatus.ADMITTED)]
    # Details that the WIDE table does not show come from the LONG table.
    assert zh.terms[0] == glossary.concepts[0].lang_secs[0].terms[0]
    assert zh.terms[1].notes == ("Earlier rendering.",) and zh.notes
    assert [t.text for _, t in first.terms("en")] == ["illicit brokering"]
    assert first.notes == ("Reviewed.",)
    assert first.definitions == glossary.concepts[0].definitions
    assert first.transactions and first.cross_references == ("c-salw",)
    assert second == glossary.concepts[1]
    assert result.glossary.title == glossary.title
    dropped = [d for d in result.diagnostics if d.code == DROPPED_CONCEPT]
    assert len(dropped) == 1 and "c-tracing" in dropped[0].message


def test_cells_no_column_reads_are_named() -> None:
    table = Table.from_lists([["术语表 2024"], [], ["序号", "中文", "英文", ""],
                              ["1", "小武器", "small arms", "待核实"],
                              ["2", "轻武器", "light weapons", "", "", "见附件"]],
                             "t.csv", "Sheet1")
    result = read_table(table)
    assert len(result.glossary) == 2
    messages = [d.message for d in result.diagnostics if d.code == CELLS_NOT_READ]
    assert any("1 row(s) above the header row are not read (first: '术语表 2024')" in m
               for m in messages)
    assert any("column A '序号' is read as row numbers" in d.message
               for d in result.diagnostics if d.code == COLUMN_NOT_KEPT)
    assert any("column D has no header" in m and "D4 '待核实'" in m for m in messages)
    assert any("column F has no header" in m and "F5 '见附件'" in m for m in messages)
    assert {CELLS_NOT_READ, COLUMN_NOT_KEPT} <= NOT_KEPT


def test_a_row_filled_only_outside_the_columns_is_not_refused() -> None:
    table = Table.from_lists([["中文", "英文"], ["小武器", "small arms"], ["", "", "备忘"]])
    result = read_table(table)
    assert len(result.glossary) == 1 and CELLS_NOT_READ in codes(result.diagnostics)


def test_an_edited_wide_sheet_maps_terms_back_to_their_sections() -> None:
    detail = Glossary((Concept("c1", (
        LangSec("zh", (Term("小武器"),)),
        LangSec("en", (Term("small arms"), Term("SA", TermStatus.ADMITTED))),
        LangSec("en", (Term("small weapons", TermStatus.ADMITTED, sources=("A/1",)),)))),))
    wide = to_wide_rows(detail)
    assert wide[1][wide[0].index("en other terms")] == "SA\nsmall weapons"
    wide[1][wide[0].index("en other terms")] = "small weapons\nfirearms"
    result = read_with_detail(Table.from_lists(wide, "g.xlsx", "Glossary"),
                              Table.from_lists(to_rows(detail), "g.xlsx", "Terms"))
    secs = result.glossary.concepts[0].lang_secs
    assert [[t.text for t in s.terms] for s in secs] == [
        ["小武器"], ["small arms", "firearms"], ["small weapons"]]
    assert secs[2].terms[0].sources == ("A/1",)
