from __future__ import annotations

import pytest

from termbase.errors import UsageError
from termbase.text.chinese import CJK_CHAR, ScriptConverter, cjk_share, has_cjk, is_mainly_cjk


@pytest.fixture(scope="module")
def converter() -> ScriptConverter:
    return ScriptConverter()


def test_traditional_becomes_simplified(converter: ScriptConverter) -> None:
    assert converter.to_simplified("國際追查文書") == "国际追查文书"
    assert (converter.to_simplified("《使各國能夠及時和可靠地識別》")
            == "《使各国能够及时和可靠地识别》")


def test_simplified_and_latin_text_unchanged(converter: ScriptConverter) -> None:
    assert converter.to_simplified("国际追查文书") == "国际追查文书"
    assert converter.to_simplified("Small Arms Survey") == "Small Arms Survey"


def test_unknown_profile_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as info:
        ScriptConverter("no-such-profile")
    assert info.value.hint is not None
    assert "t2s" in info.value.hint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国际追查文书", True),
        ("《国际追查文书》", True),  # brackets do not count against Chinese
        ("联合国2030年议程", True),  # six ideographs, four digits
        ("2030年议程", False),  # three ideographs, four digits
        ("International Tracing Instrument", False),
        ("ATT 条约", False),  # three letters, two ideographs
        ("", False),
        ("《》", False),
    ],
)
def test_is_mainly_cjk(text: str, expected: bool) -> None:
    assert is_mainly_cjk(text) is expected


def test_cjk_share_ignores_punctuation_and_spaces() -> None:
    assert cjk_share("《能力 建设》") == 1.0
    assert cjk_share("ATT 条约") == pytest.approx(2 / 5)


def test_has_cjk_sees_supplementary_ideographs() -> None:
    assert has_cjk("\U00020000")
    assert not has_cjk("ＡＢＣ")


def test_cjk_share_counts_what_str_isalnum_counts() -> None:
    # Every code point, with the per-character definition the share is counted by
    # (letters, digits and ideographs are what str.isalnum accepts; unassigned code
    # points inside the ideograph blocks are not).
    everything = "".join(map(chr, range(0x110000)))
    for text in (everything, everything[0x3000:0x30000], "a_b 1²½ 〇\ufa6e\U0002a6e0_"):
        countable = sum(map(str.isalnum, text))
        ideographs = sum(map(str.isalnum, CJK_CHAR.findall(text)))
        assert cjk_share(text) == ideographs / countable
