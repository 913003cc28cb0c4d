"""TBX as a registered glossary format: its reader, its writer and content sniffing."""

from __future__ import annotations

import re

from termbase.formats.base import GlossaryFormat
from termbase.formats.tbx.reader import read
from termbase.formats.tbx.writer import write


def looks_like_tbx(data: bytes) -> bool:
    """Whether ``data`` opens as TBX (v3 ``<tbx>`` or 2008 ``<martif>``, UTF-8 or UTF-16):
    both TBX formats, v3 and 2008, sniff with it."""
    head = data[:4096]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="ignore").encode()
    return re.search(rb"<(?:[\w.-]+:)?(?:tbx|martif)[\s>]", head) is not None


FORMAT = GlossaryFormat(
    name="tbx",
    suffixes=(".tbx",),
    description="TBX-Basic v3 (ISO 30042:2019); reads TBX v3 and TBX 2008 (martif)",
    read=read,
    write=write,
    sniff=looks_like_tbx,
)
