"""``termbase validate FILE``: check a TBX file against TBX-Basic v3 (DCA), offline.

Prints every departure with its line, then a verdict. Exit status 0 when the file is
valid, 1 when it is not; a file that is missing or not XML at all is bad input (2).
"""

from __future__ import annotations

from pathlib import Path

import click

from termbase.cli import EXIT_FINDINGS
from termbase.cli._common import echo_json, format_option
from termbase.diagnostics import Severity
from termbase.fileio import read_bytes


@click.command("validate")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@format_option
@click.pass_context
def command(ctx: click.Context, file: Path, output_format: str) -> None:
    """Check FILE against TBX-Basic v3 (DCA): core structure and data-category rules."""
    from termbase.formats.tbx.validator import is_valid, validate_tbx

    data = read_bytes(file)
    findings = validate_tbx(data, str(file))
    valid = is_valid(findings)
    errors = sum(1 for d in findings if d.severity is Severity.ERROR)
    warnings = sum(1 for d in findings if d.severity is Severity.WARNING)
    if output_format == "json":
        echo_json({"file": str(file), "valid": valid, "errors": errors, "warnings": warnings,
                   "findings": [d.to_dict() for d in findings]})
    else:
        for finding in findings:
            click.echo(str(finding))
        if valid:
            extra = f" ({warnings} warning{'s' * (warnings != 1)})" if warnings else ""
            click.echo(f"{file}: valid TBX-Basic v3 (DCA){extra}")
        else:
            click.echo(f"{file}: NOT valid TBX-Basic v3 (DCA): {errors} error"
                       f"{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    if not valid:
        ctx.exit(EXIT_FINDINGS)
