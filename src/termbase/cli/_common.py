"""Options and output helpers shared by subcommands."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import click

from termbase.diagnostics import Diagnostic
from termbase.errors import TermbaseError, UsageError
from termbase.formats import ReadPolicy

glossary_option = click.option(
    "--glossary", "-g", "glossary", multiple=True, metavar="G",
    help="A glossary file (TBX v3 or 2008, xlsx, csv, json) or the name of a stored "
         "glossary. Repeatable. Default: every stored glossary (`termbase glossaries` "
         "lists them).")

format_option = click.option(
    "--format", "-f", "output_format", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="Output format.")

policy_option = click.option(
    "--on-bad-entry", "policy", type=click.Choice([p.value for p in ReadPolicy]),
    default=ReadPolicy.STRICT.value, show_default=True,
    help="strict: refuse a file with an entry that cannot be interpreted; "
         "skip: leave such entries out, with a warning.")


def _checked_encoding(ctx: click.Context, param: click.Parameter,
                      value: str | None) -> str | None:
    from termbase.text.decode import encoding_error

    problem = encoding_error(value) if value else None
    if problem:
        raise click.BadParameter(f"{problem}; use a codec name such as utf-8, gb18030, big5, "
                                 f"cp950, shift_jis, euc-kr, utf-16, cp1252")
    return value


encoding_option = click.option(
    "--encoding", "encoding", default=None, metavar="CODEC", callback=_checked_encoding,
    help="Encoding of the plain-text inputs (.txt, .csv, .tsv, .json, term lists), e.g. "
         "gb18030, big5, utf-16, cp1252. Default: detected (UTF-8, UTF-16, then GB18030, "
         "Big5, Shift_JIS, EUC-KR with a warning). XML and Office files declare their own.")


def echo_json(payload: Any) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def echo_diagnostics(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
    for d in diagnostics:
        click.echo(f"termbase: {d}", err=True)


def protect_inputs(outputs: Iterable[Path], inputs: Iterable[Path | None], *,
                   glossaries: Sequence[str] | None = None) -> None:
    """Refuse, before any work, outputs that cannot be written (a folder, a write-protected
    file or folder) or would replace an input, a glossary in use or any glossary of the
    store.

    ``glossaries`` are the ``--glossary`` specs of a command that reads glossaries (the
    shipped ones when empty); ``None`` for a command that reads none.
    """
    from termbase import store
    from termbase.fileio import (
        refuse_overwriting_glossaries,
        refuse_overwriting_inputs,
        refuse_unwritable,
    )

    outputs = list(outputs)
    paths = [p for p in inputs if p is not None]
    if glossaries is not None:
        paths.extend(glossary_paths(glossaries))
    refuse_overwriting_inputs(outputs, paths)
    refuse_overwriting_glossaries(outputs, [g.path for g in store.stored_glossaries()])
    refuse_unwritable(outputs)
    _refuse_the_store_folders(outputs)


def _refuse_the_store_folders(outputs: Iterable[Path]) -> None:
    """The commands that call :func:`protect_inputs` write no glossary: a file of theirs
    with a glossary suffix in a store folder ('extract -o glossaries/cands.csv') would be
    read as a glossary by every later command, which then all fail on it."""
    from termbase import formats, store

    known = formats.suffixes()
    folders = {f.path.resolve(): f.path for f in store.search_path()}
    for out in outputs:
        if out.suffix.lower() in known and not out.name.startswith("."):
            folder = folders.get(Path(out).parent.resolve())
            if folder is not None:
                raise UsageError(f"the output would go into the glossary store ({folder}), "
                                 "where every command would read it as a glossary",
                                 path=out, hint="write it to another folder; glossaries "
                                                "enter the store through 'termbase import'")


def chosen_format(out: Path, format_name: str | None,
                  by_suffix: Mapping[str, str]) -> str | None:
    """The --format given, else the one ``out``'s suffix names (None: neither says).

    A --format that the suffix contradicts ('-f xlsx -o cands.csv') is refused: the file
    would be opened, and read back, as what its name says."""
    named = by_suffix.get(out.suffix.lower())
    if format_name and named and named != format_name:
        wanted = next((s for s, f in by_suffix.items() if f == format_name), "")
        rename = f"name the output *{wanted}" if wanted else "rename the output"
        raise UsageError(f"the output's suffix {out.suffix} names {named}, not {format_name}",
                         path=out, hint=f"{rename}, or leave out --format")
    return format_name or named


def glossary_paths(specs: Sequence[str]) -> list[Path]:
    """The files ``--glossary`` specs name (the shipped ones when empty), for input
    checks; an unknown name gives none here and is reported when the glossary loads."""
    from termbase import store

    with contextlib.suppress(TermbaseError):
        return store.input_paths(specs)
    return []
