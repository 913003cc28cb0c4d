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


def test_sides_named_by_language_as_parallel_corpora_name_them_are_plain_text(
        tmp_path: Path) -> None:
    # UNv1.0.testset.zh / .en, MultiUN and Moses corpora: each side's suffix is its language.
    (tmp_path / "d.zh").write_text("审查大会。\n会员国。\n", encoding="utf-8")
    (tmp_path / "d.en").write_text("Review Conference.\nMember States.\n", encoding="utf-8")
    draft = read_draft(tmp_path / "d.zh", target=tmp_path / "d.en", presplit=True)
    assert (draft.source_lang, draft.target_lang, len(draft.units)) == ("zh", "en", 2)
    assert read_draft(tmp_path / "d.en").source_lang == "en"


def test_presplit_files_with_old_mac_line_ends(tmp_path: Path) -> None:
    # CR alone ends a line as LF and CRLF do: two lines each, not one.
    (tmp_path / "a.txt").write_bytes("审查大会。\r会员国。\r".encode())
    (tmp_path / "b.txt").write_bytes(b"Review Conference.\rMember States.\r")
    draft = read_draft(tmp_path / "a.txt", target=tmp_path / "b.txt", presplit=True)
    assert [(u.source[0].line, u.target[0].text) for u in draft.units] == [
        (1, "Review Conference."), (2, "Member States.")]


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
    with pytest.raises(InputError, match="cannot check") as info:
        read_draft(tmp_path / "d.pdf")
    assert ".zh" in (info.value.hint or "")


# --- direction and languages told by the file's units ------------------------------------

def _tmx(header_srclang: str, units: list[str]) -> str:
    return ('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="' + header_srclang
            + '" datatype="plaintext" segtype="sentence" o-tmf="t" adminlang="en" '
            'creationtool="t" creationtoolversion="1"/>\n<body>\n' + "\n".join(units)
            + "\n</body></tmx>\n")


def _tu(first: tuple[str, str], second: tuple[str, str], srclang: str = "") -> str:
    attr = f' srclang="{srclang}"' if srclang else ""
    return (f'<tu{attr}><tuv xml:lang="{first[0]}"><seg>{first[1]}</seg></tuv>'
            f'<tuv xml:lang="{second[0]}"><seg>{second[1]}</seg></tuv></tu>')


ZH_EN = (("zh-CN", "审查大会开幕。"), ("en-US", "The Review Conference opened."))
ZH_EN2 = (("zh-CN", "会员国发言。"), ("en-US", "Member States spoke."))


def test_tmx_direction_is_the_units_not_a_contradicting_header(tmp_path: Path) -> None:
    path = tmp_path / "m.tmx"
    path.write_text(_tmx("en-US", [_tu(*ZH_EN), _tu(*ZH_EN2)]), encoding="utf-8")
    draft = read_draft(path)
    assert (draft.source_lang, draft.target_lang) == ("zh", "en")
    assert draft.units[0].source[0].text == "审查大会开幕。"
    [note] = [d for d in draft.diagnostics if d.code == "TB638"]
    assert 'srclang="en-US"' in note.message and "2 of 2" in note.message


def test_tmx_direction_from_each_unit_majority_wins(tmp_path: Path) -> None:
    path = tmp_path / "m.tmx"
    reversed_unit = _tu(ZH_EN2[1], ZH_EN2[0])  # English first: written from English
    explicit = _tu(ZH_EN[1], ZH_EN[0], srclang="zh-CN")  # its own srclang decides
    path.write_text(_tmx("*all*", [_tu(*ZH_EN), explicit, reversed_unit]), encoding="utf-8")
    draft = read_draft(path)
    assert (draft.source_lang, draft.target_lang) == ("zh", "en")
    assert [u.source[0].text for u in draft.units] == ["审查大会开幕。", "审查大会开幕。",
                                                       "会员国发言。"]
    [note] = [d for d in draft.diagnostics if d.code == "TB638"]
    assert "1 unit(s) written the other way round" in note.message


