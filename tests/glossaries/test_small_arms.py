"""Content tests of the small-arms glossary against its two seed resolutions.

Every Chinese term, source symbol and context sentence must be checkable in the Chinese
texts of A/RES/61/66 and A/RES/68/48 bundled in data/. The PDF text wraps lines, puts
footnote marks on lines of their own (61/66) or as superscripts (68/48) and, in 68/48,
bolds operative verbs with ``**``; all of that is removed before comparing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from termbase.formats import read_glossary
from termbase.model import Concept, Glossary, TermStatus, glossary_from_dict

Seeds = dict[str, tuple[str, str]]
SEEDS = {"A/RES/61/66": "A_RES_61_66.zh.txt", "A/RES/68/48": "A_RES_68_48.zh.txt"}
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")
ATTESTED = "English attested in UN parallel text ("
UNCONFIRMED = "Unconfirmed: English not verified against official UN text"


def squeeze(text: str) -> str:
    """Text without whitespace, superscript footnote marks or markdown bold."""
    text = re.sub(r"\s+", "", text).replace("**", "")
    return text.translate({ord(c): None for c in SUPERSCRIPTS})


def seed_texts(raw: str) -> tuple[str, str]:
    """(whole text, body without footnote texts), both squeezed, footnote-number lines dropped."""
    lines = [line for line in raw.splitlines() if not line.strip().isdigit()]
    body = [line for line in lines if not line.lstrip().startswith(tuple(SUPERSCRIPTS))]
    return squeeze("\n".join(lines)), squeeze("\n".join(body))


@pytest.fixture(scope="module")
def glossary(repo_root: Path) -> Glossary:
    folder = repo_root / "glossaries"
    json_path = folder / "small-arms.json"
    if json_path.exists():
        return glossary_from_dict(json.loads(json_path.read_text(encoding="utf-8")),
                                  str(json_path))
    return read_glossary(folder / "small-arms.tbx").glossary


@pytest.fixture(scope="module")
def seeds(repo_root: Path) -> Seeds:
    return {symbol: seed_texts((repo_root / "data" / name).read_text(encoding="utf-8"))
            for symbol, name in SEEDS.items()}


def concept_with(glossary: Glossary, zh_text: str) -> Concept:
    found = [c for c in glossary if any(t.text == zh_text for _, t in c.terms("zh"))]
    assert len(found) == 1, f"{zh_text} should be in exactly one concept, found {len(found)}"
    return found[0]


def zh_status(concept: Concept, text: str) -> TermStatus:
    return next(t.status for _, t in concept.terms("zh") if t.text == text)


def test_header(glossary: Glossary) -> None:
    assert glossary.title == "Small arms and light weapons (A/RES/61/66, A/RES/68/48)"
    assert glossary.source_lang == "zh"
    assert glossary.description
    assert 40 <= len(glossary) <= 60


def test_ids_are_unique_ncnames(glossary: Glossary) -> None:
    ids = [c.id for c in glossary]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not NCNAME.match(i)] == []


def test_cross_references_resolve(glossary: Glossary) -> None:
    ids = {c.id for c in glossary}
    assert [(c.id, r) for c in glossary for r in c.cross_references if r not in ids] == []


def test_every_concept_has_zh_and_en_preferred_terms(glossary: Glossary) -> None:
    for concept in glossary:
        for lang in ("zh", "en"):
            statuses = [t.status for _, t in concept.terms(lang)]
            assert TermStatus.PREFERRED in statuses, f"{concept.id}: no preferred {lang} term"


def test_texts_are_single_line_and_trimmed(glossary: Glossary) -> None:
    for concept in glossary:
        for _, term in concept.terms():
            texts = [term.text, *term.notes, *(c.text for c in term.contexts)]
            for text in texts:
                assert text == text.strip() and "\n" not in text, f"{concept.id}: {text!r}"


def test_zh_term_sources_contain_the_term(glossary: Glossary, seeds: Seeds) -> None:
    for concept in glossary:
        for _, term in concept.terms("zh"):
            assert term.sources, f"{concept.id}: {term.text} has no source"
            for symbol in term.sources:
                assert symbol in seeds, f"{concept.id}: unknown source {symbol}"
                assert squeeze(term.text) in seeds[symbol][0], \
                    f"{concept.id}: {term.text} not in {symbol}"


def test_zh_contexts_contain_the_term_and_come_from_the_cited_seed(glossary: Glossary,
                                                                     seeds: Seeds) -> None:
    for concept in glossary:
        for _, term in concept.terms("zh"):
            assert len(term.contexts) == 1, f"{concept.id}: {term.text}"
            context = term.contexts[0]
            assert term.text in context.text, f"{concept.id}: {term.text} not in its context"
            symbol = context.source.split(",")[0]
            assert symbol in term.sources, f"{concept.id}: context from {symbol}"
            text = squeeze(context.text)
            assert text in seeds[symbol][0] or text in seeds[symbol][1], \
                f"{concept.id}: context of {term.text} is not in {symbol}"


def test_brokering_2006_term_is_superseded_by_2013_term(glossary: Glossary) -> None:
    concept = concept_with(glossary, "非法中介活动")
    assert zh_status(concept, "非法中介活动") is TermStatus.PREFERRED
    assert zh_status(concept, "非法经纪活动") is TermStatus.SUPERSEDED
    english = concept.preferred("en")
    assert english is not None and english.text == "illicit brokering"


def test_programme_of_action_misspelling_is_deprecated(glossary: Glossary) -> None:
    concept = concept_with(glossary, "《行动纲领》")
    assert zh_status(concept, "《行动纲要》") is TermStatus.DEPRECATED
    assert zh_status(concept, "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》") \
        is TermStatus.PREFERRED


def test_tracing_instrument_wordings_share_one_concept(glossary: Glossary) -> None:
    concept = concept_with(glossary, "《国际追查文书》")
    assert zh_status(concept, "《使各国能够及时和可靠地识别和追查非法小武器和轻武器的国际文书》") \
        is TermStatus.PREFERRED
    assert zh_status(concept, "《使各国能及时可靠地识别和追查非法小武器和轻武器的国际文书》") \
        is TermStatus.SUPERSEDED
    short = next(t for _, t in concept.terms("zh") if t.text == "《国际追查文书》")
    assert short.term_type is not None and short.term_type.value == "shortForm"


def test_biennial_meeting_2006_wording_is_superseded(glossary: Glossary) -> None:
    concept = concept_with(glossary, "各国双年度会议")
    assert zh_status(concept, "各国双年度会议") is TermStatus.PREFERRED
    assert zh_status(concept, "两年期国家间会议") is TermStatus.SUPERSEDED


def test_every_en_term_says_whether_it_is_attested(glossary: Glossary) -> None:
    for concept in glossary:
        for _, term in concept.terms("en"):
            marks = [n for n in term.notes if n.startswith(ATTESTED) or n == UNCONFIRMED]
            assert len(marks) == 1, f"{concept.id}: {term.text} needs one attestation note"


def test_recurring_titles_are_in_the_glossary(glossary: Glossary, seeds: Seeds) -> None:
    counts: dict[str, int] = {}
    for whole, _ in seeds.values():
        for title in re.findall(r"《[^《》]+》", whole):
            counts[title] = counts.get(title, 0) + 1
    recorded = {squeeze(t.text) for c in glossary for _, t in c.terms("zh")}
    missing = [title for title, n in counts.items() if n >= 2 and title not in recorded]
    assert missing == []
