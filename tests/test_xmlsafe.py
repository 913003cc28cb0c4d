"""The safe XML helper: no entities, no network, clear errors with line numbers."""

from __future__ import annotations

import codecs

import pytest

from termbase.errors import FormatError
from termbase.xmlsafe import (
    checked_utf8,
    decode_xml,
    first_not_xml,
    local_name,
    namespace,
    parse_xml,
    strip_not_xml,
)


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


# --- declarations in every encoding the parser accepts ---------------------------------

_ENTITY_DOC = ("<?xml version='1.0' encoding='{enc}'?>\n<!DOCTYPE a [<!ENTITY x 'yyy'>]>\n"
               "<a>&x;</a>")


@pytest.mark.parametrize(("declared", "codec"), [
    ("UTF-8", "utf-8"), ("UTF-8", "utf-8-sig"),
    ("UTF-16", "utf-16"), ("UTF-16", "utf-16-le"), ("UTF-16", "utf-16-be"),
    ("UTF-32", "utf-32"), ("UTF-32", "utf-32-le"), ("UTF-32", "utf-32-be"),
    ("GBK", "gbk"), ("ISO-8859-1", "latin-1"),
])
def test_refuses_entities_in_every_encoding(declared: str, codec: str) -> None:
    # Without a byte-order mark a UTF-16 file has NUL bytes between the letters, so
    # '<!ENTITY' is invisible to a search of the raw bytes.
    data = _ENTITY_DOC.format(enc=declared).encode(codec)
    with pytest.raises(FormatError) as info:
        parse_xml(data, "evil.xml")
    assert "entities" in info.value.message
    assert info.value.line == 2


def test_refuses_entities_hidden_in_utf7() -> None:
    # libxml2 accepts UTF-7, in which '<' can be written '+ADw-'.
    data = (b"<?xml version='1.0' encoding='UTF-7'?>\n"
            b"+ADw-!DOCTYPE a +AFs-+ADw-!ENTITY x 'y'+AD4-+AF0-+AD4-<a>&x;</a>")
    with pytest.raises(FormatError) as info:
        parse_xml(data, "u7.xml")
    assert "UTF-7" in info.value.message or "entities" in info.value.message


@pytest.mark.parametrize("subset", ["<!ELEMENT a ANY>", "<!ATTLIST a b CDATA 'c'>",
                                    "<!NOTATION n SYSTEM 'x'>", "<!ENTITY % p 'x'>", ""])
def test_refuses_any_internal_subset(subset: str) -> None:
    with pytest.raises(FormatError) as info:
        parse_xml(f"<!DOCTYPE a [{subset}]><a/>".encode(), "dtd.xml")
    assert info.value.path == "dtd.xml"


@pytest.mark.parametrize(("text", "codec", "found"), [
    ("<?xml version='1.0' encoding='UTF-16'?>\n<a>中文</a>", "utf-8", "8-bit"),
    ("<?xml version='1.0' encoding='UTF-8'?>\n<a>中文</a>", "utf-16", "UTF-16"),
    ("<?xml version='1.0' encoding='UTF-16LE'?>\n<a>中文</a>", "utf-16-be", "UTF-16-BE"),
    ("<?xml version='1.0' encoding='ISO-8859-1'?>\n<a>x</a>", "utf-8-sig", "UTF-8"),
    ("<?xml version='1.0' encoding='cp037'?>\n<a>x</a>", "utf-8", "8-bit"),
])
def test_declaration_contradicting_the_bytes_is_an_error(text: str, codec: str,
                                                         found: str) -> None:
    with pytest.raises(FormatError) as info:
        parse_xml(text.encode(codec), "liar.xml")
    assert "the XML declaration says encoding=" in info.value.message
    assert found in info.value.message
    assert info.value.hint


def test_gbk_bytes_in_a_file_declared_utf8_name_the_line() -> None:
    data = "<?xml version='1.0' encoding='UTF-8'?>\n<a>\n中文</a>".encode("gbk")
    with pytest.raises(FormatError) as info:
        parse_xml(data, "gbk.xml")
    assert "not valid UTF-8 (as its XML declaration says)" in info.value.message
    assert info.value.line == 3


def test_unknown_and_non_text_encodings_are_refused() -> None:
    for name in ("klingon", "rot13", "hex"):
        data = f"<?xml version='1.0' encoding='{name}'?><a/>".encode()
        with pytest.raises(FormatError, match="does not know"):
            parse_xml(data, "x.xml")


def test_nul_bytes_suggest_utf16_without_mark() -> None:
    with pytest.raises(FormatError) as info:
        parse_xml("\n<a>x</a>".encode("utf-16-le"), "nul.xml")
    assert "NUL" in info.value.message


