from __future__ import annotations

import pytest

from termbase.check.number_addresses import addresses


@pytest.mark.parametrize("text, zh, values", [
    ("根据第四条第3款的规定", True, ["a:4.3"]),
    ("第31条第(4)款", True, ["a:31.4"]),
    ("第七条第㈡款第1项", True, ["a:7.2"]),
    ("第16条第1（g）款", True, ["a:16.1"]),
    ("第15条(3)", True, ["a:15.3"]),
    ("第31 (3) (a)条", True, ["a:31.3"]),
    ("第12.2条", True, ["a:12.2"]),
    ("细则104.14(a)㈡", True, ["a:104.14"]),
    ("财务条例第5.3条", True, ["a:5.3"]),
    ("article 4.3.", False, ["a:4.3"]),
    ("Article\u00a01 (3) of the Charter", False, ["a:1.3"]),
    ("art. 2 (1); and", False, ["a:2.1"]),
    ("article 16, paragraph 1 (g), of the convention", False, ["a:16.1"]),
    ("Article III.2 requires", False, ["a:3.2"]),
    ("paragraph 3 (d) of rule 4", False, ["a:4.3"]),
])
def test_an_address_is_read_in_each_writing(text: str, zh: bool, values: list[str]) -> None:
    assert [item.value for item in addresses(text, zh)] == values


@pytest.mark.parametrize("text, zh", [
    # lists and ranges go on to other numbers: left to the digit-by-digit comparison
    ("第4条第1和第2款", True),
    ("第4条第1款和第2款", True),
    ("条例5.1至5.3", True),
    ("article 4 (1) and (2)", False),
    ("articles 2.1 and 2.3", False),
    ("article 4, paragraphs 1 and 2", False),
    ("regulations 5.1 to 5.3", False),
    # a provision alone, a paragraph of a resolution, a three-level number
    ("第二十九条", True),
    ("paragraph 5 of resolution 60/1", False),
    ("section 1.2.3", False),
])
def test_a_list_or_a_single_number_is_no_address(text: str, zh: bool) -> None:
    assert list(addresses(text, zh)) == []
