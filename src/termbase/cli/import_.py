"""``termbase import``: merge an external glossary into a glossary, reporting conflicts."""

from __future__ import annotations

from pathlib import Path

import click

from termbase import api, formats
from termbase.cli import EXIT_FINDINGS
from termbase.cli._common import echo_diagnostics, echo_json, encoding_option, policy_option
from termbase.fileio import DEFAULT_LOCK_TIMEOUT


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--into", "into", required=True, metavar="GLOSSARY",
              help="Glossary to merge into: a file, or the name of a stored glossary. "
                   "Created when it does not exist (a bare name: in the store's folder for "
                   "new glossaries, which `termbase glossaries` shows).")
@click.option("--from-format", "from_format", type=click.Choice(list(formats.names())),
              default=None, help="Format of FILE (default: from its suffix or content).")
@policy_option
@encoding_option
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--lock-timeout", type=click.FloatRange(0.0, None), default=DEFAULT_LOCK_TIMEOUT,
              show_default=True, metavar="SECONDS",
              help="How long to wait when another termbase process is updating the same "
                   "glossary.")
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True, help="Report format.")
def command(file: Path, into: str, from_format: str | None, policy: str,
            encoding: str | None, dry_run: bool, lock_timeout: float,
            output_format: str) -> int:
    """Merge FILE into a glossary: new concepts are added, matching concepts enriched,
    conflicts reported and left for you to resolve (never overwritten)."""
    result = api.import_glossary(file, into, from_format=from_format, policy=policy,
                                 dry_run=dry_run, encoding=encoding, lock_timeout=lock_timeout)
    echo_diagnostics(result.diagnostics)
    report, target_path, changed = result.report, result.target, result.changed
    if output_format == "json":
        echo_json({"into": str(target_path), "written": result.written,
                   **report.to_dict()})
    else:
        verb = "would change" if dry_run else "updated"
        if not changed:
            verb = "no change to"
        click.echo(f"{verb} {target_path}: {len(report.added)} added, "
                   f"{len(report.enriched)} enriched, {len(report.unchanged)} unchanged, "
                   f"{len(report.conflicts)} conflicts")
        for old, new in report.renamed:
            click.echo(f"  renamed: incoming id {old} was taken; added as {new}")
        for conflict in report.conflicts:
            click.echo(f"  conflict ({conflict.kind.value}): {conflict.message}")
        if report.conflicts:
            click.echo("  conflicting concepts were left unchanged; edit them by hand or fix "
                       "the imported file and import again")
    return EXIT_FINDINGS if report.conflicts else 0
