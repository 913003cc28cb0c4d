"""Findings that do not stop the work: reader warnings, validation reports, merge conflicts.

Readers, validators and checks return lists of these instead of raising at the first
problem, so a user sees everything that is wrong with a file in one run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about an input: what, where, and what to do."""

    severity: Severity
    code: str
    message: str
    path: str | None = None
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        text = f"{where}{self.severity.value}: {self.message} [{self.code}]"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def to_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "hint": self.hint,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagnostic:
        """The inverse of :meth:`to_dict` (its severity back as a :class:`Severity`)."""
        return cls(Severity(data["severity"]), data["code"], data["message"],
                   data.get("path"), data.get("line"), data.get("hint"))


def warning(code: str, message: str, *, path: str | None = None, line: int | None = None,
            hint: str | None = None) -> Diagnostic:
    return Diagnostic(Severity.WARNING, code, message, path, line, hint)


def error(code: str, message: str, *, path: str | None = None, line: int | None = None,
          hint: str | None = None) -> Diagnostic:
    return Diagnostic(Severity.ERROR, code, message, path, line, hint)
