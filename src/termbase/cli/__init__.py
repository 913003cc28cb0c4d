"""The ``termbase`` console script: one click group, one module per subcommand.

The CLI only parses arguments, calls the library and formats results. It is the only
place that prints or chooses exit codes:

* 0 — success;
* 1 — the command ran and found problems (an invalid TBX file, check findings);
* 2 — bad input or usage (the message says which file, which line, what to do);
* 3 — an internal error (a bug: rerun with --debug and report the traceback).
"""

from __future__ import annotations

import importlib
import sys
import traceback

import click

from termbase import __version__
from termbase.errors import TermbaseError

EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3

# One line per subcommand: (command name, module defining a click command called `command`).
_COMMANDS: dict[str, str] = {
    "align": "termbase.cli.align",
    "build": "termbase.cli.build",
    "check": "termbase.cli.check",
    "ingest": "termbase.cli.ingest",
    "extract": "termbase.cli.extract",
    "lookup": "termbase.cli.lookup",
    "glossaries": "termbase.cli.glossaries",
    "index": "termbase.cli.index",
    "export": "termbase.cli.export",
    "import": "termbase.cli.import_",
    "validate": "termbase.cli.validate",
    "pair": "termbase.cli.pair",
    "mine": "termbase.cli.mine",
    "serve": "termbase.cli.serve",
}


class _LazyGroup(click.Group):
    """Imports a subcommand's module only when that subcommand runs (fast start-up)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = _COMMANDS.get(name)
        if module is None:
            return None
        command: click.Command = importlib.import_module(module).command
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="termbase")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of short messages.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Chinese–English terminology for United Nations documents."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _debug_first(args: list[str]) -> tuple[list[str], bool]:
    """``args`` with a ``--debug`` given anywhere before ``--`` moved to the front, where
    the group's option is, and whether there was one. The messages say "rerun with
    --debug", and a user adds it at the end of the command line, where the subcommand
    refused it as an option it does not have (exit 2, and no traceback)."""
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:end]:
        return args, False
    return ["--debug", *(a for a in args[:end] if a != "--debug"), *args[end:]], True


def main(argv: list[str] | None = None) -> int:
    args, debug = _debug_first(sys.argv[1:] if argv is None else argv)
    try:
        result = cli.main(args=args, prog_name="termbase", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("termbase: interrupted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_BAD_INPUT
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except TermbaseError as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"termbase: error: {exc}", err=True)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        click.echo("termbase: interrupted", err=True)
        return 130
    except Exception as exc:  # a bug, not bad input: short message, traceback on request
        if debug:
            # Printed rather than re-raised: Python would exit 1, which here means findings.
            traceback.print_exc()
        click.echo(f"termbase: internal error: {type(exc).__name__}: {exc}\n"
                   "  hint: rerun with --debug and report the traceback", err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
