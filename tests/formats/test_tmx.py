"""TMX 1.4b: valid structure, golden output, round trip, and memories from CAT tools."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from termbase import __version__
from termbase.align.model import Alignment, Bead, Segment, Verdict
from termbase.errors import FormatError
from termbase.formats.tmx import read_tmx, write_tmx
from termbase.signature import Signature
from termbase.xmlsafe import local_name, parse_xml

GOLDEN = Path(__file__).parent / "golden"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sample() -> Alignment:
    """A small resolution excerpt of our own, with every kind of bead."""
    zh = ("回顾其关于小武器的第60/81号决议；", "决定继续审议。", "请秘书长提交报告。",
          "注意到报告A/68/411。", "见附件。", "文本含<标记>与&符号\x0c。")
    en = ("Recalling its resolution 60/81 on small arms;", "Decides to remain seized.",
          "Requests the Secretary-General to report.", "Notes that he will do so promptly.",
          "Takes note of report A/68/411.", "A sentence found only in English.",
          "Text with <markup> & signs.")
    return Alignment(
        source=tuple(Segment(i, t) for i, t in enumerate(zh)),
        target=tuple(Segment(i, t) for i, t in enumerate(en)),
        beads=(Bead((0,), (0,), 0.97), Bead((1,), (1,), 0.88), Bead((2,), (2, 3), 0.42),
               Bead((3,), (4,), 0.93), Bead((), (5,), 0.0), Bead((4,), (), 0.0),
               Bead((5,), (6,), 0.6)),
        confidence=0.91, verdict=Verdict.ALIGNED, settings=(("aligner", "test"),))


SIGNATURE = Signature(version="0.0.0-test", created="2024-05-01T10:20:30Z",
                      settings=(("format", "tmx"),), inputs=(("zh zh.txt", "ab12"),))


# --- a DTD-equivalent check of TMX 1.4b, written from the specification's content model --

_HEADER_ATTRS = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                 "srclang", "datatype")
_SEGTYPES = {"block", "paragraph", "sentence", "phrase"}
_INLINE = {"bpt", "ept", "it", "ph", "hi", "ut"}


def tmx_problems(data: bytes) -> list[str]:
    """Every way ``data`` breaks the TMX 1.4b content model (empty when valid)."""
    problems: list[str] = []
    root = parse_xml(data, "out.tmx").getroot()
    if root.tag != "tmx" or root.get("version") != "1.4":
        return ["root must be <tmx version='1.4'>"]
    kids = [local_name(e.tag) for e in root if local_name(e.tag)]
    if kids != ["header", "body"]:
        problems.append(f"<tmx> must hold header, body; holds {kids}")
    header, body = root[0], root[1]
    problems += [f"header lacks {a}" for a in _HEADER_ATTRS if not header.get(a)]
    if header.get("segtype") not in _SEGTYPES:
        problems.append("bad segtype")
    for child in header:
        if local_name(child.tag) not in ("note", "ude", "prop"):
            problems.append(f"<{child.tag}> not allowed in header")
        elif local_name(child.tag) == "prop" and not child.get("type"):
            problems.append("prop without type")
    for tu in body:
        if tu.tag != "tu":
            problems.append(f"<{tu.tag}> in body")
            continue
        names = [c.tag for c in tu]
        first_tuv = names.index("tuv") if "tuv" in names else len(names)
        if first_tuv == len(names):
            problems.append(f"tu {tu.get('tuid')} has no tuv")
        if any(n not in ("note", "prop") for n in names[:first_tuv]) or any(
                n != "tuv" for n in names[first_tuv:]):
            problems.append(f"tu {tu.get('tuid')}: (note|prop)* then tuv+ expected: {names}")
        for child in tu:
            if child.tag == "prop" and not child.get("type"):
                problems.append("prop without type")
            if child.tag != "tuv":
                continue
            if not child.get(XML_LANG):
                problems.append("tuv without xml:lang")
            segs = [c for c in child if c.tag == "seg"]
            if len(segs) != 1 or child[-1].tag != "seg":
                problems.append("tuv must end in exactly one seg")
            for seg in segs:
                problems += [f"<{e.tag}> in seg" for e in seg if e.tag not in _INLINE]
    return problems


def test_output_is_well_formed_valid_tmx_14() -> None:
    data = write_tmx(sample(), signature=SIGNATURE)
    assert tmx_problems(data) == []
    assert tmx_problems(write_tmx(sample(), include_one_sided=True)) == []
    assert tmx_problems(write_tmx(sample(), min_score=1.0)) == []  # an empty body is valid
    header = parse_xml(write_tmx(sample()), "x").getroot()[0]
    assert header.get("creationtoolversion") == __version__


def test_the_checker_catches_broken_documents() -> None:
    broken = (b'<tmx version="1.4"><header srclang="zh"/><body><tu><seg>x</seg></tu>'
              b"</body></tmx>")
    problems = tmx_problems(broken)
    assert "header lacks creationtool" in problems
    assert any("has no tuv" in p for p in problems)


def test_golden_output() -> None:
    data = write_tmx(sample(), signature=SIGNATURE)
    golden = GOLDEN / "align_sample.tmx"
    if os.environ.get("TERMBASE_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()


def test_units_header_and_signature() -> None:
    root = parse_xml(write_tmx(sample(), signature=SIGNATURE), "out.tmx").getroot()
    header = root.find("header")
    assert header is not None
    assert header.get("srclang") == "zh"
    assert header.get("creationtoolversion") == "0.0.0-test"
    assert header.get("creationdate") == "20240501T102030Z"
    props = {p.get("type"): p.text for p in header.findall("prop")}
    assert props["x-tool"] == "termbase 0.0.0-test"
    assert props["x-setting-format"] == "tmx"
    assert props["x-input-zh-zh-txt"] == "ab12"
    assert props["x-document-verdict"] == "aligned"
    units = root.findall("body/tu")
    # 1-0 and 0-1 beads are left out by default; bead numbers stay those of the alignment.
    assert [u.get("tuid") for u in units] == ["1", "2", "3", "4", "7"]
    third = units[2]
    assert [p.text for p in third.findall("prop")] == ["[2]:[2,3]", "0.4200"]
    assert third.findall("tuv")[1].findtext("seg") == (
        "Requests the Secretary-General to report. Notes that he will do so promptly.")


def test_markup_is_escaped_and_control_characters_dropped() -> None:
    result = read_tmx(write_tmx(sample()), "out.tmx")
    assert result.pairs[-1].source == "文本含<标记>与&符号。"
    assert result.pairs[-1].target == "Text with <markup> & signs."


@pytest.mark.parametrize("char", ["\ud800", "\ufffe", "\x1f"])
def test_characters_xml_cannot_hold_are_dropped_in_text_and_attributes(char: str) -> None:
    alignment = replace(sample(), source_lang=f"zh{char}",
                        source=(Segment(0, f"回顾{char}决议；"), *sample().source[1:]))
    data = write_tmx(alignment)
    assert data.decode("utf-8").count("回顾决议；") == 1
    assert 'srclang="zh"' in data.decode("utf-8")


def test_read_as_bitext_gives_units_with_their_beads_in_the_file_direction() -> None:
    from termbase.formats.tmx import read

    bitext = read(write_tmx(sample(), signature=SIGNATURE), "out.tmx")
    assert (bitext.source_lang, bitext.target_lang, bitext.kind) == ("zh", "en", "tmx")
    assert [u.id for u in bitext.units] == ["1", "2", "3", "4", "7"]
    assert bitext.units[2].bead == Bead((2,), (2, 3), 0.42)
    english_first = read(CAT_TOOL_TMX, "cat.tmx")  # srclang="EN-US"
    assert (english_first.source_lang, english_first.target_lang) == ("en", "zh")
    assert [(u.source, u.target, u.bead) for u in english_first.units] == [
        ("Calls upon all States to act.", "吁请所有国家采取行动。", None)]
    assert read(TMX_11, "old.tmx").source_lang == "zh"


def test_one_sided_and_low_score_selection() -> None:
    both = parse_xml(write_tmx(sample(), include_one_sided=True), "x").getroot()
    assert len(both.findall("body/tu")) == 7
    lone = both.findall("body/tu")[4]
    assert [t.get(XML_LANG) for t in lone.findall("tuv")] == ["en"]
    high = parse_xml(write_tmx(sample(), min_score=0.5), "x").getroot()
    assert [u.get("tuid") for u in high.findall("body/tu")] == ["1", "2", "4", "7"]


def test_read_what_was_written() -> None:
    result = read_tmx(write_tmx(sample()), "out.tmx")
    assert result.srclang == "zh"
    assert [(p.source, p.target) for p in result.pairs][:2] == [
        ("回顾其关于小武器的第60/81号决议；", "Recalling its resolution 60/81 on small arms;"),
        ("决定继续审议。", "Decides to remain seized.")]
    assert dict(result.pairs[0].props) == {"x-bead": "[0]:[0]", "x-score": "0.9700"}
    assert result.diagnostics == ()


CAT_TOOL_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="SomeCAT" creationtoolversion="9" segtype="sentence" o-tmf="x"
        adminlang="en-US" srclang="EN-US" datatype="rtf"/>
<body>
<tu><tuv xml:lang="EN-US"><seg>Calls upon <bpt i="1">{\\b </bpt>all States<ept i="1">}</ept>
 to act<ph>&lt;br/&gt;</ph>.</seg></tuv>
<tuv xml:lang="ZH-CN"><seg>吁请<hi type="b">所有国家</hi>采取行动。</seg></tuv></tu>
<tu><tuv xml:lang="en-GB"><seg>Only English here.</seg></tuv></tu>
</body>
</tmx>
""".encode()

