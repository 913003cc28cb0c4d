from __future__ import annotations

import codecs

import pytest

from termbase.errors import InputError
from termbase.text.decode import decode_text

TEXT = "中文,英文\n国际追查文书,International Tracing Instrument\n"


@pytest.mark.parametrize("data,encoding,warns", [
    (TEXT.encode("utf-8"), "utf-8", False),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", False),
    (TEXT.encode("utf-16"), "utf-16", True),
    (TEXT.encode("utf-16-le"), "utf-16-le", True),
    (TEXT.encode("gb18030"), "gb18030", True),
    (TEXT.encode("gbk"), "gb18030", True),
])
def test_known_encodings_are_detected(data: bytes, encoding: str, warns: bool) -> None:
    decoded = decode_text(data, "g.csv")
    assert decoded.text == TEXT and decoded.encoding == encoding
    assert bool(decoded.diagnostics) is warns


def test_latin1_bytes_are_refused_with_line_and_hint() -> None:
    data = "Programme of Action\ncafé crème\n".encode("latin-1")
    with pytest.raises(InputError) as info:
        decode_text(data, "g.csv")
    assert info.value.line == 2 and "UTF-8" in (info.value.hint or "")


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_text(b"PK\x03\x04\x00\x00\x00binary", "g.csv")


def test_explicit_encoding_wins_and_unknown_encoding_is_explained() -> None:
    assert decode_text(TEXT.encode("big5", errors="ignore"), "x", "big5").encoding == "big5"
    with pytest.raises(InputError, match="unknown encoding"):
        decode_text(b"abc", "x", "no-such-codec")


@pytest.mark.parametrize("data", [b"\x00\x01\x02\xff", bytes(range(256)) * 4,
                                  b"\x01\x02\x03\x04abc\x05\x06\x07"])
def test_bytes_that_decode_to_control_characters_are_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_text(data, "x.txt")
