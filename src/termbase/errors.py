"""The one error hierarchy of termbase.

Every error a user can cause carries a stable code, the file and line (or row) it is
about, and a hint saying what to do. The CLI prints ``str(error)`` and exits non-zero;
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

from pathlib import Path


class TermbaseError(Exception):
    """Base class: an actionable problem, never a bug."""

    code = "TB000"

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        text += f" [{self.code}]"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def with_path(self, path: str | Path) -> TermbaseError:
        """Attach the file name when the code that raised only saw bytes."""
        if self.path is None:
            self.path = str(path)
        return self


class InputError(TermbaseError):
    """A file cannot be read: missing, empty, undecodable, binary."""

    code = "TB100"


class FormatError(InputError):
    """A file was read but its content cannot be interpreted in the expected format."""

    code = "TB200"


class UsageError(TermbaseError):
    """Arguments or options that do not fit together."""

    code = "TB300"


class OverwriteError(UsageError):
    """An output would replace one of the command's own inputs; refused before any work."""

    code = "TB310"


class OutputError(TermbaseError):
    """An output cannot be written; the previous file, if any, is left intact."""

    code = "TB400"


class LockError(OutputError):
    """Another process holds the lock on a file this command must update."""

    code = "TB410"


class StepError(TermbaseError):
    """A pipeline step failed; the step's name is attached to the underlying error."""

    code = "TB500"

    def __init__(self, step: str, cause: TermbaseError) -> None:
        super().__init__(
            f"step '{step}' failed: {cause.message}",
            path=cause.path,
            line=cause.line,
            hint=cause.hint,
        )
        self.step = step
        self.code = cause.code


class LimitError(InputError):
    """An input exceeds a safety limit (size, nesting, compression ratio): refused whole,
    before it can take unbounded memory or time."""

    code = "TB120"