TMX_11 = """<?xml version="1.0"?>
<tmx version="1.1"><header creationtool="Old" srclang="zh-TW"/><body>
<tu><tuv lang="zh-tw"><seg>決定。</seg></tuv><tuv lang="EN"><seg>Decides.</seg></tuv></tu>
</body></tmx>""".encode()


def test_read_memories_from_cat_tools() -> None:
    result = read_tmx(CAT_TOOL_TMX, "cat.tmx")
    assert result.srclang == "EN-US"
    assert [(p.source, p.target) for p in result.pairs] == [
        ("吁请所有国家采取行动。", "Calls upon all States to act.")]
    assert result.pairs[0].line == 7
    assert len(result.diagnostics) == 1
    assert "1 translation unit(s)" in result.diagnostics[0].message
    old = read_tmx(TMX_11, "old.tmx")
    assert [(p.source, p.target) for p in old.pairs] == [("決定。", "Decides.")]


@pytest.mark.parametrize(("data", "message"), [
    (b"<tmx version='1.4'><header/><body><tu>", "not well-formed"),
    (b"<xliff version='1.2'/>", "not <tmx>"),
    (b"<tmx version='1.4'><body/></tmx>", "needs a <header> and a <body>"),
    (b"<tmx version='1.4'><header/><body><tu><tuv xml:lang='zh'/></tu></body></tmx>",
     "without <seg>"),
    (b'<!DOCTYPE tmx [<!ENTITY x "y">]><tmx/>', "entities"),
])
def test_bad_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message) as info:
        read_tmx(data, "bad.tmx")
    assert info.value.path == "bad.tmx"
