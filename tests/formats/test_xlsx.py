"""Excel: the three sheets, their look, determinism, people's workbooks, edits, bad files."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from termbase.errors import FormatError
from termbase.formats import get, read_glossary
from termbase.formats.base import ReadPolicy
from termbase.formats.tabular.write import PAGE_BUDGET
from termbase.formats.xlsx import read, write
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, make_concept_id
from termbase.signature import Signature

GOLDEN = Path(__file__).parent / "golden"


def sample() -> Glossary:
    path = GOLDEN / "tabular_sample.json"
    return get("json").read(path.read_bytes(), str(path), ReadPolicy.STRICT).glossary


def workbook(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def extract(data: bytes) -> dict[str, Any]:
    """What a person sees: every sheet's values, plus the header's and a body cell's look."""
    wb = workbook(data)
    out: dict[str, Any] = {}
    for ws in wb.worksheets:
        head, body = ws["A1"], ws["A2"]
        out[ws.title] = {
            "values": [list(row) for row in ws.iter_rows(values_only=True)],
            "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
            "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items())},
            "heights": [ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)],
            "print": [ws.page_setup.orientation, ws.page_setup.fitToWidth,
                      ws.page_setup.fitToHeight, ws.print_title_rows],
            "header": [head.font.name, head.font.b, head.fill.fgColor.rgb],
            "body": [body.font.name, body.alignment.wrap_text, body.alignment.vertical],
        }
    return out


def test_cells_and_styles_match_the_golden_file() -> None:
    got = json.loads(json.dumps(extract(write(sample(), None)), ensure_ascii=False))
    # Version and content hash change with the release and the model, not with this format.
    for row in got["Signature"]["values"]:
        if row[0] in ("tool", "glossary sha256"):
            row[1] = "<normalised>"
    golden = GOLDEN / "tabular_sample.xlsx.json"
    if os.environ.get("TERMBASE_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert got == json.loads(golden.read_text("utf-8"))


def test_output_is_byte_for_byte_deterministic() -> None:
    first = write(sample(), None)
    assert first == write(sample(), None)
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2000-01-01T00:00:00Z" in z.read("docProps/core.xml")


def test_sheets_are_glossary_signature_terms_and_read_back() -> None:
    data = write(sample(), None)
    wb = workbook(data)
    assert wb.sheetnames == ["Glossary", "Signature", "Terms"]
    glossary_sheet = wb["Glossary"]
    assert glossary_sheet["C1"].value == "zh" and glossary_sheet["C2"].value == "非法中介活动"
    assert glossary_sheet["C1"].font.b and glossary_sheet["C2"].font.name == "Microsoft YaHei"
    assert read(data, "g.xlsx", ReadPolicy.STRICT).glossary == sample()


def test_signature_sheet_shows_the_given_signature_or_computed_counts() -> None:
    glossary = sample()
    given = Signature(version="9.9", created="2024-01-02T03:04:05Z", glossary_hash="abc",
                      counts=(("concepts", 3),))
    rows = dict(workbook(write(glossary, given))["Signature"].iter_rows(values_only=True))
    assert rows["tool"] == "termbase 9.9" and rows["created"] == "2024-01-02T03:04:05Z"
    assert rows["glossary sha256"] == "abc" and rows["count concepts"] == "3"
    computed = dict(workbook(write(glossary, None))["Signature"].iter_rows(values_only=True))
    assert computed["glossary sha256"] == glossary.content_hash()
    assert computed["count concepts"] == "3"
    assert (computed["count terms zh"], computed["count terms en"]) == ("4", "6")
    assert computed["count terms fr"] == "2"


def test_text_that_looks_like_a_formula_stays_text() -> None:
    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("=SUM(A1)"), Term("#N/A"))),)),))
    data = write(glossary, None)
    assert workbook(data)["Glossary"]["C2"].data_type == "s"
    assert read(data, "g.xlsx", ReadPolicy.STRICT).glossary == glossary


def test_a_formula_without_a_computed_value_is_named_as_read_empty() -> None:
    # Written by a program that does not calculate: the English term read as empty, and
    # the warning said the formula was read as its computed value.
    wb = Workbook()
    ws = wb.active
    ws.append(["zh", "en"])
    ws.append(["大会", '=PROPER("general assembly")'])
    ws.append(["小武器", "small arms"])
    buffer = io.BytesIO()
    wb.save(buffer)
    result = read(buffer.getvalue(), "g.xlsx", ReadPolicy.SKIP)
    messages = [d.message for d in result.diagnostics]
    assert any("1 formula cell(s) (first: B2) have no computed value saved" in m
               for m in messages), messages


