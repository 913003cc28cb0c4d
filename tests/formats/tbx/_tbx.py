"""What the TBX tests share: the official validators and a glossary using every field."""

from __future__ import annotations

from pathlib import Path

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


class Official:
    """The official core RNG + TBX-Basic Schematron, run from ../shared (never shipped)."""

    def __init__(self, shared: Path) -> None:
        from lxml import etree, isoschematron

        schemas = shared / "tbx" / "schemas" / "v3"
        self.rng = etree.RelaxNG(etree.parse(str(schemas / "core" / "TBXcoreStructV03.rng")))
        self.sch = isoschematron.Schematron(
            etree.parse(str(schemas / "basic" / "TBX-Basic_DCA.xslt1-port.sch")),
            store_report=True)

    def problems(self, data: bytes) -> list[str]:
        from lxml import etree

        doc = etree.fromstring(data).getroottree()
        out = []
        if not self.rng.validate(doc):
            out += [f"rng {e.line}: {e.message}" for e in self.rng.error_log]
        if not self.sch.validate(doc):
            out.append("schematron failed")
        return out

    def valid(self, data: bytes) -> bool:
        return not self.problems(data)


_LOADED: dict[Path, Official] = {}


def official_for(shared: Path) -> Official:
    """One validator per run: compiling the Schematron takes a second."""
    if shared not in _LOADED:
        _LOADED[shared] = Official(shared)
    return _LOADED[shared]


def full_glossary() -> Glossary:
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
