"""The draft being checked: segments with locations, grouped into aligned units.

A monolingual draft is a list of units with a source side only. A bilingual draft pairs
source and target segments in units (a TMX/XLIFF unit, a spreadsheet row, a line of a
pre-split pair, or a bead of the aligner). Building a :class:`Draft` from text is pure;
reading files is in :mod:`termbase.check.drafts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from termbase.diagnostics import Diagnostic
from termbase.errors import InputError
from termbase.text.decode import file_lines
from termbase.text.language import guess_language


@dataclass(frozen=True, slots=True)
class DraftSegment:
    """One line, paragraph, row or unit of a draft file, with where it is."""

    text: str
    file: str
    line: int | None = None
    """1-based line of a text file, row of a sheet, or line of a TMX/XLIFF segment."""
    paragraph: int | None = None
    """1-based paragraph of a .docx (paragraphs and table cells in reading order)."""


@dataclass(frozen=True, slots=True)
class DraftUnit:
    """Source segments and the target segments that translate them (none if monolingual)."""

    source: tuple[DraftSegment, ...]
    target: tuple[DraftSegment, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    units: tuple[DraftUnit, ...]
    source_lang: str
    target_lang: str | None = None
    inputs: tuple[tuple[str, str], ...] = ()
    """(file name, sha256) of every file read, for the output signature."""
    settings: tuple[tuple[str, str], ...] = ()
    """How the draft was read and aligned, for the output signature."""
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def bilingual(self) -> bool:
        return self.target_lang is not None

    @property
    def languages(self) -> tuple[str, ...]:
        return (self.source_lang,) if self.target_lang is None else (
            self.source_lang, self.target_lang)

    def segment_count(self) -> int:
        return sum(len(u.source) + len(u.target) for u in self.units)


def detect_language(texts: Sequence[str]) -> str:
    """'en' when the writing is English (:func:`termbase.text.language.guess_language`),
    else 'zh': a draft with more than a name or two in Chinese characters is checked as
    Chinese, whatever its share of Latin symbols, numbers and acronyms."""
    return "en" if guess_language("".join(texts)) == "en" else "zh"


def segments_from_text(text: str, file: str, *, by_paragraph: bool = False
                       ) -> list[DraftSegment]:
    """One segment per non-blank line (or .docx paragraph), located by its 1-based number."""
    segments = []
    for number, line in enumerate(file_lines(text), start=1):
        if not line.strip():
            continue
        segments.append(DraftSegment(line, file, None if by_paragraph else number,
                                     number if by_paragraph else None))
    return segments


def monolingual(segments: Sequence[DraftSegment], *, lang: str | None = None,
                inputs: Sequence[tuple[str, str]] = (),
                diagnostics: Sequence[Diagnostic] = ()) -> Draft:
    """A draft in one language (detected when ``lang`` is None)."""
    language = lang or detect_language([s.text for s in segments])
    return Draft(tuple(DraftUnit((s,)) for s in segments), language, None, tuple(inputs),
                 (("draft", "monolingual"),), tuple(diagnostics))


def presplit_pair(source_text: str, source_file: str, target_text: str, target_file: str, *,
                  by_paragraph: bool = False, source_lang: str | None = None,
                  target_lang: str | None = None, inputs: Sequence[tuple[str, str]] = (),
                  ) -> Draft:
    """Line i of the source translates line i of the target; blank pairs are skipped.

    Unequal numbers of lines mean the files are not pre-split translations of each other,
    and pairing them by position would report nonsense, so they are refused.
    """
    src_lines = file_lines(source_text.rstrip("\r\n"))
    tgt_lines = file_lines(target_text.rstrip("\r\n"))
    if len(src_lines) != len(tgt_lines):
        raise InputError(
            f"--presplit needs line-aligned files, but {source_file} has {len(src_lines)} "
            f"lines and {target_file} has {len(tgt_lines)}", path=target_file,
            hint="split both files the same way (one sentence or paragraph per line), or "
                 "drop --presplit to let the aligner pair them")
    units = []
    for number, (src, tgt) in enumerate(zip(src_lines, tgt_lines, strict=True), start=1):
        if not src.strip() and not tgt.strip():
            continue
        line = None if by_paragraph else number
        para = number if by_paragraph else None
        units.append(DraftUnit(
            (DraftSegment(src.rstrip("\r"), source_file, line, para),) if src.strip() else (),
            (DraftSegment(tgt.rstrip("\r"), target_file, line, para),) if tgt.strip() else ()))
    s_lang = source_lang or detect_language(src_lines)
    t_lang = target_lang or detect_language(tgt_lines)
    return Draft(tuple(units), s_lang, t_lang, tuple(inputs), (("draft", "presplit pair"),))


def bilingual(pairs: Sequence[tuple[Sequence[DraftSegment], Sequence[DraftSegment]]],
              source_lang: str, target_lang: str, *, inputs: Sequence[tuple[str, str]] = (),
              settings: Sequence[tuple[str, str]] = (),
              diagnostics: Sequence[Diagnostic] = ()) -> Draft:
    """A bilingual draft from (source segments, target segments) units."""
    units = tuple(DraftUnit(tuple(s), tuple(t)) for s, t in pairs if s or t)
    return Draft(units, source_lang, target_lang, tuple(inputs), tuple(settings),
                 tuple(diagnostics))
