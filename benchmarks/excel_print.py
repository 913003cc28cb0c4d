"""Excel glossaries on paper: pages LibreOffice prints for each sheet, termbase's print
layout beside the same workbook without it (the baseline, built in the same run).

Run: ``.venv/bin/python benchmarks/excel_print.py`` (needs ``soffice``: Debian's
libreoffice-calc-nogui; ``pdftotext`` from poppler-utils is not needed).

Glossaries: the shipped small-arms.tbx and :mod:`lookup_latency`'s generated one
(300 concepts, long English names and Chinese titles). The baseline is the workbook
termbase writes with the print layout taken out again: no page setup, no row heights,
column widths as before (longest line + 2, between 8 and 60), which is what the
export wrote until the layout was added. Each sheet is converted on its own (the
other sheets removed), so the counts are per sheet; a person prints the Glossary sheet.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lookup_latency import make_glossary

ROOT = Path(__file__).resolve().parent.parent


def _baseline(data: bytes) -> bytes:
    from openpyxl import load_workbook
    from openpyxl.worksheet.page import PageMargins, PrintPageSetup
    from openpyxl.worksheet.properties import PageSetupProperties

    from termbase.formats.tabular.write import display_width

    wb = load_workbook(io.BytesIO(data))
    for ws in wb.worksheets:
        ws.page_setup = PrintPageSetup(worksheet=ws)
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
        ws.print_title_rows = None
        ws.print_options.gridLines = False
        ws.page_margins = PageMargins()
        ws.oddFooter.center.text = None
        for dim in list(ws.row_dimensions.values()):
            dim.height = None
        for column in ws.iter_cols():
            longest = max((display_width(line) for cell in column if cell.value
                           for line in str(cell.value).split("\n")), default=0)
            ws.column_dimensions[column[0].column_letter].width = min(max(longest + 2, 8), 60)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _only(data: bytes, sheet: str) -> bytes:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    for ws in list(wb.worksheets):
        if ws.title != sheet:
            wb.remove(ws)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def pdf_pages(xlsx: bytes, folder: Path, soffice: str) -> int:
    """Pages LibreOffice prints for the workbook ``xlsx``."""
    src = folder / "sheet.xlsx"
    src.write_bytes(xlsx)
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(src)],
                   check=True, capture_output=True, timeout=300)
    pdf = (folder / "sheet.pdf").read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def main() -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("needs soffice (apt-get install libreoffice-calc-nogui)", file=sys.stderr)
        return 2
    from termbase.formats import get
    from termbase.formats.base import ReadPolicy

    tbx = ROOT / "glossaries" / "small-arms.tbx"
    glossaries = {
        "small-arms.tbx (58 concepts)": get("tbx").read(tbx.read_bytes(), str(tbx),
                                                         ReadPolicy.STRICT).glossary,
        "generated (300 concepts)": make_glossary(300, 7),
    }
    xlsx = get("xlsx")
    print(f"{'glossary':<30} {'sheet':<10} {'baseline':>9} {'termbase':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, glossary in glossaries.items():
            ours = xlsx.write(glossary, None)
            base = _baseline(ours)
            for sheet in ("Glossary", "Terms", "Signature"):
                before = pdf_pages(_only(base, sheet), folder, soffice)
                after = pdf_pages(_only(ours, sheet), folder, soffice)
                print(f"{name:<30} {sheet:<10} {before:>9} {after:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
