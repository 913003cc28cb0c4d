"""Renderings of ranked extraction candidates: JSON, CSV and an Excel workbook.

Pure functions from candidates (and the run's signature) to bytes; the CLI writes them.
The CSV's signature goes to a sidecar file (a CSV has no place for it), the workbook
carries it on its own sheet.
"""

from __future__ import annotations

import io
import json
from typing import Any

from termbase.extract.model import Candidate
from termbase.formats.workbook import add_signature_sheet, fonts, header_fill, keep_as_text
from termbase.signature import Signature


def candidate_dict(rank: int, candidate: Candidate) -> dict[str, Any]:
    """The JSON object of one ranked candidate."""
    return {
        "rank": rank,
        "term": candidate.term,
        "score": candidate.score,
        "freq": candidate.freq,
        "doc_freq": candidate.doc_freq,
        "sources": list(candidate.sources),
        "status": "new" if candidate.is_new else "in glossary",
        "glossary": [_glossary_dict(g) for g in candidate.glossary],
        "variants": [{"term": v.term, "relation": v.relation, "freq": v.freq,
                      "glossary": [_glossary_dict(g) for g in v.glossary]}
                     for v in candidate.variants],
        "contexts": [{"text": c.text, "document": c.document, "location": c.location}
                     for c in candidate.contexts],
        "evidence": dict(candidate.evidence),
    }


def _glossary_dict(match: Any) -> dict[str, str]:
    return {"concept": match.concept_id, "term": match.term, "status": match.status}


def _glossary_text(candidate: Candidate) -> str:
    parts = [f"{g.status} term of {g.concept_id}" for g in candidate.glossary]
    parts += [f"variant {v.term}: {g.status} term of {g.concept_id}"
              for v in candidate.variants for g in v.glossary]
    return "; ".join(parts) if parts else "new"


CSV_HEADER = ["rank", "term", "score", "freq", "doc_freq", "sources", "variants",
              "glossary", "context 1", "context 2", "context 3"]


def table_rows(candidates: list[Candidate]) -> list[list[str]]:
    """One row per candidate for csv and xlsx, header first."""
    rows = [CSV_HEADER]
    for rank, c in enumerate(candidates, 1):
        contexts = [f"{x.text} ({x.document}, {x.location})" for x in c.contexts]
        contexts += [""] * (3 - len(contexts))
        rows.append([str(rank), c.term, f"{c.score:g}", str(c.freq), str(c.doc_freq),
                     ", ".join(c.sources),
                     "; ".join(f"{v.term} ({v.relation})" for v in c.variants),
                     _glossary_text(c), *contexts[:3]])
    return rows


def render_json(candidates: list[Candidate]) -> bytes:
    payload = [candidate_dict(rank, c) for rank, c in enumerate(candidates, 1)]
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_csv(candidates: list[Candidate]) -> bytes:
    from termbase.formats.csv import table_bytes

    return table_bytes(table_rows(candidates))


def render_xlsx(candidates: list[Candidate], signature: Signature) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    font, bold = fonts()
    fill = header_fill()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Candidates"
    widths = [6, 30, 10, 7, 9, 18, 40, 24, 60, 60, 60]
    for r, row in enumerate(table_rows(candidates), 1):
        for col, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=col,
                              value=float(value) if r > 1 and col in (1, 3, 4, 5) else value)
            keep_as_text(cell)
            cell.font = bold if r == 1 else font
            if r == 1:
                cell.fill = fill
            elif col >= 7:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in enumerate(widths, 1):
        sheet.column_dimensions[chr(64 + col)].width = width
    sheet.freeze_panes = "C2"
    add_signature_sheet(workbook, signature.items(), value_width=80)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
