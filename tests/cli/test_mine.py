"""``termbase mine`` and the import of a reviewed sheet into a glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main
from termbase.formats import read_glossary
from termbase.formats.review import ReviewRow, is_review_workbook, write_review

EXAMPLE = ("synthetic, line 4", "大会通过了《行动纲领》。",
           "The General Assembly adopted the Programme of Action.")


def _sheet(path: Path) -> Path:
    rows = [ReviewRow("行动纲领", "Programme of Action", 0.9, 4, 4, ("Plan",), (EXAMPLE,)),
            ReviewRow("大会", "Assembly", 0.5, 4, 5, (), (EXAMPLE,)),
            ReviewRow("秘书长", "Secretary-General", 0.9, 3, 3, (), ()),
            ReviewRow("罕见术语", "", None, None, 1, (), (), "too little evidence")]
    path.write_bytes(write_review(rows, None))
    return path


def _review(path: Path, decisions: dict[int, tuple[str, str]]) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["Review"]
    for row, (accept, corrected) in decisions.items():
        ws.cell(row=row, column=7, value=accept)
        ws.cell(row=row, column=8, value=corrected or None)
    wb.save(path)


def test_review_sheet_has_a_dropdown_and_is_recognised(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = _sheet(tmp_path / "r.xlsx")
    assert is_review_workbook(path.read_bytes())
    ws = load_workbook(path)["Review"]
    validations = ws.data_validations.dataValidation
    assert validations and validations[0].formula1 == '"yes,no"'


def test_import_adds_accepted_pairs_with_evidence(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _sheet(tmp_path / "r.xlsx")
    _review(path, {2: ("yes", ""), 3: ("yes", "General Assembly"), 4: ("no", "")})
    target = tmp_path / "g.tbx"
    assert main(["import", str(path), "--into", str(target)]) == 0
    assert "2 added" in capsys.readouterr().out
    glossary = read_glossary(target).glossary
    pairs = {c.preferred("zh").text: c.preferred("en").text  # type: ignore[union-attr]
             for c in glossary.concepts}
    assert pairs == {"行动纲领": "Programme of Action", "大会": "General Assembly"}
    concept = next(c for c in glossary.concepts if c.preferred("zh").text == "行动纲领")  # type: ignore[union-attr]
    en = concept.preferred("en")
    assert en is not None and en.contexts[0].source == "synthetic, line 4"
    assert en.sources == ("synthetic",)
    # Importing again changes nothing: the same merge as any glossary import.
    assert main(["import", str(path), "--into", str(target)]) == 0
    assert "no change" in capsys.readouterr().out


def test_bad_review_values_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    path = _sheet(tmp_path / "r.xlsx")
    _review(path, {2: ("maybe", "")})
    assert main(["import", str(path), "--into", str(tmp_path / "g.tbx")]) == EXIT_BAD_INPUT
    assert "not yes or no" in capsys.readouterr().err
    _review(path, {2: ("", ""), 5: ("yes", "")})
    assert main(["import", str(path), "--into", str(tmp_path / "g.tbx")]) == EXIT_BAD_INPUT
    assert "no en equivalent" in capsys.readouterr().err
    assert main(["import", str(path), "--into", str(tmp_path / "g.tbx"),
                 "--on-bad-entry", "skip"]) == 0


@pytest.mark.slow
def test_mine_on_the_un_test_set(shared: Path, tmp_path: Path) -> None:
    base = shared / "corpus" / "unv1-testset"
    out = tmp_path / "mined.xlsx"
    assert main(["mine", "--zh", str(base / "UNv1.0.testset.zh-segmented"), "--en",
                 str(base / "UNv1.0.testset.en"), "-o", str(out), "--max-terms", "40",
                 "--jobs", "1"]) == 0
    from openpyxl import load_workbook

    rows = list(load_workbook(out)["Review"].iter_rows(values_only=True))
    proposals = {r[0]: r[1] for r in rows[1:]}
    assert proposals.get("安全理事会") == "Security Council"
    # 40 concepts; their variants (short forms) are paired on their own rows.
    assert len(rows) > 41


@pytest.mark.parametrize("name", ["review.csv", "review.tbx", "review"])
def test_mine_refuses_an_output_that_is_not_named_xlsx(tmp_path: Path, name: str,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    # The workbook was written under any name: 'import review.csv' then read it as text.
    zh, en = tmp_path / "c.zh", tmp_path / "c.en"
    zh.write_text("小武器。\n", encoding="utf-8")
    en.write_text("Small arms.\n", encoding="utf-8")
    out = tmp_path / name
    assert main(["mine", "--zh", str(zh), "--en", str(en), "-o", str(out)]) == EXIT_BAD_INPUT
    assert "name the output .xlsx" in capsys.readouterr().err
    assert not out.exists()


def test_a_formula_typed_by_the_reviewer_is_refused_not_replaced_by_the_proposal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _sheet(tmp_path / "r.xlsx")
    # No spreadsheet computed it, so its value read as blank and the proposed
    # 'Assembly' was imported in place of the reviewer's correction.
    _review(path, {3: ("yes", '=PROPER("general assembly")')})
    target = tmp_path / "g.tbx"
    assert main(["import", str(path), "--into", str(target)]) == EXIT_BAD_INPUT
    assert "'corrected en' holds a formula" in capsys.readouterr().err
    assert not target.exists()


def test_mine_warns_of_shifted_lines_unless_told_to_trust_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundled = Path(__file__).resolve().parents[2] / "data" / "parallel"
    zh_lines = (bundled / "un2023-peace.zh").read_text(encoding="utf-8").splitlines()[:80]
    en_lines = (bundled / "un2023-peace.en").read_text(encoding="utf-8").splitlines()[:81]
    del en_lines[55]  # every pair from line 56 on is shifted by one
    zh, en = tmp_path / "p.zh", tmp_path / "p.en"
    zh.write_text("\n".join(zh_lines) + "\n", encoding="utf-8")
    en.write_text("\n".join(en_lines[:80]) + "\n", encoding="utf-8")
    base = ["mine", "--zh", str(zh), "--en", str(en), "--max-terms", "20", "--jobs", "1"]
    assert main([*base, "-o", str(tmp_path / "a.xlsx")]) == 0
    assert "TB603" in capsys.readouterr().err
    assert main([*base, "-o", str(tmp_path / "b.xlsx"), "--trust-alignment"]) == 0
    assert "TB603" not in capsys.readouterr().err