def test_tmx_written_from_english_stays_english_first(tmp_path: Path) -> None:
    path = tmp_path / "m.tmx"
    path.write_text(_tmx("en", [_tu(ZH_EN[1], ZH_EN[0]), _tu(ZH_EN2[1], ZH_EN2[0])]),
                    encoding="utf-8")
    draft = read_draft(path)
    assert (draft.source_lang, draft.target_lang) == ("en", "zh")
    assert draft.units[0].source[0].text == "The Review Conference opened."
    assert [d for d in draft.diagnostics if d.code == "TB638"] == []


def test_tmx_header_does_not_invert_findings(tmp_path: Path) -> None:
    from termbase import api
    from termbase.model import Concept, Glossary, LangSec, Term, TermStatus

    glossary = Glossary((Concept("ms", (
        LangSec("zh", (Term("会员国"),)),
        LangSec("en", (Term("Member State"), Term("member country", TermStatus.DEPRECATED))))),
    ))
    units = [_tu(("zh", "会员国于2013年发言。"), ("en", "Member countries spoke in 2014."))]
    findings = {}
    for header in ("zh", "en"):
        path = tmp_path / f"{header}.tmx"
        path.write_text(_tmx(header, units), encoding="utf-8")
        result = api.check_draft(path, glossary=glossary)
        findings[header] = [(f.kind, f.lang, f.term) for f in result.findings]
    assert findings["en"] == findings["zh"] and findings["zh"]


XLIFF_11 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">
<file source-language="zh-CN"{target} datatype="plaintext" original="d"><body>
<trans-unit id="1"><source>审查大会开幕。</source>{t1}</trans-unit>
<trans-unit id="2"><source>会员国发言。</source>{t2}</trans-unit>
</body></file></xliff>
"""


def _xliff(tmp_path: Path, *, target: str = ' target-language="en-US"',
           t1: str = "<target>The Review Conference opened.</target>",
           t2: str = "<target>Member States spoke.</target>") -> Path:
    path = tmp_path / "d.xlf"
    path.write_text(XLIFF_11.format(target=target, t1=t1, t2=t2), encoding="utf-8")
    return path


def test_xliff_11_is_read(tmp_path: Path) -> None:
    draft = read_draft(_xliff(tmp_path))
    assert (draft.source_lang, draft.target_lang) == ("zh", "en")
    assert [(u.source[0].text, u.target[0].text) for u in draft.units][1] == (
        "会员国发言。", "Member States spoke.")
    assert ("draft", "xliff 1.1") in draft.settings


def test_xliff_target_language_told_by_its_translations(tmp_path: Path) -> None:
    draft = read_draft(_xliff(tmp_path, target=""))
    assert (draft.source_lang, draft.target_lang) == ("zh", "en")
    [note] = [d for d in draft.diagnostics if d.code == "TB639"]
    assert "'en'" in note.message and "written in it" in note.message
    nothing = read_draft(_xliff(tmp_path, target="", t1="", t2="<target/>"))
    assert nothing.target_lang == "en"
    assert any("other language" in d.message for d in nothing.diagnostics)


def test_xliff_target_language_that_nothing_tells_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="names no target language") as raised:
        read_draft(_xliff(tmp_path, target="", t1="<target>会议 conference 开幕 opened</target>",
                          t2=""))
    assert raised.value.path is not None and raised.value.path.endswith("d.xlf")


def test_no_bilingual_format_claims_a_text_suffix() -> None:
    # read_draft reads .txt and .docx as text without looking through the bilingual
    # formats (whose modules it would otherwise all import).
    from termbase import formats

    claimed = {s for name in formats.bitext_names()
               for s in formats.get_bitext(name).suffixes}
    assert claimed and not claimed & {".txt", ".docx"}
