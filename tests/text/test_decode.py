from __future__ import annotations

import codecs

import pytest

from termbase.errors import InputError
from termbase.text.decode import (
    DETECTION_SAMPLE,
    decode_text,
    detection_sample,
    encoding_error,
    file_lines,
)

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


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_in_utf16_without_byte_order_mark_is_read(codec: str) -> None:
    # Few zero bytes (only line ends and digits): it was refused as a binary file.
    text = "大会呼吁各国采取措施，打击小武器非法贸易。\n各国应当合作。\n"
    decoded = decode_text(text.encode(codec), "zh.txt")
    assert decoded.text == text and decoded.encoding == codec
    assert "without byte-order mark" in decoded.diagnostics[0].message


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


# --- legacy East Asian encodings: detected, or refused; never silently misread -------------

HANT = ("聯合國大會決議，重申各會員國應當加強國際合作與援"
        "助，以防止、打擊和消除小武器和輕武器的非法貿易。")
HANS = ("联合国大会决议，重申各会员国应当加强国际合作与援"
        "助，以防止、打击和消除小武器和轻武器的非法贸易。")
JA = ("国際連合総会は、小型武器及び軽兵器の不正取引の防"
      "止に関する決議を採択し、事務総長に報告を要請した。")
KO = ("국제연합 총회는 소형무기 및 경무기의 불법 거래 방지에"
      " 관한 결의를 채택하고 사무총장에게 보고를 요청하였다.")


@pytest.mark.parametrize(("text", "codec", "family", "code"), [
    (HANT, "big5", "Big5", "TB103"),
    (HANT, "cp950", "Big5", "TB103"),
    (HANS, "gbk", "GB18030", "TB102"),
    (HANS, "gb2312", "GB18030", "TB102"),
    (JA, "shift_jis", "Shift_JIS", "TB103"),
    (JA, "euc_jp", "EUC-JP", "TB103"),
    (KO, "euc_kr", "EUC-KR", "TB103"),
])
@pytest.mark.parametrize("lines", [1, 400])
def test_legacy_encodings_are_told_apart(text: str, codec: str, family: str, code: str,
                                         lines: int) -> None:
    body = (text + "\n") * lines
    decoded = decode_text(body.encode(codec), "doc.txt")
    assert decoded.text == body
    assert [d.code for d in decoded.diagnostics] == [code]
    assert family in decoded.diagnostics[0].message


def test_big5_is_not_read_as_gb18030_although_it_decodes_as_such() -> None:
    data = HANT.encode("big5")
    data.decode("gb18030")  # valid GB18030: the old fallback read this as garbage
    decoded = decode_text(data, "doc.txt")
    assert decoded.encoding in ("big5", "cp950") and decoded.text == HANT


def test_short_big5_and_gbk_lines_are_told_apart() -> None:
    assert decode_text("小武器和輕武器\n".encode("big5"), "t.txt").text == "小武器和輕武器\n"
    assert decode_text("小武器和轻武器\n".encode("gbk"), "s.txt").text == "小武器和轻武器\n"


def test_too_short_to_tell_is_refused_with_the_choices() -> None:
    with pytest.raises(InputError, match="too little text") as info:
        decode_text("联合国大".encode("gbk"), "x.csv")
    assert "--encoding gb18030" in (info.value.hint or "")
    assert decode_text("联合国大".encode("gbk"), "x.csv", "gbk").text == "联合国大"


def test_detection_sees_a_bounded_sample_and_a_later_mixed_line_is_refused() -> None:
    head = ((HANT + "\n") * 2000).encode("big5")
    assert len(head) > DETECTION_SAMPLE
    assert detection_sample(head).endswith(b"\n")
    assert len(detection_sample(head)) <= DETECTION_SAMPLE
    with pytest.raises(InputError, match="mixes encodings") as info:
        decode_text(head + "小武器\n".encode() * 3, "mixed.txt")
    assert info.value.line == 2001


def test_a_head_cut_inside_a_character_is_not_an_error() -> None:
    data = (HANS * 3).encode("utf-8")
    assert decode_text(data[:-1], "h.txt", complete=False).encoding == "utf-8"
    big5 = (HANT * 3).encode("big5")
    assert decode_text(big5[:-1], "h.txt", complete=False).encoding in ("big5", "cp950")
    with pytest.raises(InputError):
        decode_text(data[:-1], "h.txt")


@pytest.mark.parametrize(("name", "problem"), [
    ("big5", None), ("GB18030", None), ("no-such-codec", "unknown encoding"),
    ("base64", "not a text encoding")])
def test_encoding_names_are_checked(name: str, problem: str | None) -> None:
    found = encoding_error(name)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_file_lines_split_at_line_ends_only() -> None:
    assert file_lines("a\r\nb\rc\nd\x0ce\u2028f\x85g") == ["a", "b", "c", "d\x0ce\u2028f\x85g"]
    assert file_lines("a\n") == ["a", ""]


def test_utf8_cut_inside_its_last_character_is_called_cut_short() -> None:
    data = "第一行\n大会决定".encode()[:-1]
    # It was refused as 'not UTF-8, UTF-16, GB18030 …', sending the user after encodings.
    with pytest.raises(InputError, match="cut short") as caught:
        decode_text(data, "r.txt")
    assert caught.value.line == 2
    # A stream head may end inside a character: that is not an error.
    assert decode_text(data, "r.txt", complete=False).text == "第一行\n大会决"
