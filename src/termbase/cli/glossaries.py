"""``termbase glossaries``: the glossary store's folders and where each glossary comes from."""

from __future__ import annotations

import click

from termbase import api
from termbase.cli._common import echo_json


@click.command("glossaries")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def command(fmt: str) -> int:
    """List the glossaries commands use when given no --glossary, and where each comes
    from: $TERMBASE_GLOSSARIES, the project's glossaries/, your own folder, or the ones
    shipped with termbase. A name earlier in the list hides the same name further down.
    """
    listing = api.list_glossaries()
    if fmt == "json":
        echo_json({"search_path": [{"origin": f.origin, "path": str(f.path),
                                    "exists": f.path.is_dir()} for f in listing.folders],
                   "new_glossaries": str(listing.new_glossaries),
                   "glossaries": [g.to_dict() for g in listing.glossaries]})
        return 0
    click.echo("search path (first wins):")
    for number, folder in enumerate(listing.folders, 1):
        missing = ("" if folder.path.is_dir() else
                   "  (a file, not a folder: no glossary is read from it)"
                   if folder.path.exists() else "  (does not exist yet)")
        click.echo(f"  {number}. {folder.origin:<8} {folder.path}{missing}")
    click.echo(f"new glossaries (import --into NAME) go to: {listing.new_glossaries}")
    if not listing.glossaries:
        click.echo("no glossaries found")
        return 0
    click.echo("glossaries:")
    width = max(len(g.name) for g in listing.glossaries)
    for g in listing.glossaries:
        state = "" if g.shadowed_by is None else f"  (hidden by {g.shadowed_by})"
        click.echo(f"  {g.name:<{width}}  {g.origin:<8} {g.path}{state}")
    return 0
