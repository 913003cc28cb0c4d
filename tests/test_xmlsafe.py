"""The safe XML helper: no entities, no network, clear errors with line numbers."""

from __future__ import annotations

import pytest

from termbase.errors import FormatError
from termbase.xmlsafe import local_name, namespace, parse_xml


def test_parses_and_keeps_line_numbers() -> None:
    tree = parse_xml(b"<?xml version='1.0'?>\n<a>\n  <b>x</b>\n</a>\n", "t.xml")
    b = tree.getroot()[0]
    assert b.text == "x"
    assert b.sourceline == 3


def test_refuses_entity_declarations_with_line() -> None:
    data = (b"<?xml version='1.0'?>\n<!DOCTYPE a [\n<!ENTITY x SYSTEM 'file:///etc/passwd'>\n]>"
            b"\n<a>&x;</a>")
    with pytest.raises(FormatError) as info:
        parse_xml(data, "evil.xml")
    assert info.value.line == 3
    assert info.value.path == "evil.xml"
    assert "entities" in info.value.message
    assert info.value.hint


def test_refuses_entities_in_utf16_files() -> None:
    text = "<?xml version='1.0' encoding='UTF-16'?>\n<!DOCTYPE a [<!ENTITY x 'y'>]>\n<a>&x;</a>"
    with pytest.raises(FormatError) as info:
        parse_xml(text.encode("utf-16"), "u16.xml")
    assert info.value.line == 2


def test_billion_laughs_never_expands() -> None:
    lol = b"<!DOCTYPE l [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]><l>&b;</l>"
    with pytest.raises(FormatError):
        parse_xml(lol, "lol.xml")


def test_doctype_without_entities_is_fine_and_dtd_not_loaded() -> None:
    # A SYSTEM DTD that does not exist: loading it would fail, so this proves it is not.
    data = b"<?xml version='1.0'?>\n<!DOCTYPE martif SYSTEM 'missing.dtd'>\n<martif/>"
    assert local_name(parse_xml(data, "m.tbx").getroot().tag) == "martif"


def test_not_well_formed_reports_line_and_hint() -> None:
    with pytest.raises(FormatError) as info:
        parse_xml(b"<a>\n<b>\n</a>\n", "bad.xml")
    assert info.value.line == 3
    assert "not well-formed" in info.value.message
    assert "<string>" not in info.value.message
    assert info.value.hint


def test_name_helpers() -> None:
    assert local_name("{urn:x}term") == "term"
    assert local_name("term") == "term"
    assert local_name(None) == ""
    assert namespace("{urn:x}term") == "urn:x"
    assert namespace("term") == ""
