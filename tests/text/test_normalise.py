"""Typographic normalisation of Chinese UN text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termbase.text.normalise import normalise_text, normalise_with_offsets


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2006 年 12 月 6 日", "2006年12月6日"),
        ("第 60/81 号决议", "第60/81号决议"),
        ("大 会", "大会"),
        ("ＡＢＣ１２３ 决议", "ABC123决议"),
        ("第\u3000５次", "第5次"),
        ("大会,", "大会，"),
        ("附件一, 第三节; 第 1 和 2 段", "附件一，第三节；第1和2段"),
        ("生产国和(或)进口国", "生产国和（或）进口国"),
        ("纽约》(A/CONF. 192/15)，第四章", "纽约》（A/CONF.192/15），第四章"),
        ("A/60/88 和 Corr. 2，附件", "A/60/88和Corr.2，附件"),
        ("A/CONF. 192/2012/RC/4, 附件一", "A/CONF.192/2012/RC/4，附件一"),
        ("决议.", "决议。"),
        ("a\u200bb", "ab"),
    ],
)
def test_chinese_typography(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Distr.: General",
        "10 December 2013",
        "the General Assembly, in 2006",
        "3.14 and 1,000",
        "A/CONF.192/15",
        "No. 5",
    ],
)
def test_latin_text_keeps_its_spaces_and_punctuation(kept: str) -> None:
    assert normalise_text(kept) == kept


def test_sub_paragraph_labels_stay_half_width() -> None:
    assert normalise_text("第 1段(b)。") == "第1段(b)。"
    assert normalise_text("议程项目 99(y)") == "议程项目99(y)"


def test_leading_trailing_and_repeated_spaces_go() -> None:
    assert normalise_text("  Small   arms  ") == "Small arms"


def test_private_use_anchors_do_not_decide_spacing() -> None:
    text, offsets = normalise_with_offsets("纲领》，\ue001 并确认")
    assert text == "纲领》，\ue001并确认"
    assert offsets[text.index("\ue001")] == 4


def test_offsets_point_back_to_source_characters() -> None:
    raw = "第 60/81 号"
    text, offsets = normalise_with_offsets(raw)
    assert text == "第60/81号"
    assert [raw[i] for i in offsets] == ["第", "6", "0", "/", "8", "1", "号"]


@given(st.text(alphabet=st.sampled_from(list("年月日第号 ,;()AB12.\u3000１Ａ")), max_size=40))
def test_normalisation_is_idempotent_and_offsets_increase(raw: str) -> None:
    once, offsets = normalise_with_offsets(raw)
    assert normalise_text(once) == once
    assert list(offsets) == sorted(set(offsets))
    assert len(offsets) == len(once)
