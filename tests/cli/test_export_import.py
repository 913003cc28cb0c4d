"""``termbase export`` and ``termbase import``: formats, merging, conflicts, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, EXIT_FINDINGS, main
from termbase.formats import read_glossary, write_glossary
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus


def _glossary(en: str = "illicit brokering") -> Glossary:
    return Glossary((Concept("sa-brokering", (
        LangSec("zh", (Term("非法中介活动"), Term("非法经纪活动", TermStatus.SUPERSEDED))),
        LangSec("en", (Term(en),)),
    )),), title="test")


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    store = tmp_path / "glossaries"
    store.mkdir()
    write_glossary(_glossary(), store / "main.tbx")
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(store))
    return store


@pytest.mark.parametrize("fmt", ["tbx", "xlsx", "csv", "tsv", "json"])
def test_export_round_trips_the_shipped_glossary(stored: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(out)]) == 0
    assert read_glossary(out).glossary == _glossary()


def test_export_by_store_name_and_from_suffix(stored: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.json"
    assert main(["export", "--glossary", "main", "-o", str(out)]) == 0
    assert "1 concepts, 3 terms" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["signature"]["inputs"].keys() == {"main.tbx"}


def test_export_without_glossary_writes_every_stored_one_as_its_help_says(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The help said "default: the shipped ones"; the store's project and user glossaries
    # are exported too, as by every command given no --glossary.
    other = Glossary((Concept("wco", (LangSec("zh", (Term("世界海关组织"),)),
                                      LangSec("en", (Term("World Customs Organization"),)))),),
                     title="other")
    write_glossary(other, stored / "other.tbx")
    assert main(["export", "-o", str(tmp_path / "all.json")]) == 0
    assert "2 concepts" in capsys.readouterr().out
    assert main(["export", "--help"]) == 0
    summary = capsys.readouterr().out.split("Options:")[0]
    assert "every stored glossary" in summary and "shipped" not in summary


def test_export_of_unknown_glossary_is_a_clear_error(stored: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--glossary", "nope", "-o", str(tmp_path / "x.tbx")]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "no glossary file or stored glossary named 'nope'" in err and "main" in err


def test_import_adds_new_concepts_into_a_stored_glossary(stored: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.csv"
    extra.write_text("中文,英文\n世界海关组织,World Customs Organization\n", encoding="utf-8")
    assert main(["import", str(extra), "--into", "main"]) == 0
    merged = read_glossary(stored / "main.tbx").glossary
    assert [c.preferred("en").text for c in merged if c.preferred("en")] == [
        "illicit brokering", "World Customs Organization"]


def test_import_conflict_is_reported_and_file_left_unchanged(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (stored / "main.tbx").read_bytes()
    other = tmp_path / "other.json"
    write_glossary(_glossary("illicit brokering activities"), other)
    assert main(["import", str(other), "--into", "main"]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "1 conflicts" in out and "illicit brokering activities" in out
    assert (stored / "main.tbx").read_bytes() == before


def test_import_dry_run_writes_nothing(stored: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = (stored / "main.tbx").read_bytes()
    extra = tmp_path / "extra.csv"
    extra.write_text("zh,en\n武器贸易条约,Arms Trade Treaty\n", encoding="utf-8")
    assert main(["import", str(extra), "--into", "main", "--dry-run", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["written"] is False and len(report["added"]) == 1
    assert (stored / "main.tbx").read_bytes() == before


def test_import_of_a_non_glossary_fails_cleanly(stored: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.tbx"
    bad.write_text("<html><body>not a glossary</body></html>", encoding="utf-8")
    before = (stored / "main.tbx").read_bytes()
    assert main(["import", str(bad), "--into", "main"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "notes.tbx" in err and "Traceback" not in err
    assert (stored / "main.tbx").read_bytes() == before


@pytest.mark.parametrize("name", ["terms.csv", "terms.tsv", "terms.tbx"])
def test_a_glossary_that_holds_no_concept_is_refused_by_import_and_lookup(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    # A header row and nothing under it was '0 added' with exit 0 (a blank sheet is an
    # error), and 'lookup -g' searched 0 concepts.
    empty = tmp_path / name
    if name.endswith(".tbx"):
        write_glossary(Glossary(), empty)
    else:
        sep = "\t" if name.endswith(".tsv") else ","
        empty.write_text(f"中文{sep}English\n", encoding="utf-8")
    before = (stored / "main.tbx").read_bytes()
    for argv in (["import", str(empty), "--into", "main"],
                 ["import", str(empty), "--into", str(tmp_path / "new.tbx")],
                 ["lookup", "-g", str(empty), "小武器"]):
        assert main(argv) == EXIT_BAD_INPUT
        err = capsys.readouterr().err
        assert f"{name}: the glossary holds no concept" in err
        assert "one row per term under its header row" in err
    assert (stored / "main.tbx").read_bytes() == before
    assert not (tmp_path / "new.tbx").exists()


def test_import_creates_a_new_glossary_file(tmp_path: Path) -> None:
    src = tmp_path / "in.json"
    write_glossary(_glossary(), src)
    target = tmp_path / "new.xlsx"
    assert main(["import", str(src), "--into", str(target)]) == 0
    assert read_glossary(target).glossary.concepts == _glossary().concepts


# --- hand-made targets and what TBX has beyond the entries --------------------------------

def _people_workbook(path: Path) -> None:
    """A workbook as a person makes it: an extra column, an extra sheet, a free cell."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "术语"
    for row in (["中文", "英文", "负责人"], ["小武器", "small arms", "王老师"]):
        ws.append(row)
    ws["F9"] = "待核实"
    wb.create_sheet("说明")["A1"] = "只收录联合国文件中的术语"
    wb.save(path)


