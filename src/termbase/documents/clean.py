"""Line-level cleaning of text extracted from PDF: footnotes, markers, markup.

PDF text puts footnotes where the page ended, not where they belong: a marker digit on a
line of its own after the text it annotates ("…行动纲领》，" / "1"), superscript digits
glued to the text ("…成果，³"), and the footnote texts themselves in the middle of the
body, either after a separator line (a long run of spaces where the rule was) followed by
"N" / " text" pairs, or as lines starting with a superscript ("¹ 《…》").

:func:`clean_lines` separates the two streams. Footnote texts become
:class:`RawFootnote` values; markers are taken out of the running text and replaced by
an *anchor*, a private-use character that later steps carry through normalisation
(see :func:`termbase.text.normalise.normalise_with_offsets`) and finally turn into
offsets with :func:`take_anchors`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from termbase.diagnostics import Diagnostic, warning

_ANCHOR_BASE = 0xE000
_ANCHOR_LIMIT = 0xF8FF

_SUPERSCRIPT_DIGITS = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5",
                       "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")

# A marker alone on its line: "1", "3 ". Three digits at most: footnote numbers, not years.
_MARKER_LINE = re.compile(r"\s*(\d{1,3})\s*")
# Where the footnote rule was, PDF text has a long run of spaces or a drawn line.
_SEPARATOR_LINE = re.compile(r"[ \t\u3000]{15,}|\s*[_\-—–]{10,}\s*")
# A footnote text that starts with its superscript number: "¹ 《…》".
_SUPERSCRIPT_FOOTNOTE = re.compile(r"\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)")
# Inside a footnote block, a number and its text on one line: "4 见 A/61/288。".
_NUMBERED_FOOTNOTE = re.compile(r"\s*(\d{1,3})\s+(\S.*)")
# A footnote text is complete when it ends like a sentence (UN footnotes always do).
_COMPLETE = re.compile(r"[。.！？!?]\s*$")


def anchor(number: int) -> str:
    """The private-use character that stands for footnote marker ``number``."""
    return chr(_ANCHOR_BASE + number)


def is_anchor(char: str) -> bool:
    return _ANCHOR_BASE <= ord(char) <= _ANCHOR_LIMIT


def take_anchors(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove anchors from ``text``: the plain text and (footnote number, offset) pairs."""
    plain: list[str] = []
    found: list[tuple[int, int]] = []
    for char in text:
        if is_anchor(char):
            found.append((ord(char) - _ANCHOR_BASE, len(plain)))
        else:
            plain.append(char)
    return "".join(plain), tuple(found)


