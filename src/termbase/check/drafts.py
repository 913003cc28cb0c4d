"""The edge where draft files become a :class:`~termbase.check.draft.Draft`.

One reader per kind of input, chosen by suffix:

* ``.txt``/``.docx`` alone: a monolingual draft, language detected; located by line
  (.txt) or paragraph (.docx, paragraphs and table cells in reading order);
* ``.txt``/``.docx`` with ``target``: a pair of files, aligned by the aligner, or paired
  line by line with ``presplit`` (unequal line counts are refused);
* a bilingual file of a registered bitext format that carries text
  (:func:`termbase.formats.bitext_names`): TMX translation units (in the direction
  their units are written), XLIFF 1.1, 1.2 or 2.0 segments, or a two-column table
  (.xlsx, .tsv) whose Chinese and English columns are recognised by their header or,
  failing that, by their script.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from termbase import formats
from termbase.check.draft import (
    Draft,
    DraftSegment,
    bilingual,
    detect_language,
    monolingual,
    presplit_pair,
    segments_from_text,
)
from termbase.check.matching import base_lang
from termbase.diagnostics import Diagnostic, warning
from termbase.documents.limits import check_file_size
from termbase.documents.readers import LANGUAGE_SUFFIXES, read_document_text
from termbase.errors import InputError, UsageError
from termbase.fileio import read_bytes
from termbase.formats.base import Bitext, BitextFormat
from termbase.signature import sha256_bytes

if TYPE_CHECKING:
    from termbase.align.lexicon import Lexicon

_TEXT_SUFFIXES = (".txt", ".docx", *LANGUAGE_SUFFIXES)


def _bitext_draft(path: Path, data: bytes, bitext: Bitext) -> Draft:
    """A bilingual file read through its registered format (TMX, XLIFF, two-column
    tables). A side with no text gives no segment; units with no text at all are left
    out; units not translated yet (XLIFF) are counted in a warning."""
    source = str(path)
    pairs = []
    untranslated = 0
    for unit in bitext.units:
        target = unit.target or ""
        if not unit.source.strip() and not target.strip():
            continue
        if unit.target is None:
            untranslated += 1
        pairs.append(((DraftSegment(unit.source, source, unit.line),) if unit.source.strip()
                      else (),
                      (DraftSegment(target, source, unit.line),) if target.strip() else ()))
    notes = list(bitext.diagnostics)
    if untranslated:
        notes.append(warning("TB610", f"{untranslated} segment(s) have no translation yet; "
                                      f"only their source was checked", path=source))
    return bilingual(pairs, base_lang(bitext.source_lang), base_lang(bitext.target_lang),
                     inputs=[(path.name, sha256_bytes(data))],
                     settings=[("draft", bitext.kind)], diagnostics=notes)


def _bilingual_format(path: Path) -> BitextFormat | None:
    """The registered bilingual format of ``path`` that carries text, if any."""
    fmt = formats.find_bitext(path)
    return fmt if fmt is not None and fmt.read is not None and fmt.has_text else None


def _bilingual_suffixes() -> list[str]:
    return [s for name in formats.bitext_names(readable=True)
            if formats.get_bitext(name).has_text for s in formats.get_bitext(name).suffixes]


def _aligned_pair(src_segments: list[DraftSegment], tgt_segments: list[DraftSegment],
                  src_lang: str, tgt_lang: str, lexicon: Lexicon | None,
                  inputs: list[tuple[str, str]], notes: list[Diagnostic]) -> Draft:
    try:
        from termbase.align.aligner import align
        from termbase.align.model import Segment
    except ImportError:
        raise UsageError("this installation has no sentence aligner, so a pair of files "
                         "cannot be aligned",
                         hint="split both files into matching lines and pass --presplit"
                         ) from None

    def as_segments(segments: list[DraftSegment]) -> list[Segment]:
        return [Segment(i, s.text, location=f"{s.file}:{s.line or s.paragraph}")
                for i, s in enumerate(segments)]

    alignment = align(as_segments(src_segments), as_segments(tgt_segments), lexicon=lexicon,
                      source_lang=src_lang, target_lang=tgt_lang)
    pairs = [([src_segments[i] for i in bead.src], [tgt_segments[i] for i in bead.tgt])
             for bead in alignment.beads]
    settings = [("draft", "aligned pair"), ("aligner confidence",
                                             f"{alignment.confidence:.2f}"),
                ("aligner verdict", alignment.verdict.value),
                *((f"aligner {k}", v) for k, v in alignment.settings)]
    return bilingual(pairs, src_lang, tgt_lang, inputs=inputs, settings=settings,
                     diagnostics=[*notes, *alignment.diagnostics])


def read_draft(path: Path, *, target: Path | None = None, presplit: bool = False,
               lexicon_factory: Callable[[], Lexicon | None] | None = None,
               encoding: str | None = None, sheet: str | None = None) -> Draft:
    """Read the draft at ``path`` (with its translation at ``target``, if given);
    ``sheet`` chooses the sheet of a two-column .xlsx (its name or 1-based number).

    ``lexicon_factory``, called only when alignment is needed, gives the bilingual
    dictionary the aligner uses for a pair of files.
    """
    suffix = path.suffix.lower()
    # No bilingual format claims a text suffix (a test says so): they are looked
    # through, importing every format's module, only for another suffix.
    fmt = None if suffix in _TEXT_SUFFIXES else _bilingual_format(path)
    if sheet is not None and suffix != ".xlsx":
        raise UsageError("--sheet chooses a sheet of an .xlsx draft; this draft is "
                         f"{suffix or 'a file with no suffix'}", path=path,
                         hint="leave out --sheet")
    if fmt is not None and fmt.read is not None:
        if target is not None:
            raise UsageError(f"a {suffix} file is already bilingual; --target is for a pair "
                             f"of .txt, .zh/.en or .docx files", path=path)
        check_file_size(path)
        data = read_bytes(path)
        if sheet is not None:
            from termbase.formats.alignment_tables import read_xlsx

            return _bitext_draft(path, data, read_xlsx(data, str(path), sheet=sheet))
        return _bitext_draft(path, data, fmt.read(data, str(path)))
    if suffix not in _TEXT_SUFFIXES:
        kinds = ", ".join([*_TEXT_SUFFIXES, *_bilingual_suffixes()])
        raise InputError(f"cannot check '{suffix or 'no suffix'}' files", path=path,
                         hint=f"give a draft ending in {kinds}")
    src = read_document_text(path, encoding, plain=LANGUAGE_SUFFIXES)
    by_paragraph = suffix == ".docx"
    src_segments = segments_from_text(src.text, path.name, by_paragraph=by_paragraph)
    inputs = [(path.name, src.sha256)]
    if target is None:
        if presplit:
            raise UsageError("--presplit needs --target TARGET, the translation", path=path)
        return monolingual(src_segments, inputs=inputs, diagnostics=src.diagnostics)
    if target.suffix.lower() not in _TEXT_SUFFIXES:
        raise InputError(f"cannot read '{target.suffix}' as the translation of a "
                         f"{suffix} draft", path=target,
                         hint="give the translation as .txt, .zh/.en or .docx")
    tgt = read_document_text(target, encoding, plain=LANGUAGE_SUFFIXES)
    inputs.append((target.name, tgt.sha256))
    tgt_by_paragraph = target.suffix.lower() == ".docx"
    src_lang = detect_language([src.text])
    tgt_lang = detect_language([tgt.text])
    if src_lang == tgt_lang:
        raise InputError(f"the draft and its translation both look like '{src_lang}' text",
                         path=target,
                         hint="give the original and its translation in the other language")
    if presplit:
        if by_paragraph != tgt_by_paragraph:
            raise UsageError("--presplit pairs lines, so both files must be plain text or "
                             "both .docx", path=target)
        draft = presplit_pair(src.text, path.name, tgt.text, target.name,
                              by_paragraph=by_paragraph, source_lang=src_lang,
                              target_lang=tgt_lang, inputs=inputs)
        return _with_notes(draft, [*src.diagnostics, *tgt.diagnostics])
    tgt_segments = segments_from_text(tgt.text, target.name, by_paragraph=tgt_by_paragraph)
    lexicon = lexicon_factory() if lexicon_factory is not None else None
    return _aligned_pair(src_segments, tgt_segments, src_lang, tgt_lang, lexicon, inputs,
                         [*src.diagnostics, *tgt.diagnostics])


def _with_notes(draft: Draft, notes: list[Diagnostic]) -> Draft:
    from dataclasses import replace

    return replace(draft, diagnostics=(*draft.diagnostics, *notes)) if notes else draft


