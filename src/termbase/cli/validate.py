"""``termbase validate FILE``: check a TBX file against TBX-Basic v3 (DCA), offline.

Prints every departure with its line, then a verdict; of a file with more than
:data:`~termbase.formats.tbx.validator.MAX_FINDINGS`, the first ones in document order and
how many more there are (the file is fixed from the first ones and validated again).
Exit status 0 when the file is valid, 1 when it is not; a file that is missing or not XML
at all is bad input (2).
"""

from __future__ import annotations

from pathlib import Path

import click

from termbase.cli import EXIT_FINDINGS
from termbase.cli._common import echo_json, format_option
from termbase.fileio import read_bytes


def _count(n: int, what: str) -> str:
    return f"{n:,} {what}{'s' * (n != 1)}"


@click.command("validate")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@format_option
@click.pass_context
def command(ctx: click.Context, file: Path, output_format: str) -> None:
    """Check FILE against TBX-Basic v3 (DCA): core structure and data-category rules."""
    from termbase.formats.tbx.validator import check_tbx

    data = read_bytes(file)
    report = check_tbx(data, str(file))
    valid, errors, warnings = report.valid, report.errors, report.warnings
    if output_format == "json":
        echo_json({"file": str(file), "valid": valid, "errors": errors, "warnings": warnings,
                   "findings": [d.to_dict() for d in report.findings],
                   "unlisted": report.unlisted, "truncated": report.truncated})
    else:
        for finding in report.findings:
            click.echo(str(finding))
        if report.truncated:
            more = [_count(n, f"more {what}") for n, what in
                    ((report.unlisted_errors, "error"), (report.unlisted_warnings, "warning"))
                    if n]
            click.echo(f"… and {' and '.join(more)} not listed: fix the file from the "
                       f"first ones and validate it again")
        if valid:
            extra = f" ({warnings} warning{'s' * (warnings != 1)})" if warnings else ""
            click.echo(f"{file}: valid TBX-Basic v3 (DCA){extra}")
        else:
            click.echo(f"{file}: NOT valid TBX-Basic v3 (DCA): {errors} error"
                       f"{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    if not valid:
        ctx.exit(EXIT_FINDINGS)
