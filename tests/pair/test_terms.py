"""Term lists: plain, extraction JSON/CSV, glossaries; wrong kinds refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.errors import FormatError
from termbase.formats import write_glossary
from termbase.model import Concept, Glossary, LangSec, Term
from termbase.pair.terms import TermList, read_terms


def test_plain_list_skips_blanks_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("# small arms\n行动纲领\n\n 大会 \n", encoding="utf-8")
    assert read_terms(path).terms == ["行动纲领", "大会"]


def test_extraction_json_and_csv(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"candidates": [{"term": "行动纲领", "score": 1}, "大会"]},
                               ensure_ascii=False), encoding="utf-8")
    assert read_terms(path).terms == ["行动纲领", "大会"]
    table = tmp_path / "x.csv"
    table.write_text("rank,term,score\n1,行动纲领,0.9\n2,大会,0.8\n", encoding="utf-8")
    assert read_terms(table).terms == ["行动纲领", "大会"]


def test_glossary_gives_terms_of_the_language(tmp_path: Path) -> None:
    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("行动纲领"),)),
                                        LangSec("en", (Term("Programme of Action"),)))),))
    path = tmp_path / "g.tbx"
    write_glossary(glossary, path)
    assert read_terms(path, "zh").terms == ["行动纲领"]
    assert read_terms(path, "en").terms == ["Programme of Action"]


def test_wrong_language_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("行动纲领\nProgramme of Action\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"entry 2 .* not a Chinese term") as caught:
        read_terms(path)
    assert caught.value.line == 2 and "--reverse" in (caught.value.hint or "")


def test_wrong_formats_are_refused(tmp_path: Path) -> None:
    bad_json = tmp_path / "x.json"
    bad_json.write_text('{"rows": 3}', encoding="utf-8")
    with pytest.raises(FormatError, match="expected a list"):
        read_terms(bad_json)
    document = tmp_path / "doc.txt"
    document.write_text("各国" * 200 + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match="not a term"):
        read_terms(document)
    comments = tmp_path / "empty.txt"
    comments.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(FormatError, match="empty"):
        read_terms(comments)


def test_a_glossary_groups_its_forms_by_concept_and_a_list_does_not(tmp_path: Path) -> None:
    council = Concept("c1", (LangSec("zh", (Term("经济及社会理事会"), Term(" 该理事会 "))),
                             LangSec("en", (Term("Economic and Social Council"),))))
    english_only = Concept("c2", (LangSec("en", (Term("small arms"),)),))
    path = tmp_path / "g.tbx"
    write_glossary(Glossary((council, english_only)), path)
    listed = read_terms(path, "zh")
    assert listed.terms == ["经济及社会理事会", "该理事会"]
    # Forms stripped as the terms are, and a concept without forms in the language left out.
    assert listed.concepts == (("经济及社会理事会", "该理事会"),)
    plain = tmp_path / "terms.txt"
    plain.write_text("经济及社会理事会\n该理事会\n", encoding="utf-8")
    assert read_terms(plain) == TermList(["经济及社会理事会", "该理事会"])
