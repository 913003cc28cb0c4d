"""Importing a glossary into another: resolve the target, read the incoming file, merge
under the target's lock, and say what was added, enriched or in conflict.

A reviewed pairing sheet (``termbase mine``) yields its accepted pairs only. A target
whose rewrite would lose what its reader does not keep (a hand-made workbook, unknown
columns) is refused before anything is read or written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from termbase import formats, store
from termbase.diagnostics import Diagnostic
from termbase.errors import InputError, UsageError
from termbase.fileio import DEFAULT_LOCK_TIMEOUT, read_bytes, refuse_overwriting_inputs
from termbase.formats import ReadPolicy, ReadResult, fidelity, review
from termbase.merge import MergeReport, merge
from termbase.paths import inside_installed_package


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: the target, whether the glossary changed (and was written,
    unless this was a dry run), the merge report and the readers' warnings."""

    target: Path
    changed: bool
    dry_run: bool
    report: MergeReport
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def written(self) -> bool:
        return self.changed and not self.dry_run


def target_path(into: str | Path) -> Path:
    """The glossary to merge into: an existing file or stored glossary, or a new file
    (a bare name becomes a new TBX in the store's folder for new glossaries)."""
    try:
        existing = store.resolve(str(into))
    except InputError:  # no such file or stored glossary: create it
        path = Path(into)
        if path.suffix == "":
            _refuse_a_folder_for_a_name(str(into), path)
            path = store.new_glossary_folder() / f"{into}{store.CANONICAL_SUFFIX}"
        if path.suffix.lower() not in formats.suffixes():  # refused before any work
            raise UsageError(f"cannot tell the glossary format of '{into}'", path=path,
                             hint="name the glossary with one of the suffixes "
                                  f"{', '.join(formats.suffixes())}, or give a bare name"
                             ) from None
        return path
    if inside_installed_package(existing):
        raise UsageError(
            f"'{into}' is a glossary shipped inside the installed termbase package; "
            "it is not changed in place (an upgrade would discard the change)",
            path=existing,
            hint=f"import into a glossary of your own, e.g. --into my-{existing.stem} "
                 f"(created in {store.new_glossary_folder()})")
    return existing


def _refuse_a_folder_for_a_name(into: str, path: Path) -> None:
    """Only a bare name names a new stored glossary: a folder ('out/', 'work/terms') was
    turned into 'work/terms.tbx' or a file called '.tbx' in the store."""
    if len(path.parts) != 1 or into.endswith(("/", "\\")) or path.is_absolute():
        what = "a folder" if path.is_dir() else "a path without a file suffix"
        raise UsageError(f"'{into}' is {what}, not a glossary", path=path,
                         hint="give a glossary file (e.g. terms/new.tbx), or a bare name "
                              "(e.g. new) for a new glossary in the store")


def read_incoming(file: Path, *, from_format: str | None = None,
                  policy: ReadPolicy = ReadPolicy.STRICT,
                  encoding: str | None = None) -> ReadResult:
    """``file`` as a glossary; a reviewed pairing sheet yields its accepted pairs only."""
    if from_format is None and file.suffix.lower() == ".xlsx":
        data = read_bytes(file)
        if review.is_review_workbook(data):
            return review.read_reviewed(data, str(file), policy)
    result = formats.read_glossary(file, format_name=from_format, policy=policy,
                                   encoding=encoding)
    formats.require_concepts(result.glossary, file)
    return result


def import_into(file: Path, into: str | Path, *, from_format: str | None = None,
                policy: ReadPolicy | str = ReadPolicy.STRICT, dry_run: bool = False,
                encoding: str | None = None,
                lock_timeout: float | None = None) -> ImportResult:
    """Merge ``file`` into the glossary ``into``; see the module docstring."""
    target = target_path(into)
    refuse_overwriting_inputs([target], [file])
    diagnostics = list(fidelity.check_rewrite(target))
    incoming = read_incoming(file, from_format=from_format, policy=ReadPolicy(policy),
                             encoding=encoding)
    diagnostics += incoming.diagnostics
    diagnostics += fidelity.losses(incoming.glossary, formats.detect(target), path=str(target))
    # The target is read inside the lock: another import may have changed it meanwhile.
    report, changed = store.update(
        target, lambda base: merge(base, incoming.glossary), dry_run=dry_run,
        lock_timeout=DEFAULT_LOCK_TIMEOUT if lock_timeout is None else lock_timeout)
    return ImportResult(target, changed, dry_run, report, tuple(diagnostics))
