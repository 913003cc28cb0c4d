"""Formula injection: the quote rule, its inverse, and every CSV/TSV/xlsx writer keeping it."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termbase.formats import get
from termbase.formats.base import ReadPolicy
from termbase.formats.cells import TRIGGERS, is_formula_like, neutralise, restore
from termbase.formats.csv import read, table_bytes, write, write_tsv
from termbase.model import Concept, Context, Definition, Glossary, LangSec, Term

PREFIXES = ["=", "+", "-", "@", "'", "'=", "''+", "'-", "-5 ", "@@", "=-"]


@pytest.mark.parametrize(("cell", "written"), [
    ("=SUM(A1)", "'=SUM(A1)"),
    ("+86 10", "'+86 10"),
    ("-based", "'-based"),
    ("@UN", "'@UN"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("\nx", "'\nx"),
    ("'=x", "''=x"),  # data that starts with a quote keeps it
    ("''-x", "'''-x"),
    ("'tis", "'tis"),  # a quote before harmless text is left alone
    ("'", "'"),
    ("", ""),
    ("a=b", "a=b"),
    ("小武器", "小武器"),
    ("-5", "-5"),  # a number is not a formula, and scores stay numbers
    ("-0.25", "-0.25"),
    ("-1e-05", "-1e-05"),
    ("+5", "'+5"),  # a spreadsheet would show '5'
    ("-5 rounds", "'-5 rounds"),
    ("-", "'-"),
])
def test_neutralise_and_restore(cell: str, written: str) -> None:
    assert neutralise(cell) == written
    assert restore(written) == cell
    assert not is_formula_like(written)


@given(st.text(alphabet=st.sampled_from(sorted(TRIGGERS | set("'ab5.e小")))))
def test_restore_inverts_neutralise_and_nothing_written_is_a_formula(cell: str) -> None:
    written = neutralise(cell)
    assert restore(written) == cell
    assert not is_formula_like(written)


@given(st.text(alphabet=st.sampled_from(sorted(TRIGGERS | set("'ab5")))))
def test_restore_changes_only_what_neutralise_can_produce(cell: str) -> None:
    # A cell neutralise leaves alone must come back as it is: restore never eats a quote
    # that was not added.
    if neutralise(cell) == cell:
        assert restore(cell) == cell


# --- glossaries through CSV/TSV ------------------------------------------------------------

_BODY = st.text(st.sampled_from(list("非法中介活动small arms5 (=)-'")), min_size=1,
                max_size=12).map(lambda s: " ".join(s.split())).filter(bool)
_RISKY = st.builds(lambda prefix, body: " ".join((prefix + body).split()),
                   st.sampled_from(PREFIXES), _BODY).filter(bool)


@st.composite
def risky_glossaries(draw: st.DrawFn) -> Glossary:
    concepts = []
    for i in range(draw(st.integers(1, 3))):
        zh = draw(st.lists(_RISKY, min_size=1, max_size=2, unique=True))
        en = draw(st.lists(_RISKY, min_size=1, max_size=2, unique=True))
        terms_en = tuple(Term(t, contexts=(Context(draw(_RISKY)),),
                              notes=tuple(draw(st.lists(_RISKY, max_size=2, unique=True))))
                         for t in en)
        concepts.append(Concept(
            id=f"c{i + 1}",
            lang_secs=(LangSec("zh", tuple(Term(t) for t in zh)),
                       LangSec("en", terms_en, definitions=(Definition(draw(_RISKY)),))),
            notes=tuple(draw(st.lists(_RISKY, max_size=2, unique=True)))))
    return Glossary(tuple(concepts))


def _cells(data: bytes, delimiter: str) -> list[str]:
    text = data.decode("utf-8-sig")
    return [c for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            for c in row]


@given(risky_glossaries())
def test_csv_round_trip_is_lossless_and_formula_free(glossary: Glossary) -> None:
    data = write(glossary, None)
    assert not any(is_formula_like(c) for c in _cells(data, ","))
    assert read(data, "g.csv", ReadPolicy.STRICT).glossary == glossary


@given(risky_glossaries())
def test_tsv_round_trip_is_lossless_and_formula_free(glossary: Glossary) -> None:
    data = write_tsv(glossary)
    assert not any(is_formula_like(c) for c in _cells(data, "\t"))
    assert read(data, "g.tsv", ReadPolicy.STRICT).glossary == glossary


def test_a_hand_made_csv_with_a_protective_quote_reads_as_the_text() -> None:
    data = "中文,英文\r\n'-型,'=based\r\n小武器,'tis\r\n".encode()
    glossary = read(data, "people.csv", ReadPolicy.STRICT).glossary
    assert [c.preferred("en").text for c in glossary] == ["=based", "'tis"]  # type: ignore[union-attr]
    assert glossary.concepts[0].preferred("zh").text == "-型"  # type: ignore[union-attr]


def test_table_bytes_quotes_text_cells_only() -> None:
    data = table_bytes([["term", "score"], ["=x", -1.5], ["-5", 3]])
    assert data == "\ufeffterm,score\r\n'=x,-1.5\r\n-5,3\r\n".encode()


# --- workbooks -------------------------------------------------------------------------------

def _sheet_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "".join(package.read(n).decode() for n in package.namelist()
                       if n.startswith("xl/worksheets/"))


def test_glossary_workbook_stores_formula_like_terms_as_quoted_text() -> None:
    from openpyxl import load_workbook

    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("=1+1"),)),
                                         LangSec("en", (Term("@SUM(A1)"),)))),))
    data = get("xlsx").write(glossary, None)
    assert "<f>" not in _sheet_xml(data)
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if c.value in ("=1+1", "@SUM(A1)")]
    assert len(cells) == 2
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert get("xlsx").read(data, "g.xlsx", ReadPolicy.STRICT).glossary == glossary


def _pairings() -> list[object]:
    from termbase.pair.pairer import Candidate, Example, TermPairing

    example = Example("=doc", 3, "-小武器", "=HYPERLINK(\"x\")")
    best = Candidate("=HYPERLINK(\"x\")", -0.5, 2, 2, 2, 0.5, 1.0, examples=(example,))
    return [TermPairing("-小武器", 4, (best,)), TermPairing("@非法", 1, (), "+too rare")]


def test_pairing_csv_and_review_workbook_hold_no_formula() -> None:
    from termbase.pair.render import to_csv, to_xlsx

    data = to_csv(_pairings())  # type: ignore[arg-type]
    cells = _cells(data, ",")
    assert "'-小武器" in cells and "'=HYPERLINK(\"x\")" in cells and "'+too rare" in cells
    assert "-0.5000" in cells  # a negative score stays a number
    assert not any(is_formula_like(c) for c in cells)
    assert "<f>" not in _sheet_xml(to_xlsx(_pairings(), None))  # type: ignore[arg-type]


def test_extraction_csv_and_workbook_hold_no_formula() -> None:
    from termbase.extract import Candidate
    from termbase.extract.render import render_csv, render_xlsx
    from termbase.signature import Signature

    candidates = [Candidate("=小武器", 1.5, 3, 2, ("ngram",)),
                  Candidate("-轻武器", -0.25, 2, 1, ("ngram",))]
    cells = _cells(render_csv(candidates), ",")
    assert "'=小武器" in cells and "'-轻武器" in cells and "-0.25" in cells
    assert not any(is_formula_like(c) for c in cells)
    assert "<f>" not in _sheet_xml(render_xlsx(candidates, Signature()))


def test_check_report_workbook_holds_no_formula() -> None:
    from termbase.check.checker import check_draft
    from termbase.check.draft import presplit_pair
    from termbase.check.reports import render_xlsx

    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),
                                         LangSec("en", (Term("=small arms"),)))),))
    draft = presplit_pair("=小武器的贸易。", "d.zh", "@trade in light weapons.", "d.en")
    result = check_draft(glossary, draft)
    assert result.findings
    data = render_xlsx(result)
    assert "<f>" not in _sheet_xml(data) and "@trade in light weapons." in _sheet_xml(data)
