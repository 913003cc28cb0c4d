"""What a check reports: one :class:`Finding` per problem, with where, what and the fix.

Findings are plain immutable values so that every report writer (text, JSON, Excel,
HTML) renders the same list, and so that tests compare them directly. The segment text
and the span of the finding inside it travel with each finding: the HTML report shows
the finding highlighted in its context without going back to the draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from termbase.diagnostics import Severity


class FindingKind(StrEnum):
    """The checks, in the order reports list them within one severity."""

    DEPRECATED = "deprecated"
    MISSING_TARGET = "missing_target"
    TERM_CASE = "term_case"
    NUMBER_MISMATCH = "number_mismatch"
    INCONSISTENT = "inconsistent"
    LEARNED_INCONSISTENT = "learned_inconsistent"
    SEGMENT_INCONSISTENT = "segment_inconsistent"
    UNTRANSLATED_SOURCE = "untranslated_source"
    FIRST_MENTION = "first_mention"


# Errors are what must be fixed before a translation goes out (a wrong or missing
# approved term, a wrong number); warnings need a person's judgement (two renderings may
# both be right in context, and a lower-case "programme of action" may be another
# body's, not the glossary's); a short form before its full title is a matter of style.
# An English term without its Chinese source is a hint, not a problem: official
# translations make explicit what the Chinese leaves implicit (paraphrase, a synonym or
# short form the glossary lacks), so most such terms are right.
DEFAULT_SEVERITY: dict[FindingKind, Severity] = {
    FindingKind.DEPRECATED: Severity.ERROR,
    FindingKind.MISSING_TARGET: Severity.ERROR,
    FindingKind.TERM_CASE: Severity.WARNING,
    FindingKind.NUMBER_MISMATCH: Severity.ERROR,
    FindingKind.INCONSISTENT: Severity.WARNING,
    FindingKind.LEARNED_INCONSISTENT: Severity.WARNING,
    FindingKind.SEGMENT_INCONSISTENT: Severity.WARNING,
    FindingKind.UNTRANSLATED_SOURCE: Severity.INFO,
    FindingKind.FIRST_MENTION: Severity.INFO,
}

_KIND_ORDER = {kind: i for i, kind in enumerate(FindingKind)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a draft.

    ``file``/``line``/``paragraph`` locate the segment the finding is about (``line`` is
    1-based: a line of a text file, a row of a sheet, a unit of a TMX or XLIFF file, or a
    paragraph of a .docx). ``found`` is the text as it appears in the draft (empty when
    something is missing), ``expected`` the glossary terms that would be right.
    ``segment`` and ``span`` (offsets into ``segment``) give the context; ``span`` is
    ``None`` when nothing in the segment itself is at fault (a missing term).
    """

    kind: FindingKind
    severity: Severity
    file: str
    line: int | None
    lang: str
    term: str
    """The glossary term the finding is about (the source term for a bilingual check)."""
    found: str
    expected: tuple[str, ...]
    message: str
    fix: str = ""
    concept_id: str = ""
    paragraph: int | None = None
    segment: str = ""
    span: tuple[int, int] | None = None
    other_file: str = ""
    other_line: int | None = None
    """The aligned segment on the other side, for bilingual checks."""
    other_segment: str = ""
    other_span: tuple[int, int] | None = None

    @property
    def where(self) -> str:
        """'file:line', or 'file ¶n' for a document located by paragraph."""
        if self.line is not None:
            return f"{self.file}:{self.line}"
        if self.paragraph is not None:
            return f"{self.file} ¶{self.paragraph}"
        return self.file

    def sort_key(self) -> tuple[int, str, int, int, int]:
        """Most severe first, then in draft order, then by kind."""
        position = self.line if self.line is not None else (self.paragraph or 0)
        return (-self.severity.rank, self.file, position,
                self.span[0] if self.span else -1, _KIND_ORDER[self.kind])

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "file": self.file,
            "line": self.line,
            "paragraph": self.paragraph,
            "lang": self.lang,
            "term": self.term,
            "found": self.found,
            "expected": list(self.expected),
            "concept_id": self.concept_id,
            "message": self.message,
            "fix": self.fix,
            "segment": self.segment,
            "span": list(self.span) if self.span else None,
            "other_file": self.other_file or None,
            "other_line": self.other_line,
            "other_segment": self.other_segment or None,
            "other_span": list(self.other_span) if self.other_span else None,
        }


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def count_by_severity(findings: list[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts
