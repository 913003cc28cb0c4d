"""TSV and the Excel review workbook: rows, signature, highlighting, determinism."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from termbase.align.model import Alignment, Bead, Segment, Verdict
from termbase.errors import FormatError
from termbase.formats.alignment_tables import (
    ALIGNMENT_SHEET,
    alignment_rows,
    flag,
    read_tsv,
    read_xlsx,
    write_tsv,
    write_xlsx,
)
from termbase.formats.workbook import SIGNATURE_SHEET
from termbase.signature import Signature

GOLDEN = Path(__file__).parent / "golden"
SIGNATURE = Signature(version="0.0.0-test", settings=(("format", "tsv"),),
                      inputs=(("en en.txt", "cd34"), ("zh zh.txt", "ab12")))


def sample() -> Alignment:
    zh = ("大会，", "回顾其第60/81号决议，", "决定继续审议。\t其余", "=SUM(A1)开头的句子。")
    en = ("The General Assembly,", "Recalling its resolution 60/81,", "Decides to continue.",
          "An extra\nline only in English.", "=SUM(A1) opens this one.")
    return Alignment(
        source=tuple(Segment(i, t) for i, t in enumerate(zh)),
        target=tuple(Segment(i, t) for i, t in enumerate(en)),
        beads=(Bead((0,), (0,), 0.99), Bead((1,), (1,), 0.31), Bead((2,), (2,), 0.8),
               Bead((), (3,), 0.0), Bead((3,), (4,), 0.77)),
        confidence=0.64, verdict=Verdict.DOUBTFUL,
        settings=(("aligner", "test"), ("window", "50")))


def test_rows_hold_ids_scores_and_flattened_texts() -> None:
    rows = alignment_rows(sample())
    assert rows[1] == ["2", "1", "1", "0.3100", "回顾其第60/81号决议，",
                       "Recalling its resolution 60/81,"]
    assert rows[2][4] == "决定继续审议。 其余"  # a tab inside a text becomes a space
    assert rows[3] == ["4", "", "3", "0.0000", "", "An extra line only in English."]


def test_flags() -> None:
    assert flag(Bead((1,), (1,), 0.31), 0.5) == "low score"
    assert flag(Bead((1,), (1,), 0.5), 0.5) == ""
    assert flag(Bead((), (3,), 0.0), 0.5) == "target only"
    assert flag(Bead((3,), (), 0.0), 0.5) == "source only"


def test_tsv_golden() -> None:
    data = write_tsv(sample(), signature=SIGNATURE)
    golden = GOLDEN / "align_sample.tsv"
    if os.environ.get("TERMBASE_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()
    lines = data.decode("utf-8").split("\n")
    assert lines[0].startswith("# termbase 0.0.0-test | setting format tsv | input en en.txt")
    assert lines[1] == "# document confidence 0.6400 | verdict doubtful"
    assert lines[2] == "bead\tzh ids\ten ids\tscore\tzh\ten"
    assert all(line.count("\t") == 5 for line in lines[2:-1])
    assert lines[-1] == ""


def _fill(cell: object) -> str:
    return str(cell.fill.fgColor.rgb)[-6:]  # type: ignore[attr-defined]


def test_xlsx_review_sheet_look_and_highlighting() -> None:
    wb = load_workbook(io.BytesIO(write_xlsx(sample(), signature=SIGNATURE, threshold=0.5)))
    assert wb.sheetnames == [ALIGNMENT_SHEET, SIGNATURE_SHEET]
    ws = wb[ALIGNMENT_SHEET]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["bead", "type", "zh ids", "en ids", "score", "flag", "zh", "en"]
    assert values[1] == ["1", "1-1", "0", "0", "0.9900", None, "大会，", "The General Assembly,"]
    assert values[4][:6] == ["4", "0-1", None, "3", "0.0000", "target only"]
    # A sentence that looks like a formula stays text.
    assert values[5][6] == "=SUM(A1)开头的句子。"
    assert ws["G6"].data_type == "s"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:H6"
    assert ws["A1"].font.bold and _fill(ws["A1"]) == "DDEBF7"
    assert ws["G2"].font.name == "Microsoft YaHei"
    assert ws["G2"].alignment.wrap_text
    assert ws.column_dimensions["G"].width == 60
    assert _fill(ws["A2"]) == "000000"  # a good bead is not coloured
    low, lone = _fill(ws["G3"]), _fill(ws["G5"])
    assert low == "FCE4D6" and lone == "E7E6E6" and low != lone
    sig = {row[0].value: row[1].value for row in wb[SIGNATURE_SHEET].iter_rows(min_row=2)}
    assert sig["tool"] == "termbase 0.0.0-test"
    assert sig["input zh zh.txt"] == "ab12"
    assert sig["document confidence"] == "0.6400"
    assert sig["document verdict"] == "doubtful"
    assert sig["low-score threshold"] == "0.5"
    assert sig["aligner window"] == "50"


def test_threshold_moves_the_highlighting() -> None:
    wb = load_workbook(io.BytesIO(write_xlsx(sample(), threshold=0.9)))
    ws = wb[ALIGNMENT_SHEET]
    assert [ws.cell(row=r, column=6).value for r in range(2, 7)] == [
        None, "low score", "low score", "target only", "low score"]


def test_xlsx_is_deterministic() -> None:
    assert write_xlsx(sample(), signature=SIGNATURE) == write_xlsx(sample(), signature=SIGNATURE)


def test_a_persons_tsv_is_read_by_header_or_by_script() -> None:
    from termbase.formats.alignment_tables import read_tsv

    by_header = read_tsv("# notes\nEnglish\t中文\nSmall arms\t小武器\n\t轻武器\n".encode(),
                         "people.tsv")
    assert (by_header.source_lang, by_header.target_lang) == ("en", "zh")
    assert [(u.source, u.target, u.line, u.bead) for u in by_header.units] == [
        ("Small arms", "小武器", 3, None), ("", "轻武器", 4, None)]
    by_script = read_tsv("小武器和轻武器\tSmall arms and light weapons\n".encode(), "p.tsv")
    assert [(u.source, u.target, u.line) for u in by_script.units] == [
        ("小武器和轻武器", "Small arms and light weapons", 1)]


def test_the_alignment_tsv_reads_back_with_its_beads() -> None:
    from termbase.formats.alignment_tables import read_tsv

    bitext = read_tsv(write_tsv(sample(), signature=SIGNATURE), "out.tsv")
    assert bitext.kind == "tsv two-column"
    assert [u.bead for u in bitext.units] == [
        Bead(b.src, b.tgt, round(b.score, 4)) for b in sample().beads]
    assert bitext.units[3].source == "" and bitext.units[4].target == "=SUM(A1) opens this one."


def test_a_damaged_sheet_in_a_two_column_draft_is_a_format_error() -> None:
    wb = Workbook()
    wb.active.append(["大会。", "The General Assembly."])
    good = io.BytesIO()
    wb.save(good)
    cut = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(cut, "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            dst.writestr(name, body[: len(body) // 2] if name.endswith("sheet1.xml") else body)
    # The sheet is read lazily: lxml's error escaped while iterating rows (exit 3).
    with pytest.raises(FormatError, match=r"part xl/worksheets/sheet1\.xml"):
        read_xlsx(cut.getvalue(), "d.xlsx")


def test_a_headerless_row_with_a_third_cell_is_refused_naming_the_row() -> None:
    # A tab typed inside the translation cut it: the rest was silently never checked.
    data = "行动纲领。\tProgramme of Action.\n小武器。\tSmall\tarms.\n".encode()
    with pytest.raises(FormatError, match="row 2 has 3 cells") as caught:
        read_tsv(data, "d.tsv")
    assert caught.value.line == 2


def test_tsv_rows_end_at_cr_lf_or_crlf() -> None:
    data = "行动纲领。\tProgramme of Action.\r小武器。\tSmall arms.\r\n".encode()
    units = read_tsv(data, "d.tsv").units
    assert [(u.source, u.target) for u in units] == [
        ("行动纲领。", "Programme of Action."), ("小武器。", "Small arms.")]


def test_a_title_above_the_header_of_a_two_column_sheet_is_skipped() -> None:
    # A merged title over a 'zh | en | note' header: the title row was taken for data and
    # the header row refused as 'row 2 has 3 cells' with a hint about tabs.
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "小武器决议草案 — 审校"
    ws.merge_cells("A1:C1")
    ws.append(["zh", "en", "note"])
    ws.append(["小武器。", "Small arms.", "checked"])
    buffer = io.BytesIO()
    wb.save(buffer)
    bitext = read_xlsx(buffer.getvalue(), "d.xlsx")
    assert [(u.source, u.target, u.line) for u in bitext.units] == [
        ("小武器。", "Small arms.", 3)]
    assert "1 row(s) above the header row are not read" in bitext.diagnostics[0].message


def test_a_headerless_sheet_with_a_third_cell_is_refused_without_speaking_of_tabs() -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["行动纲领。", "Programme of Action."])
    ws.append(["小武器。", "Small arms.", "checked"])
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(FormatError, match="row 2 has 3 cells") as caught:
        read_xlsx(buffer.getvalue(), "d.xlsx")
    assert "tab" not in (caught.value.hint or "") and "cells right of" in (caught.value.hint or "")


def test_a_sheet_after_the_first_is_named_as_not_read() -> None:
    # A draft split into parts, a sheet each: the second part went unread (and unchecked)
    # without a word.
    wb = Workbook()
    wb.active.title = "Part 1"
    wb.active.append(["zh", "en"])
    wb.active.append(["大会决定召开会议。", "The General Assembly decides to meet."])
    part2 = wb.create_sheet("Part 2")
    part2.append(["zh", "en"])
    part2.append(["各国应管制小武器。", "States should control light guns."])
    wb.create_sheet("Empty")
    buffer = io.BytesIO()
    wb.save(buffer)
    bitext = read_xlsx(buffer.getvalue(), "d.xlsx")
    assert [u.line for u in bitext.units] == [2]
    [note] = bitext.diagnostics
    assert (note.code, note.path) == ("TB235", "d.xlsx")
    assert "sheet 'Part 2' is not read (4 non-empty cells)" in note.message
    assert note.hint is not None and "only the first sheet ('Part 1') is read" in note.hint


def _three_part_draft() -> bytes:
    wb = Workbook()
    wb.active.title = "Part 1"
    wb.active.append(["zh", "en"])
    wb.active.append(["大会决定召开会议。", "The General Assembly decides to meet."])
    annex = wb.create_sheet("Annex")
    annex.append(["zh", "en"])
    annex.append(["", ""])
    annex.append(["各国应管制小武器。", "States should control light guns."])
    wb.create_sheet("2")  # a sheet named by a number is found by its name first
    wb["2"].append(["zh", "en"])
    wb["2"].append(["支持民间社会。", "Support civil society."])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_a_sheet_is_chosen_by_name_or_number() -> None:
    # A draft in several sheets could be read from its first sheet only; a reviser
    # checking the annex had to copy it into a workbook of its own.
    data = _three_part_draft()
    annex = read_xlsx(data, "d.xlsx", sheet="Annex")
    assert [(u.source, u.line) for u in annex.units if u.source] == [("各国应管制小武器。", 3)]
    assert annex.kind == "xlsx two-column, sheet 'Annex'"
    notes = {n.message.split(" is not read")[0] for n in annex.diagnostics}
    assert notes == {"sheet 'Part 1'", "sheet '2'"}
    assert all("only the sheet chosen ('Annex') is read" in (n.hint or "")
               and "--sheet" in (n.hint or "") for n in annex.diagnostics)
    assert read_xlsx(data, "d.xlsx", sheet=" annex ").units == annex.units
    assert read_xlsx(data, "d.xlsx", sheet="3").units[0].source == "支持民间社会。"
    assert read_xlsx(data, "d.xlsx", sheet="2").units[0].source == "支持民间社会。"
    assert read_xlsx(data, "d.xlsx", sheet="1").units[0].source == "大会决定召开会议。"


def test_a_sheet_the_workbook_lacks_is_refused_with_its_sheets_listed() -> None:
    with pytest.raises(FormatError, match="the workbook has no sheet 'Annexe'") as caught:
        read_xlsx(_three_part_draft(), "d.xlsx", sheet="Annexe")
    assert caught.value.hint == ("give --sheet one of its sheets, by name or number: "
                                 "1 'Part 1', 2 'Annex', 3 '2'")
    with pytest.raises(FormatError, match="no sheet '4'"):
        read_xlsx(_three_part_draft(), "d.xlsx", sheet="4")
