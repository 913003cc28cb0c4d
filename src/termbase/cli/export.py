"""``termbase export``: write a glossary as TBX, Excel, CSV or JSON."""

from __future__ import annotations

from pathlib import Path

import click

from termbase import formats, store
from termbase.cli._common import (
    echo_diagnostics,
    encoding_option,
    glossary_option,
    policy_option,
    protect_inputs,
)
from termbase.formats import ReadPolicy, fidelity
from termbase.signature import Signature


@click.command("export")
@click.option("--format", "-f", "format_name", type=click.Choice(list(formats.names())),
              default=None, help="Output format (default: from the output file's suffix).")
@glossary_option
@policy_option
@encoding_option
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file; written atomically.")
def command(format_name: str | None, glossary: tuple[str, ...], policy: str,
            encoding: str | None, output: Path) -> None:
    """Export glossaries (default: the shipped ones) to one file."""
    protect_inputs([output], [], glossaries=glossary)
    loaded = store.load(glossary, policy=ReadPolicy(policy), encoding=encoding)
    echo_diagnostics(loaded.diagnostics)
    signature = Signature.for_glossary(loaded.glossary, inputs=dict(loaded.hashes),
                                       settings={"format": format_name or output.suffix[1:]})
    fmt = formats.write_glossary(loaded.glossary, output, format_name=format_name,
                                 signature=signature)
    echo_diagnostics(fidelity.losses(loaded.glossary, fmt, path=str(output)))
    click.echo(f"wrote {output} ({fmt.name}): {len(loaded.glossary)} concepts, "
               f"{loaded.glossary.term_count()} terms")
