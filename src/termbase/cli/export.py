"""``termbase export``: write a glossary as TBX, Excel, CSV, JSON or a CAT-tool glossary."""

from __future__ import annotations

from pathlib import Path

import click

from termbase import api, formats
from termbase.cli._common import echo_diagnostics, encoding_option, glossary_option, policy_option


@click.command("export")
@click.option("--format", "-f", "format_name", type=click.Choice(list(formats.names())),
              default=None, help="Output format (default: from the output file's suffix).")
@click.option("--direction", "-d", default=None, metavar="zh-en|en-zh",
              help="Source and target language of a CAT-tool glossary (tbx2008, omegat); "
                   "default zh-en.")
@glossary_option
@policy_option
@encoding_option
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file; written atomically.")
def command(format_name: str | None, direction: str | None, glossary: tuple[str, ...],
            policy: str, encoding: str | None, output: Path) -> None:
    """Export glossaries (default: every stored glossary, as `termbase glossaries` lists
    them) to one file."""
    result = api.export_glossary(glossary, output, format_name=format_name, policy=policy,
                                 encoding=encoding, direction=direction)
    echo_diagnostics(result.diagnostics)
    click.echo(f"wrote {output} ({result.format_name}): {len(result.glossary)} concepts, "
               f"{result.glossary.term_count()} terms")
