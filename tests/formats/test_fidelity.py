"""What a file keeps: round-trip losses named, hand-made sheets never rewritten at a loss."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.errors import UsageError
from termbase.formats import get, write_glossary
from termbase.formats.fidelity import ROUND_TRIP_LOSS, check_rewrite, describe_losses, losses
from termbase.model import (
    Concept,
    Glossary,
    LangSec,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
)

BACK = (RefObjectSec("respPerson", (RefObject("US5001", (RefItem("fn", "Jane Doe"),)),)),)


def _glossary() -> Glossary:
    return Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),
                                    LangSec("en", (Term("small arms"),)),
                                    LangSec("en", (Term("small weapons"),)))),),
                    back_matter=BACK)


def hand_made_workbook(path: Path) -> None:
    """A sheet as a person makes it: an extra column, a free cell, a comment, a second sheet."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "术语"
    for row in (["中文", "英文", "负责人"], ["小武器", "small arms", "王老师"],
                ["轻武器", "light weapons", "李老师"]):
        ws.append(row)
    ws["A1"].font = Font(bold=True)
    ws["E7"] = "待核实"
    ws["B2"].comment = Comment("UNODA usage", "reviewer")
    wb.create_sheet("说明")["A1"] = "只收录联合国文件中的术语"
    wb.save(path)


@pytest.mark.parametrize("name", ["tbx", "json", "csv", "tsv", "xlsx"])
def test_every_format_keeps_back_matter_and_repeated_languages(name: str) -> None:
    assert losses(_glossary(), get(name)) == ()


def test_a_format_that_does_not_give_back_is_named_with_the_concept_and_field() -> None:
    # JSON can hold a note with a line break; a table splits it into two notes.
    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("小武器", notes=("一\n二",)),)),)),))
    found = losses(glossary, get("csv"), path="out.csv")
    assert [d.code for d in found] == [ROUND_TRIP_LOSS]
    assert "'c1' (langSecs[0].terms[0].notes" in found[0].message
    assert found[0].path == "out.csv"


def test_lost_back_matter_is_named() -> None:
    found = describe_losses(_glossary(), Glossary(_glossary().concepts), "csv")
    assert len(found) == 1 and "back matter (1 item(s))" in found[0].message


def test_a_hand_made_workbook_is_refused_naming_every_part(tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    hand_made_workbook(path)
    with pytest.raises(UsageError) as caught:
        check_rewrite(path)
    message = caught.value.message
    assert "sheet '说明' is not read" in message
    assert "column C '负责人'" in message
    assert "column E has no header" in message and "E7 '待核实'" in message
    assert "1 comment(s) (first at B2)" in message
    assert "layout and formatting" in message and "nothing was written" in message
    assert "termbase import people.xlsx --into G.tbx" in (caught.value.hint or "")


def test_a_hand_made_workbook_with_nothing_unread_is_still_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["中文", "英文"])
    wb.active.append(["小武器", "small arms"])
    path = tmp_path / "plain.xlsx"
    wb.save(path)
    with pytest.raises(UsageError, match="own layout and formatting"):
        check_rewrite(path)


def test_a_workbook_termbase_wrote_may_be_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "g.xlsx"
    write_glossary(_glossary(), path)
    assert check_rewrite(path) == ()


def test_a_house_workbook_with_a_sheet_added_is_refused(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "g.xlsx"
    write_glossary(_glossary(), path)
    wb = load_workbook(path)
    wb.create_sheet("Notes")["B2"] = "ask the Arabic section"
    wb.save(path)
    with pytest.raises(UsageError, match="sheet 'Notes' is not read"):
        check_rewrite(path)


def test_a_csv_with_an_unknown_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("序号,中文,英文,负责人\n1,小武器,small arms,王\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        check_rewrite(path)
    assert "column D '负责人'" in caught.value.message
    assert "column A '序号' is read as row numbers" in caught.value.message


def test_a_csv_whose_every_cell_is_read_may_be_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("中文,英文,备注\n小武器,small arms,UNODA\n", encoding="utf-8")
    assert check_rewrite(path) == ()


def test_a_tbx_target_returns_what_its_reader_does_not_keep(tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    data = get("tbx").write(_glossary(), None).replace(
        b"<fileDesc>", b"<fileDesc><publicationStmt><p>UNOG 2024</p></publicationStmt>")
    path.write_bytes(data)
    found = check_rewrite(path)
    assert [d.code for d in found] == ["TB230"] and "publicationStmt" in found[0].message


def test_a_missing_target_needs_no_check(tmp_path: Path) -> None:
    assert check_rewrite(tmp_path / "new.xlsx") == ()


def test_a_tbx_loss_never_advises_exporting_as_tbx() -> None:
    # A control character XML cannot hold: TBX drops it, and the hint said "export as TBX".
    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("小\x01武器"),)),)),))
    (found,) = losses(glossary, get("tbx"))
    assert "'c1'" in found.message and "TBX" not in (found.hint or "")
    assert "JSON" in (found.hint or "")