def test_ebcdic_is_refused() -> None:
    with pytest.raises(FormatError, match="EBCDIC"):
        parse_xml("<?xml version='1.0' encoding='cp037'?><a/>".encode("cp037"), "e.xml")


@pytest.mark.parametrize(("text", "codec"), [
    ("<?xml version='1.0' encoding='UTF-16'?>\n<a>中文</a>", "utf-16"),
    ("<?xml version='1.0' encoding='UTF-16'?>\n<a>中文</a>", "utf-16-be"),
    ("<?xml version='1.0' encoding='UTF-32'?>\n<a>中文</a>", "utf-32-le"),
    ("<?xml version='1.0' encoding='GB2312'?>\n<a>中文</a>", "gb18030"),
    ("<?xml version='1.0' encoding='utf-8'?>\n<a>中文</a>", "utf-8-sig"),
    ("<a>中文</a>", "utf-16-le"),
])
def test_consistent_encodings_parse_with_line_numbers(text: str, codec: str) -> None:
    root = parse_xml(text.encode(codec), "ok.xml").getroot()
    assert root.text == "中文"
    assert root.sourceline == text.count("\n") + 1


def test_deep_nesting_is_a_clean_error() -> None:
    data = b"<a>" * 100_000 + b"</a>" * 100_000
    with pytest.raises(FormatError) as info:
        parse_xml(data, "deep.xml")
    assert "nested more than 256 levels" in info.value.message
    assert "XML_PARSE_HUGE" not in str(info.value)


def test_text_beyond_the_parser_limit_is_a_clean_error() -> None:
    data = b"<a>" + b"x" * 10_000_001 + b"</a>"
    with pytest.raises(FormatError) as info:
        parse_xml(data, "huge.xml")
    assert "safety limits" in info.value.message
    assert "XML_PARSE_HUGE" not in str(info.value)


def test_decode_xml_strips_the_mark() -> None:
    assert decode_xml("<a/>".encode("utf-16"), "x") == "<a/>"


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ufffe",
                                  "\uffff", "\ud800", "\udfff"])
def test_characters_xml_cannot_hold_are_found_and_stripped(char: str) -> None:
    assert first_not_xml(f"a{char}b") == char
    assert strip_not_xml(f"a{char}b{char}") == "ab"


def test_characters_xml_can_hold_are_kept() -> None:
    text = "tab\tline\ncr\r 中文 \U0001f600 \ufffd \ue000"
    assert first_not_xml(text) is None
    assert strip_not_xml(text) == text


def test_a_zip_package_is_named_as_such() -> None:
    # An .xlsx renamed .tbx (or given to validate) was called "UTF-16 without a BOM?".
    with pytest.raises(FormatError, match="zip package"):
        parse_xml(b"PK\x03\x04\x14\x00\x00\x00\x08\x00rest", "g.tbx")


def test_a_file_cut_inside_a_character_is_called_cut_short_not_misencoded() -> None:
    data = "<?xml version='1.0' encoding='UTF-8'?>\n<a>\n行动纲领</a>".encode()
    cut = data[: data.index("纲".encode()) + 1]
    with pytest.raises(FormatError, match="cut short") as caught:
        parse_xml(cut, "g.tbx")
    assert caught.value.line == 3 and "GBK" not in str(caught.value)


def test_a_utf8_file_is_checked_where_it_is_not_decoded_whole() -> None:
    # Decoding a 70 MB Chinese glossary whole held it twice more (the text at two bytes a
    # character, then its UTF-8 again): 280 MB before the parser read a byte.
    data = "<?xml version='1.0' encoding='UTF-8'?>\n<a>小武器</a>\n".encode()
    assert checked_utf8(data, "t.xml") is data
    assert checked_utf8(codecs.BOM_UTF8 + data, "t.xml") == data


def test_a_utf8_file_gets_the_same_errors_with_lines() -> None:
    head = "<?xml version='1.0'?>\n<a>小武器\n".encode()
    with pytest.raises(FormatError) as info:
        checked_utf8(head + "武器\n<!DOCTYPE a [<!ENTITY x 'y'>]>".encode(), "t.xml")
    assert (info.value.line, "entities" in info.value.message) == (4, True)
    with pytest.raises(FormatError) as info:
        checked_utf8(head + b"\n\xff</a>", "t.xml")
    assert info.value.line == 4
    assert "byte 0xff cannot be read" in info.value.message
    with pytest.raises(FormatError, match="cut short"):
        checked_utf8(head + "</a>武".encode()[:-1], "t.xml")
    with pytest.raises(FormatError, match="NUL"):
        checked_utf8(head + b"\x00</a>", "t.xml")
