"""The LONG layout: lossless round trip, one row per term, concept values once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings

from strategies import glossaries, tbx_glossaries
from termbase.errors import FormatError
from termbase.formats import get
from termbase.formats.base import ReadPolicy
from termbase.formats.tabular.read import from_rows
from termbase.formats.tabular.table import (
    SKIPPED_ROW,
)
from termbase.formats.tabular.write import (
    BACK_HEADER,
    LONG_HEADER,
    SECTION_HEADER,
    to_rows,
)
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

SAMPLE = Path(__file__).parents[1] / "golden" / "tabular_sample.json"


def sample() -> Glossary:
    return get("json").read(SAMPLE.read_bytes(), str(SAMPLE), ReadPolicy.STRICT).glossary


def codes(diagnostics: tuple[object, ...]) -> list[str]:
    return [getattr(d, "code", "") for d in diagnostics]



@given(glossaries())
@settings(max_examples=150, deadline=None)
def test_long_rows_round_trip_losslessly(glossary: Glossary) -> None:
    result = from_rows(to_rows(glossary))
    assert result.glossary == glossary
    assert result.diagnostics == ()


def test_long_rows_keep_every_data_category() -> None:
    glossary = sample()
    extra = Concept(
        "c-empty", graphics=("https://example.org/pistol.png",),
        lang_secs=(LangSec("zh", (), sources=("A/RES/61/66",), transactions=(
            Transaction(TransactionType.MODIFICATION, "", "a | b"),)),))
    glossary = replace(glossary, concepts=(*glossary.concepts, extra, Concept("c-bare")),
                       source_lang="en")
    assert from_rows(to_rows(glossary)).glossary == glossary


def test_long_rows_fill_concept_columns_once_per_concept() -> None:
    rows = to_rows(sample())
    subject = LONG_HEADER.index("subject field")
    brokering = [r for r in rows[1:] if r[0] == "c-brokering"]
    assert len(brokering) == 4
    assert [r[subject] for r in brokering] == ["small arms and light weapons", "", "", ""]


def test_an_empty_glossary_keeps_its_header_information() -> None:
    glossary = Glossary(title="empty", source_lang="en")
    assert from_rows(to_rows(glossary)).glossary == glossary


def test_repeated_concept_values_are_accepted_and_conflicts_reported() -> None:
    header = ["concept id", "subject field", "lang", "term"]
    same = from_rows([header, ["c1", "arms", "zh", "小武器"], ["c1", "arms", "en", "small arms"]])
    assert same.diagnostics == ()
    assert same.glossary.concepts[0].subject_field == "arms"
    clash = from_rows([header, ["c1", "arms", "zh", "小武器"], ["c1", "trade", "en", "arms"]])
    assert codes(clash.diagnostics) == ["TB215"]
    assert clash.glossary.concepts[0].subject_field == "arms"
    assert clash.diagnostics[0].line == 3


def test_long_bad_status_is_refused_strictly_and_skipped_on_request() -> None:
    rows = [["concept id", "lang", "term", "status"], ["c1", "zh", "小武器", "approved"],
            ["c1", "en", "small arms", "首选"]]
    with pytest.raises(FormatError, match="'approved' is not a term status") as info:
        from_rows(rows, "people.csv")
    assert info.value.line == 2 and info.value.hint and "skip" in info.value.hint
    result = from_rows(rows, "people.csv", ReadPolicy.SKIP)
    assert codes(result.diagnostics) == [SKIPPED_ROW]
    assert [t.text for _, t in result.glossary.concepts[0].terms()] == ["small arms"]


def test_long_blank_id_continues_the_concept_above() -> None:
    rows = [["ID", "语言", "术语"], ["c1", "zh", "小武器"], ["", "en", "small arms"],
            ["c2", "zh", "轻武器"]]
    glossary = from_rows(rows).glossary
    assert [c.id for c in glossary.concepts] == ["c1", "c2"]
    assert glossary.concepts[0].languages == ("zh", "en")


def test_long_term_without_language_is_refused() -> None:
    with pytest.raises(FormatError, match="no language code"):
        from_rows([["lang", "term"], ["", "小武器"]])


@given(tbx_glossaries())
@settings(max_examples=60, deadline=None)
def test_long_rows_keep_back_matter_targets_and_repeated_languages(glossary: Glossary) -> None:
    assert from_rows(to_rows(glossary)).glossary == glossary


def test_the_extra_long_columns_appear_only_when_needed() -> None:
    assert to_rows(sample())[0] == list(LONG_HEADER)
    person = RefObjectSec("respPerson", (RefObject("US5001", (RefItem("fn", "Jane"),)),))
    twice = Glossary((Concept("c1", (LangSec("en", (Term("small arms"),)),
                                     LangSec("en", (Term("small weapons"),)))),),
                     back_matter=(person, person, replace(person, type="respOrg")))
    rows = to_rows(twice)
    assert rows[0][-2:] == [SECTION_HEADER, BACK_HEADER]
    assert [r[-2] for r in rows[1:]] == ["", "2", ""]
    # More back-matter sections than terms: a row of its own, outside any concept.
    assert rows[3][0] == "" and rows[3][-1].startswith('{"type":"respOrg"')
    assert from_rows(rows).glossary == twice


def test_bad_back_matter_or_section_cells_name_the_row() -> None:
    header = [*LONG_HEADER, SECTION_HEADER, BACK_HEADER]
    row = ["c1", *[""] * 8, "zh", *[""] * 4, "小武器", *[""] * 15]
    with pytest.raises(FormatError, match="back matter: not valid JSON") as caught:
        from_rows([header, [*row, "", "{not json"]], "t.csv")
    assert caught.value.line == 2
    with pytest.raises(FormatError, match="language section 'x'"):
        from_rows([header, [*row, "x", ""]], "t.csv")
