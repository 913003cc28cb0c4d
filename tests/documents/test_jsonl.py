"""JSON Lines storage of documents: round trip and validation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from termbase.documents.jsonl import (
    dumps_document,
    loads_document,
    read_document_jsonl,
)
from termbase.documents.model import Document
from termbase.documents.readers import ingest_file
from termbase.documents.structure import ingest_text
from termbase.errors import FormatError
from termbase.signature import Signature


@pytest.fixture(params=["A_RES_61_66.zh.txt", "A_RES_68_48.zh.txt"])
def seed_document(request: pytest.FixtureRequest, seeds_dir: Path) -> Document:
    return ingest_file(seeds_dir / request.param)[0]


def test_round_trip_through_a_file(tmp_path: Path, seed_document: Document) -> None:
    path = tmp_path / "doc.jsonl"
    path.write_text(dumps_document(seed_document, Signature.now(inputs={"x": "0" * 64})),
                    encoding="utf-8")
    assert read_document_jsonl(path) == seed_document


def test_layout_header_paragraphs_footnotes(seed_document: Document) -> None:
    lines = dumps_document(seed_document, Signature.now()).splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0]["record"] == "document"
    assert records[0]["metadata"]["symbol"] == seed_document.metadata.symbol
    assert records[0]["signature"]["tool"] == "termbase"
    kinds = [r["record"] for r in records[1:]]
    assert kinds == ["paragraph"] * len(seed_document.paragraphs) + ["footnote"] * len(
        seed_document.footnotes)
    assert all("\n" not in line for line in lines)


def test_round_trip_of_a_small_document_without_signature() -> None:
    document, _ = ingest_text("大会，\n回顾其决议，\n1. 决定。", source_name="s")
    assert loads_document(dumps_document(document), source="s") == document


def _lines(document: Document) -> list[Any]:
    return [json.loads(line) for line in dumps_document(document).splitlines()]


def _dump(records: list[Any]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records)


@pytest.fixture
def small() -> Document:
    return ingest_text("大会，\n回顾其决议，\n1. 决定。", source_name="s")[0]


def test_invalid_json_names_the_line(small: Document) -> None:
    text = dumps_document(small) + "{not json\n"
    with pytest.raises(FormatError, match="not valid JSON") as caught:
        loads_document(text, source="f.jsonl")
    assert (caught.value.path, caught.value.line) == ("f.jsonl", 5)


@pytest.mark.parametrize(
    ("edit", "message", "line"),
    [
        (lambda r: r.pop(0), "first line must be", 1),
        (lambda r: r[0].update(version=99), "newer", 1),
        (lambda r: r[1].update(kind="annex"), "unknown paragraph kind", 2),
        (lambda r: r[1].update(text=7), "should be str", 2),
        (lambda r: r[1].update(number=True), "should be int", 2),
        (lambda r: r[2]["sentences"][0].update(text="别的"), "does not match", 3),
        (lambda r: r[2]["sentences"][0].update(footnote_refs=["1"]), "whole numbers", 3),
        (lambda r: r[1].pop("id"), "missing field 'id'", 2),
        (lambda r: r.append({"record": "annex"}), "unknown record", 5),
        (lambda r: r[0]["metadata"].update(session="68"), "should be int", 1),
    ],
)
def test_bad_records_are_refused(small: Document, edit: Callable[[list[Any]], object],
                                 message: str,
                                 line: int) -> None:
    records = _lines(small)
    edit(records)
    with pytest.raises(FormatError, match=message) as caught:
        loads_document(_dump(records), source="f.jsonl")
    assert caught.value.line == line


def test_empty_input_has_no_header() -> None:
    with pytest.raises(FormatError, match="no document header"):
        loads_document("\n\n", source="f.jsonl")


def test_line_that_is_not_an_object() -> None:
    with pytest.raises(FormatError, match="JSON object"):
        loads_document("[1, 2]\n", source="f.jsonl")


def test_a_line_separator_inside_a_json_string_is_not_a_record_break(small: Document) -> None:
    # JSON keeps U+2028 raw inside strings (json.dumps with ensure_ascii=False); split at
    # it as a line break, the record was cut in two and refused as invalid JSON.
    records = _lines(small)
    records[0]["metadata"]["title"] = "关于\u2028小武器"
    document = loads_document(_dump(records), source="s")
    assert document.metadata.title == "关于\u2028小武器"
