"""TBX in the glossary registry, and recognised by content."""

from __future__ import annotations

from pathlib import Path

from termbase.formats import get, read_glossary
from termbase.formats.tbx.format import FORMAT
from termbase.formats.tbx.writer import write
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    PartOfSpeech,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
)


def _full_glossary() -> Glossary:
    """One glossary that uses every field of the model, some with values needing fallbacks."""
    zh = LangSec(
        lang="zh",
        terms=(
            Term("小武器和轻武器", TermStatus.PREFERRED, TermType.FULL_FORM, PartOfSpeech.NOUN,
                 contexts=(Context("打击小武器和轻武器非法贸易。", "A/RES/68/48"),),
                 sources=("A/RES/68/48",), notes=("联合国正式用语",),
                 customer_subsets=("UN",), project_subsets=("SALW",),
                 transactions=(Transaction(TransactionType.ORIGINATION, "2013-12-05",
                                           "Chinese Translation Service"),)),
            Term("小武器", TermStatus.DEPRECATED, TermType.SHORT_FORM,
                 geographical_usage="TW"),
        ),
        definitions=(Definition("便于个人携带和使用的武器。", "A/CONF.192/15"),),
        notes=("见《行动纲领》",),
        sources=("A/RES/61/66",),
        transactions=(Transaction(TransactionType.MODIFICATION, "2014-01-02"),),
    )
    en = LangSec(
        lang="en",
        terms=(
            Term("small arms and light weapons", term_type=TermType.FULL_FORM,
                 part_of_speech=PartOfSpeech.NOUN, grammatical_gender="other",
                 term_location="menuItem"),
            Term("SALW", TermStatus.ADMITTED, TermType.ACRONYM, grammatical_gender="plural",
                 term_location="footnote & <table>"),
        ),
    )
    first = Concept(
        id="c1", lang_secs=(zh, en), subject_field="disarmament",
        definitions=(Definition("Weapons designed for personal use.", ""),),
        notes=("Keep the plural.",), sources=("A/RES/68/48",),
        cross_references=("c2", "c99"),
        external_references=("https://undocs.org/A/RES/68/48", "undocs.org/A/RES/61/66"),
        transactions=(Transaction(TransactionType.ORIGINATION, "5 December 2013", "UNODA"),),
        graphics=("https://example.org/salw.png",),
    )
    second = Concept(id="c2", lang_secs=(
        LangSec("zh", (Term("国际追查文书"),)),
        LangSec("en", (Term("International Tracing Instrument", TermStatus.PREFERRED),)),
    ))
    return Glossary((first, second), title="Small arms and light weapons",
                    description=("UN terminology, zh–en.", "Second paragraph."),
                    source_lang="zh")



def test_registered_and_sniffed(tmp_path: Path) -> None:
    assert get("tbx") is FORMAT
    data = write(_full_glossary(), None)
    path = tmp_path / "glossary.xml"
    path.write_bytes(data)
    assert read_glossary(path, format_name="tbx").glossary == _full_glossary()
    assert FORMAT.sniff is not None
    assert FORMAT.sniff(b"<?xml version='1.0'?>\n<martif type='TBX'>")
    assert not FORMAT.sniff(b"<tmx version='1.4'>")
