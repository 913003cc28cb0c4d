"""``termbase serve``: the local web lookup page."""

from __future__ import annotations

import click

from termbase import api
from termbase.cli._common import echo_diagnostics, encoding_option, glossary_option
from termbase.diagnostics import Diagnostic
from termbase.serve.server import DEFAULT_HOST, DEFAULT_PORT, is_loopback


@click.command("serve")
@glossary_option
@click.option("--port", "-p", type=int, default=DEFAULT_PORT, show_default=True,
              help="TCP port to listen on.")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on; anything but this machine's loopback makes the "
                   "glossary readable from the network.")
@encoding_option
def command(glossary: tuple[str, ...], port: int, host: str, encoding: str | None) -> None:
    """Serve a read-only web page for looking terms up (Ctrl-C stops it).

    A glossary file changed while served (edited, imported into) is read again, checked
    at most every 2 seconds; while it is reindexed the page answers from the last
    version and says a new index is being built. One deleted or unreadable keeps the
    last good version served, which the page and this log say. Without --glossary
    the page serves the glossary store, and a glossary saved into it while it serves
    (`termbase import`, `termbase build`) is added the same way.
    """
    if not is_loopback(host):
        click.echo(f"termbase: warning: listening on {host}: anyone who can reach this "
                   "machine can read the glossary", err=True)

    def ready(url: str) -> None:
        click.echo(f"termbase: serving {url}/ (Ctrl-C to stop)", err=True)

    def reloaded(line: str, notes: tuple[Diagnostic, ...]) -> None:
        click.echo(f"termbase: {line}", err=True)
        echo_diagnostics(notes)

    api.serve_glossary(list(glossary) or None, host=host, port=port, on_ready=ready,
                       on_diagnostics=echo_diagnostics, encoding=encoding,
                       on_reload=reloaded)
