"""``termbase check``: check a draft's terminology against a glossary."""

from __future__ import annotations

from pathlib import Path

import click

from termbase import api
from termbase.cli._common import (
    chosen_format,
    echo_diagnostics,
    encoding_option,
    glossary_option,
    protect_inputs,
)
from termbase.diagnostics import Severity
from termbase.errors import UsageError
from termbase.gcpause import ends_with_its_command
from termbase.progress import Bar

_FAIL_ON = ("error", "warning", "info", "never")

# Only the formats a suffix names without doubt: a .txt report may hold text or JSON.
_BY_SUFFIX = {".json": "json", ".xlsx": "xlsx", ".html": "html", ".htm": "html"}


@click.command("check")
@click.argument("draft", type=click.Path(path_type=Path, dir_okay=False))
@glossary_option
@click.option("--target", "-t", type=click.Path(path_type=Path, dir_okay=False),
              help="The translation of DRAFT (.txt, .zh/.en or .docx): check the pair.")
@click.option("--presplit", is_flag=True,
              help="DRAFT and TARGET are line-aligned (line i translates line i); pair "
                   "them by line instead of aligning. Unequal line counts are refused.")
@click.option("--format", "-f", "output_format",
              type=click.Choice(["text", "json", "xlsx", "html"]), default=None,
              help="Report format (xlsx needs -o) [default: from the output's suffix, "
                   "else text].")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(_FAIL_ON), default="error", show_default=True,
              help="Exit with 1 when there are findings of this severity or above.")
@click.option("--verb-forms", is_flag=True,
              help="English: match verb forms too (implement/implements/implemented).")
@click.option("--strict-spelling", is_flag=True,
              help="English: do not equate British/American spellings or hyphenated and "
                   "spaced forms.")
@click.option("--strict-terms", is_flag=True,
              help="Every glossary entry is a required term: a missing one whose entry "
                   "is a general word (one common English word that a dictionary sense "
                   "of its source word gives: 'meeting', 'Government') stays an error in "
                   "a pair that translates its line, not a hint. The other reasons for a "
                   "hint (the term rendered otherwise in its line, another sense the "
                   "draft shows) still hold.")
@click.option("--checks", "checks", metavar="NAMES",
              help="Run only these checks (comma-separated names from the list below).")
@click.option("--accept", "accept", type=click.Path(path_type=Path, dir_okay=False),
              help="Accept file: findings whose fingerprint it lists are not shown.")
@click.option("--write-accepted", "write_accepted",
              type=click.Path(path_type=Path, dir_okay=False),
              help="Write the fingerprints of this run's findings (shown and accepted) to "
                   "this accept file, for --accept next time.")
@click.option("--sheet", metavar="NAME|N",
              help="The sheet of a two-column .xlsx DRAFT to check, by name or number "
                   "(1 = the first) [default: the first; the other sheets are named in a "
                   "warning].")
@encoding_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def command(draft: Path, glossary: tuple[str, ...], target: Path | None, presplit: bool,
            output_format: str | None, output: Path | None, fail_on: str, verb_forms: bool,
            strict_spelling: bool, strict_terms: bool, checks: str | None,
            accept: Path | None,
            write_accepted: Path | None, sheet: str | None, encoding: str | None,
            quiet: bool) -> int:
    """Check DRAFT against the glossary's approved terms.

    DRAFT is a monolingual .txt or .docx (Chinese or English, detected; a .zh or .en file,
    as line-aligned corpora name their sides, is plain text too), or a bilingual
    .tmx, .xlf/.xliff (XLIFF 1.1, 1.2 or 2.0) or two-column .xlsx; with --target, DRAFT
    and TARGET are a source and its translation. Of a workbook one sheet is checked, the
    first or the one --sheet names, and findings cite its rows; check each sheet of a
    draft split into sheets with its own run.

    A reviser's loop: --write-accepted FILE records the findings judged acceptable;
    later runs with --accept FILE show only the others (a finding is known by its
    kind, term and sentence, not its line, so it stays accepted when lines move). The
    accept file may be rewritten in place (--accept F --write-accepted F).

    \b
    Checks and severities:
      deprecated           error    a deprecated or superseded term; use the preferred one
      missing_target       error    a source term without an approved equivalent in the
                                    aligned translation
      term_case            warning  an approved term written with the wrong case
                                    ("security council")
      number_mismatch      error    numbers, dates, symbols or session numbers differ
      inconsistent         warning  one source term rendered two ways in the draft
      learned_inconsistent warning  a recurring source term the glossary lacks, rendered
                                    otherwise than in the rest of the draft
      segment_inconsistent warning  one source segment translated two ways, or one
                                    translation for sources with other numbers
      untranslated_source  info     an approved target term with no source term
      first_mention        info     a short form used before the full form appears

    Exit codes: 0 no findings at or above --fail-on (accepted ones do not count), 1
    such findings, 2 bad input.
    """
    from termbase.check.reports import RENDERERS, summary_line
    from termbase.cli import EXIT_FINDINGS  # here: termbase.cli imports this module
    from termbase.fileio import write_atomic

    if output is not None:
        output_format = chosen_format(output, output_format, _BY_SUFFIX)
    output_format = output_format or "text"
    if output_format == "xlsx" and output is None:
        raise UsageError("an Excel report needs a file: add -o REPORT.xlsx")
    if output is not None and write_accepted is not None and (
            output.resolve() == write_accepted.resolve()):
        raise UsageError("--output and --write-accepted name the same file",
                         hint="give the report and the accept file different names")
    if output is not None:
        protect_inputs([output], [draft, target, accept], glossaries=glossary)
    if write_accepted is not None:
        # The accept file alone may be rewritten in place: what is written keeps every
        # fingerprint of this run, accepted ones included.
        protect_inputs([write_accepted], [draft, target], glossaries=glossary)
    # A check is most of its process's life, and what it builds (the glossary's matchers
    # and concepts, the draft, the checks' evidence) is needed to its end: the exit frees
    # it at once, neither object by object nor by the collector.
    ends_with_its_command()
    # A bar over the steps (glossary, draft, each check): exact, and shown on a terminal
    # only, where a large draft against a large glossary takes seconds.
    with Bar(None, desc="check", unit="step", quiet=quiet) as bar:
        def progress(step: str, done: int, total: int) -> None:
            bar.advance_to(done, total)

        result = api.check_draft(draft, glossary=glossary, target=target,
                                 presplit=presplit, verb_forms=verb_forms,
                                 strict_spelling=strict_spelling, encoding=encoding,
                                 accept=accept, progress=progress, sheet=sheet,
                                 strict_terms=strict_terms,
                                 checks=checks.split(",") if checks is not None else None)
    echo_diagnostics(result.diagnostics)
    if write_accepted is not None:
        count = api.write_accepted(result, write_accepted)
        click.echo(f"{count} finding fingerprint(s) written to {write_accepted}", err=True)
    report = RENDERERS[output_format](result)
    data = report.encode("utf-8") if isinstance(report, str) else report
    if output is not None:
        write_atomic(output, data)
        click.echo(f"{summary_line(result)}; report written to {output}", err=True)
    else:
        click.echo(report, nl=False)
    if fail_on != "never" and result.at_or_above(Severity(fail_on)):
        return EXIT_FINDINGS
    return 0
