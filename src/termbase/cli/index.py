"""``termbase index``: compile the glossaries for fast lookups now, or clear the cache."""

from __future__ import annotations

import click

from termbase import api
from termbase.cli._common import echo_diagnostics, encoding_option, glossary_option


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 2**10:.0f} KB"


@click.command("index")
@glossary_option
@encoding_option
@click.option("--rebuild", is_flag=True, help="Compile even when the index is up to date.")
@click.option("--clear", is_flag=True,
              help="Delete every compiled glossary in the cache, and nothing else.")
def command(glossary: tuple[str, ...], encoding: str | None, rebuild: bool,
            clear: bool) -> int:
    """Compile the glossaries into the cache, as the first lookup would.

    Lookups open the compiled index instead of reading the glossary files, and it is
    rebuilt automatically when a file changes. The cache is in $TERMBASE_CACHE_DIR,
    else $XDG_CACHE_HOME/termbase, else ~/.cache/termbase (folder glossaries/);
    TERMBASE_NO_CACHE=1 turns it off.
    """
    if clear:
        removed = api.clear_index_cache()
        click.echo(f"removed {len(removed)} compiled glossar{'y' if len(removed) == 1 else 'ies'}"
                   + (f" from {removed[0].parent}" if removed else ""))
        return 0
    info = api.index_glossary(glossary, encoding=encoding, rebuild=rebuild)
    echo_diagnostics(info.diagnostics)
    state = "compiled" if info.rebuilt else "up to date"
    click.echo(f"{state}: {info.path} ({_size(info.size)}, {info.concepts:,} concepts from "
               f"{', '.join(p.name for p in info.sources)})")
    return 0
