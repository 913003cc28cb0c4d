"""Excel glossaries that print: the layout rules, the page setup written, and the pages
LibreOffice actually prints (skipped where soffice is not installed)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from termbase.formats import get
from termbase.formats.base import ReadPolicy
from termbase.formats.tabular import write
from termbase.formats.tabular.write import (
    LINE_HEIGHT,
    PAGE_BUDGET,
    column_widths,
    display_width,
    line_count,
    row_heights,
)
from termbase.model import Glossary

TITLE = "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》"
NOTE = ("Chinese titles of instruments and documents are recorded with their marks "
        "exactly as the resolutions write them. ") * 4


def _small_arms(repo_root: Path) -> Glossary:
    path = repo_root / "glossaries" / "small-arms.tbx"
    return get("tbx").read(path.read_bytes(), str(path), ReadPolicy.STRICT).glossary


def test_a_narrow_table_keeps_each_column_at_its_longest_line() -> None:
    rows = [["ID", "zh", "en"], ["sa-poa", "行动纲领", "Programme of Action"]]
    assert column_widths(rows, {1}) == [8, 10, 21]


def test_a_wide_table_fits_the_page_and_a_full_title_gets_room() -> None:
    header = ["ID", "zh", "en", *(f"note {i}" for i in range(12))]
    rows = [header, *(["c1", TITLE, "Programme of Action", *[NOTE] * 12] for _ in range(5))]
    widths = column_widths(rows, {1, 2})
    assert sum(widths) <= PAGE_BUDGET
    # Every column keeps at least the width of its header's longest word.
    assert all(w >= display_width(h.split()[0]) + 2 for w, h in zip(widths, header,
                                                                     strict=True))
    # The title column is among the widest: a title broken over many lines is unreadable.
    assert widths[1] >= sorted(widths)[-3]


def test_each_sample_cell_is_wrapped_once_per_width_tried(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Every step of the widening tries each growable column one step wider; wrapping its
    # cells again at a width already tried made the layout most of the time 'termbase
    # build' takes to write its workbooks.
    calls: Counter[tuple[str, int]] = Counter()
    wrap = write.line_count

    def counted(text: str, width: int) -> int:
        calls[(text, width)] += 1
        return wrap(text, width)

    monkeypatch.setattr(write, "line_count", counted)
    header = ["ID", "zh", "en", *(f"note {i}" for i in range(12))]
    rows = [header, *([f"c{r}", f"{TITLE}{r}", f"Programme of Action {r}",
                       *(f"{NOTE}{r}.{c}" for c in range(12))] for r in range(5))]
    widths = column_widths(rows, {1, 2})
    assert sum(widths) <= PAGE_BUDGET
    assert calls and max(calls.values()) == 1


def test_display_width_counts_characters_from_the_cjk_radicals_on_as_two() -> None:
    assert display_width("UN") == 2
    assert display_width("é\u2e80") == 2  # below the CJK radicals: narrow
    assert display_width("\u2e81行动") == 6
    assert display_width("𠀀a") == 3  # outside the basic plane too


def test_row_heights_fit_every_wrapped_cell() -> None:
    rows = [["ID", "note"], ["c1", NOTE], ["c2", "short\nsecond line"]]
    widths = [8, 30]
    heights = row_heights(rows, widths)
    assert heights[1] == LINE_HEIGHT * line_count(NOTE, 30) > LINE_HEIGHT * 5
    assert heights[2] == 2 * LINE_HEIGHT
    # A CJK character takes two columns: 33 of them do not fit in 40.
    assert line_count(TITLE, 40) == 2


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
