"""TMX 1.4b translation memories: writing alignments, reading memories from CAT tools.

Writing: one ``<tu>`` per bead, in bead order, each with its bead ids (``x-bead``, as in
the ``.align`` format) and score (``x-score``) as properties and one ``<tuv>`` per side.
A bead of several sentences becomes one variant: English sentences joined by a space,
Chinese ones directly, as each language writes them. One-sided beads (1-0, 0-1) are left
out unless asked for, since a unit in one language cannot be reused; beads scoring
below ``min_score`` are left out too, so the memory holds what is worth reusing. The
header carries the signature as ``x-`` properties. The writer builds the text itself,
so output is byte-for-byte deterministic.

Reading goes through :func:`termbase.xmlsafe.parse_xml` and is lenient about what CAT
tools write: any ``srclang``, language codes in any case and with regions ("ZH-CN",
"en-US"), the TMX 1.1 ``lang`` attribute, and inline markup inside ``<seg>`` (the text
of ``<hi>`` counts; the native codes inside ``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``
and ``<ut>`` do not). Runs of white space in a segment read as one space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from termbase import __version__
from termbase.align.model import Alignment, Bead
from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError
from termbase.formats.base import Bitext, BitextFormat, BitextOptions, BitextUnit
from termbase.formats.beads import SCORE_DECIMALS, format_bead, parse_bead, side_text
from termbase.signature import Signature
from termbase.xmlsafe import local_name, parse_xml, strip_not_xml

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NATIVE_CODE = frozenset({"bpt", "ept", "ph", "it", "ut"})


# --- writing ---------------------------------------------------------------------------

def _text(value: str) -> str:
    return escape(strip_not_xml(value))


def _attr(value: str) -> str:
    return quoteattr(strip_not_xml(value))


def _tmx_date(iso: str) -> str:
    """"2024-05-01T10:20:30Z" → "20240501T102030Z", the TMX date form."""
    return re.sub(r"[-:]", "", iso)


def _header_props(signature: Signature | None, alignment: Alignment) -> list[str]:
    rows = signature.items() if signature is not None else [("tool", f"termbase {__version__}")]
    rows = [*rows, ("document confidence", f"{alignment.confidence:.{SCORE_DECIMALS}f}"),
            ("document verdict", alignment.verdict.value)]
    return [f'    <prop type="x-{re.sub(r"[^A-Za-z0-9]+", "-", key)}">{_text(value)}</prop>'
            for key, value in rows]


def selected_beads(alignment: Alignment, *, include_one_sided: bool = False,
                   min_score: float = 0.0) -> list[tuple[int, Bead]]:
    """(1-based bead number, bead) of the beads that become translation units."""
    return [(number, bead) for number, bead in enumerate(alignment.beads, start=1)
            if (include_one_sided or (bead.src and bead.tgt))
            and (bead.src or bead.tgt) and bead.score >= min_score]


def write_tmx(alignment: Alignment, *, signature: Signature | None = None,
              include_one_sided: bool = False, min_score: float = 0.0) -> bytes:
    """The alignment as a TMX 1.4b document (UTF-8 bytes)."""
    src, tgt = alignment.source_lang, alignment.target_lang
    # The signature's version, not this module's, so a file says what made it.
    version = signature.version if signature is not None else __version__
    created = ""
    if signature is not None and signature.created:
        created = f" creationdate={_attr(_tmx_date(signature.created))}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="termbase" creationtoolversion={_attr(version)} '
        f'segtype="sentence" o-tmf="termbase" adminlang="en" srclang={_attr(src)} '
        f'datatype="plaintext" o-encoding="UTF-8"{created}>',
        *_header_props(signature, alignment),
        "  </header>",
        "  <body>",
    ]
    for number, bead in selected_beads(alignment, include_one_sided=include_one_sided,
                                       min_score=min_score):
        lines.append(f'    <tu tuid="{number}">')
        lines.append(f'      <prop type="x-bead">{format_bead(bead, with_score=False)}</prop>')
        lines.append(f'      <prop type="x-score">{bead.score:.{SCORE_DECIMALS}f}</prop>')
        for lang, ids, is_source in ((src, bead.src, True), (tgt, bead.tgt, False)):
            if ids:
                text = side_text(alignment, bead, source=is_source)
                lines.append(f'      <tuv xml:lang={_attr(lang)}><seg>{_text(text)}</seg></tuv>')
        lines.append("    </tu>")
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines).encode("utf-8")


# --- reading ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TmxPair:
    """The two language variants of one translation unit, with its properties."""

    source: str
    target: str
    props: tuple[tuple[str, str], ...] = ()
    line: int | None = None
    """Line of the ``<tu>`` in the file, for messages."""
    tuid: str = ""
    direction: str = ""
    """The unit's own source language (primary subtag): its ``srclang`` attribute, else
    the language of its first variant; empty when neither names one."""


@dataclass(frozen=True, slots=True)
class TmxRead:
    """What reading a TMX file gave: its declared source language, pairs and findings."""

    srclang: str
    pairs: tuple[TmxPair, ...]
    diagnostics: tuple[Diagnostic, ...] = ()


def _primary(lang: str) -> str:
    return lang.strip().split("-")[0].split("_")[0].lower()


def _seg_text(element: Any) -> str:
    """The text of a <seg> (or <hi>) with inline markup taken out and native code dropped."""
    parts = [element.text or ""]
    for child in element:
        name = local_name(child.tag)
        if name and name not in _NATIVE_CODE:
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_tmx(data: bytes, source: str, *, source_lang: str = "zh",
             target_lang: str = "en") -> TmxRead:
    """Read the ``source_lang``–``target_lang`` pairs of a TMX file (versions 1.1–1.4).

    Languages match on their primary subtag, in any case. Units without both languages
    are skipped and counted in a warning. Raises FormatError for a file that is not TMX.
    """
    root = parse_xml(data, source).getroot()
    if local_name(root.tag) != "tmx":
        raise FormatError(f"root element is <{local_name(root.tag)}>, not <tmx>", path=source,
                          line=root.sourceline, hint="give a TMX translation memory")
    header = next((e for e in root if local_name(e.tag) == "header"), None)
    body = next((e for e in root if local_name(e.tag) == "body"), None)
    if header is None or body is None:
        raise FormatError("a TMX file needs a <header> and a <body>", path=source,
                          line=root.sourceline)
    want_src, want_tgt = _primary(source_lang), _primary(target_lang)
    pairs: list[TmxPair] = []
    skipped = 0
    for tu in body:
        if local_name(tu.tag) != "tu":
            continue
        texts: dict[str, str] = {}
        props: list[tuple[str, str]] = []
        first_lang = ""
        for child in tu:
            name = local_name(child.tag)
            if name == "prop":
                props.append((child.get("type", ""), child.text or ""))
            elif name == "tuv":
                lang = child.get(_XML_LANG) or child.get("lang") or ""
                seg = next((e for e in child if local_name(e.tag) == "seg"), None)
                if seg is None:
                    raise FormatError("<tuv> without <seg>", path=source,
                                      line=child.sourceline)
                # Line breaks and runs of spaces in a <seg> are the tool's layout.
                texts.setdefault(_primary(lang), " ".join(_seg_text(seg).split()))
                first_lang = first_lang or _primary(lang)
        if texts.get(want_src) and texts.get(want_tgt):
            own = _primary(tu.get("srclang", "")) if tu.get("srclang", "*all*") != "*all*" \
                else first_lang
            pairs.append(TmxPair(texts[want_src], texts[want_tgt], tuple(props),
                                 tu.sourceline, tu.get("tuid", ""), own))
        else:
            skipped += 1
    notes: tuple[Diagnostic, ...] = ()
    if skipped:
        notes = (warning("TB260", f"{skipped} translation unit(s) without both a "
                                  f"'{source_lang}' and a '{target_lang}' text were skipped",
                         path=source),)
    return TmxRead(header.get("srclang", ""), tuple(pairs), notes)


# --- as a registered bitext format ------------------------------------------------------

def _bead(props: tuple[tuple[str, str], ...], source: str, line: int | None) -> Bead | None:
    """The bead termbase recorded in a unit's properties, if it did."""
    values = dict(props)
    if "x-bead" not in values:
        return None
    try:
        bead = parse_bead(values["x-bead"].strip(), source, line)
    except FormatError:
        return None  # another tool's property of the same name: not ours to interpret
    try:
        score = float(values.get("x-score", ""))
    except ValueError:
        return bead
    return Bead(bead.src, bead.tgt, score)


