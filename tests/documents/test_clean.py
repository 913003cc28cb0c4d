"""Line-level cleaning of PDF text: footnote markers, footnote blocks, markup."""

from __future__ import annotations

from termbase.documents.clean import anchor, clean_lines, strip_markup, take_anchors

SEPARATOR = " " * 40


def _plain(text: str) -> str:
    return take_anchors(text)[0]


def test_marker_line_becomes_an_anchor_on_the_text_before_it() -> None:
    cleaned = clean_lines("回顾其决议，\n1\n  \n\n欢迎各国，\n", source_name="t")
    assert [b.text for b in cleaned.lines] == ["回顾其决议，" + anchor(1), "欢迎各国，"]
    assert cleaned.lines[1].after_marker
    assert take_anchors(cleaned.lines[0].text) == ("回顾其决议，", ((1, 6),))


def test_marker_between_halves_of_a_wrapped_sentence() -> None:
    text = "重申《国际文书》\n3 \n \n\n的通过十分重要，\n"
    lines = clean_lines(text, source_name="t").lines
    assert [_plain(b.text) for b in lines] == ["重申《国际文书》", "的通过十分重要，"]
    assert take_anchors(lines[0].text)[1] == ((3, 8),)


def test_inline_superscripts_become_anchors() -> None:
    (line,) = clean_lines("表示注意到秘书长的报告，⁴其中综述了¹²", source_name="t").lines
    assert take_anchors(line.text) == ("表示注意到秘书长的报告，其中综述了", ((4, 12), (12, 17)))


def test_footnote_block_after_separator_with_wrapped_text() -> None:
    text = "\n".join([
        "的通过十分重要，", SEPARATOR, "1", " 见《报告，纽", "", "约》，第 24 段。", "",
        "2", " 同上，第四章。", "  认识到非法经纪活动，",
    ])
    cleaned = clean_lines(text, source_name="t")
    assert [(f.number, f.text) for f in cleaned.footnotes] == [
        (1, "见《报告，纽 约》，第 24 段。"), (2, "同上，第四章。")]
    assert [b.text for b in cleaned.lines] == ["的通过十分重要，", "认识到非法经纪活动，"]
    assert cleaned.lines[1].indented


def test_superscript_footnote_lines_leave_the_body() -> None:
    text = "\n".join([
        "并重申各国使这些报告与", "", "⁶ 见 A/62/163 和 Corr. 1。", "",
        "⁷ A/CONF. 192/2012/RC/4, 附件一。", "", "各国双年度会议同步；",
    ])
    cleaned = clean_lines(text, source_name="t")
    assert [f.number for f in cleaned.footnotes] == [6, 7]
    assert [b.text for b in cleaned.lines] == ["并重申各国使这些报告与", "各国双年度会议同步；"]


def test_unfinished_footnote_ends_where_a_paragraph_starts() -> None:
    text = "\n".join(["文本，", SEPARATOR, "4", " 见 A/61/288", "10. 又鼓励各国；"])
    cleaned = clean_lines(text, source_name="t",
                          starts_paragraph=lambda line: line.startswith("10."))
    assert [(f.number, f.text) for f in cleaned.footnotes] == [(4, "见 A/61/288")]
    assert [b.text for b in cleaned.lines] == ["文本，", "10. 又鼓励各国；"]


def test_markdown_bold_is_stripped() -> None:
    assert strip_markup("1. **着重指出**，要解决") == "1. 着重指出，要解决"
    (line,) = clean_lines("2. **鼓励**各国；", source_name="t").lines
    assert line.text == "2. 鼓励各国；"


def test_problems_are_reported_not_raised() -> None:
    text = "\n".join(["3", "正文，", SEPARATOR, "1", " 甲。", "1", " 乙。", "2", "", ""])
    cleaned = clean_lines(text, source_name="doc.txt")
    codes = sorted(d.code for d in cleaned.diagnostics)
    assert codes == ["TB611", "TB612", "TB613"]
    assert [(f.number, f.text) for f in cleaned.footnotes] == [(1, "甲。")]
    assert all(d.path == "doc.txt" and d.line for d in cleaned.diagnostics)
