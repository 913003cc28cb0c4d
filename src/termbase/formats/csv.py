"""CSV and TSV glossaries: the LONG layout out, LONG or WIDE tables (as people make them) in.

The writer produces comma-separated UTF-8 with a byte-order mark; :func:`table_bytes` is
the one CSV/TSV writer of the project (glossaries, extraction candidates, pairings), and
it neutralises cells a spreadsheet would run as formulas (:mod:`termbase.formats.cells`).
The reader undoes that, decodes the text through :func:`termbase.text.decode.decode_text`
(UTF-8 ± BOM, UTF-16, legacy Chinese encodings, or ``encoding`` when given), finds the
delimiter (tab, comma or semicolon) from the content, and reports problems by file line,
counting the line breaks inside quoted cells.

The registry's writer cannot know the output's suffix, so ``.tsv`` files are written as
CSV by :func:`write`; use :func:`write_tsv` for tab-separated output.
"""

from __future__ import annotations

import csv as _csv
import io
from collections.abc import Iterable, Sequence

from termbase.errors import FormatError
from termbase.formats.base import GlossaryFormat, ReadPolicy, ReadResult
from termbase.formats.cells import neutralise, restore
from termbase.formats.tabular.read import read_table
from termbase.formats.tabular.table import Row, Table
from termbase.formats.tabular.write import to_rows
from termbase.model import Glossary
from termbase.signature import Signature
from termbase.text.decode import decode_text

_DELIMITERS = ("\t", ",", ";")
_SNIFF_RECORDS = 20


def table_bytes(rows: Iterable[Sequence[object]], delimiter: str = ",", *,
                for_spreadsheets: bool = True) -> bytes:
    """``rows`` as a CSV (or TSV) file: no text cell that a spreadsheet would evaluate as
    a formula, and for spreadsheets UTF-8 with BOM, CRLF and quoting where needed.

    ``for_spreadsheets=False`` writes a plain text table for tools that split lines at
    the delimiter (the alignment TSV): UTF-8 without BOM, LF, no quoting; its cells must
    then hold no delimiter and no line break (:class:`csv.Error` otherwise).
    """
    out = io.StringIO()
    if for_spreadsheets:
        # QUOTE_MINIMAL quotes only cells holding the delimiter, quotes or line breaks, and
        # "\r\n" is what Excel and RFC 4180 expect between records.
        writer = _csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    else:
        writer = _csv.writer(out, delimiter=delimiter, lineterminator="\n",
                             quoting=_csv.QUOTE_NONE, quotechar=None)
    writer.writerows([neutralise(c) if isinstance(c, str) else c for c in row]
                     for row in rows)
    # The BOM is how Excel (on Windows, in Chinese locales especially) recognises UTF-8;
    # without it Excel decodes the file in the ANSI code page and the Chinese is garbled.
    return out.getvalue().encode("utf-8-sig" if for_spreadsheets else "utf-8")


def _encode(glossary: Glossary, delimiter: str) -> bytes:
    return table_bytes(to_rows(glossary), delimiter)


def write(glossary: Glossary, signature: Signature | None) -> bytes:
    """The LONG layout as comma-separated UTF-8 with BOM.

    A CSV file has no place for a signature that readers would not take for data, so it
    is left out; the glossary's content hash is reproducible from the file itself.
    """
    return _encode(glossary, ",")


def write_tsv(glossary: Glossary, signature: Signature | None = None) -> bytes:
    """Like :func:`write`, tab-separated (for ``.tsv`` files)."""
    return _encode(glossary, "\t")


def _records(text: str, delimiter: str, source: str) -> list[Row]:
    """Parse ``text``; each row carries the file line on which its record starts."""
    reader = _csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    start = 1
    try:
        for cells in reader:
            rows.append(Row(start, tuple(restore(c) for c in cells)))
            start = reader.line_num + 1
    except _csv.Error as exc:
        raise FormatError(f"cannot parse the table: {exc}", path=source, line=start,
                          hint="a quote (\") is probably not closed or is followed by text; "
                               "re-save the file from a spreadsheet program") from None
    return rows


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most, equally long, rows."""
    head = text[:65536]
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            records = [r for r in _csv.reader(io.StringIO(head, newline=""),
                                              delimiter=delimiter) if any(r)]
        except _csv.Error:
            continue
        records = records[:_SNIFF_RECORDS]
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        # A truncated head may cut the last record, so it does not count.
        sample = records[:-1] if len(records) > 1 and len(head) < len(text) else records
        score = (sum(len(r) == width for r in sample) / len(sample), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read(data: bytes, source: str, policy: ReadPolicy) -> ReadResult:
    decoded = decode_text(data, source)
    if "\x00" in decoded.text:
        raise FormatError("the text contains NUL characters; it is not a CSV table",
                          path=source, hint="give a CSV/TSV file saved as UTF-8 text")
    delimiter = sniff_delimiter(decoded.text)
    table = Table(tuple(_records(decoded.text, delimiter, source)), source)
    result = read_table(table, policy)
    return ReadResult(result.glossary, (*decoded.diagnostics, *result.diagnostics))


FORMAT = GlossaryFormat(
    name="csv",
    suffixes=(".csv",),
    description="CSV table, one row per term (UTF-8 with BOM; reads people's tables too)",
    read=read,
    write=write,
    plain_text=True,
)

# The same reader (it sniffs the delimiter); only the writer differs.
TSV_FORMAT = GlossaryFormat(
    name="tsv",
    suffixes=(".tsv", ".tab"),
    description="TSV table, one row per term (UTF-8 with BOM; reads people's tables too)",
    read=read,
    write=write_tsv,
    plain_text=True,
)
