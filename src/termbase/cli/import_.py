"""``termbase import``: merge an external glossary into a glossary, reporting conflicts."""

from __future__ import annotations

from pathlib import Path

import click

from termbase import formats, store
from termbase.cli import EXIT_FINDINGS
from termbase.cli._common import echo_diagnostics, echo_json, encoding_option, policy_option
from termbase.errors import InputError
from termbase.fileio import DEFAULT_LOCK_TIMEOUT, read_bytes, refuse_overwriting_inputs
from termbase.formats import ReadPolicy, ReadResult, fidelity, review
from termbase.merge import merge


def _target(into: str) -> Path:
    """The glossary to merge into: an existing file or stored glossary, or a new file."""
    try:
        return store.resolve(into)
    except InputError:  # no such file or stored glossary: create it
        path = Path(into)
        if path.suffix == "":
            path = store.shipped_dir() / f"{into}{store.CANONICAL_SUFFIX}"
        formats.detect(path)  # refuse an unknown suffix before doing any work
        return path


def _read_incoming(file: Path, from_format: str | None, policy: ReadPolicy,
                   encoding: str | None) -> ReadResult:
    """FILE as a glossary; a reviewed pairing sheet yields its accepted pairs only."""
    if from_format is None and file.suffix.lower() == ".xlsx":
        data = read_bytes(file)
        if review.is_review_workbook(data):
            return review.read_reviewed(data, str(file), policy)
    return formats.read_glossary(file, format_name=from_format, policy=policy,
                                 encoding=encoding)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--into", "into", required=True, metavar="GLOSSARY",
              help="Glossary to merge into: a file, or the name of a glossary in glossaries/. "
                   "Created when it does not exist.")
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
    target_path = _target(into)
    refuse_overwriting_inputs([target_path], [file])
    # A hand-made sheet is refused before anything is read or written.
    echo_diagnostics(fidelity.check_rewrite(target_path))
    incoming = _read_incoming(file, from_format, ReadPolicy(policy), encoding)
    echo_diagnostics(incoming.diagnostics)
    echo_diagnostics(fidelity.losses(incoming.glossary, formats.detect(target_path),
                                     path=str(target_path)))
    # The target is read inside the lock: another import may have changed it meanwhile.
    report, changed = store.update(target_path, lambda base: merge(base, incoming.glossary),
                                   dry_run=dry_run, lock_timeout=lock_timeout)
    if output_format == "json":
        echo_json({"into": str(target_path), "written": changed and not dry_run,
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
