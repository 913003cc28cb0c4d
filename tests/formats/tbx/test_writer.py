"""The TBX writer: official validity, round trips, golden file, fallback notes, refusals."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from formats.tbx._tbx import Official, full_glossary, official_for
from strategies import glossaries, tbx_glossaries
from termbase.errors import OutputError
from termbase.formats.base import ReadPolicy
from termbase.formats.tbx.reader import read
from termbase.formats.tbx.validator import validate_tbx
from termbase.formats.tbx.vocab import SIGNATURE_PREFIX
from termbase.formats.tbx.writer import write
from termbase.model import (
    Concept,
    Glossary,
    LangSec,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    Transaction,
    TransactionType,
)
from termbase.signature import Signature

NS = 'xmlns="urn:iso:std:iso:30042:ed-2"'
GOLDEN = Path(__file__).parents[1] / "golden"





def _sample(shared: Path, name: str) -> bytes:
    return (shared / "tbx" / "samples" / name).read_bytes()



@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries())
def test_round_trip_and_official_validity(shared: Path, glossary: Glossary) -> None:
    checker = official_for(shared)
    data = write(glossary, None)
    assert checker.problems(data) == []
    result = read(data, "rt.tbx", ReadPolicy.STRICT)
    assert result.glossary == glossary
    assert result.diagnostics == ()
    assert write(result.glossary, None) == data  # deterministic, and stable on re-save


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tbx_glossaries())
def test_back_matter_targets_and_repeated_languages_are_valid_and_kept(
        shared: Path, glossary: Glossary) -> None:
    checker = official_for(shared)
    data = write(glossary, None)
    assert checker.problems(data) == []
    assert validate_tbx(data, "rt.tbx") == []
    result = read(data, "rt.tbx", ReadPolicy.STRICT)
    assert result.glossary == glossary and result.diagnostics == ()


def test_back_matter_of_the_samples_is_kept(shared: Path) -> None:
    name = "v3/tbx-basic-package-2018/TBX-basic-sample.tbx"
    glossary = read(_sample(shared, name), name, ReadPolicy.STRICT).glossary
    people = {o.id: [(i.type, i.text) for i in o.items]
              for sec in glossary.back_matter for o in sec.objects}
    assert people["US5001"] == [("fn", "Jane Doe"), ("email", "jane_doe@mymail.com"),
                                ("role", "approver")]
    targets = {t.target for c in glossary.concepts for t in c.transactions}
    assert targets == {"US5001", "US5002"}
    again = read(write(glossary, None), "again.tbx", ReadPolicy.STRICT).glossary
    assert again == glossary


def test_repeated_language_sections_of_a_real_export_stay_apart(shared: Path) -> None:
    name = "v3/byutrg-good/TBX-Basic_v3_Samples__DCA__medtronic_TBX.tbx"
    glossary = read(_sample(shared, name), name, ReadPolicy.STRICT).glossary
    concept = glossary.concepts[0]
    assert [s.lang for s in concept.lang_secs].count("da") == 2
    assert read(write(glossary, None), "x.tbx", ReadPolicy.STRICT).glossary == glossary


def test_a_target_that_resolves_nowhere_is_kept_in_a_note() -> None:
    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),), transactions=(
        Transaction(TransactionType.ORIGINATION, "", "Jane", "US9999"),)),))
    data = write(glossary, None)
    assert b'target="US9999"' not in data and b"target: US9999" in data
    assert validate_tbx(data, "x.tbx") == []
    assert read(data, "x.tbx", ReadPolicy.STRICT).glossary == glossary


def test_reference_ids_must_be_unique_xml_ids() -> None:
    clash = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),)),), back_matter=(
        RefObjectSec("respPerson", (RefObject("c1", (RefItem("fn", "Jane"),)),)),))
    with pytest.raises(OutputError, match="'c1' is used more than once"):
        write(clash, None)


def test_golden_file(official: Official) -> None:
    glossary = full_glossary()
    data = write(glossary, None)
    golden = GOLDEN / "full.tbx"
    if os.environ.get("TERMBASE_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()
    assert official.problems(data) == []
    assert read(data, "full.tbx", ReadPolicy.STRICT).glossary == glossary


def test_output_is_pretty_utf8_with_expected_root() -> None:
    text = write(full_glossary(), None).decode("utf-8")
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n")
    assert f'<tbx {NS} type="TBX-Basic" style="dca" xml:lang="en">' in text
    assert "\n      <conceptEntry id=\"c1\">\n" in text
    assert "小武器和轻武器" in text  # real characters, not character references
    assert '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>' in text


def test_fallback_notes_keep_output_valid_and_round_trip(official: Official) -> None:
    data = write(full_glossary(), None)
    text = data.decode()
    assert "<note>grammaticalGender: plural</note>" in text
    assert "<note>crossReference: c99</note>" in text
    assert "<note>externalCrossReference: undocs.org/A/RES/61/66</note>" in text
    assert "<note>date: 5 December 2013</note>" in text
    assert '<ref type="crossReference" target="c2">c2</ref>' in text
    assert official.problems(data) == []


def test_signature_is_written_but_not_read_back() -> None:
    glossary = full_glossary()
    sig = Signature(created="2024-01-01T00:00:00Z", glossary_hash=glossary.content_hash())
    data = write(glossary, sig)
    assert f"{SIGNATURE_PREFIX}{sig.compact()}".encode() in data
    assert read(data, "s.tbx", ReadPolicy.STRICT).glossary == glossary


def test_source_language_other_than_chinese_round_trips() -> None:
    glossary = replace(full_glossary(), source_lang="en")
    assert read(write(glossary, None), "x", ReadPolicy.STRICT).glossary.source_lang == "en"


def test_empty_glossary_round_trips(official: Official) -> None:
    data = write(Glossary(), None)
    assert official.problems(data) == []
    assert read(data, "e.tbx", ReadPolicy.STRICT).glossary == Glossary()


@pytest.mark.parametrize(("concepts", "fragment"), [
    ((Concept("1", (LangSec("en", (Term("x"),)),)),), "not a valid XML ID"),
    ((Concept("c1", (LangSec("en", (Term("x"),)),)),) * 2, "more than once"),
    ((Concept("c1", (LangSec("en", ()),)),), "has no terms"),
    ((Concept("c1", ()),), "has no terms"),
    ((Concept("c1", (LangSec("english language", (Term("x"),)),)),), "language tag"),
])
def test_writer_refuses_what_tbx_cannot_hold(concepts: tuple[Concept, ...],
                                             fragment: str) -> None:
    with pytest.raises(OutputError, match=fragment) as info:
        write(Glossary(concepts), None)
    assert info.value.hint


@pytest.mark.parametrize("char", ["\x01", "\ufffe", "\ud800"])
def test_control_characters_are_dropped_not_crashing(char: str) -> None:
    glossary = Glossary((Concept("c1", (LangSec("en", (Term(f"a{char}b"),)),)),))
    assert read(write(glossary, None), "x", ReadPolicy.STRICT).glossary.concepts[0] \
        .lang_secs[0].terms[0].text == "ab"
