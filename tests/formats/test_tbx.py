"""TBX reader and writer: round trip, official validity of our output, every sample."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from strategies import glossaries, tbx_glossaries
from termbase.diagnostics import Severity
from termbase.errors import FormatError, OutputError
from termbase.formats import get, read_glossary
from termbase.formats.base import ReadPolicy
from termbase.formats.tbx import FORMAT, SIGNATURE_PREFIX, read, write
from termbase.formats.tbx_rules import validate_tbx
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    PartOfSpeech,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
)
from termbase.signature import Signature

GOLDEN = Path(__file__).parent / "golden"
NS = 'xmlns="urn:iso:std:iso:30042:ed-2"'


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


@pytest.fixture(scope="module")
def official(shared: Path) -> Official:
    return Official(shared)


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


# --- writer ----------------------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries())
def test_round_trip_and_official_validity(shared: Path, glossary: Glossary) -> None:
    checker = _OFFICIAL_CACHE.setdefault("o", Official(shared))
    data = write(glossary, None)
    assert checker.problems(data) == []
    result = read(data, "rt.tbx", ReadPolicy.STRICT)
    assert result.glossary == glossary
    assert result.diagnostics == ()
    assert write(result.glossary, None) == data  # deterministic, and stable on re-save


_OFFICIAL_CACHE: dict[str, Any] = {}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tbx_glossaries())
def test_back_matter_targets_and_repeated_languages_are_valid_and_kept(
        shared: Path, glossary: Glossary) -> None:
    checker = _OFFICIAL_CACHE.setdefault("o", Official(shared))
    data = write(glossary, None)
    assert checker.problems(data) == []
    assert validate_tbx(data, "rt.tbx") == []
    result = read(data, "rt.tbx", ReadPolicy.STRICT)
    assert result.glossary == glossary and result.diagnostics == ()


def test_back_matter_of_the_samples_is_kept(shared: Path) -> None:
    name = "v3/tbx-basic-package-2018/TBX-basic-sample.tbx"
    glossary = read(_sample(shared, name), name, ReadPolicy.STRICT).glossary
    people = {o.id: [(i.type, i.text) for i in o.items]
              for sec in glossary.back_matter for o in sec.objects}
    assert people["US5001"] == [("fn", "Jane Doe"), ("email", "jane_doe@mymail.com"),
                                ("role", "approver")]
    targets = {t.target for c in glossary.concepts for t in c.transactions}
    assert targets == {"US5001", "US5002"}
    again = read(write(glossary, None), "again.tbx", ReadPolicy.STRICT).glossary
    assert again == glossary


def test_repeated_language_sections_of_a_real_export_stay_apart(shared: Path) -> None:
    name = "v3/byutrg-good/TBX-Basic_v3_Samples__DCA__medtronic_TBX.tbx"
    glossary = read(_sample(shared, name), name, ReadPolicy.STRICT).glossary
    concept = glossary.concepts[0]
    assert [s.lang for s in concept.lang_secs].count("da") == 2
    assert read(write(glossary, None), "x.tbx", ReadPolicy.STRICT).glossary == glossary


def test_a_target_that_resolves_nowhere_is_kept_in_a_note() -> None:
    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),), transactions=(
        Transaction(TransactionType.ORIGINATION, "", "Jane", "US9999"),)),))
    data = write(glossary, None)
    assert b'target="US9999"' not in data and b"target: US9999" in data
    assert validate_tbx(data, "x.tbx") == []
    assert read(data, "x.tbx", ReadPolicy.STRICT).glossary == glossary


def test_reference_ids_must_be_unique_xml_ids() -> None:
    clash = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),)),), back_matter=(
        RefObjectSec("respPerson", (RefObject("c1", (RefItem("fn", "Jane"),)),)),))
    with pytest.raises(OutputError, match="'c1' is used more than once"):
        write(clash, None)


def test_golden_file(official: Official) -> None:
    glossary = _full_glossary()
    data = write(glossary, None)
    golden = GOLDEN / "full.tbx"
    if os.environ.get("TERMBASE_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()
    assert official.problems(data) == []
    assert read(data, "full.tbx", ReadPolicy.STRICT).glossary == glossary


def test_output_is_pretty_utf8_with_expected_root() -> None:
    text = write(_full_glossary(), None).decode("utf-8")
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n")
    assert f'<tbx {NS} type="TBX-Basic" style="dca" xml:lang="en">' in text
    assert "\n      <conceptEntry id=\"c1\">\n" in text
    assert "小武器和轻武器" in text  # real characters, not character references
    assert '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>' in text


def test_fallback_notes_keep_output_valid_and_round_trip(official: Official) -> None:
    data = write(_full_glossary(), None)
    text = data.decode()
    assert "<note>grammaticalGender: plural</note>" in text
    assert "<note>crossReference: c99</note>" in text
    assert "<note>externalCrossReference: undocs.org/A/RES/61/66</note>" in text
    assert "<note>date: 5 December 2013</note>" in text
    assert '<ref type="crossReference" target="c2">c2</ref>' in text
    assert official.problems(data) == []


def test_signature_is_written_but_not_read_back() -> None:
    glossary = _full_glossary()
    sig = Signature(created="2024-01-01T00:00:00Z", glossary_hash=glossary.content_hash())
    data = write(glossary, sig)
    assert f"{SIGNATURE_PREFIX}{sig.compact()}".encode() in data
    assert read(data, "s.tbx", ReadPolicy.STRICT).glossary == glossary


def test_source_language_other_than_chinese_round_trips() -> None:
    glossary = replace(_full_glossary(), source_lang="en")
    assert read(write(glossary, None), "x", ReadPolicy.STRICT).glossary.source_lang == "en"


def test_empty_glossary_round_trips(official: Official) -> None:
    data = write(Glossary(), None)
    assert official.problems(data) == []
    assert read(data, "e.tbx", ReadPolicy.STRICT).glossary == Glossary()


@pytest.mark.parametrize(("concepts", "fragment"), [
    ((Concept("1", (LangSec("en", (Term("x"),)),)),), "not a valid XML ID"),
    ((Concept("c1", (LangSec("en", (Term("x"),)),)),) * 2, "more than once"),
    ((Concept("c1", (LangSec("en", ()),)),), "has no terms"),
    ((Concept("c1", ()),), "has no terms"),
    ((Concept("c1", (LangSec("english language", (Term("x"),)),)),), "language tag"),
])
def test_writer_refuses_what_tbx_cannot_hold(concepts: tuple[Concept, ...],
                                             fragment: str) -> None:
    with pytest.raises(OutputError, match=fragment) as info:
        write(Glossary(concepts), None)
    assert info.value.hint


@pytest.mark.parametrize("char", ["\x01", "\ufffe", "\ud800"])
def test_control_characters_are_dropped_not_crashing(char: str) -> None:
    glossary = Glossary((Concept("c1", (LangSec("en", (Term(f"a{char}b"),)),)),))
    assert read(write(glossary, None), "x", ReadPolicy.STRICT).glossary.concepts[0] \
        .lang_secs[0].terms[0].text == "ab"


# --- registry and sniffing -------------------------------------------------------------

def test_registered_and_sniffed(tmp_path: Path) -> None:
    assert get("tbx") is FORMAT
    data = write(_full_glossary(), None)
    path = tmp_path / "glossary.xml"
    path.write_bytes(data)
    assert read_glossary(path, format_name="tbx").glossary == _full_glossary()
    assert FORMAT.sniff is not None
    assert FORMAT.sniff(b"<?xml version='1.0'?>\n<martif type='TBX'>")
    assert not FORMAT.sniff(b"<tmx version='1.4'>")


# --- reader: tolerated departures and refusals ------------------------------------------

def _doc(body: str, root: str = f'<tbx {NS} type="TBX-Basic" style="dca" xml:lang="en">',
         end: str = "</tbx>") -> bytes:
    return (f"<?xml version='1.0' encoding='UTF-8'?>\n{root}\n<tbxHeader><fileDesc><sourceDesc>"
            f"<p>x</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n{body}\n"
            f"</body></text>\n{end}").encode()


def test_numeric_ids_renamed_and_references_followed() -> None:
    data = _doc('<conceptEntry id="1"><ref type="crossReference" target="2">b</ref>'
                '<langSec xml:lang="en"><termSec><term>a</term></termSec></langSec>'
                '</conceptEntry>\n<conceptEntry id="2"><langSec xml:lang="en"><termSec>'
                '<term>b</term></termSec></langSec></conceptEntry>')
    result = read(data, "n.tbx", ReadPolicy.STRICT)
    assert [c.id for c in result.glossary.concepts] == ["c1", "c2"]
    assert result.glossary.concepts[0].cross_references == ("c2",)
    renamed = [d for d in result.diagnostics if d.code == "TB211"]
    assert [d.line for d in renamed] == [5, 6]
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)


def test_unknown_category_kept_as_note_with_warning() -> None:
    data = _doc('<conceptEntry id="c1"><descrip type="reliabilityCode">9</descrip>'
                '<langSec xml:lang="en"><termSec><term>a</term>'
                '<termNote type="usageStatus">deprecated</termNote></termSec></langSec>'
                '</conceptEntry>')
    result = read(data, "u.tbx", ReadPolicy.STRICT)
    concept = result.glossary.concepts[0]
    assert concept.notes == ("reliabilityCode: 9",)
    assert concept.lang_secs[0].terms[0].status is TermStatus.DEPRECATED
    codes = {d.code for d in result.diagnostics}
    assert {"TB212", "TB215"} <= codes


def test_wrong_order_in_term_section_is_read_with_warning() -> None:
    data = _doc('<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>a</term>'
                '<note>n</note><termNote type="partOfSpeech">noun</termNote></termSec>'
                '</langSec></conceptEntry>')
    result = read(data, "o.tbx", ReadPolicy.STRICT)
    term = result.glossary.concepts[0].lang_secs[0].terms[0]
    assert term.part_of_speech is PartOfSpeech.NOUN and term.notes == ("n",)
    assert [d.code for d in result.diagnostics] == ["TB214"]


_NO_LANG = ('<conceptEntry id="c1"><langSec><termSec><term>a</term></termSec></langSec>'
            '</conceptEntry>\n<conceptEntry id="c2"><langSec xml:lang="en"><termSec>'
            '<term>b</term></termSec></langSec></conceptEntry>')


def test_lang_sec_without_language_strict_refuses_skip_leaves_out() -> None:
    with pytest.raises(FormatError) as info:
        read(_doc(_NO_LANG), "l.tbx", ReadPolicy.STRICT)
    assert info.value.line == 5 and "xml:lang" in info.value.message
    result = read(_doc(_NO_LANG), "l.tbx", ReadPolicy.SKIP)
    assert [c.id for c in result.glossary.concepts] == ["c2"]
    assert [d.code for d in result.diagnostics] == ["TB218"]


@pytest.mark.parametrize(("data", "fragment"), [
    (b"<glossary><entry/></glossary>", "not <tbx> or <martif>"),
    (_doc(""), "no entries"),
    (_doc('<conceptEntry id="c1"><langSec xml:lang="en"><termSec><note>x</note></termSec>'
          '</langSec></conceptEntry>'), "without a term"),
    (b"<tbx><text><body>", "not well-formed"),
])
def test_refusals_name_the_problem(data: bytes, fragment: str) -> None:
    with pytest.raises(FormatError, match=fragment) as info:
        read(data, "bad.tbx", ReadPolicy.STRICT)
    assert info.value.path == "bad.tbx"
    assert info.value.hint


# --- reader: every shared sample, explicitly --------------------------------------------

_SAMPLES_OK = {  # path -> (concepts, terms)
    "v3/basic/Example_Astronomy_DCA_VALID.tbx": (45, 113),
    "v3/basic/Example_Astronomy_DCT_VALID.tbx": (45, 113),
    "v3/byutrg-bad/Astronomy_DCA-Bad5.tbx": (45, 113),
    "v3/byutrg-bad/IATE_export_v3_numeric_ids.tbx": (6, 19),
    "v3/byutrg-bad/Sample-tbx-v2.tbx": (5, 14),
    "v3/ltac-test-files/basic_good.tbx": (45, 113),
    "v3/ltac-test-files/basic_bad.tbx": (45, 113),
    "v3/ltac-test-files/min_bad.tbx": (45, 113),
    "v3/tbx-basic-package-2018/TBX-basic-sample.tbx": (5, 13),
    "v3/tbx-basic-package-2018/tbx_basic_sample_badattribute.tbx": (2, 2),
    "v3/tbx-basic-package-2018/tbx_basic_sample_badelement.tbx": (2, 2),
    "v3/tbx-basic-package-2018/tbx_basic_sample_badelementcontent.tbx": (2, 2),
    "v3/tbx-basic-package-2018/tbx_basic_sample_badtargetattribute_value.tbx": (2, 2),
    "v2-2008/TBX-basic-sample.tbx": (5, 13),
    "v2-2008/tbx_basic_sample_badattribute.tbx": (2, 2),
    "v2-2008/tbx_basic_sample_badelement.tbx": (2, 2),
    "v2-2008/tbx_basic_sample_badelementcontent.tbx": (2, 2),
}
_SAMPLES_REFUSED = {  # path -> (line, words in the message)
    "v3/byutrg-bad/Astronomy_DCA-Bad2.tbx": (19, "not well-formed"),
    "v3/byutrg-bad/Astronomy_DCA-Bad3.tbx": (3, "no entries"),
    "v3/byutrg-bad/Astronomy_DCA-Bad4.tbx": (126, "outside an entry"),
    "v3/ltac-test-files/poorly_formed_xml.tbx": (42, "not well-formed"),
    "v3/ltac-test-files/core_structure_bad.tbx": (30, "holds 2 terms"),
    "v3/tbx-basic-package-2018/tbx_basic_sample_badelementorder.tbx": (81, "without a term"),
    "v3/tbx-basic-package-2018/tbx_basic_sample_notwellformed.tbx": (41, "not well-formed"),
    "v2-2008/tbx_basic_sample_badelementorder.tbx": (81, "without a term"),
    "v2-2008/tbx_basic_sample_notwellformed.tbx": (45, "not well-formed"),
}


def _sample(shared: Path, name: str) -> bytes:
    return (shared / "tbx" / "samples" / name).read_bytes()


def test_every_known_good_v3_sample_imports(shared: Path) -> None:
    good = sorted((shared / "tbx" / "samples" / "v3" / "byutrg-good").glob("*.tbx"))
    assert len(good) >= 30
    for path in good:
        result = read(path.read_bytes(), path.name, ReadPolicy.STRICT)
        assert len(result.glossary) > 0, path.name
        assert all(d.severity is not Severity.ERROR for d in result.diagnostics)


@pytest.mark.parametrize("name", sorted(_SAMPLES_OK))
def test_sample_imports(shared: Path, name: str) -> None:
    result = read(_sample(shared, name), name, ReadPolicy.STRICT)
    assert (len(result.glossary), result.glossary.term_count()) == _SAMPLES_OK[name]
    # The clean sample is only told what a rewrite would not keep (its publication
    # statement, the label of a picture link); every other sample departs from the rules.
    is_clean_basic = name.endswith("Example_Astronomy_DCA_VALID.tbx")
    departures = [d for d in result.diagnostics if d.code not in ("TB230", "TB231")]
    assert (departures == []) is is_clean_basic
    assert all(d.line is not None or d.code == "TB219" for d in result.diagnostics)


@pytest.mark.parametrize("name", sorted(_SAMPLES_REFUSED))
def test_sample_refused_with_clear_message(shared: Path, name: str) -> None:
    line, words = _SAMPLES_REFUSED[name]
    with pytest.raises(FormatError, match=words) as info:
        read(_sample(shared, name), name, ReadPolicy.STRICT)
    assert info.value.line == line
    assert info.value.hint


def test_dct_and_dca_samples_give_the_same_glossary(shared: Path) -> None:
    dca = read(_sample(shared, "v3/basic/Example_Astronomy_DCA_VALID.tbx"), "a",
               ReadPolicy.STRICT).glossary
    dct = read(_sample(shared, "v3/basic/Example_Astronomy_DCT_VALID.tbx"), "b",
               ReadPolicy.STRICT).glossary
    # The two official samples differ in a few notes (entry vs language level); every
    # entry, language section and term must read the same from either style.
    def terms(g: Glossary) -> list[Any]:
        return [(c.id, c.subject_field, c.graphics, [(s.lang, s.terms) for s in c.lang_secs])
                for c in g]

    assert terms(dct) == terms(dca)
    first = dca.concepts[0]
    assert first.subject_field == "General"
    assert first.graphics and first.lang_secs[0].transactions
    assert first.lang_secs[0].definitions[0].source == "Oxford2007"


def test_v2_sample_details(shared: Path) -> None:
    g = read(_sample(shared, "v2-2008/TBX-basic-sample.tbx"), "v2", ReadPolicy.STRICT).glossary
    assert g.title == "TBX-Basic Sample File"
    c1 = g.get("c1")
    assert c1 is not None and c1.cross_references == ("c2",)
    term = c1.lang_secs[0].terms[0]
    assert (term.part_of_speech, term.term_type, term.grammatical_gender,
            term.term_location) == (PartOfSpeech.VERB, TermType.FULL_FORM, "masculine",
                                    "menuItem")
    c7 = g.get("c7")
    assert c7 is not None
    assert [t.status for t in c7.lang_secs[0].terms][:3] == [
        TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED]


def test_imported_samples_export_valid(shared: Path, official: Official) -> None:
    for name in ("v2-2008/TBX-basic-sample.tbx", "v3/byutrg-bad/IATE_export_v3_numeric_ids.tbx",
                 "v3/ltac-test-files/basic_bad.tbx"):
        glossary = read(_sample(shared, name), name, ReadPolicy.STRICT).glossary
        data = write(glossary, None)
        assert official.problems(data) == [], name
        assert read(data, "again", ReadPolicy.STRICT).glossary == glossary
