"""Chinese sentence splitting."""

from __future__ import annotations

import pytest

from termbase.errors import UsageError
from termbase.text.sentences import split_sentences, supported_languages


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, "zh")]


def test_splits_on_full_stop_exclamation_question_and_semicolon() -> None:
    assert _texts("第一句。第二句！第三句？第四句；尾巴") == [
        "第一句。", "第二句！", "第三句？", "第四句；", "尾巴"]


def test_closing_quotes_and_brackets_stay_with_their_sentence() -> None:
    assert _texts("他说：“走吧。”然后走了。") == ["他说：“走吧。”", "然后走了。"]
    assert _texts("题为“小武器。问题”的项目；下一句") == ["题为“小武器。问题”的项目；", "下一句"]
    assert _texts("（见附件。）下一句。") == ["（见附件。）", "下一句。"]


def test_no_split_inside_book_title_marks() -> None:
    assert _texts("《关于A。B的报告》很好；下一句") == ["《关于A。B的报告》很好；", "下一句"]


def test_unclosed_bracket_does_not_swallow_the_rest() -> None:
    assert _texts("（未闭合。下一句。") == ["（未闭合。", "下一句。"]


def test_document_symbols_are_not_cut() -> None:
    assert _texts("见A/CONF.192/2006/RC/9和Corr.2。另见A/61/288。") == [
        "见A/CONF.192/2006/RC/9和Corr.2。", "另见A/61/288。"]


def test_ascii_semicolon_counts_only_before_space_or_chinese() -> None:
    assert _texts("x;y 建议;下一条") == ["x;y 建议;", "下一条"]


def test_offsets_index_the_given_text() -> None:
    text = "  回顾其决议，\n 决定；  "
    spans = split_sentences(text, "zh")
    assert [text[s.start:s.end] for s in spans] == ["回顾其决议，\n 决定；"]


def test_paragraph_without_terminator_is_one_sentence() -> None:
    assert _texts("回顾其第60/81号决议，") == ["回顾其第60/81号决议，"]
    assert split_sentences("   ", "zh") == []


def test_region_subtags_are_accepted_and_unknown_languages_refused() -> None:
    assert _texts("一。二。") == [s.text for s in split_sentences("一。二。", "zh-CN")]
    assert "zh" in supported_languages()
    with pytest.raises(UsageError, match="no sentence splitter"):
        split_sentences("Hello.", "xx")
