"""Findings a reviser has accepted, so that they stay quiet on the next run.

A finding is known by its *fingerprint*: a hash of its kind, its concept (or term), what
was found and the text of its segment and of the segment it was compared with, each
normalised (Unicode NFKC, runs of white space as one space). Line numbers and file
names are not part of it: a finding stays accepted when lines are inserted above it or
the draft is renamed, and comes back as soon as the sentence it was about changes.

The accept file is plain UTF-8 text, one fingerprint per line; whatever follows the
fingerprint on its line (kind, term, place, sentence) is a reminder for people and is
not read, nor are blank lines and lines starting with ``#``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from termbase.check.checker import CheckResult
from termbase.check.findings import Finding
from termbase.diagnostics import Diagnostic, Severity
from termbase.errors import FormatError, InputError
from termbase.signature import sha256_bytes
from termbase.text.decode import file_lines

_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
_EXCERPT = 60


class AcceptFileError(FormatError):
    """An accept file that is not a list of finding fingerprints."""

    code = "TB636"


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def fingerprint(finding: Finding) -> str:
    """The finding's identity across runs: 16 hex digits."""
    parts = [finding.kind.value, finding.concept_id or finding.term, finding.term,
             _normalised(finding.found), _normalised(finding.segment),
             _normalised(finding.other_segment)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class AcceptList:
    """The fingerprints of an accept file, and the file's name and hash for signatures."""

    fingerprints: frozenset[str]
    path: Path
    sha256: str


def parse_accepted(data: bytes, path: Path) -> AcceptList:
    """Read an accept file's bytes; AcceptFileError names the first line that is not a
    fingerprint."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AcceptFileError(f"not UTF-8 text (byte {exc.start})", path=path,
                              hint="give the file termbase check --write-accepted wrote") \
            from None
    found = set()
    for number, line in enumerate(file_lines(text), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        token = stripped.split(maxsplit=1)[0]
        if not _FINGERPRINT.fullmatch(token):
            raise AcceptFileError(
                f"'{token[:20]}' is not a finding fingerprint (16 hex digits)", path=path,
                line=number, hint="each line starts with a fingerprint as written by "
                                  "termbase check --write-accepted; comment lines start "
                                  "with #")
        found.add(token)
    return AcceptList(frozenset(found), path, sha256_bytes(data))


def read_accepted(path: Path) -> AcceptList:
    """Read the accept file at ``path``."""
    from termbase.documents.limits import check_file_size
    from termbase.fileio import read_bytes

    if not path.is_file():
        raise InputError("accept file not found", path=path,
                         hint="write one first with --write-accepted FILE, or check the name")
    check_file_size(path)
    return parse_accepted(read_bytes(path), path)


def apply_accepted(result: CheckResult, accepted: AcceptList) -> CheckResult:
    """``result`` without the accepted findings, which move to ``result.accepted``; an
    info diagnostic (TB637) says how many, and the signature names the accept file."""
    shown: list[Finding] = []
    quiet: list[Finding] = []
    for finding in result.findings:
        (quiet if fingerprint(finding) in accepted.fingerprints else shown).append(finding)
    note = Diagnostic(Severity.INFO, "TB637",
                      f"{len(quiet)} accepted finding(s) not shown", str(accepted.path),
                      hint="drop --accept to see them all") if quiet else None
    signature = dataclasses.replace(
        result.signature,
        inputs=tuple(sorted({**dict(result.signature.inputs),
                             accepted.path.name: accepted.sha256}.items())),
        counts=tuple(sorted({**dict(result.signature.counts), "accepted": len(quiet)}.items())))
    return dataclasses.replace(
        result, findings=tuple(shown), accepted=(*result.accepted, *quiet),
        signature=signature,
        diagnostics=(*result.diagnostics, *((note,) if note else ())))


def _line(finding: Finding) -> str:
    where = f"{finding.file}:{finding.line or finding.paragraph or ''}".rstrip(":")
    segment = _normalised(finding.segment)
    excerpt = segment if len(segment) <= _EXCERPT else segment[:_EXCERPT - 1] + "…"
    label = (finding.term or finding.found).replace("\t", " ")
    return f"{fingerprint(finding)}\t{finding.kind.value}\t{label}\t{where}\t{excerpt}"


def accepted_bytes(findings: Iterable[Finding]) -> bytes:
    """The accept file for ``findings``: one line each, in report order, duplicates once."""
    lines = ["# termbase check: accepted findings, one fingerprint per line (the rest of "
             "the line is a reminder)"]
    seen: set[str] = set()
    for finding in findings:
        line = _line(finding)
        if line[:16] not in seen:
            seen.add(line[:16])
            lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")
