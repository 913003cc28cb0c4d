"""Report formats against golden files (dates and versions normalised)."""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from termbase.check import check_draft
from termbase.check.checker import CheckResult
from termbase.check.draft import presplit_pair
from termbase.check.reports import XLSX_HEADER, render_html, render_json, render_text, render_xlsx
from termbase.model import Glossary
from termbase.signature import Signature

GOLDEN = Path(__file__).parent / "golden"
ZH = ["执行《行动纲要》。", "大会于2013年12月5日通过。", "各国开展合作。"]
EN = ["Implement the Programme of Action.", "The General Assembly adopted it on 6 December 2013.",
      "States cooperate with civil society <b>&</b>."]


@pytest.fixture()
def result(glossary: Glossary) -> CheckResult:
    draft = presplit_pair("\n".join(ZH), "d.zh", "\n".join(EN), "d.en")
    checked = check_draft(glossary, draft)
    fixed = replace(checked.signature, created="2000-01-01T00:00:00Z", version="X")
    return replace(checked, signature=fixed)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("TERMBASE_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_text(result: CheckResult) -> None:
    _golden("report.txt", render_text(result))


def test_json(result: CheckResult) -> None:
    text = render_json(result)
    payload = json.loads(text)
    for finding in payload["findings"]:
        assert {"kind", "severity", "file", "line", "lang", "term", "found",
                "expected"} <= finding.keys()
    assert payload["signature"]["tool"] == "termbase"
    _golden("report.json", text)


def test_html_is_standalone_and_escaped(result: CheckResult) -> None:
    page = render_html(result)
    assert "<b>&</b>" not in page and "&lt;b&gt;&amp;&lt;/b&gt;" in page
    assert not re.search(r"<(script|link)\b|src=|href=", page)
    assert "<mark>行动纲要</mark>" in page
    _golden("report.html", page)


def test_xlsx_one_row_per_finding(result: CheckResult) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(render_xlsx(result)))
    rows = list(wb["Findings"].iter_rows(values_only=True))
    assert rows[0] == XLSX_HEADER
    assert len(rows) == 1 + len(result.findings)
    assert [r[1] for r in rows[1:]] == [f.kind.value for f in result.findings]
    assert dict(wb["Signature"].iter_rows(values_only=True))["tool"] == "termbase X"


def test_signature_is_normalised_in_goldens(result: CheckResult) -> None:
    assert isinstance(result.signature, Signature) and result.signature.created.startswith("2000")
