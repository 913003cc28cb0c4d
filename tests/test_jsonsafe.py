"""JSON from users' files: hostile values are refused with the file, never a crash."""

from __future__ import annotations

import pytest

from termbase.errors import FormatError
from termbase.jsonsafe import loads


def test_ordinary_json_is_read() -> None:
    assert loads('{"a": [1, -2, 3.5, "中文", "\\ud83d\\ude00", null]}', "ok.json") == {
        "a": [1, -2, 3.5, "中文", "😀", None]}


@pytest.mark.parametrize(("text", "expected"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
    ("[" + "1" * 100_000 + "]", "100,000 digits"),
    ("[-" + "9" * 31 + "]", "31 digits"),
    ("[1e999]", "1e999 is out of range"),
    ("[-1e999]", "out of range"),
    ("[NaN]", "NaN is not a JSON number"),
    ("[Infinity]", "Infinity is not a JSON number"),
])
def test_hostile_values_are_refused(text: str, expected: str) -> None:
    with pytest.raises(FormatError) as info:
        loads(text, "evil.json")
    assert expected in info.value.message
    assert info.value.path == "evil.json"
    assert info.value.hint


def test_thirty_digits_are_still_read() -> None:
    assert loads("9" * 30, "x.json") == int("9" * 30)


@pytest.mark.parametrize("escape", ["\\ud800", "\\uDFFF", "\\ud83d\\u0041"])
def test_lone_surrogates_are_refused_with_their_line(escape: str) -> None:
    text = '{\n"terms": [\n"ok", "a' + escape + 'b"]}'
    with pytest.raises(FormatError) as info:
        loads(text, "s.json")
    assert "surrogate" in info.value.message
    assert info.value.line == 3


def test_lone_surrogate_in_a_key() -> None:
    with pytest.raises(FormatError, match="surrogate"):
        loads('{"\\udc00": 1}', "k.json")


def test_an_escaped_backslash_is_not_an_escape() -> None:
    assert loads('["\\\\ud800"]', "b.json") == ["\\ud800"]


def test_json_lines_report_the_given_line() -> None:
    with pytest.raises(FormatError) as info:
        loads("[1e999]", "d.jsonl", line=7)
    assert info.value.line == 7
    with pytest.raises(FormatError) as info:
        loads("{oops", "d.jsonl", line=9)
    assert info.value.line == 9