@pytest.mark.parametrize("char", ["\x01", "\uffff", "\udc00"])
def test_control_characters_are_an_output_error(char: str) -> None:
    from termbase.errors import OutputError

    with pytest.raises(OutputError, match="control character"):
        write(Glossary((Concept("c1", (LangSec("zh", (Term(f"bad{char}"),)),)),)), None)


def test_a_glossary_that_cannot_be_written_names_the_output(tmp_path: Path) -> None:
    # 'export -o g.xlsx' said "sheet 'Glossary' row 2: …" and no file.
    from termbase.errors import OutputError
    from termbase.formats import write_glossary

    out = tmp_path / "g.xlsx"
    with pytest.raises(OutputError) as raised:
        write_glossary(Glossary((Concept("c1", (LangSec("zh", (Term("大\x01会"),)),)),)), out)
    assert str(raised.value).startswith(f"{out}: sheet 'Glossary' row 2: text holds a "
                                        "control character")
    assert list(tmp_path.iterdir()) == []


def _save(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_edits_made_in_excel_are_read_with_the_details_kept(tmp_path: Path) -> None:
    wb = workbook(write(sample(), None))
    ws = wb["Glossary"]
    ws["D2"] = "非法经纪活动 (deprecated)"
    ws.insert_rows(5)
    ws["C5"], ws["E5"] = "武器禁运", "arms embargo"
    path = tmp_path / "edited.xlsx"
    path.write_bytes(_save(wb))
    glossary = read_glossary(path).glossary
    first, *_, new = glossary.concepts
    zh = first.lang_sec("zh")
    assert zh is not None and zh.terms[1].status is TermStatus.DEPRECATED
    assert zh.terms[1].notes == ("Earlier rendering.",)
    assert new.id == make_concept_id("zh", "武器禁运")
    assert new.preferred("en") == Term("arms embargo")


def test_a_persons_workbook_is_read_from_its_first_sheet() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "术语"
    ws.append(["编号", "中文术语", "英文术语", "定义（英文）", "备注"])
    ws.append([1, "国际追查文书", "International Tracing Instrument", "An instrument", None])
    ws.append([2, "小武器", "small arms", None, 2013])
    result = read(_save(wb), "people.xlsx", ReadPolicy.STRICT)
    first, second = result.glossary.concepts
    assert first.id == make_concept_id("zh", "国际追查文书")
    en = first.lang_sec("en")
    assert en is not None and en.definitions[0].text == "An instrument"
    assert second.notes == ("2013",)
    assert any("not valid XML ids" in d.message for d in result.diagnostics)


def test_every_sheet_with_a_glossary_header_is_read() -> None:
    # A glossary kept a sheet per subject, after a sheet of instructions: the reader
    # took the first sheet only ("no term column" here), and the subjects after it were
    # named in a warning at best.
    wb = Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "只收录联合国文件中的术语"
    arms = wb.create_sheet("军备")
    arms.append(["中文", "英文"])
    arms.append(["小武器", "small arms"])
    arms.append(["弹药", "ammunition"])
    peace = wb.create_sheet("维和")
    peace.append(["中文", "英文", "备注"])
    peace.append(["维持和平", "peacekeeping", None])
    peace.append(["小武器", "small arms", "again"])
    peace.append(["维持和平", "peacekeeping", None])
    result = read(_save(wb), "subjects.xlsx", ReadPolicy.STRICT)
    concepts = result.glossary.concepts
    assert [next(c.terms())[1].text for c in concepts] == ["小武器", "弹药", "维持和平", "小武器"]
    assert len({c.id for c in concepts}) == 4
    assert concepts[3].id == make_concept_id("zh", "小武器#2")
    messages = [d.message for d in result.diagnostics]
    assert "sheet '维和': '小武器' is also a first term in sheet '军备'; read as concept " \
           f"'{concepts[3].id}'" in messages
    assert any(m.startswith("sheet '维和' row 4: ") for m in messages)  # located by sheet
    assert any(m.startswith("sheet '说明' is not read") for m in messages)


def test_an_id_written_in_two_sheets_is_refused() -> None:
    wb = Workbook()
    for title, term in (("A", "小武器"), ("B", "弹药")):
        ws = wb.active if title == "A" else wb.create_sheet(title)
        ws.title = title
        ws.append(["id", "中文", "英文"])
        ws.append(["c1", term, "x"])
    with pytest.raises(FormatError, match="sheet 'B': concept id 'c1' is also in sheet 'A'"):
        read(_save(wb), "two.xlsx", ReadPolicy.STRICT)


def test_each_sheet_s_header_is_found_once_where_the_sheets_are_chosen(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Choosing the sheets finds each one's header, and says whether it names an id
    # column; reading the sheets after the first found it a second time for that alone.
    import termbase.formats.xlsx as xlsx
    searched: list[str | None] = []

    def counted(r: Any) -> Any:
        searched.append(r.table.sheet)
        return original(r)

    original = xlsx.find_header
    monkeypatch.setattr(xlsx, "find_header", counted)
    wb = Workbook()
    for title, term in (("A", "小武器"), ("B", "弹药"), ("C", "维持和平")):
        ws = wb.active if title == "A" else wb.create_sheet(title)
        ws.title = title
        ws.append(["id", "中文", "英文"])
        ws.append([f"c{title}", term, "x"])
    assert len(read(_save(wb), "three.xlsx", ReadPolicy.STRICT).glossary.concepts) == 3
    assert searched == ["A", "B", "C"]


def test_a_bad_row_is_located_by_sheet_and_row() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["中文", "定义"])
    ws.append([None, "orphan definition"])
    with pytest.raises(FormatError, match="sheet 'Sheet1' row 2: no term") as info:
        read(_save(wb), "people.xlsx", ReadPolicy.STRICT)
    assert info.value.line == 2


@pytest.mark.parametrize(("data", "hint"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "save as 'Excel Workbook (.xlsx)'"),
    (b"\xef\xbb\xbf\xe4\xb8\xad\xe6\x96\x87,en\r\n", "is this an .xls"),
    (b"PK\x03\x04" + bytes(100), "save it again as .xlsx"),
])
def test_files_that_are_not_xlsx_are_refused_with_a_hint(data: bytes, hint: str) -> None:
    with pytest.raises(FormatError) as info:
        read(data, "old.xlsx", ReadPolicy.STRICT)
    assert info.value.hint is not None and hint in info.value.hint