def test_import_into_a_hand_made_workbook_refuses_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = tmp_path / "people.xlsx"
    _people_workbook(people)
    before = people.read_bytes()
    src = tmp_path / "in.json"
    write_glossary(_glossary(), src)
    assert main(["import", str(src), "--into", str(people)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "people.xlsx" in err and "Traceback" not in err
    assert "sheet '说明' is not read" in err and "column C '负责人'" in err
    assert "F9 '待核实'" in err and "--into G.tbx" in err
    assert people.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "people.xlsx"]


def test_a_hand_made_workbook_goes_through_tbx_as_the_refusal_says(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    people = tmp_path / "people.xlsx"
    _people_workbook(people)
    src = tmp_path / "in.json"
    write_glossary(_glossary(), src)
    glossary = tmp_path / "G.tbx"
    assert main(["import", str(people), "--into", str(glossary)]) == 0
    assert main(["import", str(src), "--into", str(glossary)]) == 0
    merged = read_glossary(glossary).glossary
    assert {c.preferred("zh").text for c in merged if c.preferred("zh")} == {
        "小武器", "非法中介活动"}
    # The person's workbook is untouched: its extra column, sheet and free cell remain.
    wb = load_workbook(people)
    assert wb.sheetnames == ["术语", "说明"]
    assert wb["术语"]["C2"].value == "王老师" and wb["术语"]["F9"].value == "待核实"


def test_import_into_a_csv_with_an_unknown_column_refuses(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = tmp_path / "people.csv"
    people.write_text("中文,英文,负责人\n小武器,small arms,王老师\n", encoding="utf-8")
    before = people.read_bytes()
    src = tmp_path / "in.json"
    write_glossary(_glossary(), src)
    assert main(["import", str(src), "--into", str(people)]) == EXIT_BAD_INPUT
    assert "column C '负责人'" in capsys.readouterr().err
    assert people.read_bytes() == before


_BACK_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>UNOG</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <transacGrp>
          <transac type="transactionType">origination</transac>
          <transacNote type="responsibility" target="US5001">Jane</transacNote>
        </transacGrp>
        <langSec xml:lang="zh"><termSec><term>小武器</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>small arms</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>small weapons</term></termSec></langSec>
      </conceptEntry>
    </body>
    <back>
      <refObjectSec type="respPerson">
        <refObject id="US5001"><item type="fn">Jane Doe</item></refObject>
      </refObjectSec>
    </back>
  </text>
</tbx>
"""


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "tsv", "json"])
def test_back_matter_and_repeated_languages_survive_export_and_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    source = tmp_path / "source.tbx"
    source.write_text(_BACK_TBX, encoding="utf-8")
    original = read_glossary(source).glossary
    middle, final = tmp_path / f"middle.{fmt}", tmp_path / "final.tbx"
    assert main(["export", "--glossary", str(source), "-o", str(middle)]) == 0
    assert main(["import", str(middle), "--into", str(final)]) == 0
    assert "TB237" not in capsys.readouterr().err
    back = read_glossary(final).glossary
    assert back == original
    assert back.back_matter[0].objects[0].items[0].text == "Jane Doe"
    assert [s.lang for s in back.concepts[0].lang_secs] == ["zh", "en", "en"]
    assert b'target="US5001"' in final.read_bytes()


def test_export_warns_about_what_the_format_does_not_keep(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "g.json"
    source.write_text(json.dumps({"concepts": [{"id": "c1", "langSecs": [
        {"lang": "zh", "terms": [{"text": "小武器", "notes": ["一\n二"]}]}]}]}),
        encoding="utf-8")
    assert main(["export", "--glossary", str(source), "-o", str(tmp_path / "g.csv")]) == 0
    err = capsys.readouterr().err
    assert "TB237" in err and "'c1'" in err and "notes" in err


@pytest.mark.parametrize(("direction", "first"), [(None, "非法中介活动\tillicit brokering"),
                                                  ("en-zh", "illicit brokering\t非法中介活动")])
def test_export_omegat_in_either_direction(stored: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           direction: str | None, first: str) -> None:
    out = tmp_path / "glossary.utf8"
    args = ["export", "-o", str(out)] + (["--direction", direction] if direction else [])
    assert main(args) == 0
    lines = [ln for ln in out.read_text("utf-8").splitlines() if not ln.startswith("#")]
    assert lines[0].startswith(first)
    if direction is None:
        # The superseded source term is kept, with the term to use.
        assert "非法经纪活动\tillicit brokering\tsuperseded, use 非法中介活动; concept " \
               "sa-brokering" in lines
    # One note on what a CAT glossary leaves out, not a list of every concept.
    assert capsys.readouterr().err.count("[TB237]") == 1
    assert read_glossary(out).glossary.source_lang == (direction or "zh-en")[:2]


def test_export_tbx2008_english_to_chinese(stored: Path, tmp_path: Path) -> None:
    out = tmp_path / "cat.tbx"
    assert main(["export", "-f", "tbx2008", "-d", "en-zh", "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert text.index('xml:lang="en"', text.index("<termEntry")) < text.index(
        'xml:lang="zh"', text.index("<termEntry"))
    assert read_glossary(out).glossary.concepts[0].id == "sa-brokering"


@pytest.mark.parametrize(("args", "said"), [
    (["-f", "json", "-d", "en-zh"], "has no direction"),
    (["-f", "omegat", "-d", "zh"], "not two languages"),
    # A language the glossary lacks: OmegaT got a file without one entry, exit 0.
    (["-f", "omegat", "-d", "fr-de"], "the glossary has no 'fr' terms"),
    (["-f", "tbx2008", "-d", "zh-fr"], "the glossary has no 'fr' terms"),
])
def test_a_direction_the_format_cannot_take_is_refused_and_nothing_written(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        args: list[str], said: str) -> None:
    out = tmp_path / "x.out"
    assert main(["export", *args, "-o", str(out)]) == EXIT_BAD_INPUT
    assert said in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_suffix_is_refused_naming_each_known_suffix_once(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "g.weird"
    assert main(["export", "-o", str(out)]) == EXIT_BAD_INPUT
    hint = capsys.readouterr().err.split("one of the suffixes", 1)[1].split(", or")[0]
    listed = [s.strip() for s in hint.split(",")]
    assert ".tbx" in listed and len(listed) == len(set(listed))  # TBX v3 and 2008 share .tbx
    assert not out.exists()


@pytest.mark.parametrize("into", ["{tmp}/folder", "folder/", "{tmp}/work/terms"])
def test_import_into_a_folder_or_a_path_without_suffix_is_refused(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], into: str) -> None:
    # '--into DIR' became DIR.tbx beside it; '--into DIR/' a file named '.tbx' in the store.
    (tmp_path / "folder").mkdir()
    incoming = tmp_path / "new.csv"
    incoming.write_text("中文,英文\n世界海关组织,World Customs Organization\n", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    target = into.format(tmp=tmp_path)
    assert main(["import", str(incoming), "--into", target]) == EXIT_BAD_INPUT
    assert "not a glossary" in capsys.readouterr().err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize(("args", "hint"), [
    (["import", "{x}", "--into", "{tmp}/g.tbx"], "--from-format"),
    (["lookup", "大会", "--glossary", "{x}"], "--from-format"),
    (["import", "{csv}", "--into", "{tmp}/g.weird"], "give a bare name"),
])
def test_an_unknown_glossary_suffix_never_advises_an_option_the_command_lacks(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        hint: str) -> None:
    # The hint said 'pass --format', which is the report's format for import and lookup.
    x = tmp_path / "terms.weird"
    x.write_text("中文,英文\n大会,General Assembly\n", encoding="utf-8")
    csv = tmp_path / "terms.csv"
    csv.write_text("中文,英文\n大会,General Assembly\n", encoding="utf-8")
    argv = [a.format(x=x, csv=csv, tmp=tmp_path) for a in args]
    assert main(argv) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert hint in err and "pass --format" not in err
