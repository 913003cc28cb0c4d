"""TBX-Basic 2008 (``martif``) out, for CAT tools that import only that dialect
(OmegaT, translate-toolkit, older Trados and memoQ versions); read back by the TBX reader.

The file is the TBX v3 writer's document renamed element by element (``conceptEntry`` →
``termEntry``, ``langSec`` → ``langSet``, ``termSec`` → ``tig`` …) without the v3
namespace, with the ``encodingDesc`` that names the TBX-Basic XCS. Both dialects share
their data categories, so every value keeps its place and the reader restores the same
glossary. A direction puts, in each entry, the first section of the source language
first and the first of the target language second: tools that read an entry as a
source/target pair (translate-toolkit) take the first two sections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from termbase.formats.base import ZH_EN, Direction, GlossaryFormat
from termbase.formats.tbx.format import looks_like_tbx
from termbase.formats.tbx.reader import read
from termbase.formats.tbx.vocab import MARKER_TYPE, SIGNATURE_PREFIX, TBX_NS, XML_LANG
from termbase.formats.tbx.writer import document_bytes
from termbase.formats.tbx.writer import write as write_v3
from termbase.model import Concept, Glossary, LangSec
from termbase.signature import Signature

if TYPE_CHECKING:
    from lxml import etree

_RENAMED = {"tbx": "martif", "tbxHeader": "martifHeader", "conceptEntry": "termEntry",
            "langSec": "langSet", "termSec": "tig", "refObjectSec": "refObjectList"}
XCS = "TBXBasicXCSV02.xcs"
"""The TBX-Basic constraint specification that a 2008 file declares it follows."""


def _first_index(secs: tuple[LangSec, ...], lang: str) -> int | None:
    return next((i for i, sec in enumerate(secs) if sec.lang == lang), None)


def _directed(concept: Concept, direction: Direction) -> Concept:
    """``concept`` with the first source-language section first and the first
    target-language section next; other sections keep their order after them."""
    secs = concept.lang_secs
    front = [i for i in (_first_index(secs, direction.source),
                         _first_index(secs, direction.target)) if i is not None]
    order = [*front, *(i for i in range(len(secs)) if i not in front)]
    if order == list(range(len(secs))):
        return concept
    from dataclasses import replace

    return replace(concept, lang_secs=tuple(secs[i] for i in order))


def write_directed(glossary: Glossary, signature: Signature | None,
                   direction: Direction = ZH_EN) -> bytes:
    """The glossary as TBX-Basic 2008 bytes, each entry's sections in ``direction``."""
    from lxml import etree

    directed = glossary.with_concepts([_directed(c, direction) for c in glossary.concepts])
    root = etree.fromstring(write_v3(directed, signature))
    for el in root.iter(f"{{{TBX_NS}}}*"):
        local = etree.QName(el).localname
        el.tag = _RENAMED.get(local, local)
    etree.cleanup_namespaces(root)
    del root.attrib["style"]
    # The file's own language (TBX: of its header and of text without xml:lang).
    root.set(XML_LANG, direction.source)
    header = root.find("martifHeader")
    if header is not None:
        _untype_markers(header)
        encoding = etree.SubElement(header, "encodingDesc")
        etree.SubElement(encoding, "p", type="XCSURI").text = XCS
    return document_bytes(root)


def _untype_markers(header: etree._Element) -> None:
    """TBX 2008 allows no typed paragraph but XCSURI and DTD. The signature paragraph
    loses its type (the reader knows it by its prefix and the 2008 sourceDesc needs a
    paragraph); a source-language marker becomes a comment, so the file reads back as
    Chinese-sourced (an export warns about that, TB237)."""
    from lxml import etree

    for p in list(header.iter("p")):
        if p.get("type") != MARKER_TYPE:
            continue
        if (p.text or "").startswith(SIGNATURE_PREFIX):
            del p.attrib["type"]
        else:
            p.addprevious(etree.Comment(f" {p.text} "))
            p.getparent().remove(p)


def write(glossary: Glossary, signature: Signature | None) -> bytes:
    """TBX-Basic 2008, Chinese to English."""
    return write_directed(glossary, signature)


FORMAT = GlossaryFormat(
    name="tbx2008",
    suffixes=(".tbx",),
    description="TBX-Basic 2008 (martif), the TBX that CAT tools import; read as TBX",
    read=read,
    write=write,
    sniff=looks_like_tbx,
    write_directed=write_directed,
)