def test_a_zip_that_is_not_a_workbook_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(FormatError, match="cannot open the workbook"):
        read(buffer.getvalue(), "x.xlsx", ReadPolicy.STRICT)


def _edit_part(data: bytes, part: str, edit: Any) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            body = src.read(name)
            dst.writestr(name, edit(body) if name == part else body)
    return out.getvalue()


_LAUGHS = (b'<!DOCTYPE worksheet [<!ENTITY a "LOL">'
           b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')


def test_a_sheet_declaring_entities_is_refused_not_expanded() -> None:
    # openpyxl (without defusedxml) expanded them: 'LOLLOL…' read as a column name.
    data = _edit_part(write(sample(), None), "xl/worksheets/sheet1.xml",
                      lambda xml: _LAUGHS + xml.replace(b"<t>", b"<t>&b;", 1))
    with pytest.raises(FormatError, match="entities") as caught:
        read(data, "g.xlsx", ReadPolicy.STRICT)
    assert "part xl/worksheets/sheet1.xml" in str(caught.value)


def _small_arms(repo_root: Path) -> Glossary:
    path = repo_root / "glossaries" / "small-arms.tbx"
    return get("tbx").read(path.read_bytes(), str(path), ReadPolicy.STRICT).glossary


def _pdf_pages(xlsx: bytes, folder: Path, soffice: str) -> tuple[int, bool]:
    """(pages, every page landscape) of the PDF LibreOffice makes of ``xlsx``."""
    (folder / "g.xlsx").write_bytes(xlsx)
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(folder / "g.xlsx")],
                   check=True, capture_output=True, timeout=300)
    pdf = (folder / "g.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    boxes = [tuple(map(float, b.split())) for b in
             re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+?)\s*\]", pdf)]
    return pages, bool(boxes) and all(x1 - x0 > y1 - y0 for x0, y0, x1, y1 in boxes)


# Excel glossaries that print: the layout rules, the page setup written, and the pages
# LibreOffice actually prints (skipped where soffice is not installed).

def test_the_workbook_is_set_up_for_landscape_pages_with_the_header_repeated(
        repo_root: Path) -> None:
    wb = load_workbook(io.BytesIO(get("xlsx").write(_small_arms(repo_root), None)))
    ws = wb["Glossary"]
    assert ws.page_setup.orientation == "landscape"
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert all(ws.row_dimensions[r].height for r in range(1, ws.max_row + 1))
    assert sum(ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMN") <= PAGE_BUDGET + 20


@pytest.mark.slow
def test_libreoffice_prints_the_glossary_sheet_on_a_few_landscape_pages(
        repo_root: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    wb = load_workbook(io.BytesIO(get("xlsx").write(_small_arms(repo_root), None)))
    for name in ("Terms", "Signature"):
        wb.remove(wb[name])
    out = io.BytesIO()
    wb.save(out)
    pages, landscape = _pdf_pages(out.getvalue(), tmp_path, soffice)
    # Before the print layout this sheet took 19 portrait pages, one column each
    # (benchmarks/excel_print.py); 58 concepts with long notes fit on about 6.
    assert 1 <= pages <= 8
    assert landscape
