from __future__ import annotations

import pytest

from termbase.errors import FormatError
from termbase.formats.xliff import read_xliff

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="d">
    <body>
      <trans-unit id="1">
        <source>执行<g id="1">《行动纲领》</g><bpt id="2">{b}</bpt>。</source>
        <target>Implement the <g id="1">Programme of Action</g>.</target>
      </trans-unit>
      <trans-unit id="2"><source>未译</source></trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="zh">
  <file id="f1">
    <group id="g"><unit id="u1">
      <segment><source>The <pc id="1">Review Conference</pc><ph id="2"/> met.</source>
        <target>审查大会<cp hex="3000"/>举行了会议。</target></segment>
      <segment id="s2"><source>Second.</source><target>第二。</target></segment>
    </unit></group>
  </file>
</xliff>
"""


def test_xliff_12() -> None:
    doc = read_xliff(XLIFF_12.encode(), "d.xlf")
    assert (doc.version, doc.source_lang, doc.target_lang) == ("1.2", "zh-CN", "en-US")
    first, second = doc.segments
    assert first.source == "执行《行动纲领》。"  # code in <bpt> is not text
    assert first.target == "Implement the Programme of Action."
    assert first.line == 6
    assert second.target is None


def test_xliff_20() -> None:
    doc = read_xliff(XLIFF_20.encode(), "d.xlf")
    assert (doc.version, doc.source_lang, doc.target_lang) == ("2.0", "en", "zh")
    assert [(s.id, s.source, s.target) for s in doc.segments] == [
        ("u1#1", "The Review Conference met.", "审查大会\u3000举行了会议。"),
        ("s2", "Second.", "第二。")]


@pytest.mark.parametrize("data, message, line", [
    (b"<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>\n<file>",
     "not well-formed", 2),
    (b"<tmx version='1.4'/>", "not <xliff>", 1),
    (b"<xliff version='3.0' xmlns='urn:example'/>", "unsupported XLIFF version", 1),
    (b"<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>\n"
     b"<file source-language='en'><body>\n<trans-unit id='a'><target>x</target></trans-unit>"
     b"</body></file></xliff>", "has no <source>", 3),
])
def test_malformed_xliff(data: bytes, message: str, line: int) -> None:
    with pytest.raises(FormatError, match=message) as info:
        read_xliff(data, "bad.xlf")
    assert info.value.line == line
    assert info.value.path == "bad.xlf"
