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


# --- English ---------------------------------------------------------------------------

def _en(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, "en")]


def test_english_splits_on_full_stop_question_exclamation_and_semicolon() -> None:
    assert _en("Notes the report. Is it complete? It is! Decides to continue; and asks more") \
        == ["Notes the report.", "Is it complete?", "It is!", "Decides to continue;",
            "and asks more"]


def test_english_operative_paragraph_ending_in_semicolon_is_one_sentence() -> None:
    text = ("5. Encourages States to consider ways to enhance cooperation and assistance, "
            "inter alia, through the Programme of Action;")
    assert _en(text) == [text]


def test_english_document_symbols_and_abbreviated_references_are_not_cut() -> None:
    text = ("Taking note of the report of the Secretary-General (A/CONF.192/2012/RC/4 and "
            "Corr.1, paras. 12-15 and No. 3), as well as A/68/411/Add.2, art. 5 and chap. IV "
            "of vol. 2, Art. 7 and Rev. 1, shall be considered in S/2015/123.")
    assert _en(text) == [text]


def test_english_sentence_that_ends_with_a_symbol_ends_as_in_chinese() -> None:
    # 回顾第60/81号决议。又回顾A/RES/68/48。 splits twice on the Chinese side.
    assert _en("Recalling resolution 60/81. It also recalls A/RES/68/48. Next") == [
        "Recalling resolution 60/81.", "It also recalls A/RES/68/48.", "Next"]
    assert _en("under resolution 60/81. of that year") == ["under resolution 60/81. of that year"]


def test_english_titles_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = ("Mr. J. P. Smith, Ms. Ortiz and Dr. Lee of the U.N. Secretariat spoke, "
            "see para. 4, e.g. the table, i.e. annex II, etc. and the rest.")
    assert _en(text) == [text]


def test_english_lower_case_no_is_a_number_only_before_a_figure() -> None:
    assert _en("See working paper no. 157. The answer was no. Others agreed.") == [
        "See working paper no. 157.", "The answer was no.", "Others agreed."]


def test_english_etc_ends_a_sentence_before_a_capital() -> None:
    assert _en("Arms, ammunition, etc. The Assembly decides.") == [
        "Arms, ammunition, etc.", "The Assembly decides."]


def test_english_decimal_numbers_and_dates_stay_whole() -> None:
    assert _en("Some 1.5 per cent of 3.25 million. The rest follows.") == [
        "Some 1.5 per cent of 3.25 million.", "The rest follows."]


def test_english_leading_labels_stay_with_their_text() -> None:
    assert _en("1. Stresses the need for cooperation.") == [
        "1. Stresses the need for cooperation."]
    assert _en("68/48. The illicit trade in small arms") == [
        "68/48. The illicit trade in small arms"]
    assert _en("13. Calls upon States: (a) To mark weapons; (b) To keep records;") == [
        "13. Calls upon States: (a) To mark weapons;", "(b) To keep records;"]
    assert _en("(iv) To report thereon. Further text.") == [
        "(iv) To report thereon.", "Further text."]


def test_english_no_split_inside_quotes_and_brackets() -> None:
    text = ('Entitled "Arms trade. Illicit aspects" and (see annex. sect. B) adopted.')
    assert _en(text) == [text]


def test_english_split_after_closing_quote_or_bracket_that_follows_the_stop() -> None:
    assert _en('He stated: "The work is done." Then it ended. (See annex I.) Next.') == [
        'He stated: "The work is done."', "Then it ended.", "(See annex I.)", "Next."]
    assert _en("It was “complete.” The Assembly agreed;") == [
        "It was “complete.”", "The Assembly agreed;"]


def test_english_stray_bracket_does_not_glue_the_rest() -> None:
    assert _en("Unclosed (bracket. Next sentence. Last.") == [
        "Unclosed (bracket.", "Next sentence.", "Last."]


def test_english_offsets_index_the_given_text() -> None:
    text = "  Notes the report.\n  Decides to remain seized.  "
    spans = split_sentences(text, "en-GB")
    assert [text[s.start:s.end] for s in spans] == ["Notes the report.",
                                                     "Decides to remain seized."]
    assert [s.text for s in spans] == [text[s.start:s.end] for s in spans]
    assert "en" in supported_languages()
