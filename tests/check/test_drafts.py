from __future__ import annotations

from pathlib import Path

import pytest

from termbase.check.drafts import read_draft
from termbase.errors import FormatError, InputError, UsageError


def test_monolingual_txt_language_detected(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("第一行。\n\n第三行，会员国。\n", encoding="utf-8")
    draft = read_draft(path)
    assert draft.source_lang == "zh" and not draft.bilingual
    assert [(u.source[0].line, u.source[0].text) for u in draft.units] == [
        (1, "第一行。"), (3, "第三行，会员国。")]


def test_docx_located_by_paragraph(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("The Review Conference met.")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Member States in a table."
    path = tmp_path / "d.docx"
    document.save(str(path))
    draft = read_draft(path)
    assert draft.source_lang == "en"
    assert [(u.source[0].paragraph, u.source[0].line) for u in draft.units] == [
        (1, None), (2, None)]


def test_presplit_pair(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("审查大会。\n会员国。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Review Conference.\nMember States.\n", encoding="utf-8")
    draft = read_draft(tmp_path / "a.txt", target=tmp_path / "b.txt", presplit=True)
    assert (draft.source_lang, draft.target_lang, len(draft.units)) == ("zh", "en", 2)


def test_presplit_unequal_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("审查大会。\n会员国。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Review Conference.\n", encoding="utf-8")
    with pytest.raises(InputError, match="line-aligned"):
        read_draft(tmp_path / "a.txt", target=tmp_path / "b.txt", presplit=True)


def test_same_language_pair_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Review Conference.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Member States.\n", encoding="utf-8")
    with pytest.raises(InputError, match="both look like"):
        read_draft(tmp_path / "a.txt", target=tmp_path / "b.txt", presplit=True)


def test_xlsx_by_header_and_by_script(tmp_path: Path) -> None:
    from openpyxl import Workbook

    for header in (["English", "中文"], None):
        wb = Workbook()
        ws = wb.active
        if header:
            ws.append(header)
        ws.append(["The Review Conference.", "审查大会。"])
        ws.append(["Member States.", "会员国。"])
        path = tmp_path / "d.xlsx"
        wb.save(path)
        draft = read_draft(path)
        assert (draft.source_lang, draft.target_lang) == ("en", "zh")
        first = draft.units[0]
        assert first.source[0].text == "The Review Conference."
        assert first.source[0].line == (2 if header else 1)


def test_xlsx_without_recognisable_columns(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["a", "b"])
    wb.save(tmp_path / "d.xlsx")
    with pytest.raises(FormatError, match="which column"):
        read_draft(tmp_path / "d.xlsx")


def test_tmx(tmp_path: Path) -> None:
    path = tmp_path / "d.tmx"
    path.write_text(
        '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh" datatype="plaintext" '
        'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" '
        'o-tmf="t"/>\n<body>\n<tu><tuv xml:lang="zh"><seg>审查大会。</seg></tuv>'
        '<tuv xml:lang="en"><seg>The Review Conference.</seg></tuv></tu>\n</body></tmx>\n',
        encoding="utf-8")
    draft = read_draft(path)
    assert (draft.source_lang, draft.target_lang) == ("zh", "en")
    assert draft.units[0].target[0].text == "The Review Conference."
    assert draft.units[0].source[0].line == 4


def test_malformed_tmx(tmp_path: Path) -> None:
    path = tmp_path / "d.tmx"
    path.write_text("<tmx>\n<header>", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_draft(path)
    assert info.value.line is not None


def test_bilingual_file_with_target_refused(tmp_path: Path) -> None:
    (tmp_path / "d.tmx").write_text("<tmx/>", encoding="utf-8")
    with pytest.raises(UsageError, match="already bilingual"):
        read_draft(tmp_path / "d.tmx", target=tmp_path / "x.txt")


def test_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="cannot check"):
        read_draft(tmp_path / "d.pdf")
