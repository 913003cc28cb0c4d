"""Pairings rendered in memory as JSON, CSV or a review workbook (bytes out, no files).

JSON is a list of objects, one per term (see :meth:`TermPairing.to_dict`), as the
interface promises; JSON and CSV have no room for a signature that readers would not
take for data, so :func:`output_files` adds the signature sidecar
(:func:`termbase.signature.sidecar_path`) beside them. The workbook carries its own
Signature sheet.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from termbase.formats.csv import table_bytes
from termbase.formats.review import ReviewRow, write_review
from termbase.pair.results import TermPairing
from termbase.signature import Signature, sidecar_path

FORMATS = ("json", "csv", "xlsx")


def to_json(pairings: Sequence[TermPairing]) -> bytes:
    payload = [p.to_dict() for p in pairings]
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_csv(pairings: Sequence[TermPairing]) -> bytes:
    """One row per candidate (rank 1 first), one row with the reason per abstention."""
    direction = pairings[0].direction if pairings else "zh"
    target = "en" if direction == "zh" else "zh"
    rows: list[list[object]] = [[direction, "rank", target, "score", "support",
                                 "occurrences", "examples", "abstained_reason"]]
    for pairing in pairings:
        if not pairing.candidates:
            rows.append([pairing.term, "", "", "", "", pairing.occurrences, "",
                         pairing.abstained_reason])
        for rank, candidate in enumerate(pairing.candidates, start=1):
            where = "; ".join(f"{e.document}:{e.line}" for e in candidate.examples)
            rows.append([pairing.term, rank, candidate.text, f"{candidate.score:.4f}",
                         candidate.support, pairing.occurrences, where, ""])
    return table_bytes(rows)


def review_rows(pairings: Sequence[TermPairing]) -> list[ReviewRow]:
    """One review row per term: the best candidate proposed, the others listed."""
    rows = []
    for pairing in pairings:
        best = pairing.best
        rows.append(ReviewRow(
            term=pairing.term,
            proposed=best.text if best else "",
            score=best.score if best else None,
            support=best.support if best else None,
            occurrences=pairing.occurrences,
            others=tuple(c.text for c in pairing.candidates[1:]),
            examples=tuple((_where(e.document, e.line, e.en_line), e.zh, e.en)
                           for e in (best.examples if best else ())),
            note=pairing.abstained_reason))
    return rows


def _where(document: str, line: int, en_line: int | None) -> str:
    en = f" (en line {en_line})" if en_line not in (None, line) else ""
    return f"{document}, line {line}{en}"


def to_xlsx(pairings: Sequence[TermPairing], signature: Signature | None) -> bytes:
    direction = pairings[0].direction if pairings else "zh"
    return write_review(review_rows(pairings), signature, direction=direction)


def render(pairings: Sequence[TermPairing], format_name: str,
           signature: Signature) -> bytes:
    """The output file's bytes in ``format_name`` (json, csv or xlsx)."""
    if format_name == "json":
        return to_json(pairings)
    if format_name == "csv":
        return to_csv(pairings)
    return to_xlsx(pairings, signature)


def output_files(pairings: Sequence[TermPairing], output: Path, format_name: str,
                 signature: Signature) -> dict[Path, bytes]:
    """Every file of one output, rendered in memory: ``output`` itself, and beside a JSON
    or CSV output its signature sidecar."""
    files = {output: render(pairings, format_name, signature)}
    if format_name != "xlsx":
        files[sidecar_path(output)] = signature.to_json_bytes()
    return files
