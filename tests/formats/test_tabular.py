"""The tabular core: LONG round trip, WIDE rendering, people's headers and tables, merging."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings

from strategies import glossaries, tbx_glossaries
from termbase.diagnostics import Severity
from termbase.errors import FormatError
from termbase.formats import get
from termbase.formats.base import ReadPolicy
from termbase.formats.tabular import (
    BACK_HEADER,
    CELLS_NOT_READ,
    COLUMN_NOT_KEPT,
    DROPPED_CONCEPT,
    DUPLICATE_ROW,
    DUPLICATE_TERM,
    EMPTY_ROW,
    LONG_HEADER,
    NOT_KEPT,
    SECTION_HEADER,
    SKIPPED_ROW,
    UNKNOWN_COLUMN,
    Col,
    Table,
    format_pair,
    format_transaction,
    from_rows,
    parse_label,
    parse_pair,
    parse_transaction,
    read_table,
    read_with_detail,
    recognise,
    split_terms,
    to_rows,
    to_wide_rows,
)
from termbase.model import (
    Concept,
    Context,
    Glossary,
    LangSec,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
    make_concept_id,
)

SAMPLE = Path(__file__).parent / "golden" / "tabular_sample.json"


def sample() -> Glossary:
    return get("json").read(SAMPLE.read_bytes(), str(SAMPLE), ReadPolicy.STRICT).glossary


def codes(diagnostics: tuple[object, ...]) -> list[str]:
    return [getattr(d, "code", "") for d in diagnostics]


# --- LONG ------------------------------------------------------------------------------

@given(glossaries())
@settings(max_examples=150, deadline=None)
def test_long_rows_round_trip_losslessly(glossary: Glossary) -> None:
    result = from_rows(to_rows(glossary))
    assert result.glossary == glossary
    assert result.diagnostics == ()


def test_long_rows_keep_every_data_category() -> None:
    glossary = sample()
    extra = Concept(
        "c-empty", graphics=("https://example.org/pistol.png",),
        lang_secs=(LangSec("zh", (), sources=("A/RES/61/66",), transactions=(
            Transaction(TransactionType.MODIFICATION, "", "a | b"),)),))
    glossary = replace(glossary, concepts=(*glossary.concepts, extra, Concept("c-bare")),
                       source_lang="en")
    assert from_rows(to_rows(glossary)).glossary == glossary


def test_long_rows_fill_concept_columns_once_per_concept() -> None:
    rows = to_rows(sample())
    subject = LONG_HEADER.index("subject field")
    brokering = [r for r in rows[1:] if r[0] == "c-brokering"]
    assert len(brokering) == 4
    assert [r[subject] for r in brokering] == ["small arms and light weapons", "", "", ""]


def test_an_empty_glossary_keeps_its_header_information() -> None:
    glossary = Glossary(title="empty", source_lang="en")
    assert from_rows(to_rows(glossary)).glossary == glossary


@pytest.mark.parametrize(("text", "source"), [
    ("plain", ""), ("with source", "A/RES/68/48"), ("has ⟦brackets⟧", ""),
    ("has ⟦brackets⟧", "S/RES/2220 (2015)"),
])
def test_pair_cells_are_unambiguous(text: str, source: str) -> None:
    assert parse_pair(format_pair(text, source)) == (text, source)


def test_repeated_concept_values_are_accepted_and_conflicts_reported() -> None:
    header = ["concept id", "subject field", "lang", "term"]
    same = from_rows([header, ["c1", "arms", "zh", "小武器"], ["c1", "arms", "en", "small arms"]])
    assert same.diagnostics == ()
    assert same.glossary.concepts[0].subject_field == "arms"
    clash = from_rows([header, ["c1", "arms", "zh", "小武器"], ["c1", "trade", "en", "arms"]])
    assert codes(clash.diagnostics) == ["TB215"]
    assert clash.glossary.concepts[0].subject_field == "arms"
    assert clash.diagnostics[0].line == 3


def test_long_bad_status_is_refused_strictly_and_skipped_on_request() -> None:
    rows = [["concept id", "lang", "term", "status"], ["c1", "zh", "小武器", "approved"],
            ["c1", "en", "small arms", "首选"]]
    with pytest.raises(FormatError, match="'approved' is not a term status") as info:
        from_rows(rows, "people.csv")
    assert info.value.line == 2 and info.value.hint and "skip" in info.value.hint
    result = from_rows(rows, "people.csv", ReadPolicy.SKIP)
    assert codes(result.diagnostics) == [SKIPPED_ROW]
    assert [t.text for _, t in result.glossary.concepts[0].terms()] == ["small arms"]


def test_long_blank_id_continues_the_concept_above() -> None:
    rows = [["ID", "语言", "术语"], ["c1", "zh", "小武器"], ["", "en", "small arms"],
            ["c2", "zh", "轻武器"]]
    glossary = from_rows(rows).glossary
    assert [c.id for c in glossary.concepts] == ["c1", "c2"]
    assert glossary.concepts[0].languages == ("zh", "en")


def test_long_term_without_language_is_refused() -> None:
    with pytest.raises(FormatError, match="no language code"):
        from_rows([["lang", "term"], ["", "小武器"]])


# --- headers ---------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "expected"), [
    ("中文", Col("term", "zh")), ("Chinese", Col("term", "zh")), ("zh-CN", Col("term", "zh")),
    ("中文术语", Col("term", "zh")), ("术语", Col("term", "zh")), ("英文", Col("term", "en")),
    (" English ", Col("term", "en")), ("译名", Col("term", "en")),
    ("Equivalent", Col("term", "en")), ("定义", Col("definition")),
    ("Definition (EN)", Col("definition", "en")), ("英文定义", Col("definition", "en")),
    ("定义（中文）", Col("definition", "zh")), ("例句", Col("context")),
    ("语境", Col("context")), ("出处", Col("source")), ("Document symbol", Col("source")),
    ("文号", Col("source")), ("REMARKS", Col("note")), ("注释", Col("note")),
    ("Acronym", Col("abbreviation")), ("缩写", Col("abbreviation")), ("状态", Col("status")),
    ("Subject field", Col("subject")), ("领域", Col("subject")), ("编号", Col("id")),
    ("其他中文术语", Col("other", "zh")), ("en other terms", Col("other", "en")),
    ("pt-BR", Col("term", "pt-BR")), ("context (fr)", Col("context", "fr")),
    ("Price", None), ("", None),
])
def test_headers_people_write_are_recognised(header: str, expected: Col | None) -> None:
    assert recognise(header) == expected


def test_long_header_columns_are_all_distinct() -> None:
    cols = [recognise(h) for h in LONG_HEADER]
    assert None not in cols
    assert len(set(cols)) == len(cols)


def test_missing_term_column_names_the_header_row_and_columns() -> None:
    table = Table.from_lists([["定义", "备注"], ["something", "x"]], "people.csv")
    with pytest.raises(FormatError, match=r"no term column.*'定义', '备注'") as info:
        read_table(table)
    assert info.value.line == 1 and info.value.path == "people.csv"


def test_an_empty_table_is_refused() -> None:
    with pytest.raises(FormatError, match="empty"):
        read_table(Table.from_lists([["", ""]]))


# --- WIDE ------------------------------------------------------------------------------

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


@pytest.mark.parametrize(("cell", "expected"), [
    ("a；b;c、d", ["a", "b", "c", "d"]),
    ("小武器、轻武器\n", ["小武器、轻武器"]),
    ("one\ntwo；three", ["one", "two；three"]),
])
def test_other_terms_cells_split_on_lines_or_separators(cell: str, expected: list[str]) -> None:
    assert split_terms(cell) == expected


def test_labels_only_take_known_status_words() -> None:
    assert parse_label("小武器（SALW）", TermStatus.ADMITTED) == (
        "小武器（SALW）", TermStatus.ADMITTED, "")
    assert parse_label("ALPC (Deprecated) [fr]", TermStatus.PREFERRED) == (
        "ALPC", TermStatus.DEPRECATED, "fr")


# --- WIDE enriched by LONG -------------------------------------------------------------

def _tables(glossary: Glossary, wide: list[list[str]] | None = None) -> tuple[Table, Table]:
    return (Table.from_lists(wide or to_wide_rows(glossary), "g.xlsx", "Glossary"),
            Table.from_lists(to_rows(glossary), "g.xlsx", "Terms"))


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


# --- what TBX has beyond the entries, and what a person's table has beyond the glossary ---

@given(tbx_glossaries())
@settings(max_examples=60, deadline=None)
def test_long_rows_keep_back_matter_targets_and_repeated_languages(glossary: Glossary) -> None:
    assert from_rows(to_rows(glossary)).glossary == glossary


def test_the_extra_long_columns_appear_only_when_needed() -> None:
    assert to_rows(sample())[0] == list(LONG_HEADER)
    person = RefObjectSec("respPerson", (RefObject("US5001", (RefItem("fn", "Jane"),)),))
    twice = Glossary((Concept("c1", (LangSec("en", (Term("small arms"),)),
                                     LangSec("en", (Term("small weapons"),)))),),
                     back_matter=(person, person, replace(person, type="respOrg")))
    rows = to_rows(twice)
    assert rows[0][-2:] == [SECTION_HEADER, BACK_HEADER]
    assert [r[-2] for r in rows[1:]] == ["", "2", ""]
    # More back-matter sections than terms: a row of its own, outside any concept.
    assert rows[3][0] == "" and rows[3][-1].startswith('{"type":"respOrg"')
    assert from_rows(rows).glossary == twice


def test_a_transaction_target_rides_with_its_responsibility() -> None:
    t = Transaction(TransactionType.MODIFICATION, "2024-01-02", "Jane | UNOG", "US5001")
    assert format_transaction(t) == "modification | 2024-01-02 | Jane | UNOG ⟦US5001⟧"
    assert parse_transaction(format_transaction(t)) == t


def test_bad_back_matter_or_section_cells_name_the_row() -> None:
    header = [*LONG_HEADER, SECTION_HEADER, BACK_HEADER]
    row = ["c1", *[""] * 8, "zh", *[""] * 4, "小武器", *[""] * 15]
    with pytest.raises(FormatError, match="back matter: not valid JSON") as caught:
        from_rows([header, [*row, "", "{not json"]], "t.csv")
    assert caught.value.line == 2
    with pytest.raises(FormatError, match="language section 'x'"):
        from_rows([header, [*row, "x", ""]], "t.csv")


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
