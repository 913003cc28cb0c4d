"""OmegaT glossary export: the exact lines, translate-toolkit's reader, termbase's reader,
both directions, and OmegaT glossaries made by hand."""

from __future__ import annotations

import pytest

from termbase.errors import FormatError
from termbase.formats.base import Direction, ReadPolicy
from termbase.formats.omegat import read, write, write_directed
from termbase.model import Concept, Definition, Glossary, LangSec, Term, TermStatus
from termbase.signature import Signature


def _sample() -> Glossary:
    zh = LangSec("zh", (Term("小武器", sources=("A/RES/68/48",)),
                        Term("轻武器", status=TermStatus.ADMITTED),
                        Term("轻小武器", status=TermStatus.DEPRECATED)))
    en = LangSec("en", (Term("small arms"), Term("light\tweapons", TermStatus.ADMITTED),
                        Term("hand guns", TermStatus.DEPRECATED, notes=("outdated",))),
                 definitions=(Definition("Weapons for personal use.", "A/CONF.192/15"),))
    untranslated = Concept("c3", (LangSec("zh", (Term("标识"),)),))
    other = Concept("c2", (LangSec("en", (Term("Arms Trade Treaty"), Term("ATT",
                                          TermStatus.ADMITTED))),
                           LangSec("zh", (Term("武器贸易条约"),))))
    return Glossary((Concept("c1", (zh, en)), untranslated, other), title="CAT sample")


def _body(data: bytes) -> list[str]:
    return [line for line in data.decode("utf-8").splitlines() if not line.startswith("#")]


def test_lines_pair_each_source_term_with_the_approved_targets() -> None:
    assert _body(write(_sample(), None)) == [
        "小武器\tsmall arms\tconcept c1",
        "小武器\tlight weapons\tconcept c1",
        "轻武器\tsmall arms\tadmitted; concept c1",
        "轻武器\tlight weapons\tadmitted; concept c1",
        "轻小武器\tsmall arms\tdeprecated, use 小武器; concept c1",
        "轻小武器\tlight weapons\tdeprecated, use 小武器; concept c1",
        # c3 has no English: nothing to offer a translator.
        "武器贸易条约\tArms Trade Treaty\tconcept c2",
        "武器贸易条约\tATT\tconcept c2",
    ]


def test_english_to_chinese_never_offers_a_deprecated_target() -> None:
    lines = _body(write_directed(_sample(), None, Direction("en", "zh")))
    assert "hand guns\t小武器\tdeprecated, use small arms; concept c1" in lines
    assert all(line.split("\t")[1] != "轻小武器" for line in lines)
    assert "ATT\t武器贸易条约\tadmitted; concept c2" in lines


def test_header_gives_direction_and_signature_as_comments() -> None:
    signature = Signature.for_glossary(_sample(), settings={"format": "omegat"})
    head = [line for line in write(_sample(), signature).decode().splitlines()
            if line.startswith("#")]
    assert head[1] == "# direction: zh-en"
    assert head[-1].startswith("# termbase ") and "glossary sha256" in head[-1]


def test_translate_toolkit_reads_source_target_and_comment() -> None:
    omegat = pytest.importorskip("translate.storage.omegat",
                                 reason="translate-toolkit (the test extra) is not installed")
    store = omegat.OmegaTFile.parsestring(write(_sample(), None))
    # OmegaT skips '#' lines; translate-toolkit's reader takes them as units: leave those.
    units = [(u.source, u.target, u.getnotes()) for u in store.units
             if not u.source.startswith("#")]
    assert ("小武器", "small arms", "concept c1") in units
    assert ("轻小武器", "small arms", "deprecated, use 小武器; concept c1") in units
    assert len(units) == len(_body(write(_sample(), None)))


@pytest.mark.parametrize("direction", [Direction("zh", "en"), Direction("en", "zh")], ids=str)
def test_termbase_reads_it_back_as_concepts(direction: Direction) -> None:
    back = read(write_directed(_sample(), None, direction), "g.utf8", ReadPolicy.STRICT)
    assert back.glossary.source_lang == direction.source
    c1 = back.glossary.get("c1")
    assert c1 is not None and back.glossary.get("c3") is None
    sources = {t.text: t.status for _, t in c1.terms(direction.source)}
    expected = {t.text: t.status for _, t in _sample().concepts[0].terms(direction.source)}
    assert sources == {text.replace("\t", " "): s for text, s in expected.items()}
    assert all(t.status.approved for _, t in c1.terms(direction.target))


def test_a_glossary_made_in_omegat_is_read_with_guessed_languages() -> None:
    made = "# my glossary\nsmall arms\t小武器\nlight weapons\t轻武器\tfrom the 2001 report\n"
    glossary = read(made.encode(), "mine.txt", ReadPolicy.STRICT).glossary
    assert glossary.source_lang == "en"
    assert [c.preferred("zh").text for c in glossary.concepts] == ["小武器", "轻武器"]


def test_a_line_without_a_target_is_refused_or_skipped_with_its_line() -> None:
    made = "小武器\tsmall arms\n轻武器\n".encode()
    with pytest.raises(FormatError) as refused:
        read(made, "g.utf8", ReadPolicy.STRICT)
    assert refused.value.line == 2
    skipped = read(made, "g.utf8", ReadPolicy.SKIP)
    assert [d.code for d in skipped.diagnostics] == ["TB250"]
    assert len(skipped.glossary) == 1


def test_a_line_is_a_file_line_even_with_a_form_feed_inside() -> None:
    # str.splitlines cut 'Programme\x0cof Action' in two: a line without a target.
    data = "行动纲领\tProgramme\x0cof Action\n".encode()
    back = read(data, "g.utf8", ReadPolicy.STRICT).glossary
    assert [t.text for _, t in back.concepts[0].terms("en")] == ["Programme\x0cof Action"]