def _superscripts_to_anchors(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        digits = "".join(_SUPERSCRIPT_DIGITS[c] for c in match.group())
        return anchor(int(digits))

    return _SUPERSCRIPT_RUN.sub(replace, text)


def strip_markup(line: str) -> str:
    """Remove markdown-like emphasis ("**着重指出**") that some converters leave behind."""
    return line.replace("**", "").replace("__", "")


@dataclass(frozen=True, slots=True)
class BodyLine:
    """One line of running text, markers replaced by anchors."""

    text: str
    line: int
    """1-based line number in the source text."""
    indented: bool = False
    """The source line started with white space (a first-line indent in some layouts)."""
    after_marker: bool = False
    """A marker line came just before it; such lines inherit the marker's indent."""


@dataclass(frozen=True, slots=True)
class RawFootnote:
    number: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class CleanedText:
    lines: tuple[BodyLine, ...]
    footnotes: tuple[RawFootnote, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())


@dataclass(slots=True)
class _Note:
    number: int
    line: int
    parts: list[str] = field(default_factory=list)

    def complete(self) -> bool:
        return bool(self.parts) and _COMPLETE.search(self.parts[-1]) is not None


@dataclass(slots=True)
class _State:
    body: list[BodyLine] = field(default_factory=list)
    notes: list[_Note] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    in_notes: bool = False
    after_marker: bool = False


def _finish_note(state: _State, note: _Note, source_name: str) -> RawFootnote | None:
    text = " ".join(part.strip() for part in note.parts).strip()
    if not text:
        state.diagnostics.append(warning(
            "TB611", f"footnote {note.number} has no text", path=source_name, line=note.line,
            hint="check the footnote area of the source page"))
        return None
    return RawFootnote(note.number, text, note.line)


def _footnote_line(state: _State, raw: str, number: int,
                   starts_paragraph: Callable[[str], bool]) -> bool:
    """Consume ``raw`` as part of a footnote block; False when the block has ended."""
    if not raw.strip():
        return True
    current = state.notes[-1] if state.notes else None
    marker = _MARKER_LINE.fullmatch(raw)
    if marker:
        state.notes.append(_Note(int(marker.group(1)), number))
        return True
    superscript = _SUPERSCRIPT_FOOTNOTE.fullmatch(raw)
    if superscript:
        digits = "".join(_SUPERSCRIPT_DIGITS[c] for c in superscript.group(1))
        state.notes.append(_Note(int(digits), number, [superscript.group(2)]))
        return True
    open_note = current is not None and not current.complete()
    if current is not None and open_note and not starts_paragraph(raw.strip()):
        current.parts.append(raw)
        return True
    numbered = _NUMBERED_FOOTNOTE.fullmatch(raw)
    if numbered and not open_note and state.notes and not starts_paragraph(raw.strip()):
        state.notes.append(_Note(int(numbered.group(1)), number, [numbered.group(2)]))
        return True
    return False


def _body_line(state: _State, raw: str, number: int, source_name: str) -> None:
    if not raw.strip():
        return
    marker = _MARKER_LINE.fullmatch(raw)
    if marker:
        if not state.body:
            state.diagnostics.append(warning(
                "TB612", f"footnote marker {marker.group(1)} before any text; ignored",
                path=source_name, line=number))
            return
        last = state.body[-1]
        state.body[-1] = BodyLine(last.text + anchor(int(marker.group(1))), last.line,
                                  last.indented, last.after_marker)
        state.after_marker = True
        return
    text = _superscripts_to_anchors(strip_markup(raw)).strip()
    indented = raw[:1].isspace()
    state.body.append(BodyLine(text, number, indented, state.after_marker))
    state.after_marker = False


def clean_lines(text: str, *, source_name: str,
                starts_paragraph: Callable[[str], bool] = lambda _line: False) -> CleanedText:
    """Split PDF text into running-text lines and footnotes (see the module docstring).

    ``starts_paragraph`` tells whether a line opens a new paragraph of the body; it ends
    a footnote block even when the last footnote looks unfinished, so that a footnote
    without final punctuation cannot swallow the body.
    """
    state = _State()
    for number, raw in enumerate(text.splitlines(), start=1):
        if state.in_notes and _footnote_line(state, raw, number, starts_paragraph):
            continue
        state.in_notes = False
        if _SEPARATOR_LINE.fullmatch(raw):
            state.in_notes = True
            continue
        superscript = _SUPERSCRIPT_FOOTNOTE.fullmatch(raw)
        if superscript:
            # A line that starts with a superscript number is a footnote text: markers
            # always follow the text they annotate, so they never start a line.
            state.in_notes = _footnote_line(state, raw, number, starts_paragraph)
            continue
        _body_line(state, raw, number, source_name)

    footnotes: list[RawFootnote] = []
    seen: set[int] = set()
    for note in state.notes:
        if note.number in seen:
            state.diagnostics.append(warning(
                "TB613", f"footnote {note.number} appears twice; the first text is kept",
                path=source_name, line=note.line))
            continue
        finished = _finish_note(state, note, source_name)
        if finished is not None:
            seen.add(note.number)
            footnotes.append(finished)
    return CleanedText(tuple(state.body), tuple(footnotes), tuple(state.diagnostics))
