"""A provision's paragraph cited by its address: one address written two ways.

An article's, rule's, regulation's or section's paragraph is cited as a decimal
(细则12.1, 第12.2条, "rule 12.1", "article 4.3") or as the provision and its paragraph
(第四条第3款, 第12条第2款, "article 4, paragraph 3", "article 4 (3)", "paragraph 3 of
article 4"). Either way the two numbers are one address, ``a:4.3``, which
:mod:`termbase.check.numbers` compares as a whole: "article 12, paragraph 2" cites 第12.2条,
while "article 3, paragraph 4" does not cite 第四条第3款, though each digit is there.

Only a single address is read: one the text continues as a list or range ("第4条第1和第2
款", "article 4 (1) and (2)", "rules 5.1 to 5.3") is left to the digit-by-digit
comparison, which reads such lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from termbase.check.dates import DASH
from termbase.check.number_items import NumberItem
from termbase.check.number_words import figures_or_numeral, roman_value

_S = r"[ \t\u00a0]*"  # spaces, a no-break space among them
_ZH_NUMBER = r"\d{1,4}|[零〇一二两三四五六七八九十百]{1,7}"
_LETTER = r"[(（][a-z]{1,2}[)）]"  # a sub-paragraph's letter: (a), （g）
# A list or range going on after the address: a joining word or mark, then a number.
_ZH_LIST_ON = (rf"(?!{_S}(?:[、，,和及与或至到{DASH}]|以及){_S}第?{_S}"
               r"[\d（(零〇一二两三四五六七八九十])")
_EN_LIST_ON = (rf"(?!{_S}(?:,{_S})?(?:and|or|to|through|[,{DASH}]){_S}"
               rf"(?:paragraphs?{_S}|para\.{_S})?[\d(])")
# A paragraph's number in parentheses, as figures or one enclosed numeral (第㈡款).
_ZH_PARENTHESISED = "".join(chr(0x3220 + i) for i in range(10))
ZH_ADDRESS = re.compile(
    # 第四条第3款, 第31条第(4)款, 第七条第㈡款, 第16条第1（g）款: a provision and its paragraph
    rf"(?:第{_S}({_ZH_NUMBER}){_S}条{_S}第{_S}(?:[(（]{_S})?"
    rf"({_ZH_NUMBER}|[{_ZH_PARENTHESISED}]){_S}(?:[)）]{_S})?(?:{_LETTER}{_S})?[款项]"
    # 第15条(3), 第7 (1)条, 第31 (3) (a)条: the English shape
    rf"|第{_S}(\d{{1,4}}){_S}条{_S}[(（](\d{{1,2}})[)）]"
    rf"|第{_S}(\d{{1,4}}){_S}[(（](\d{{1,2}})[)）](?:{_S}{_LETTER})*{_S}条"
    # 第12.2条, 第3.2节: the decimal form
    rf"|第{_S}(\d{{1,4}})\.(\d{{1,3}}){_S}[条节]"
    # 细则12.1, 条例第5.3条
    rf"|(?:细则|条例|规则|规章){_S}第?{_S}(\d{{1,4}})\.(\d{{1,3}})(?!\d|\.\d)(?:{_S}条)?)"
    rf"{_ZH_LIST_ON}")
EN_ADDRESS = re.compile(
    rf"(?:\b(?:article|rule|regulation|section)s?[ \t\u00a0]{_S}|\barts?\.{_S})"
    # a provision in Roman numerals, "article III.2": only before its paragraph
    rf"(\d{{1,4}}|[ivxlc]{{1,6}}(?=\.\d|{_S},{_S}paragraph{_S}\d))"
    rf"(?:\.(\d{{1,3}})(?!\d|\.\d)|{_S},?{_S}paragraph{_S}(\d{{1,3}})(?![\d.])"
    rf"|{_S}\((\d{{1,2}})\)){_EN_LIST_ON}"
    # "paragraph 3 of article 4", "paragraph 3 (d) of rule 4"
    rf"|\b(?:sub)?paragraph{_S}(\d{{1,3}}){_S}(?:\([a-z]{{1,2}}\){_S})?of"
    rf"{_S}(?:article|rule|regulation|section){_S}(\d{{1,4}})(?![\d.])",
    re.IGNORECASE)


def _value(number: str) -> int | None:
    """A number of an address: figures, a Chinese numeral, one enclosed numeral (㈡), or a
    Roman numeral (III)."""
    if number in _ZH_PARENTHESISED:
        return ord(number) - 0x3220 + 1
    if number.isascii() and number.isalpha():
        return roman_value(number.lower())
    return figures_or_numeral(number)


def addresses(text: str, zh: bool) -> Iterator[NumberItem]:
    """The single addresses ``text`` cites, each as an item ``a:4.3`` spanning its
    citation."""
    pattern = ZH_ADDRESS if zh else EN_ADDRESS
    for m in pattern.finditer(text):
        groups = [g for g in m.groups() if g is not None]
        if not zh and m.group(5) is not None:  # "paragraph 3 of article 4"
            groups.reverse()
        provision, paragraph = (_value(g) for g in groups)
        if provision is None or paragraph is None:
            continue
        yield NumberItem(f"a:{provision}.{paragraph}", m.group(0).rstrip(), m.start(),
                         m.end())
