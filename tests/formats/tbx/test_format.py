"""TBX in the glossary registry, and recognised by content."""

from __future__ import annotations

from pathlib import Path

from formats.tbx._tbx import full_glossary
from termbase.formats import get, read_glossary
from termbase.formats.tbx.format import FORMAT
from termbase.formats.tbx.writer import write


def test_registered_and_sniffed(tmp_path: Path) -> None:
    assert get("tbx") is FORMAT
    data = write(full_glossary(), None)
    path = tmp_path / "glossary.xml"
    path.write_bytes(data)
    assert read_glossary(path, format_name="tbx").glossary == full_glossary()
    assert FORMAT.sniff is not None
    assert FORMAT.sniff(b"<?xml version='1.0'?>\n<martif type='TBX'>")
    assert not FORMAT.sniff(b"<tmx version='1.4'>")
