"""Check reports rendered in memory: text, JSON, Excel and a standalone HTML page.

Every renderer takes a :class:`~termbase.check.checker.CheckResult` and returns ``str``
or ``bytes``; the CLI writes them (atomically) or prints them. Renderers never read the
draft again: each finding carries its segment text and span.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

from termbase.check.checker import CheckResult
from termbase.check.findings import Finding
from termbase.diagnostics import Severity

# The Excel and HTML renderers import what they need (openpyxl's helpers, html) when
# they run: a check writes one format, and the others' modules were a twentieth of
# its start-up.

_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_PLURAL = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}


def summary_line(result: CheckResult) -> str:
    counts = result.counts()
    langs = result.draft.source_lang + (f" → {result.draft.target_lang}"
                                        if result.draft.target_lang else "")
    parts = [f"{counts[s]} {_PLURAL[s] if counts[s] != 1 or s is Severity.INFO else s.value}"
             for s in _SEVERITY_ORDER]
    return (f"{', '.join(parts)} in {result.draft.segment_count()} segments ({langs})")


def render_text(result: CheckResult) -> str:
    """Findings grouped by severity, each with file:line, what was found, and the fix."""
    lines: list[str] = []
    for severity in _SEVERITY_ORDER:
        group = [f for f in result.findings if f.severity is severity]
        if not group:
            continue
        lines.append(f"{_PLURAL[severity]} ({len(group)})")
        for f in group:
            lines.append(f"  {f.where}: [{f.kind.value}] {f.message}")
            if f.other_segment:
                other = f"{f.other_file}:{f.other_line}" if f.other_line else f.other_file
                lines.append(f"      aligned with {other}: {_clip(f.other_segment)}")
            if f.fix:
                lines.append(f"      fix: {f.fix}")
        lines.append("")
    lines.append(summary_line(result) if result.findings
                 else f"no findings: {summary_line(result)}")
    return "\n".join(lines) + "\n"


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_json(result: CheckResult) -> str:
    counts = result.counts()
    payload = {
        "findings": [f.to_dict() for f in result.findings],
        "summary": {s.value: counts[s] for s in _SEVERITY_ORDER}
        | {"segments": result.draft.segment_count(),
           "source_lang": result.draft.source_lang,
           "target_lang": result.draft.target_lang},
        "diagnostics": [d.to_dict() for d in result.draft.diagnostics],
        "signature": result.signature.to_dict(),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


# --- Excel -------------------------------------------------------------------------------

XLSX_HEADER = ("severity", "kind", "file", "line", "paragraph", "lang", "term", "found",
               "expected", "message", "fix", "segment", "aligned segment", "concept")
_FILLS = {"error": "F8D7DA", "warning": "FFF3CD", "info": "D1ECF1"}


def _xlsx_row(f: Finding) -> list[object]:
    return [f.severity.value, f.kind.value, f.file, f.line, f.paragraph, f.lang, f.term,
            f.found, "; ".join(f.expected), f.message, f.fix, f.segment, f.other_segment,
            f.concept_id]


def render_xlsx(result: CheckResult) -> bytes:
    """One row per finding on a 'Findings' sheet, and the signature on a second sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    from termbase.formats.workbook import add_signature_sheet, fonts, header_fill, keep_as_text

    wb = Workbook()
    ws = wb.active
    ws.title = "Findings"
    font, bold = fonts()
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.append(list(XLSX_HEADER))
    for cell in ws[1]:
        cell.font = bold
        cell.fill = header_fill()
    for f in result.findings:
        ws.append([_cell_text(v) for v in _xlsx_row(f)])
        row = ws.max_row
        for cell in ws[row]:
            cell.font = font
            cell.alignment = wrap
            keep_as_text(cell)  # a term starting with '=' must stay text
        ws.cell(row=row, column=1).fill = PatternFill("solid",
                                                      fgColor=_FILLS[f.severity.value])
    widths = (9, 18, 18, 6, 9, 5, 24, 24, 30, 50, 40, 60, 60, 16)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_HEADER))}{ws.max_row}"
    add_signature_sheet(wb, result.signature.items())
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _cell_text(value: object) -> object:
    if isinstance(value, str):
        # Excel refuses control characters; a draft may carry them from a PDF copy.
        return "".join(ch if ch in "\t\n" or ord(ch) >= 32 else " " for ch in value)
    return value


# --- HTML --------------------------------------------------------------------------------

_CSS = """
body{font-family:"Microsoft YaHei","Noto Sans CJK SC","PingFang SC",system-ui,sans-serif;
margin:2em auto;max-width:60em;color:#222;line-height:1.5}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
.finding{border:1px solid #ccc;border-left-width:6px;border-radius:4px;padding:.6em .9em;
margin:.8em 0}
.error{border-left-color:#c0392b}.warning{border-left-color:#d68910}
.info{border-left-color:#2874a6}
.meta{font-size:.9em;color:#555}.kind{font-weight:bold}
.segment{background:#f7f7f7;padding:.4em .6em;margin:.3em 0;white-space:pre-wrap}
.label{font-size:.8em;color:#777;text-transform:uppercase;letter-spacing:.05em}
mark{background:#ffe066;padding:0 .1em}.fix{color:#1e8449}
footer{margin-top:2em;font-size:.8em;color:#777;word-break:break-all}
"""


def _marked(text: str, span: tuple[int, int] | None) -> str:
    import html

    if span is None or not (0 <= span[0] < span[1] <= len(text)):
        return html.escape(text)
    start, end = span
    return (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
            + html.escape(text[end:]))


def _html_finding(f: Finding) -> str:
    import html

    esc = html.escape
    parts = [f'<div class="finding {esc(f.severity.value)}">',
             f'<div class="meta"><span class="kind">{esc(f.kind.value)}</span> · '
             f'{esc(f.severity.value)} · {esc(f.where)} · {esc(f.lang)}'
             + (f" · {esc(f.concept_id)}" if f.concept_id else "") + "</div>",
             f"<div>{esc(f.message)}</div>"]
    if f.segment:
        parts.append(f'<div class="label">segment</div>'
                     f'<div class="segment">{_marked(f.segment, f.span)}</div>')
    if f.other_segment:
        other = f"{f.other_file}:{f.other_line}" if f.other_line else f.other_file
        parts.append(f'<div class="label">aligned segment ({esc(other)})</div>'
                     f'<div class="segment">{_marked(f.other_segment, f.other_span)}</div>')
    if f.fix:
        parts.append(f'<div class="fix">fix: {esc(f.fix)}</div>')
    parts.append("</div>")
    return "\n".join(parts)


def render_html(result: CheckResult) -> str:
    """A standalone page: inline CSS, no scripts or external assets, all text escaped."""
    import html

    body = [f"<h1>Terminology check</h1><p>{html.escape(summary_line(result))}</p>"]
    for severity in _SEVERITY_ORDER:
        group = [f for f in result.findings if f.severity is severity]
        if group:
            body.append(f"<h2>{_PLURAL[severity].capitalize()} ({len(group)})</h2>")
            body.extend(_html_finding(f) for f in group)
    if not result.findings:
        body.append("<p>No findings.</p>")
    body.append(f"<footer>{html.escape(result.signature.compact())}</footer>")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>termbase check</title>\n<style>" + _CSS + "</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


RENDERERS: dict[str, Callable[[CheckResult], str | bytes]] = {
    "text": render_text,
    "json": render_json,
    "xlsx": render_xlsx,
    "html": render_html,
}
