"""TBX-Basic 2008 (martif) export: golden file, schema, termbase's reader, translate-toolkit."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.formats.base import ReadPolicy
from termbase.formats.tbx.reader import read
from termbase.formats.tbx2008 import Direction, write, write_directed
from termbase.model import Concept, Definition, Glossary, LangSec, Term, TermStatus

GOLDEN = Path(__file__).parent / "golden" / "cat_sample.tbx2008.tbx"


def _sample() -> Glossary:
    zh = LangSec("zh", (Term("小武器", sources=("A/RES/68/48",)),
                        Term("轻武器", status=TermStatus.ADMITTED),
                        Term("轻小武器", status=TermStatus.DEPRECATED)))
    en = LangSec("en", (Term("small arms"), Term("light weapons", TermStatus.ADMITTED),
                        Term("hand guns", TermStatus.DEPRECATED, notes=("outdated",))),
                 definitions=(Definition("Weapons for personal use.", "A/CONF.192/15"),))
    other = Concept("c2", (LangSec("en", (Term("arms trade treaty"),)),
                           LangSec("zh", (Term("武器贸易条约"),))), notes=("ATT",))
    return Glossary((Concept("c1", (zh, en), subject_field="disarmament"), other),
                    title="CAT sample")


def test_output_matches_the_golden_file() -> None:
    assert write(_sample(), None).decode() == GOLDEN.read_text(encoding="utf-8")


def test_termbase_reads_it_back_whole() -> None:
    back = read(write(_sample(), None), "g.tbx", ReadPolicy.STRICT).glossary
    # zh→en puts each entry's Chinese first; c2 had English first.
    c2 = _sample().concepts[1]
    assert back.concepts[0] == _sample().concepts[0]
    assert back.concepts[1].lang_secs == (c2.lang_secs[1], c2.lang_secs[0])


def test_english_to_chinese_puts_english_first_and_declares_it() -> None:
    data = write_directed(_sample(), None, Direction.parse("en-zh"))
    assert b'<martif type="TBX-Basic" xml:lang="en">' in data
    back = read(data, "g.tbx", ReadPolicy.STRICT).glossary
    assert [[s.lang for s in c.lang_secs] for c in back] == [["en", "zh"], ["en", "zh"]]


def test_output_passes_the_tbx_basic_2008_schema(shared: Path) -> None:
    from lxml import etree

    schema = shared / "tbx" / "schemas" / "v2-2008" / "tbx-basic" / "TBXBasicRNGV02.rng"
    if not schema.exists():
        pytest.skip(f"{schema} is not there")
    rng = etree.RelaxNG(etree.parse(str(schema)))
    assert rng.validate(etree.fromstring(write(_sample(), None))), rng.error_log


def test_translate_toolkit_reads_source_and_target(tmp_path: Path) -> None:
    tbx = pytest.importorskip("translate.storage.tbx",
                              reason="translate-toolkit (the test extra) is not installed")
    path = tmp_path / "g.tbx"
    path.write_bytes(write(_sample(), None))
    units = tbx.tbxfile.parsefile(str(path)).units
    assert [(u.source, u.target) for u in units] == [("小武器", "small arms"),
                                                     ("武器贸易条约", "arms trade treaty")]
