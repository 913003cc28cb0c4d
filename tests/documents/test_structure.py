"""From text to Document: the two seed resolutions and generic layout rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from termbase.documents.model import Document, ParagraphKind
from termbase.documents.structure import chinese_number, ingest_text, starts_preambular
from termbase.errors import InputError

SEEDS = {"A_RES_61_66.zh.txt": (10, 12, 5), "A_RES_68_48.zh.txt": (17, 22, 7)}


def _ingest(seeds_dir: Path, name: str) -> Document:
    document, diagnostics = ingest_text((seeds_dir / name).read_text(encoding="utf-8"),
                                        source_name=name)
    assert diagnostics == []
    return document


@pytest.fixture(params=sorted(SEEDS))
def seed(request: pytest.FixtureRequest, seeds_dir: Path) -> tuple[str, Document]:
    name: str = request.param
    return name, _ingest(seeds_dir, name)


def test_no_footnote_digit_or_anchor_left_in_the_text(seed: tuple[str, Document]) -> None:
    _, document = seed
    for paragraph in document.paragraphs:
        for text in [paragraph.text, *(s.text for s in paragraph.sentences)]:
            # A digit after closing punctuation that is not part of a number or date.
            assert not re.search(r"[》，；。、)）][0-9](?![0-9年月日/.])", text), text
            assert not re.search("[\ue000-\uf8ff⁰¹²³⁴⁵⁶⁷⁸⁹*]", text), text
    assert "行动纲领》，1" not in "".join(p.text for p in document.paragraphs)


def test_paragraph_counts_and_operative_numbering(seed: tuple[str, Document]) -> None:
    name, document = seed
    preambular, operative, footnotes = SEEDS[name]
    assert len(document.of_kind(ParagraphKind.PREAMBULAR)) == preambular
    assert [p.number for p in document.of_kind(ParagraphKind.OPERATIVE)] == list(
        range(1, operative + 1))
    assert [p.text for p in document.of_kind(ParagraphKind.HEADER)] == ["大会，"]
    assert [p.text for p in document.of_kind(ParagraphKind.TITLE)] == [
        "小武器和轻武器非法贸易的各方面问题"]
    assert [f.number for f in document.footnotes] == list(range(1, footnotes + 1))
    kinds = [p.kind for p in document.paragraphs]
    assert kinds[:2] == [ParagraphKind.TITLE, ParagraphKind.HEADER]
    assert kinds[-2:] == [ParagraphKind.CLOSING, ParagraphKind.CLOSING]


def test_sentences_cover_their_paragraph(seed: tuple[str, Document]) -> None:
    _, document = seed
    for paragraph in document.paragraphs:
        assert paragraph.sentences, paragraph.id
        for sentence in paragraph.sentences:
            assert paragraph.text[sentence.start:sentence.end] == sentence.text
        joined = "".join(s.text for s in paragraph.sentences)
        assert joined == paragraph.text.replace(" ", "") or joined in paragraph.text
        refs = [n for s in paragraph.sentences for n in s.footnote_refs]
        assert refs == [r.number for r in paragraph.footnote_refs]


def test_every_marker_has_its_footnote_and_back(seed: tuple[str, Document]) -> None:
    _, document = seed
    ids = {p.id: p for p in document.paragraphs}
    for footnote in document.footnotes:
        assert footnote.referenced_in
        for pid in footnote.referenced_in:
            assert footnote.number in [r.number for r in ids[pid].footnote_refs]


def test_61_66(seeds_dir: Path) -> None:
    document = _ingest(seeds_dir, "A_RES_61_66.zh.txt")
    meta = document.metadata
    assert (meta.symbol, meta.session, meta.adoption_date, meta.meeting) == (
        "A/RES/61/66", 61, "2006-12-06", 67)
    preamble = document.of_kind(ParagraphKind.PREAMBULAR)
    assert preamble[0].text.startswith("回顾其2001年12月24日第56/24 V号、2002年11月22日")
    assert preamble[0].text.endswith("2005年12月8日第60/81号决议，")
    reaffirm = preamble[6]
    assert reaffirm.text == ("重申《使各国能及时可靠地识别和追查非法小武器和轻武器的国际文书》"
                             "的通过十分重要，")
    assert [(r.number, reaffirm.text[:r.offset][-1]) for r in reaffirm.footnote_refs] == [(3, "》")]
    assert preamble[7].text.startswith("认识到小武器和轻武器非法经纪活动")
    first = document.of_kind(ParagraphKind.OPERATIVE)[0]
    assert "行动纲领》，吁请所有会员国致力于继续执行《行动纲领》；" in first.text
    assert [r.number for r in first.footnote_refs] == [1]
    third = document.of_kind(ParagraphKind.OPERATIVE)[2]
    assert "国际文书》，除其他外，向秘书长提供" in third.text
    notes = {f.number: f for f in document.footnotes}
    assert notes[1].text.startswith("见《联合国小武器和轻武器非法贸易各方面问题大会的报告，"
                                    "2001年7月9日至20日，纽约》（A/CONF.192/15）")
    assert notes[2].text == "同上，第四章，第1段(b)。"
    assert notes[3].text == "A/60/88和Corr.2，附件；另见第60/519号决定。"
    assert notes[5].text == "见A/CONF.192/2006/RC/9。"
    assert notes[5].referenced_in == (preamble[9].id, document.of_kind(
        ParagraphKind.OPERATIVE)[1].id)


def test_68_48(seeds_dir: Path) -> None:
    document = _ingest(seeds_dir, "A_RES_68_48.zh.txt")
    meta = document.metadata
    assert (meta.symbol, meta.session, meta.adoption_date, meta.meeting, meta.agenda_item) == (
        "A/RES/68/48", 68, "2013-12-05", 60, "99(y)")
    assert (meta.committee, meta.committee_report) == ("第一委员会", "A/68/411")
    body = "".join(p.text for p in document.paragraphs)
    for furniture in ("Distr", "December", "第六十八届会议", "议程项目", "[根据"):
        assert furniture not in body
    operative = {p.number: p for p in document.of_kind(ParagraphKind.OPERATIVE)}
    assert operative[1].text.startswith("着重指出，要解决")
    thirteen = operative[13]
    assert thirteen.text.startswith("鼓励各国在自愿基础上提交关于《行动纲领》执行情况的国家报告")
    assert thirteen.text.endswith("对会议的讨论作出实质性贡献；")
    assert "使这些报告与各国双年度会议" in thirteen.text
    assert [r.number for r in thirteen.footnote_refs] == [2]
    assert [r.number for r in operative[6].footnote_refs] == [7]
    notes = {f.number: f for f in document.footnotes}
    assert notes[6].text == "见A/62/163和Corr.1。"
    assert notes[7].text == "A/CONF.192/2012/RC/4，附件一，第三节，第1和2段。"
    assert notes[7].referenced_in == (operative[5].id, operative[6].id)
    noted = document.of_kind(ParagraphKind.PREAMBULAR)[15]
    assert noted.text == "表示注意到秘书长的报告，其中综述了第67/58号决议的执行情况，"
    assert noted.sentences[0].footnote_refs == (4,)


def test_wrapped_lines_join_without_spaces() -> None:
    text = ("1/2. 标题\n\n大会，\n\n 回顾其 2005 年 12 月 8\n\n日第 60/81 号决议， \n\n"
            " 1. 决定审议\n\n问题。\n")
    document, diagnostics = ingest_text(text, source_name="t.txt")
    assert [p.text for p in document.paragraphs] == [
        "标题", "大会，", "回顾其2005年12月8日第60/81号决议，", "决定审议问题。"]
    assert document.metadata.symbol == "A/RES/1/2"
    assert diagnostics == []


def test_new_preambular_paragraph_needs_a_clause_end() -> None:
    text = "大会，\n回顾其决议，\n注意到报告，并\n欢迎进展，\n1. 决定；"
    document, _ = ingest_text(text, source_name="t")
    assert [p.text for p in document.of_kind(ParagraphKind.PREAMBULAR)] == [
        "回顾其决议，", "注意到报告，并欢迎进展，"]


def test_number_at_line_start_is_operative_only_in_sequence() -> None:
    text = "大会，\n1. 决定在\n2013 年举行会议；\n2. 请秘书长\n1. 转交；\n4. 决定。"
    document, diagnostics = ingest_text(text, source_name="t")
    operative = document.of_kind(ParagraphKind.OPERATIVE)
    assert [(p.number, p.text) for p in operative] == [
        (1, "决定在2013年举行会议；"), (2, "请秘书长1.转交；"), (4, "决定。")]
    assert [d.code for d in diagnostics if d.code == "TB623"] == ["TB623"]


def test_full_width_forms_and_closing_lines() -> None:
    text = "大会，\n１．决定于２０１４年举行会议。\n\n２０１３年１２月５日\n第６０次全体会议"
    document, _ = ingest_text(text, source_name="t")
    assert document.of_kind(ParagraphKind.OPERATIVE)[0].text == "决定于2014年举行会议。"
    assert (document.metadata.adoption_date, document.metadata.meeting) == ("2013-12-05", 60)


def test_empty_text_is_refused() -> None:
    with pytest.raises(InputError, match="no text") as caught:
        ingest_text(" \n\n", source_name="empty.txt")
    assert caught.value.path == "empty.txt"


def test_non_chinese_text_still_ingests_with_a_warning() -> None:
    text = "The General Assembly,\n\nRecalling its resolution 60/81,\n\n1. Decides to meet.\n"
    document, diagnostics = ingest_text(text, source_name="en.txt")
    assert "TB626" in [d.code for d in diagnostics]
    assert "TB621" in [d.code for d in diagnostics]
    assert document.of_kind(ParagraphKind.OPERATIVE)[0].text == "Decides to meet."
    assert "Recalling its resolution 60/81," in document.paragraphs[0].text


def test_unmatched_markers_and_footnotes_are_reported() -> None:
    text = "大会，\n回顾其决议，\n9\n" + " " * 40 + "\n1\n 见 A/61/288。\n欢迎进展，"
    document, diagnostics = ingest_text(text, source_name="t")
    assert {d.code for d in diagnostics} >= {"TB614", "TB615"}
    footnote = document.footnote(1)
    assert footnote is not None
    assert footnote.referenced_in == ()
    assert document.footnote(9) is None


def test_helpers() -> None:
    assert chinese_number("六十八") == 68
    assert chinese_number("十") == 10
    assert chinese_number("一百零二") == 102
    assert chinese_number("第") is None
    assert starts_preambular("满意地注意到")
    assert starts_preambular("又欣见")
    assert not starts_preambular("吁请所有会员国")
