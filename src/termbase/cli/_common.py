"""Options and output helpers shared by subcommands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from termbase.diagnostics import Diagnostic
from termbase.formats import ReadPolicy

glossary_option = click.option(
    "--glossary", "-g", "glossary", multiple=True, metavar="G",
    help="A glossary file (TBX v3 or 2008, xlsx, csv, json) or the name of a glossary "
         "in glossaries/. Repeatable. Default: every glossary shipped in glossaries/.")

format_option = click.option(
    "--format", "-f", "output_format", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="Output format.")

policy_option = click.option(
    "--on-bad-entry", "policy", type=click.Choice([p.value for p in ReadPolicy]),
    default=ReadPolicy.STRICT.value, show_default=True,
    help="strict: refuse a file with an entry that cannot be interpreted; "
         "skip: leave such entries out, with a warning.")


def echo_json(payload: Any) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def echo_diagnostics(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
    for d in diagnostics:
        click.echo(f"termbase: {d}", err=True)


def output_path(value: str) -> Path:
    return Path(value)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
