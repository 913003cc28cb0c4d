"""One way to cite a sentence: build's contexts and extraction's evidence agree."""

from __future__ import annotations

from termbase.build import document_passages
from termbase.documents.citations import cited_sentences
from termbase.documents.model import (
    Document,
    DocumentMetadata,
    Footnote,
    Paragraph,
    ParagraphKind,
    Sentence,
)
from termbase.extract.units import document_units

K = ParagraphKind


def _paragraph(pid: str, kind: ParagraphKind, text: str, number: int | None = None,
               line: int | None = None, split: bool = True) -> Paragraph:
    sentences = (Sentence(f"{pid}.s1", text, 0, len(text)),) if split else ()
    return Paragraph(pid, kind, text, sentences, number, line=line)


DOCUMENT = Document(
    DocumentMetadata("r.txt", symbol="A/RES/68/48", committee="第一委员会"),
    (_paragraph("p1", K.TITLE, "小武器和轻武器非法贸易的各方面问题", line=3),
     _paragraph("p2", K.HEADER, "大会，", line=4),
     _paragraph("p3", K.PREAMBULAR, "回顾其各项决议，", line=5),
     _paragraph("p4", K.PREAMBULAR, "强调必须执行《行动纲领》，", line=6),
     _paragraph("p5", K.OPERATIVE, "鼓励各国执行《国际追查文书》；", number=2, line=7),
     _paragraph("p6", K.OPERATIVE, "又鼓励各国开展合作；", line=8, split=False),
     _paragraph("p7", K.CLOSING, "2013年12月5日", line=9)),
    (Footnote(1, "A/CONF.192/15。"),),
)


def test_every_sentence_is_cited_in_order() -> None:
    assert [(s.location, s.kind) for s in cited_sentences(DOCUMENT)] == [
        ("title", K.TITLE), ("header", K.HEADER), ("preamble, para. 1", K.PREAMBULAR),
        ("preamble, para. 2", K.PREAMBULAR), ("operative para. 2", K.OPERATIVE),
        ("line 8", K.OPERATIVE), ("closing", K.CLOSING), ("footnote 1", None)]
    first = next(cited_sentences(DOCUMENT))
    assert (first.document, first.location) == ("A/RES/68/48", "title")


def test_skipped_kinds_are_left_out_and_footnotes_kept() -> None:
    cited = [s.location for s in cited_sentences(DOCUMENT, skip={K.HEADER, K.TITLE})]
    assert cited[:2] == ["preamble, para. 1", "preamble, para. 2"]
    assert "header" not in cited and "title" not in cited and cited[-1] == "footnote 1"


def test_a_document_without_symbol_is_cited_by_its_file() -> None:
    bare = Document(DocumentMetadata("notes.txt"),
                    (_paragraph("l12", K.OPERATIVE, "行动纲领", line=12, split=False),))
    assert [(s.document, s.location) for s in cited_sentences(bare)] == [("notes.txt", "line 12")]


def test_build_and_extraction_cite_alike() -> None:
    passages = {(p.text, f"{p.symbol}, {p.location}") for p in document_passages(DOCUMENT)}
    units = {(text, f"{label}, {where}") for text, _, label, where in document_units(DOCUMENT, 0)}
    # Extraction leaves out the "大会，" header and adds the committee as a unit of its own.
    assert units - passages == {("第一委员会", "A/RES/68/48, header")}
    assert passages - units == {("大会，", "A/RES/68/48, header")}