def _direction(result: TmxRead, source: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """The source language of the memory: the one most of its units are written from
    (each unit's ``srclang``, else its first variant), the header's ``srclang`` breaking
    a tie, Chinese when that names neither. A header that says otherwise, or units in
    the other direction, are reported (TB638): the units, not the header, decide."""
    header = _primary(result.srclang)
    votes = {lang: sum(1 for p in result.pairs if (p.direction or header) == lang)
             for lang in ("zh", "en")}
    if votes["zh"] != votes["en"]:
        chosen = "zh" if votes["zh"] > votes["en"] else "en"
    else:
        chosen = header if header in votes else "zh"
    other = votes["en" if chosen == "zh" else "zh"]
    notes = []
    if header in votes and header != chosen:
        notes.append(f"the header says srclang=\"{result.srclang}\", but "
                     f"{votes[chosen]} of {len(result.pairs)} units are written from "
                     f"'{chosen}'")
    if other:
        notes.append(f"{other} unit(s) written the other way round are checked as "
                     f"'{chosen}' → '{_OTHER[chosen]}' too")
    if not notes:
        return chosen, ()
    return chosen, (warning("TB638", f"{'; '.join(notes)}: checked as '{chosen}' → "
                                     f"'{_OTHER[chosen]}'", path=source,
                            hint="nothing to do if that is the direction of translation"),)


_OTHER = {"zh": "en", "en": "zh"}


def read(data: bytes, source: str) -> Bitext:
    """The Chinese–English units of a TMX file, in the direction its units are written
    (see :func:`_direction`). FormatError when no unit has both languages."""
    result = read_tmx(data, source)
    if not result.pairs:
        raise FormatError("the TMX file has no translation unit with both Chinese and "
                          "English text", path=source,
                          hint="check the xml:lang of the <tuv> elements (zh…, en…)")
    src, notes = _direction(result, source)
    units = tuple(BitextUnit(*((p.source, p.target) if src == "zh" else (p.target, p.source)),
                             p.tuid, p.line, _bead(p.props, source, p.line))
                  for p in result.pairs)
    return Bitext(src, _OTHER[src], units, "tmx", (*result.diagnostics, *notes))


def write(alignment: Alignment, signature: Signature | None, options: BitextOptions) -> bytes:
    """Two-sided beads scoring at least ``options.min_score`` (and one-sided ones when
    ``options.include_one_sided``)."""
    return write_tmx(alignment, signature=signature, min_score=options.min_score,
                     include_one_sided=options.include_one_sided)


FORMAT = BitextFormat(
    name="tmx",
    suffixes=(".tmx",),
    description="TMX 1.4b translation memory (reads 1.1-1.4 from CAT tools)",
    read=read,
    write=write,
)
