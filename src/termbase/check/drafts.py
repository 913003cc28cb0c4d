"""The edge where draft files become a :class:`~termbase.check.draft.Draft`.

One reader per kind of input, chosen by suffix in :data:`_BILINGUAL_READERS`:

* ``.txt``/``.docx`` alone: a monolingual draft, language detected; located by line
  (.txt) or paragraph (.docx, paragraphs and table cells in reading order);
* ``.txt``/``.docx`` with ``target``: a pair of files, aligned by the aligner, or paired
  line by line with ``presplit`` (unequal line counts are refused);
* ``.tmx``: translation units (through :func:`termbase.formats.tmx.read_tmx`);
* ``.xlf``/``.xliff``: XLIFF 1.2 or 2.0 (through :mod:`termbase.formats.xliff`);
* ``.xlsx``: a two-column sheet, Chinese and English columns recognised by their header
  or, failing that, by their script.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

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
from termbase.documents.readers import read_document_text
from termbase.errors import FormatError, InputError, UsageError
from termbase.fileio import read_bytes
from termbase.signature import sha256_bytes
from termbase.text.chinese import cjk_share
from termbase.ziplimits import check_zip

if TYPE_CHECKING:
    from termbase.align.lexicon import Lexicon

_TEXT_SUFFIXES = (".txt", ".docx")


def _read_tmx(path: Path, data: bytes) -> Draft:
    from termbase.formats.tmx import read_tmx

    source = str(path)
    first = read_tmx(data, source)
    src_lang, tgt_lang = "zh", "en"
    if base_lang(first.srclang or "zh") == "en":
        src_lang, tgt_lang = "en", "zh"
    result = first if src_lang == "zh" else read_tmx(data, source, source_lang="en",
                                                     target_lang="zh")
    if not result.pairs:
        raise FormatError("the TMX file has no translation unit with both Chinese and "
                          "English text", path=source,
                          hint="check the xml:lang of the <tuv> elements (zh…, en…)")
    pairs = [((DraftSegment(p.source, source, p.line),), (DraftSegment(p.target, source,
                                                                        p.line),))
             for p in result.pairs]
    return bilingual(pairs, src_lang, tgt_lang, inputs=[(path.name, sha256_bytes(data))],
                     settings=[("draft", "tmx")], diagnostics=result.diagnostics)


def _read_xliff(path: Path, data: bytes) -> Draft:
    from termbase.formats.xliff import read_xliff

    source = str(path)
    doc = read_xliff(data, source)
    if not doc.target_lang:
        raise FormatError("the XLIFF file names no target language", path=source,
                          hint="XLIFF 1.2: target-language on <file>; 2.0: trgLang on "
                               "<xliff>")
    pairs = []
    untranslated = 0
    for seg in doc.segments:
        if not seg.source.strip():
            continue
        if seg.target is None or not seg.target.strip():
            untranslated += 1
        target = (DraftSegment(seg.target, source, seg.line),) if seg.target else ()
        pairs.append(((DraftSegment(seg.source, source, seg.line),), target))
    notes: list[Diagnostic] = []
    if untranslated:
        notes.append(warning("TB610", f"{untranslated} segment(s) have no translation yet; "
                                      f"only their source was checked", path=source))
    return bilingual(pairs, base_lang(doc.source_lang), base_lang(doc.target_lang),
                     inputs=[(path.name, sha256_bytes(data))],
                     settings=[("draft", f"xliff {doc.version}")], diagnostics=notes)


_ZH_HEADERS = {"zh", "zh-cn", "zh-hans", "chinese", "中文", "汉语", "cn", "chs"}
_EN_HEADERS = {"en", "en-us", "en-gb", "english", "英文", "英语"}


def _sheet_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _columns_by_header(header: list[str]) -> tuple[int, int] | None:
    names = [h.strip().lower() for h in header]
    zh = next((i for i, n in enumerate(names) if n in _ZH_HEADERS), None)
    en = next((i for i, n in enumerate(names) if n in _EN_HEADERS), None)
    return (zh, en) if zh is not None and en is not None else None


def _columns_by_script(rows: list[list[str]]) -> tuple[int, int] | None:
    width = max((len(r) for r in rows), default=0)
    shares = []
    for col in range(width):
        text = "".join(r[col] for r in rows[:200] if col < len(r))
        if text.strip():
            shares.append((col, cjk_share(text)))
    zh = [c for c, s in shares if s > 0.3]
    en = [c for c, s in shares if s < 0.05]
    return (zh[0], en[0]) if zh and en else None


def _read_xlsx(path: Path, data: bytes) -> Draft:
    from openpyxl import load_workbook

    source = str(path)
    if not data.startswith(b"PK"):
        raise FormatError("not an .xlsx workbook (not a zip package)", path=source,
                          hint="save the sheet from Excel as 'Excel Workbook (.xlsx)'")
    check_zip(data, source)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    # openpyxl reports a damaged package with whatever its zip or XML layer raised.
    except Exception as exc:
        raise FormatError(f"cannot open the workbook: {type(exc).__name__}", path=source,
                          hint="open it in Excel and save it again as .xlsx") from None
    ws = wb.worksheets[0]
    rows = [[_sheet_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    wb.close()
    if not rows:
        raise FormatError("the first sheet is empty", path=source,
                          hint="put the source text in one column and the translation in "
                               "the next")
    columns = _columns_by_header(rows[0])
    first_data = 1
    if columns is None:
        columns, first_data = _columns_by_script(rows), 0
    if columns is None:
        raise FormatError("cannot tell which column is Chinese and which is English",
                          path=source, line=1,
                          hint="give the columns the headers 'zh' and 'en' (or 'Chinese' "
                               "and 'English')")
    zh_col, en_col = columns
    # The left-hand column is the original, as in every two-column translation table.
    (src_col, src_lang), (tgt_col, tgt_lang) = sorted([(zh_col, "zh"), (en_col, "en")])
    pairs = []
    for number, row in enumerate(rows[first_data:], start=first_data + 1):
        src = row[src_col] if src_col < len(row) else ""
        tgt = row[tgt_col] if tgt_col < len(row) else ""
        if not src.strip() and not tgt.strip():
            continue
        pairs.append(((DraftSegment(src, source, number),) if src.strip() else (),
                      (DraftSegment(tgt, source, number),) if tgt.strip() else ()))
    return bilingual(pairs, src_lang, tgt_lang, inputs=[(path.name, sha256_bytes(data))],
                     settings=[("draft", "xlsx two-column")])


_BILINGUAL_READERS: dict[str, Callable[[Path, bytes], Draft]] = {
    ".tmx": _read_tmx,
    ".xlf": _read_xliff,
    ".xliff": _read_xliff,
    ".xlsx": _read_xlsx,
}


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
               lexicon: Lexicon | None = None,
               lexicon_factory: Callable[[], Lexicon | None] | None = None,
               encoding: str | None = None) -> Draft:
    """Read the draft at ``path`` (with its translation at ``target``, if given).

    ``lexicon`` (or ``lexicon_factory``, called only when alignment is needed) is the
    bilingual dictionary the aligner uses for a pair of files.
    """
    suffix = path.suffix.lower()
    if suffix in _BILINGUAL_READERS:
        if target is not None:
            raise UsageError(f"a {suffix} file is already bilingual; --target is for a pair "
                             f"of .txt or .docx files", path=path)
        check_file_size(path)
        return _BILINGUAL_READERS[suffix](path, read_bytes(path))
    if suffix not in _TEXT_SUFFIXES:
        kinds = ", ".join([*_TEXT_SUFFIXES, *_BILINGUAL_READERS])
        raise InputError(f"cannot check '{suffix or 'no suffix'}' files", path=path,
                         hint=f"give a draft ending in {kinds}")
    src = read_document_text(path, encoding)
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
                         hint="give the translation as .txt or .docx")
    tgt = read_document_text(target, encoding)
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
            raise UsageError("--presplit pairs lines, so both files must be .txt or both "
                             ".docx", path=target)
        draft = presplit_pair(src.text, path.name, tgt.text, target.name,
                              by_paragraph=by_paragraph, source_lang=src_lang,
                              target_lang=tgt_lang, inputs=inputs)
        return _with_notes(draft, [*src.diagnostics, *tgt.diagnostics])
    tgt_segments = segments_from_text(tgt.text, target.name, by_paragraph=tgt_by_paragraph)
    if lexicon is None and lexicon_factory is not None:
        lexicon = lexicon_factory()
    return _aligned_pair(src_segments, tgt_segments, src_lang, tgt_lang, lexicon, inputs,
                         [*src.diagnostics, *tgt.diagnostics])


def _with_notes(draft: Draft, notes: list[Diagnostic]) -> Draft:
    from dataclasses import replace

    return replace(draft, diagnostics=(*draft.diagnostics, *notes)) if notes else draft


