"""Numbers, dates, times and document symbols in a segment, for comparing two sides of a
translation.

Each side yields *strict* items — what the text states unambiguously: numbers
(1 036 201 000, 475,000, 3.5), amounts with a scale (2 750万, 8.8万亿, $27.5 million),
decades (20世纪90年代, "the 1990s"), dates, date ranges and lists (2015年5月2日至5日,
6 and 7 November 2014, 7月), clock times (上午10时15分, 10.15 a.m., 1855 hours),
document symbols (A/RES/68/48) and session ordinals (第六十八届 / sixty-eighth
session) — and a *lenient* set of every value the text could be expressing, also in
words (three, sixty-eighth, 十五, two million). A strict item of one side that the
other side does not express is a mismatch. The asymmetry keeps false alarms low: "3"
is found in "three", "10万" in "100,000", while a changed digit, date or symbol is
still caught.

What is not a quantity is left out before comparing: paragraph and list numbering at the
start of a segment ("7.", "1．", "(a)"), footnote markers glued to a word or a
punctuation mark ("for 2015;2") or written with a slash ("the report 1/"), digits inside
names (COVID-19, G-77, H5N1), and a Chinese "1" before a measure word (1架 ↔ "an
aircraft"), which English says with an article. A cited paragraph's number (第3段,
"paragraph 3") is a label, ``p:3``, compared with the other side's numbers (a paragraph
one side cites and the other leaves out is a difference a reviser must see); a provision's
paragraph is one address however it is written (第12.2条, "article 12, paragraph 2",
``a:12.2``; :mod:`termbase.check.number_addresses`); a day said alone (22日, "on the
22nd") agrees with a full date of that day.

Values are strings with a kind prefix: ``n:68``, ``t:10:15`` (24-hour clock),
``s:A/RES/68/48``, ``dy:2013`` (the year of a numbered document, "resolution 2118
(2013)", which agrees with a side that gives none), and dates ``d:YYYY-MM-DD`` where an
unstated part is ``??`` (``d:????-07-??`` is "July", ``d:2015-05-??`` "May 2015"). Two
dates agree when every part stated on both sides is equal. Dates and clock times are
read to their keys by :mod:`termbase.check.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import TYPE_CHECKING

from termbase.check.dates import (
    AM_PM,
    DASH,
    DOTTED_DATE,
    EN_DATE_RUN,
    EN_DAY_ALONE,
    EN_NOON,
    EN_TIME,
    EN_TIME_FROM,
    MIDNIGHT,
    MONTH_STEMS,
    ZH_CLOCK_MARK,
    ZH_DATE_NAME,
    ZH_DATE_RUN,
    ZH_OTHER_CALENDAR,
    ZH_TIME,
    Token,
    date_key,
    dates_agree,
    en_dates,
    en_time,
    en_tokens,
    time_key,
    zh_bare_hour,
    zh_dates,
    zh_days_alone,
    zh_time,
    zh_tokens,
)
from termbase.check.number_addresses import addresses as _addresses
from termbase.check.number_items import GLUED_LABEL as _GLUED_LABEL
from termbase.check.number_items import GLUED_OPENING_MARKS, NumberItem
from termbase.check.number_items import NUMBERING as _NUMBERING
from termbase.check.number_items import at_line_starts as _at_line_starts
from termbase.check.number_items import without_numbering as without_numbering
from termbase.check.number_words import (
    EN_CURRENCIES_AFTER,
    EN_CURRENCIES_BEFORE,
    EN_SCALE_ABBREVIATIONS,
    EN_SCALES,
    NUMBER_WORDS,
    ZH_BIG,
    ZH_CURRENCIES,
    ZH_DIGITS,
    ZH_UNITS,
    decimal_key,
    en_number_word_value,
    figures_or_numeral,
    letter_words,
    number_word_pattern,
    said_values,
    zh_numeral_value,
    zh_rough_numbers,
)
from termbase.text.chinese import NUMERAL_CHARACTERS
from termbase.text.english import lower_same_length

if TYPE_CHECKING:
    from termbase.check.glosses import Gloss

# Full-width digits, and the one-digit numbers in a circle or parentheses (①, ⑴: 第⑴款),
# read as digits — one character for one, so that offsets stay.
_FULLWIDTH_DIGITS = str.maketrans(
    "０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑴⑵⑶⑷⑸⑹⑺⑻⑼",
    "0123456789123456789123456789")

# The parenthesised ideographs one to nine (㈡): a list's label (：㈡《北京行动纲要》, "(ii)")
# or a paragraph cited (第七条第㈡款, "article 7(2)"), said, never counted.
_ZH_PARENTHESISED = {chr(0x3220 + i): i + 1 for i in range(9)}
_ZH_PARENTHESISED_MARK = re.compile(f"[{''.join(_ZH_PARENTHESISED)}]")

# The year in parentheses after a numbered document's number, part of its name:
# 第2118 (2013)号决议, "resolution 2118 (2013)", 第29（2013）号一般性建议, "general
# recommendation No. 29 (2013)". A side that names the document by its number alone
# ("resolution 2118") names the same one: the year must agree only with a year the
# other side gives a numbered document (``dy:2013``, see :func:`satisfied`).
_ZH_DOCUMENT_YEAR = re.compile(r"\d{1,4}\s*[(（]((?:19|20)\d\d)[)）]\s*号")
_EN_DOCUMENT_YEAR = re.compile(
    r"\b(?:resolutions?|recommendations?|decisions?|comments?)\s+(?:no\.\s*)?\d{1,4}\s*"
    r"\(((?:19|20)\d\d)\)", re.IGNORECASE)

# Most patterns below match only where there is a digit: a segment without one (a third
# of the speed draft's, two thirds of MultiUN's) is not searched for them (see
# _Collector.digits).
_DIGIT = re.compile(r"\d")

_SPACE = r"[ \u00a0\u202f\u2009]"
_GROUPED = rf"\d{{1,3}}(?:(?:,|{_SPACE}{{1,3}})\d{{3}})+(?!\d)"
_AMOUNT = rf"(?:{_GROUPED}|\d+)(?:\.\d+)?"
# A number: _GROUPED or a plain number, either with its decimals ("1,630.8 kg" is no
# 1,630), not after a digit or a dot. This pattern and
# others searched in every segment open with the character class of their first
# character, their lookbehind right after it, which reads the same: the regex engine skips
# to such a character, while a pattern opening with a lookbehind is tried at every
# position of the text (three times slower here). "\d(?<![\d.]\d)" is "(?<![\d.])\d";
# the first digit's repeat is one less ("\d{1,3}" is "\d\d{0,2}").
_NUMBER = re.compile(rf"\d(?<![\d.]\d)(?:\d{{0,2}}(?:(?:,|{_SPACE}{{1,3}})\d{{3}})+(?!\d)"
                     r"(?:\.\d+)?|\d*(?:\.\d+)?)")
# Symbols: letters, then slash-separated parts, in either case (MultiUN lower-cases its
# English); a digit must be in it: words joined by a slash ("and/or", "HIV/AIDS") are
# no symbol.
# A document symbol; a space after a dot inside it ("A/C. 2/57/SR.2"), after the dot
# of a part of one to four letters before its number ("A/C.2/68/L. 5", "S/PV. 7000";
# a number after a sentence's full stop follows digits or a word, as a web address's
# last word) or after the hyphen joining two symbols ("A/ES-10/413- S/2008/144") is a
# typing slip.
_SYMBOL = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,5}(?:\s{0,3}/\s{0,3}[A-Za-z0-9]"
                     r"(?:[A-Za-z0-9]|-(?: (?=[A-Za-z]{1,5}/))?|\.(?: (?=\d+/)|"
                     r"(?:(?<=[/.][A-Za-z]\.)|(?<=[/.][A-Za-z]{2}\.)|(?<=[/.][A-Za-z]{3}\.)"
                     r"|(?<=[/.][A-Za-z]{4}\.)) (?=\d))?)*)+")
# A footnote's marker set off by a space after a document symbol ("见A/61/44 1。",
# "A/61/44 1，以及", "A/61/44 1 and"), before a clause's mark, the line's end or, after
# a space again, an English word: prose never sets a bare number between a symbol and
# a clause's end (a count has its measure word, which may follow a space in Chinese, a
# date its month), so the digits mark a note, and a text that lost the space glues them
# to the symbol ("a/61/441"), as a converted superscript comes out.
#
# Set off by marks instead of a space, the digits glued after a closing mark, or after a
# sentence's or clause's end mark right after the symbol ("(A/61/44)1 and", "见A/61/44。1",
# "（A/61/44）。1"), mark a note as well: a count there keeps its measure word or noun, and
# a converted superscript comes out glued to the mark before it (after a comma the digits
# may open a list's item, after a mark and a space a sentence's count: both left alone).
_SYMBOL_MARKER = re.compile(r"(?:[ \t\u3000\u00a0]+|[)）\]》”’]{1,2}[。；：.;:]?|[。；.;])"
                            r"(\d{1,2})(?!\d|[.,]\d|/)"
                            r"(?=[ \t\u3000]*(?:[，。；：、,.;:)）]|$)|[ \t]+[A-Za-z])",
                            re.MULTILINE)
# The hyphen that joins a joint document's two symbols: a series' letters and a slash
# follow it ("-S/2022/493"); a hyphen inside a symbol's part ("A/ES-10/413") has none.
_SYMBOL_JOINT = re.compile(r"-\s?(?=[A-Za-z]{1,5}\s{0,3}/)")
# A document's part named alone after the symbol it belongs to, its corrigendum,
# addendum, revision, amendment or supplement ("A/68/5 and Corr. 1", "A/68/5和Corr.1",
# "and Add.1-3"): a symbol's part, glued to its number or set off by a space as one
# inside a symbol may be (:data:`_SYMBOL`), read whole — its number alone, after the
# dot, is no quantity and no number pattern reads it.
_DOCUMENT_PART = re.compile(r"(?<![A-Za-z.])(corr|add|rev|amend|suppl)\.[ \u00a0]?(\d{1,3})"
                            r"(?![\d.,]?\d)", re.IGNORECASE)
# Digits glued to Latin letters are part of a name (COVID-19, G-77, H5N1, A4).
_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+[-‑]?\d+(?:[A-Za-z\-]+\d*)*(?![\d.,]\d)")
# What every _NAME holds, a digit right after a letter or a hyphen after one: searched
# first, since it opens with a digit, which the engine skips to.
_NAME_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z][-‑]\d))")
# Digits glued before letters are part of a name too ("the 3R Programme", 5G,
# "2gether4SRHR", "the 4Ps"), unless the letters are what English writes after a
# quantity (:data:`_AFTER_QUANTITY`): an ordinal's ending (21st), a decade's s (1990s),
# a clock's (10am), a scale's or a unit's symbol (5bn, 20km, 25MW).
_NUMBER_NAME = re.compile(r"\d(?<![A-Za-z0-9.,]\d)\d*([A-Za-z]+)(?:[-‑]?\d+[A-Za-z]*)*"
                          r"(?![\d.,]?\d)")
# What every _NUMBER_NAME holds: a letter right after a digit.
_DIGIT_LETTER = re.compile(r"[A-Za-z](?<=\d[A-Za-z])")
# The letters written right after a quantity's digits (a symbol of one letter as
# written, since its case tells "5g", grams, from "5G", a network's name; a longer one
# in any case, as MultiUN lower-cases it): the endings of ordinals and decades, the
# clock's periods, hours and zone (2359Z), the scales' abbreviations, and the symbols of
# SI units and their multiples that UN text measures by (length, area, mass, volume,
# power, energy, frequency, data, temperature).
_AFTER_QUANTITY = frozenset((
    "st", "nd", "rd", "th", "s", "am", "pm", "h", "hrs", "x", "Z", "z",
    "k", "K", "m", "bn", "mn", "tn", "trn", "b",
    "mm", "cm", "km", "ha", "g", "kg", "mg", "t", "kt", "Mt", "Gt", "l", "L", "ml", "mL",
    "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh",
    "Hz", "kHz", "MHz", "GHz", "KB", "MB", "GB", "TB", "C", "F", "ppm", "ppb"))
_AFTER_QUANTITY_BLIND = frozenset(w.lower() for w in _AFTER_QUANTITY if len(w) > 1)
# A paragraph number of four digits opening a line right before a year ("1348. 2005年，
# …"): prose never sets two bare numbers side by side, so the first is the label.
_LONG_LABEL = re.compile(r"^[ \t\u3000]*\d{4}[.．](?=[ \t\u3000]+\d{4}(?!\d))",
                         re.MULTILINE)
# A footnote's or paragraph's number opening a line before its text ("18 Tomasevski,
# …", "1.86 以多部门…"): a label — UN English spells out a number that opens a
# sentence, and Chinese writes a count with its measure word, not a space.
_LEADING_LABEL = re.compile(
    r"^[ \t\u3000]*\d{1,3}(?:\.\d{1,3})*(?=[ \t\u3000]+(?!(?:hundred|thousand|million|"
    r"billion|trillion|per|hours?|[ap]\.?\s?m\b))[^\d\s.,%:/\-–])", re.MULTILINE | re.IGNORECASE)
# A heading's label opening a line, "Chapter 4", "Part 2:", 第4章: numbering, which one
# side may leave out; a chapter cited in a sentence is a value ("section 17 of title
# vii", "chapter 4 of the report").
_CHAPTER_LABEL = re.compile(
    r"^[ \t\u3000]*(?:(?:chapter|part|section|annex|appendix)[ \t]+\d{1,3}"
    r"(?=[.:]|[ \t]*$|[ \t]+(?!(?:of|to|in|and|or|on|for|by|at|with|from|as|above|below)"
    r"\b))"
    r"|第[ \t]*\d{1,3}[ \t]*(?:章|部分|节)(?![\d])(?=[.．:：]?[ \t\u3000]|[.．:：]?$))",
    re.MULTILINE | re.IGNORECASE)
# A local telephone number ("702.4963", 702-4963): its digit groups, whichever separator
# a side uses; a decimal never has four places after three digits in UN figures.
_TELEPHONE = re.compile(rf"(\d(?<![\d.,{DASH}]\d)\d\d)[.{DASH}](\d{{4}})(?![\d.,]?\d)")
# An article's or rule's paragraph written as a decimal ("article 4.1" for 第四条第1款):
# a label whose parts are its numbers.
_EN_DECIMAL_LABEL = re.compile(
    r"\b(?:articles?|rules?|regulations?|paragraphs?|sections?|chapters?)\s+"
    r"(\d{1,3})\.(\d{1,3})\b(?!\.\d)", re.IGNORECASE)
# What every _EN_DECIMAL_LABEL holds (searched first, as _NAME_DIGIT is).
_DECIMAL = re.compile(r"\d\.\d")
# A footnote marker: one or two digits right after a word or a closing mark, before a
# space or the end ("Protocol,2 and", "for 2015;2").
_EN_FOOTNOTE = re.compile(r"\d(?<=[A-Za-z;:,)\]”’\"']\d)\d?(?=[\s,;)]|$)", re.MULTILINE)
# A footnote marker in square brackets glued to the word or mark before it ("a certain
# level of planning.[23]"), as converted web pages and reports set them.
_EN_BRACKET_MARKER = re.compile(r"\[(?<=[A-Za-z.,;:)”’\"']\[)\d{1,3}\]")
# A footnote marker ending a heading after a year or a year range, set off by a space
# ("Overview of financial resources, 2013-2014 7"): prose never puts two bare numbers
# side by side.
_EN_TRAILING_MARKER = re.compile(r"[ \t](?<=\d{4}[ \t])[ \t]*\d{1,2}[ \t]*$", re.MULTILINE)
# A label numbered in levels whose dots a converted file set a space after ("Ending
# discrimination; 5. 2." for 消除歧视；5.2.): digits groups of one or two, each dot but
# the last before a space, the last group before the label's closing dot or the line's
# end. Prose sets no bare number after a sentence's full stop (UN English spells out a
# number that opens a sentence), so the groups are one label, read as written unspaced.
_SPACED_LABEL = re.compile(r"\d(?<![\d.,]\d)\d?(?:\.[ \u00a0]\d{1,2})+(?=\.(?!\d)|[ \t]*$)",
                           re.MULTILINE)
# A year said relative to another year of the segment: "4.0 per cent in 2014, compared
# with 3.7 per cent in the previous year" states 2013.
_EN_YEAR_BEFORE = re.compile(r"\b(?:previous|preceding|prior)\s+year\b|\byear\s+before\b")
_EN_YEAR_AFTER = re.compile(r"\b(?:following|next|subsequent)\s+year\b|\byear\s+after\b")
_ZH_YEAR_BEFORE = re.compile("上一年|前一年|上年度|上一年度")
_ZH_YEAR_AFTER = re.compile("下一年|后一年|次年|翌年|下一年度")
_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|2[01]\d\d)(?![\d.,]\d)")
# A group of States named by their number (77国集团 "the Group of 77", 20国集团 "the
# Group of 20", "G20"): the digits are the name's, which a translation may render by a
# generic reference ("the Group") that says no number. English names a group by its
# number as "group of" and the number in figures or words, or as G and the number
# (_EN_GROUP_NAMED); where it does, the two are compared as any numbers are, and where
# it names no group at all (a misaligned or loose line), too.
_ZH_GROUP_NAME = re.compile(r"(?<![\d.,])(\d{1,3})[ \t]?国集团")
_EN_GROUP_NAMED = re.compile(r"\bgroup\s+of\s+([a-z]+|\d)|\bg[-‑]?\d{1,3}\b")
_GROUP_NAMED = "g:named"
_GROUP_REFERRED = "g:referred"
# What every G and its number holds (searched first: the engine skips to a g).
_G_DIGIT = re.compile(r"g[-‑]?\d")
_EN_GROUP_WORD = re.compile(r"\bgroups?\b")
# A title in Chinese title marks (《2030年议程》, 《2021-2026年全球艾滋病战略》): a number
# inside belongs to the title's name, which a translation may refer to by its head
# alone ("the Agenda", "the Strategy") once the document has named it in full
# (:func:`_named_by_head`). Titles do not nest numbers in further marks.
_ZH_TITLE = re.compile("《([^《》\n]{1,60})》")
_IDEOGRAPHS_END = re.compile("[\u4e00-\u9fff]+$")
# An English reference by a definite article: the one to three words after "the" ("the
# Agenda", "the Political Declaration"), lower case, any of them the head; a number
# right after the article ("the 2030 Agenda") names more than the head.
_EN_THE_HEAD = re.compile(r"\bthe(?=((?:\s+[a-z][a-z-]*){1,3}))")
# The year a text is written in, said relatively (今年提交的报告 "the 2023 submissions"),
# or the year a segment before named (同年, "in the same year"): which year it is the
# segment cannot tell, so it stands for one year the other side names and this side
# does not (see :func:`mismatches`).
_ZH_THIS_YEAR = re.compile("今年|本年|同年(?!龄)|同一年")
_EN_THIS_YEAR = re.compile(r"\b(?:this|the current|the present|the same)\s+year\b")
_THIS_YEAR = "y:this"
# An article or table label with a Roman numeral ("article III.2", "table IV.1"): its
# Arabic part is a paragraph number (第三条第2款), said, not counted.
_EN_ROMAN_LABEL = re.compile(r"[IVXLC](?<![\w.][IVXLC])[IVXLC]{0,5}\.\d{1,2}(?![\d.])")
# A cited paragraph's number (第3段, "paragraph 3 of resolution 2231", "paras. 3-5"):
# a label, not a quantity. A report numbers its paragraphs into the thousands (第1000段,
# "paragraph 1348"); the whole number is the label, never its first digits.
_CITED_NUMBER = r"\d{1,4}(?!\d)(?:\.\d{1,2})?(?:\s*[(（][a-z]{1,4}[)）])?"
_ZH_PARAGRAPH = re.compile(
    rf"第\s*({_CITED_NUMBER}(?:\s*(?:[、，,和及至到与{DASH}]|以及)\s*第?\s*{_CITED_NUMBER})*)"
    r"\s*(?:分段|段|款)")
_EN_PARAGRAPH = re.compile(
    rf"\b(?:sub)?para(?:graph)?s?\b\.?\s*({_CITED_NUMBER}(?:\s*(?:,|and|to|or|[{DASH}])\s*"
    rf"{_CITED_NUMBER})*)", re.IGNORECASE)
# What every _EN_PARAGRAPH holds, in any case.
_PARAGRAPH_WORD = "para"
# What a text citing a provision's paragraph by its address holds (searched first).
_ZH_CITES = re.compile("条|细则|规则|规章")
_EN_CITES = re.compile(r"(?i)article|rule|regulation|section")
_ZH_FOOTNOTE = re.compile(r"(?<=[。；，：”）])\d{1,2}(?=\s|$)", re.MULTILINE)
# A footnote marker set off by spaces between two sentences ("…发挥积极作用。 8 采用…"):
# Chinese writes a count with its measure word, never alone between spaces.
_ZH_SPACED_FOOTNOTE = re.compile(r"(?<=。)[ \t\u3000]+\d{1,2}(?=[ \t\u3000]+[\u4e00-\u9fff])")
# A footnote marker after a word where no count can stand: glued or set off by spaces
# before 第 (an ordinal opens: 第7号决定 12 第34段), glued at the end of the line
# (缔约国2) — Chinese writes a count before its measure word or scale (增加 20 亿), and
# a sentence ends with its mark — and before that mark (管理活动1。), where a count would
# have its measure word. Set off at the end, the digits are a contents line's
# page number (船员的保护 66), a value; before other punctuation they may be a label's
# (目标5，). After 第, a range or list word or a word that introduces a value (约, 为,
# 达) the digits are that value.
_ZH_WORD_MARKER = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![第至到和及与或约为达共计逾近])"
    r"(?:[ \t\u3000]*\d{1,2}(?![\d.,])(?=[ \t\u3000]*第)|\d{1,2}(?=[ \t\u3000]*$|。))",
    re.MULTILINE)
# A marker set off by a space right after a label's number (备选案文4 3): prose never
# sets two bare numbers side by side; one glued to what follows counts it (4 3个).
_ZH_MARKER_AFTER_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff]\d)[ \t\u3000]+\d{1,2}"
    r"(?=[ \t\u3000]*(?:[，。；：、)）]|$)|[ \t\u3000]+[\u4e00-\u9fff])", re.MULTILINE)
# The closing marks a footnote's marker may follow (《公约》12，), and the marks that close
# a clause, Chinese and Western, after one.
_CLOSING_MARKS = "》）」』”)"
_CLAUSE_MARKS = "，；：、。）！？,;:)!?"
# A numeral's characters and Chinese number units: after a number, they continue it.
_ZH_DIGITS_AND_UNITS = frozenset("零〇一二两三四五六七八九十百千万亿")
# A resolution's or decision's number opening a line, its title's label in a compilation
# of resolutions ("63/121. 执行《千年宣言》", "Resolution 63/121. Implementation of…",
# "2015/4. 2016年…"): its full stop sets it off as a heading's label, where a number
# cited in a sentence is read on (第63/121号决议, "resolution 63/121 of 2008"). One side
# may set it on a line of its own or leave it out.
_HEADING_NUMBER = re.compile(
    r"^[ \t\u3000]*(?:(?:resolution|decision)[ \t]+)?\d{1,4}[ \t]?/[ \t]?\d{1,4}[.．]"
    r"(?=[ \t\u3000]|[\u4e00-\u9fff《“\"]|$)", re.MULTILINE | re.IGNORECASE)
# A year range whose second year keeps its last two digits ("2008-09", "(2022–24)" for
# 2008-2009年, 2022-2024年): the second is a year of the first's century. A slash
# numbers a resolution ("resolution 2021/26"), not a range.
_SHORT_YEAR_RANGE = re.compile(
    rf"(?<![\d.,/])((?:1[89]|20)\d\d)\s*[{DASH}]\s*(\d\d)(?![\d.,]?\d)")
# A financial period or biennium written with a slash ("2005/06", 2014/15年度 for
# 2005-2006年): the second number is the next year's last two digits. A resolution's
# number of that form (ECOSOC's 2013/14) is read so on both sides alike.
_PERIOD_YEARS = re.compile(r"(?<![\d.,/])((?:1[89]|20)\d\d)\s*/\s*(\d\d)(?![\d.,/]?\d)")
# A footnote marker written with a slash after a word or a mark ("the report 1/",
# "Member States 2/ and"), as older UN documents set them on both sides: no digit or
# letter follows the slash, as one would in a fraction (2/3) or a symbol.
_SLASH_MARKER = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff.,;:)\]”’\"'。，；：）])(?<!第)[ \t]?\d{1,2}/(?![\w/])")

_ZH_NUMERAL = re.compile(f"[{NUMERAL_CHARACTERS}]+")
_ZH_SESSION = re.compile("第([零〇一二两三四五六七八九十百]+)届")
# 万 and 亿 may take 百 or 千 before them as part of the scale (0.8百万, 3千万), and 万亿
# is one scale, a trillion (8.8万亿美元 "$8.8 trillion"), not 8.8万 before a stray 亿.
_ZH_MULTIPLIED = re.compile(rf"({_AMOUNT})\s*[多余]?\s*([百千]?)(万亿|万|亿)")
# A decade named by its century's number and its tens (20世纪90年代 "the 1990s"); without
# the century (本世纪20年代, 80年代) it may be either of the two centuries a UN text means.
_ZH_DECADE = re.compile(
    r"(?:(\d{1,2}|[一二]?十[一二三四五六七八九]?)\s*世纪\s*)?"
    r"(?<![\d.])([1-9]0|[一二三四五六七八九]十)\s*年代")
# A decimal said in Chinese numerals (二点五, 零点七): 点 and the digits after it.
_ZH_DECIMAL = re.compile("([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)")
# A half said as a word: 一半, 半数 ("half of the States", "50 per cent").
_ZH_HALF = re.compile("一半|半数")
_ZH_NOON_WORD = re.compile("中午|正午|午夜|子夜|零时")
# A date's day right before (2014年6月18日11时): the hour after it is a clock time.
_ZH_DATE_DAY_END = re.compile(r"\d\s*[日号]\s*$")
# "1" before a Chinese measure word or unit: English says "a", "an", "the dollar".
_ZH_ONE = re.compile(r"1(?<![\d.,]1)(?=[\u4e00-\u9fff])(?![年月日时点分号])")

_LATIN_LETTERS = re.compile(r"[A-Za-z]{3}")
_NOT_LATIN = re.compile(r"[^\x00-\x7f]")
# An abbreviated reference glued to its number: "r.46" (rule 46), "No.5", "para.3", and
# a statute's section numbered with dots, "s.10.103" (第10.103条).
_EN_ABBREVIATED_REFERENCE = re.compile(
    r"(?<![\w.])[a-z]{1,4}\.(\d{1,4}(?:\.\d{1,4})*)(?![\d.]?\d)")
# What every _EN_ABBREVIATED_REFERENCE holds: a dot between a letter and a digit (searched
# first: the engine skips to a dot).
_ABBREVIATION_DOT = re.compile(r"\.(?<=[a-z]\.)\d")
_EN_SESSION = re.compile(r"\b([a-z]+(?:-[a-z]+)?)\s+(?:special\s+|regular\s+)?session\b")
# What every match of _SYMBOL, _ZH_MULTIPLIED and _EN_SCALED holds: a text without it
# is not searched for them (most segments have none).
_HAS_SCALE = re.compile("hundred|thousand|illion")
# What every match of _EN_MONEY_SCALED holds, in any case: a scale's word or abbreviation
# right after a digit, perhaps after a space.
_HAS_SCALE_ABBREVIATION = re.compile(
    r"\d\s?(?:[kmKM]|bn|BN|Bn|mn|MN|Mn|tn|TN|trn|TRN|[mbMB]ln|[MB]LN)\b|illion")
# An amount in square brackets keeps its scale outside them ("[$545.4] million", a
# figure a draft marks for confirmation, 5.454亿美元 on the other side), and so does one in
# parentheses ("financial assistance of (80) million US dollars", 8 000万美元).
_EN_SCALED = re.compile(rf"({_AMOUNT})([\])]?)\s*(hundred|thousand|million|billion|trillion)\b")


# An amount with a scale written the way financial English writes money: glued to the
# currency's code or word ("Euro131 million", "USD5 million"), which :data:`_NAME`
# would take for a name's digits (a name's number never takes a scale), or with a
# scale's abbreviation (EN_SCALE_ABBREVIATIONS: "EUR 2.5bn", "US$5m"). Group 1 is
# what is glued before the amount, 2 the sign or code spaced before it, 3 the amount,
# 4 the scale.
_EN_MONEY_SCALED = re.compile(
    rf"(?:(?<![a-z])([a-z]{{1,4}}\$?|[$€£¥])|([$€£¥]|\b[a-z]{{3,4}}\b)\s?)?({_AMOUNT})"
    rf"\s?(hundred|thousand|million|billion|trillion|{'|'.join(EN_SCALE_ABBREVIATIONS)})\b")
# A currency's word after an amount and its scale's abbreviation ("2.5m euros", "$5m US
# dollars"): the abbreviation is money's, never a unit's (2.5m, metres).
_EN_MONEY_WORD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:euros?|dollars?|pounds?|francs?|yen)\b")
# The currency sign or code right before an amount, and the word right after its scale.
_EN_CURRENCY_BEFORE = re.compile(
    "(?:(?<![a-z])(" + "|".join(re.escape(c) for c in sorted(
        EN_CURRENCIES_BEFORE, key=len, reverse=True)) + r"))\s?$")
_EN_CURRENCY_AFTER = re.compile(
    r"\s?(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)?\s+("
    + "|".join(sorted(EN_CURRENCIES_AFTER, key=len, reverse=True)) + r")\b")
_ZH_CURRENCY = re.compile(r"\s*[多余]?\s*(?:[百千]?(?:万亿|万|亿))?\s*("
                          + "|".join(ZH_CURRENCIES) + ")")
_HAS_CURRENCY = re.compile("[$€£¥]|eur|usd|gbp|jpy|chf|swf|yen|dollars|pounds|francs|"
                           + "|".join(ZH_CURRENCIES), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberProfile:
    strict: tuple[NumberItem, ...]
    lenient: frozenset[str]
    ranges: tuple[tuple[str, NumberItem, NumberItem], ...] = ()
    """Two whole numbers a range joins (15至64, 46 - 53), each pair with the value its
    digits make glued together, as a text that lost the dash writes it ("aged 1564")."""
    rough: tuple[NumberItem, ...] = ()
    """Rough numbers said in Chinese numerals (十多万, ``ge:100000``): values the side
    states, shown beside its strict items where a finding names them, never compared
    as strict items are."""
    glued: tuple[tuple[NumberItem, str], ...] = ()
    """Numbers glued to the first word of a Chinese line (:data:`_GLUED_LABEL`), each
    with the characters after it: a label there if that word takes no count
    (:func:`_takes_no_count`), which :func:`mismatches` asks of one the other side
    lacks."""
    money: tuple[tuple[NumberItem, str], ...] = ()
    """Amounts a currency is written with, each as an item spanning the amount and the
    currency (the value the strict item's) and the currency's ISO code: an amount the
    other side states in another currency differs (3 300万美元, "Euro33 million")."""
    headings: tuple[NumberItem, ...] = ()
    """The numbers of a resolution's number opening a line as its title's label
    (:data:`_HEADING_NUMBER`), which :func:`mismatches` leaves out when the other side
    lacks them and states no number this side lacks (63/122 against 63/121 differs)."""
    group_names: tuple[NumberItem, ...] = ()
    """The numbers of a Chinese side's groups named by their number (77国集团,
    :data:`_ZH_GROUP_NAME`), which :func:`mismatches` leaves out when the other side
    refers to a group and names none by a number ("the Group": ``g:referred`` among
    its values, ``g:named`` not)."""
    symbol_markers: tuple[tuple[NumberItem, str], ...] = ()
    """Document symbols with a footnote's marker set off after them
    (:data:`_SYMBOL_MARKER`), each with the marker's digits, which the other side may
    glue to the symbol ("a/61/441" for A/61/44 and marker 1): :func:`mismatches` reads
    the two as one symbol."""
    titles: tuple[tuple[NumberItem, str, int], ...] = ()
    """The strict items inside a Chinese side's title (《2030年议程》, :data:`_ZH_TITLE`),
    each with the title's ideographs before its closing mark, whose last word is its
    head, and the title's start: :func:`mismatches` leaves them out when the other side
    lacks every number of the title, refers to it by its head alone ("the Agenda") and
    states no number this side lacks."""
    text: str = ""
    """The text read (its full-width digits as ASCII), which :func:`mismatches` reads on
    the rare path of a title's number the other side lacks."""
    markers: tuple[tuple[NumberItem, str, str], ...] = ()
    """Numbers of one to three digits after a word or a closing mark of a Chinese side
    and before a clause's mark or a word of grammar (:data:`_ZH_MARKER_PLACE`), each
    with the characters before and after it: a footnote's marker there if the word
    before is a noun (:func:`_marks_a_note`), which :func:`mismatches` asks of one the
    other side lacks when that side has no number of its own this one lacks."""
    addresses: tuple[NumberItem, ...] = ()
    """The provisions' paragraphs the side cites by their address (第四条第3款, 细则12.1,
    "article 4, paragraph 3", ``a:4.3``; :mod:`termbase.check.number_addresses`), which
    :func:`mismatches` compares as wholes where both sides cite some."""


def _number_value(raw: str) -> str:
    digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return digits
    return decimal_key(value)


def _amount(raw: str) -> Decimal:
    return Decimal(re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw))


# --- the profile ------------------------------------------------------------------------

class _Collector:
    """Strict items and lenient values of one text, and which characters are used."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.strict: list[NumberItem] = []
        self.rough: list[NumberItem] = []
        self.lenient: set[str] = set()
        self.covered = bytearray(len(text))
        # Whether the text holds a digit, which every pattern searched under this test
        # needs (an ideograph numeral, a number word or a month's name is no digit).
        self.digits = _DIGIT.search(text) is not None

    def free(self, start: int, end: int) -> bool:
        return not any(self.covered[start:end])

    def cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)

    def take(self, value: str, start: int, end: int) -> None:
        self.strict.append(NumberItem(value, self.text[start:end], start, end))
        self.lenient.add(value)

    def ignore(self, pattern: re.Pattern[str],
               said: Callable[[str], Iterable[int]] = lambda _: (),
               at_line_starts: bool = False) -> None:
        """Leave the matches out: their digits are not quantities, though the text says
        them (and what ``said`` reads in a match's digits). ``at_line_starts``: the
        pattern is one :func:`_at_line_starts` may search."""
        matches = (_at_line_starts(pattern, self.text) if at_line_starts
                   else pattern.finditer(self.text))
        for m in matches:
            if m.end() > m.start() and self.free(m.start(), m.end()):
                parts = [p for p in re.findall(r"\d+", m.group()) if len(p) < 12]
                self.lenient.update(f"n:{value}" for p in parts
                                    for value in (int(p), *said(p)))
                self.cover(m.start(), m.end())


def _years_of_name(digits: str) -> tuple[int, ...]:
    """A name's two-digit number may shorten a year: COVID-19 is 2019冠状病毒病."""
    return (1900 + int(digits), 2000 + int(digits)) if len(digits) == 2 else ()


def _written_in_ideographs(lang: str) -> bool:
    """Whether language ``lang`` writes numbers the Chinese way (Chinese, Japanese);
    "zh_CN" as some tools write it is Chinese too, as "zh-CN" is."""
    return lang.replace("_", "-").split("-")[0].lower() in ("zh", "ja")


def profile(text: str, lang: str) -> NumberProfile:
    """The strict items and lenient values of ``text`` in language ``lang``."""
    text = text.translate(_FULLWIDTH_DIGITS)
    zh = _written_in_ideographs(lang)
    out = _Collector(text)
    for m in (_SYMBOL.finditer(text) if out.digits and "/" in text else ()):
        if "/" in m.group() and re.search(r"\d", m.group()) and out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            for start, end in _joined_symbols(m):
                out.take("s:" + re.sub(r"\s", "", text[start:end]).rstrip(".").upper(),
                         start, end)
    symbol_markers = _symbol_markers(out) if out.strict else ()
    for m in (_DOCUMENT_PART.finditer(text) if out.digits and "." in text else ()):
        if out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(f"s:{m.group(1).upper()}.{int(m.group(2))}", m.start(), m.end())
    _dotted_dates(out)
    out.ignore(_NUMBERING, at_line_starts=True)
    if out.digits and ". " in text:
        _spaced_labels(out)
    if out.digits:
        if "/" in text:
            out.ignore(_SLASH_MARKER)
        out.ignore(_LONG_LABEL, at_line_starts=True)
        out.ignore(_LEADING_LABEL, at_line_starts=True)
        out.ignore(_CHAPTER_LABEL, at_line_starts=True)
        _telephone_numbers(out)
        if "(" in text or "（" in text:
            _document_years(out, _ZH_DOCUMENT_YEAR if zh else _EN_DOCUMENT_YEAR)
        if not zh and _HAS_SCALE_ABBREVIATION.search(text):
            _en_money_scaled(out)
        if _NAME_DIGIT.search(text):
            out.ignore(_NAME, _years_of_name)
        if _DIGIT_LETTER.search(text):
            _number_names(out)
        if zh:
            _paragraph_citations(out, _ZH_PARAGRAPH)
        elif _PARAGRAPH_WORD in text.lower():
            _paragraph_citations(out, _EN_PARAGRAPH)
    if zh:
        _zh_profile(out)
    else:
        _en_profile(out)
    if out.digits:
        _short_year_ranges(out)  # after the dates: "25 July 2022–26 July 2023" is no range
    for m in _NUMBER.finditer(text):
        key = _number_value(m.group())
        out.lenient.add(key)
        if out.free(m.start(), m.end()):
            out.strict.append(NumberItem(key, m.group(), m.start(), m.end()))
    _add_parts(out.strict, out.lenient)
    addresses = tuple(_addresses(text, zh)) if (
        _ZH_CITES.search(text) if zh else out.digits and _EN_CITES.search(text)) else ()
    for address in addresses:  # each way of writing it: 12.2, 12 and 2
        path = address.value[2:]
        out.lenient.update(f"n:{n}" for n in (path, *path.split(".")))
    out.strict.sort(key=lambda item: item.start)
    return NumberProfile(tuple(out.strict), frozenset(out.lenient),
                         _ranges(out.strict, text) if out.digits else (),
                         tuple(out.rough),
                         _glued_labels(out.strict, text) if zh and out.digits else (),
                         _money(out.strict, text, zh)
                         if out.digits and _HAS_CURRENCY.search(text) else (),
                         _heading_numbers(out.strict, text) if "/" in text else (),
                         _group_names(out.strict, text) if zh and "国集团" in text else (),
                         symbol_markers,
                         _title_numbers(out.strict, text)
                         if zh and out.strict and "《" in text else (),
                         text,
                         _marker_places(out.strict, text) if zh and out.digits else (),
                         addresses)


def _group_names(strict: list[NumberItem], text: str) -> tuple[NumberItem, ...]:
    """The :attr:`NumberProfile.group_names` of a Chinese side's strict items."""
    starts = {m.start(1): m.end(1) for m in _ZH_GROUP_NAME.finditer(text)}
    return tuple(item for item in strict if starts.get(item.start) == item.end)


def _title_numbers(strict: list[NumberItem], text: str
                   ) -> tuple[tuple[NumberItem, str, int], ...]:
    """The :attr:`NumberProfile.titles` of a Chinese side's strict items."""
    out: list[tuple[NumberItem, str, int]] = []
    for m in _ZH_TITLE.finditer(text):
        head = _IDEOGRAPHS_END.search(m.group(1))
        if head is not None:
            out.extend((item, head.group(), m.start()) for item in strict
                       if m.start(1) <= item.start and item.end <= m.end(1))
    return tuple(out)


def _symbol_markers(out: _Collector) -> tuple[tuple[NumberItem, str], ...]:
    """The :attr:`NumberProfile.symbol_markers` of the symbols ``out`` holds (its strict
    items so far), their markers' digits left out as quantities and said."""
    found = []
    for item in list(out.strict):
        m = _SYMBOL_MARKER.match(out.text, item.end)
        if (m is not None and item.value.startswith("s:") and item.value[-1].isdigit()
                and out.free(m.start(1), m.end(1))):
            out.cover(m.start(1), m.end(1))
            out.lenient.add(f"n:{int(m.group(1))}")
            found.append((item, m.group(1)))
    return tuple(found)


def _heading_numbers(strict: list[NumberItem], text: str) -> tuple[NumberItem, ...]:
    """The :attr:`NumberProfile.headings` of a side's strict items."""
    spans = [m.span() for m in _at_line_starts(_HEADING_NUMBER, text)]
    return tuple(item for item in strict
                 if any(start <= item.start and item.end <= end for start, end in spans))


# The characters after a glued number that its first word is read from: a dictionary
# name is seldom longer.
_GLUED_WORD_LENGTH = 8
_IDEOGRAPHS = re.compile("[\u4e00-\u9fff]+")
# What a glued label's number is glued to: an ideograph or an opening mark.
_GLUED_START = re.compile(f"[\u4e00-\u9fff{GLUED_OPENING_MARKS}]")


def _glued_labels(strict: list[NumberItem], text: str
                  ) -> tuple[tuple[NumberItem, str], ...]:
    """The :attr:`NumberProfile.glued` of a Chinese side's strict items."""
    starts = {item.start: item for item in strict}
    out = []
    for m in _at_line_starts(_GLUED_LABEL, text):
        item = starts.get(m.start(1))
        if (item is not None and item.end == m.end(1)
                and item.value == f"n:{int(m.group(1))}"
                and _GLUED_START.match(text, m.end()) is not None):
            # what follows (after a sub-label), digits included: a word of grammar
            # before a number joins the two (15至64岁, 3和4)
            out.append((item, text[m.end():m.end() + _GLUED_WORD_LENGTH]))
    return tuple(out)


# Where a Chinese footnote's marker stands, glued or set off by spaces: right after an
# ideograph or a closing mark, before a clause's mark (…的职权 1 ；, 《公约》12，) or an
# ideograph (委员会67和…), which :func:`_marks_a_note` reads, or glued to a closing mark
# at a line's end (:data:`_LINE_END`).
_ZH_MARKER_PLACE = re.compile(
    rf"(?<=[\u4e00-\u9fff{_CLOSING_MARKS}])[ \t\u3000]{{0,2}}$")
_ZH_MARKER_NEXT = re.compile(rf"[ \t\u3000]{{0,2}}(?:[{_CLAUSE_MARKS}]|[\u4e00-\u9fff])")
# A line's end after a marker glued to a closing mark (…批准了《公约》12): set off by a
# space there, the digits are a contents line's page number (《公约》 12), a value.
_LINE_END = re.compile(r"[ \t\u3000]*(?:\n|\Z)")
# What the word before a marker must not end with: the words that introduce a value
# (为, 达, 约, 共, 有, 是, 占, 超过) or join two (至, 和), and an ordinal's 第.
_VALUE_BEFORE = frozenset("第至到和及与或约为达共计逾近有是占过于")
# How far a marker's neighbours are read: a dictionary word is seldom longer.
_MARKER_REACH = 8


def _marker_places(strict: list[NumberItem], text: str
                   ) -> tuple[tuple[NumberItem, str, str], ...]:
    """The :attr:`NumberProfile.markers` of a Chinese side's strict items."""
    out = []
    for item in strict:
        if (len(item.text) <= 3 and item.text.isdigit() and item.value == f"n:{int(item.text)}"
                and _ZH_MARKER_PLACE.search(text, max(0, item.start - 3), item.start)
                and (_ZH_MARKER_NEXT.match(text, item.end)
                     or (text[item.start - 1:item.start] in _CLOSING_MARKS
                         and _LINE_END.match(text, item.end)))):
            out.append((item, text[max(0, item.start - _MARKER_REACH):item.start],
                        text[item.end:item.end + _MARKER_REACH]))
    return tuple(out)


def _marks_a_note(before: str, after: str) -> bool:
    """Whether a number between ``before`` and ``after`` (see :data:`_ZH_MARKER_PLACE`)
    is a footnote's marker. Chinese counts with a measure word or a unit after the
    number, never before a clause's mark or a word of grammar: what follows must be a
    clause's mark or a conjunction or preposition that joins no second number (和禁止,
    not 3和4) and, a preposition, may not measure (对 of 3对夫妇, 把). What stands before
    tells a marker from a label, which a noun names by a number after it (目标5，
    "Goal 5", 法案350) and a misaligned or loose translation may leave out: a marker
    follows a closing mark (《公约》12，) or a proper name by jieba's part of speech,
    where no label's number stands, or any noun when a space sets it off from what
    follows (职权 1 ；, 委员会67 和), as a superscript marker comes out of a converted
    file and a label's number, spaced from its noun at most (附件 3，), never does; never
    a word that introduces a value (为, 达到, 增加了, 共有).

    Set off by spaces on both sides, the number is a superscript come out of a converted
    file wherever it stands after a word of content: a pronoun (之一 3 。), an adjective
    or a verb (十分重要 5 ，, 加以考虑 4 。), as after a noun; and 的 or a verb may
    follow it (重要 5 的, 委员会 2 认为), since a count keeps its measure word before
    either. A word that introduces a value still does (增加了 3 。, 约 3 ，, 达到 5 。).

    Set off by a space before it only, glued to a clause's mark after it (之一 3。), the
    number is weaker evidence: a label's number may be spaced from its noun (附件 3，).
    It is a marker after a pronoun or an adjective of two characters or more (之一 3。,
    十分重要 5，), which no label's number follows; after a noun, the draft tells
    (:func:`glued_after_nouns`: 职权 1；); after a verb (增加 3。) or a word that
    introduces a value (达到 3。) it is still one, as after a comparative's one
    character (高 3。).

    Glued to the word before it and set off by a space from a clause's mark after it
    (之一114 。, 保障3 ；), the number is a superscript whose space the extraction set
    after it: a marker after a pronoun or an adjective of two characters or more, as
    above, or after a verb of two characters or more that changes or reaches no amount
    (:func:`_changes_an_amount`: 保障, not 增加 or 下降, whose bare number is that
    amount); after a word that introduces a value (达到3 。) or a one-character
    comparative (高3 。) it is still a value."""
    return _note_reading(before, after)[0]


def _note_reading(before: str, after: str) -> tuple[bool, str | None]:
    """Whether a number between ``before`` and ``after`` is a footnote's marker
    (:func:`_marks_a_note`), and, where it is not for this alone, the noun it is glued
    after (职权1；, 目标5，) or set off from by a space before a clause's mark (职权 1；):
    a marker's place or a label's, which the line cannot tell and the draft may
    (:func:`glued_after_nouns`)."""
    no: tuple[bool, str | None] = (False, None)
    spaced = after[:1].isspace()
    set_off_before = before[-1:] in (" ", "\t", "\u3000")  # what the rstrip below takes
    both = spaced and before[-1:].isspace()
    after = after.lstrip(" \t\u3000")
    run = _IDEOGRAPHS.match(after)  # None: a clause's mark follows
    # set off before only, glued to a clause's mark after (之一 3。, 职权 1；): weaker
    # evidence than both, since a label's number is spaced from its noun (附件 3，)
    before_only = not spaced and before[-1:].isspace() and run is None
    # glued to the word before, set off by a space from a clause's mark after (之一114 。,
    # 保障3 ；): a converted superscript whose space the extraction set after it
    after_only = spaced and not set_off_before and run is None
    before = before.rstrip(" \t\u3000")
    from termbase.check.glosses import dictionary_glosses

    if run is not None:
        found = _tagged_word(run.group())
        if found is None:
            return no
        word, tag = found
        if ((tag not in _JOINING_TAGS and not (both and tag in _SPACED_NEXT_TAGS))
                or _DIGIT.match(after, len(word))
                or after[len(word):len(word) + 1] in _ZH_DIGITS_AND_UNITS):
            return no
        if len(word) == 1 and tag == "p" and _measures(  # a conjunction never
                tag, dictionary_glosses([word]).get(word)):  # measures (和 c)
            return no
    if before.endswith(tuple(_CLOSING_MARKS)):
        return True, None
    ideographs = re.search("[\u4e00-\u9fff]+$", before)
    found = _tagged_word(ideographs.group(), ending=True) if ideographs else None
    if found is None or found[0][-1] in _VALUE_BEFORE:
        return no
    noun, tag = found
    if tag.startswith("n") and len(noun) > 2:
        noun, tag = _clause_verb(noun) or (noun, tag)
    nominal = tag.startswith("n") or tag == "vn"
    if (tag in _NAME_TAGS or (spaced and nominal)
            or (both and tag in _SPACED_BEFORE_TAGS)
            or (before_only and tag in _ONE_SIDE_BEFORE_TAGS and len(noun) > 1)
            or (after_only and len(noun) > 1 and (tag in _ONE_SIDE_BEFORE_TAGS or (
                tag in _GLUED_BEFORE_VERB_TAGS and not _changes_an_amount(noun))))):
        return True, None
    # glued, or set off before only (a label's place too: 附件 3，), and not opening a
    # parenthesis with its number ("(法案350)", "(Act 350)": a label named beside what
    # it labels)
    glued = (not spaced and (not set_off_before or before_only)
             and ideographs is not None
             and not before[:ideographs.start()].endswith(("(", "（")))
    return False, (noun if glued and nominal and len(noun) > 1 else None)


def glued_marker(missing: NumberItem, others: Sequence[NumberItem]
                 ) -> tuple[NumberItem, int] | None:
    """The item of ``others`` (what the other side states and this one lacks) that is the
    symbol ``missing`` with a footnote's marker glued on ("A/61/441", "A/61/44.1" for
    A/61/44 and marker 1), and the marker's value; None where no such item is there."""
    if not missing.value.startswith("s:"):
        return None
    for item in others:
        rest = item.value[len(missing.value):] if item.value.startswith(missing.value) else ""
        m = _GLUED_ON.fullmatch(rest)
        if m is not None and int(m.group(1)) > 0:
            return item, int(m.group(1))
    return None


# The digits a symbol's glued marker adds to its last number: one or two, or a dot and
# one or two.
_GLUED_ON = re.compile(r"\.?(\d{1,2})")


def note_numbers(text: str, lang: str) -> list[int]:
    """The numbers of ``text`` written as footnotes' markers are, unambiguously: glued
    after a clause's mark (。1, "2015;2"), a word ("Council2 ") or a closing mark, or in
    brackets after a word ("Council[3]"), in text order."""
    zh = _written_in_ideographs(lang)
    patterns = (_ZH_FOOTNOTE,) if zh else (_EN_FOOTNOTE, _EN_BRACKET_MARKER)
    found = sorted((m.start(), int(re.sub(r"\D", "", m.group())))
                   for pattern in patterns for m in pattern.finditer(text))
    return [value for _, value in found]


# How many other lines of a draft must name a noun, never with a number after it, for a
# number glued after it at a marker's place to be read as a footnote's marker.
_UNNUMBERED_EVIDENCE = 3


def glued_after_nouns(missing: list[NumberItem], side: NumberProfile
                      ) -> list[tuple[NumberItem, str]]:
    """The items of ``missing`` at a marker's place of ``side`` glued after a noun of two
    characters or more (职权1；, 目标5，: :func:`_note_reading`), or set off from it by a
    space and glued to a clause's mark (职权 1；), each with that noun. Asked,
    as :func:`_without_notes` is, only where the other side states no number this side
    lacks."""
    out = []
    for item, before, after in side.markers:
        if item in missing:
            marker, noun = _note_reading(before, after)
            if not marker and noun is not None:
                out.append((item, noun))
    return out


def never_numbered(noun: str, texts: Sequence[str], own: int) -> bool:
    """Whether a draft, by its lines of one language (``texts``; the line of the number
    glued after ``noun`` at ``own``), names ``noun`` in at least _UNNUMBERED_EVIDENCE
    other lines and never with a number after it but at that place. A noun a document
    numbers (目标5, 目标6, "Goal 5") takes a label's number, which a loose translation
    may leave out; one it names often and numbers nowhere else took a footnote's marker
    there (职权1；), which the English sets apart or leaves out. A short draft shows
    neither, and the number is compared."""
    numbered = re.compile(re.escape(noun) + "[ \t\u3000]?[0-9０-９]")
    named = 0
    for i, text in enumerate(texts):
        if noun not in text:
            continue
        hits = len(numbered.findall(text))
        if hits > (i == own):
            return False
        named += i != own
    return named >= _UNNUMBERED_EVIDENCE


def _tagged_word(run: str, *, ending: bool = False) -> tuple[str, str] | None:
    """The longest word of jieba's dictionary that opens ``run`` (with ``ending``, that
    ends it), with its part of speech; None where none does. Read only on the rare paths
    of a number the other side lacks."""
    from termbase.text.word_tags import jieba_dictionary_path, tags_of

    pieces = [run[-n:] if ending else run[:n] for n in range(1, len(run) + 1)]
    tags = tags_of(jieba_dictionary_path()).tags(set(pieces))
    word = next((w for w in reversed(pieces) if w in tags), None)
    return None if word is None else (word, tags[word])


def _takes_no_count(run: str) -> bool:
    """Whether the word opening ``run`` (what follows a glued number) is one no number
    glued before it can count, so that the number is a label: an ordinal (第二个层次:
    a count measures things, never an ordinal), a proper name — a place, a person or
    an organisation by the dictionary's part of speech (克罗地亚 ns) — read as the
    dictionary's longest word there, which a measure word opening a longer word does
    not make (克 "gram" of 克罗地亚; 个 of 个人 "individual", a noun, is no name), or a
    word of grammar that opens a clause, never a counted noun's place: a pronoun or
    demonstrative (该基金, 这些, 我们), a conjunction (此外, 因此) or a preposition
    (根据, 在), by jieba's part of speech of the longest word there, unless it may be
    a measure word and what it counts (本 of 本书 "this book" or "three books", 所 of
    所学校, 对 "pair") or joins the number to another (15至64岁, 3和4)."""
    if run.startswith(("第", *GLUED_OPENING_MARKS)):
        return True  # Chinese counts with a measure word, never before a title or a quote
    following = run
    ideographs = _IDEOGRAPHS.match(run)
    run = ideographs.group() if ideographs else ""
    # Asked only of a number the other side lacks: the dictionary's table is read on
    # that rare path alone.
    from termbase.check.glosses import dictionary_glosses

    prefixes = [run[:n] for n in range(1, len(run) + 1)]
    known = dictionary_glosses(prefixes)
    longest = next((w for w in reversed(prefixes[1:]) if w in known), None)
    if longest is not None and known[longest].tag in _NAME_TAGS:
        return True
    found = _tagged_word(run)
    if found is None or found[1] not in _GRAMMAR_TAGS:
        return False
    word, tag = found
    if _DIGIT.match(following, len(word)):
        return False  # a range's, list's or ratio's word joins two numbers (15至64岁)
    # A conjunction or preposition of two ideographs or more is one word whole (根据 is
    # no count of 据 by 根); a demonstrative may open with a measure word (本书).
    if len(word) > 1 and tag != _PRONOUN_TAG:
        return True
    first = _tagged_word(run[0])
    return not _measures(first[1] if first else "", known.get(run[0]))


def _measures(tag: str, gloss: Gloss | None) -> bool:
    """Whether an ideograph jieba tags ``tag`` and the dictionary glosses ``gloss`` may be
    a measure word after a count: jieba tags it one (q)
    or a numeral's (m: 多, 余 of 20多个), or the dictionary gives it a classifier's
    sense (本 "classifier for books", though jieba tags it a pronoun)."""
    return tag in _MEASURE_TAGS or (gloss is not None and any(
        sense.startswith("classifier") for sense in gloss.senses))


# jieba's parts of speech of proper names: of a place, a person, an organisation.
_NAME_TAGS = frozenset(("ns", "nr", "nt"))
# jieba's parts of speech of the words of grammar no count stands before: a pronoun or
# demonstrative, a conjunction, a preposition.
_PRONOUN_TAG = "r"
_GRAMMAR_TAGS = frozenset((_PRONOUN_TAG, "c", "p"))
# jieba's parts of speech of a measure word and of a numeral's words.
_MEASURE_TAGS = frozenset(("q", "m"))
# jieba's parts of speech of the words that join a clause's parts after a footnote's
# marker: a conjunction, a preposition.
_JOINING_TAGS = frozenset(("c", "p"))
# jieba's parts of speech of the words a marker set off by spaces on both sides may
# also follow (a pronoun, an adjective, a verb: :func:`_marks_a_note`) and precede (的,
# a verb), where no count stands without its measure word. An adverb (约), a numeral's
# word and an aspect particle (增加了) introduce a value, and are not among them.
_SPACED_BEFORE_TAGS = frozenset((_PRONOUN_TAG, "a", "ad", "an", "v", "vd"))
_SPACED_NEXT_TAGS = frozenset(("uj", "v"))
# jieba's parts of speech of the words a marker set off by a space before it only, and
# glued to a clause's mark after it, may follow (之一 3。, 十分重要 5，): a pronoun or an
# adjective of two characters or more, which no label's number follows. Not a verb: a
# verb of change takes a bare number (增加 3。); not a noun, whose label's number may be
# spaced from it (附件 3，): the draft tells (:func:`glued_after_nouns`); not a
# one-character adjective, a comparative that takes a difference (高 3。).
_ONE_SIDE_BEFORE_TAGS = frozenset((_PRONOUN_TAG, "a", "an", "ad"))


# jieba's parts of speech of the verbs a marker glued after them and set off by a space
# from a clause's mark may follow (得到保障3 ；), besides _ONE_SIDE_BEFORE_TAGS: a verb
# that changes or reaches an amount takes a bare number there (增加3 。), which
# :func:`_changes_an_amount` tells.
_GLUED_BEFORE_VERB_TAGS = frozenset(("v", "vd"))
# The English verbs of a change in amount, or of reaching one, that a dictionary's sense
# of a Chinese verb opens with ("to increase", "to fall", "to exceed"): the class of
# verbs whose object is the amount, so that a bare number after one is that amount.
_CHANGE_VERBS = frozenset((
    "increase", "decrease", "raise", "reduce", "lower", "lessen", "rise", "fall", "drop",
    "decline", "grow", "shrink", "expand", "enlarge", "cut", "add", "subtract", "double",
    "triple", "multiply", "halve", "exceed", "surpass", "reach", "attain", "total",
    "amount", "number", "equal", "climb", "soar", "plunge", "jump", "go"))


def _clause_verb(noun: str) -> tuple[str, str] | None:
    """The verb of a change in amount that ends a noun of jieba's dictionary, with its
    part of speech, where the noun is a clause said as one word (价格下降 "prices fall",
    n, of 价格 and 下降): what the number after it measures is the verb's amount, as
    after the verb alone. None where no such verb ends it (职权, 委员会)."""
    found = _tagged_word(noun[1:], ending=True)
    if found is None or found[1] not in _GLUED_BEFORE_VERB_TAGS:
        return None
    return found if _changes_an_amount(found[0]) else None


def _changes_an_amount(verb: str) -> bool:
    """Whether a sense the dictionary gives ``verb`` is a verb of a change in amount or of
    reaching one (:data:`_CHANGE_VERBS`: 增加 "to increase", 下降 "to go down", 达到 "to
    reach"), or the dictionary gives it none, which cannot tell: a bare number after it
    may be that amount."""
    from termbase.check.glosses import dictionary_glosses

    gloss = dictionary_glosses([verb]).get(verb)
    if gloss is None:
        return True
    return any(words[0] == "to" and len(words) > 1 and words[1] in _CHANGE_VERBS
               for words in (sense.lower().split() for sense in gloss.senses))


# The words and marks a range of two numbers is written with, between them.
_RANGE_JOIN = re.compile(rf"\s*(?:[{DASH}]|至|到|to)\s*", re.IGNORECASE)


def _ranges(strict: list[NumberItem], text: str
            ) -> tuple[tuple[str, NumberItem, NumberItem], ...]:
    """The :attr:`NumberProfile.ranges` of a side's strict items (in text order)."""
    out = []
    for a, b in pairwise(strict):
        if (a.text.isdigit() and b.text.isdigit() and a.value == f"n:{int(a.text)}"
                and b.value == f"n:{int(b.text)}"
                and _RANGE_JOIN.fullmatch(text, a.end, b.start)):
            out.append((f"n:{int(a.text + b.text)}", a, b))
    return tuple(out)


def _joined_symbols(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The spans of the symbols a match of :data:`_SYMBOL` holds: a joint document's
    symbols joined by a hyphen ("A/78/80-E/2023/64") are each their own, as where the
    other side joins them by a dash or a word (A/78/80–E/2023/64, A/78/80和E/2023/64)."""
    start = m.start()
    for joint in _SYMBOL_JOINT.finditer(m.group()):
        yield start, m.start() + joint.start()
        start = m.start() + joint.end()
    yield start, m.end()


def _document_years(out: _Collector, pattern: re.Pattern[str]) -> None:
    """A numbered document's year in parentheses (:data:`_ZH_DOCUMENT_YEAR`)."""
    for m in pattern.finditer(out.text):
        if out.free(m.start(1), m.end(1)):
            out.cover(m.start(1), m.end(1))
            out.take(f"dy:{m.group(1)}", m.start(1), m.end(1))
            out.lenient.add(f"n:{m.group(1)}")


def _dotted_dates(out: _Collector) -> None:
    """Dates written with dots, day first ("9.4.2003" is 9 April 2003)."""
    for m in (DOTTED_DATE.finditer(out.text) if "." in out.text else ()):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= day <= 31 and 1 <= month <= 12 and out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(date_key(year, month, day), m.start(), m.end())


def _number_names(out: _Collector) -> None:
    """Names that open with digits glued to letters (:data:`_NUMBER_NAME`) left out as
    :data:`_NAME`'s are: their digits are said, never counted."""
    for m in _NUMBER_NAME.finditer(out.text):
        letters = m.group(1)
        if letters in _AFTER_QUANTITY or (len(letters) > 1
                                          and letters.lower() in _AFTER_QUANTITY_BLIND):
            continue
        if out.free(m.start(), m.end()):
            out.lenient.update(f"n:{int(p)}" for p in re.findall(r"\d+", m.group())
                               if len(p) < 12)
            out.cover(m.start(), m.end())


# The scales' abbreviations no unit's symbol shares: read wherever they follow an amount
# ("250 mn", "USD 2.5bn": a minute is "min", a tonne "t" or "tn", a metre "m").
_MONEY_ONLY_SCALES = frozenset(("bn", "bln", "mn", "mln", "trn"))


def _en_money_scaled(out: _Collector) -> None:
    """Amounts with a scale written as money is (:data:`_EN_MONEY_SCALED`), where the
    plain scaled pattern would not read them: glued to a currency's letters, or with a
    scale's abbreviation — "m", "k" and "tn" only after a currency or before a
    currency's word ("2.5m euros"), being units' symbols too ("5tn" is five tonnes);
    "bn", "bln", "mn", "mln" and "trn", which no unit shares, wherever they follow an
    amount ("250 mn", "RUB 25 mn", a currency the tables do not name)."""
    text = lower_same_length(out.text)
    for m in _EN_MONEY_SCALED.finditer(text):
        glued, spaced, scale = m.group(1), m.group(2), m.group(4)
        money = ((glued and not glued.isalpha()) or glued in EN_CURRENCIES_BEFORE
                 or spaced in EN_CURRENCIES_BEFORE
                 or _EN_MONEY_WORD_AFTER.match(text, m.end()) is not None)
        if scale in EN_SCALES:
            if not (glued and glued.isalpha()):
                continue  # the plain scaled pattern reads it
        elif scale not in _MONEY_ONLY_SCALES and not money:
            continue
        if out.free(m.start(3), m.end()):
            out.cover(m.start(3), m.end())
            factor = EN_SCALES.get(scale) or EN_SCALE_ABBREVIATIONS[scale]
            out.take(decimal_key(_amount(m.group(3)) * factor), m.start(3), m.end())
            out.lenient.add(_number_value(m.group(3)))


def _money(strict: list[NumberItem], text: str, zh: bool
           ) -> tuple[tuple[NumberItem, str], ...]:
    """The :attr:`NumberProfile.money` of a side's strict items."""
    lowered = "" if zh else lower_same_length(text)
    out = []
    for item in strict:
        if not item.value.startswith("n:"):
            continue
        if zh:
            after = _ZH_CURRENCY.match(text, item.end)
            if after:
                out.append((NumberItem(item.value, text[item.start:after.end()],
                                       item.start, after.end()),
                            ZH_CURRENCIES[after.group(1)]))
            continue
        before = _EN_CURRENCY_BEFORE.search(lowered, max(0, item.start - 6), item.start)
        after = _EN_CURRENCY_AFTER.match(lowered, item.end)
        if before:
            out.append((NumberItem(item.value, text[before.start():item.end], before.start(),
                                   item.end), EN_CURRENCIES_BEFORE[before.group(1)]))
        elif after:
            out.append((NumberItem(item.value, text[item.start:after.end()], item.start,
                                   after.end()), EN_CURRENCIES_AFTER[after.group(1)]))
    return tuple(out)


def _spaced_labels(out: _Collector) -> None:
    """Labels whose level dots are followed by a space (:data:`_SPACED_LABEL`), read
    as the number the label written without them makes (5.2; 3.1 of 3.1.2, as the
    plain pattern reads that), each level's number said too."""
    for m in _SPACED_LABEL.finditer(out.text):
        if out.free(m.start(), m.end()):
            levels = re.findall(r"\d+", m.group())
            out.cover(m.start(), m.end())
            out.take(_number_value(f"{levels[0]}.{levels[1]}"), m.start(), m.end())
            out.lenient.update(f"n:{int(level)}" for level in levels)


def _telephone_numbers(out: _Collector) -> None:
    """Local telephone numbers as one value, whichever separator the side writes; the
    other side may also give its digit groups as numbers apart ("963 3777")."""
    for m in (_TELEPHONE.finditer(out.text) if "." in out.text or any(
            c in out.text for c in DASH) else ()):
        if out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(f"tel:{m.group(1)}-{m.group(2)}", m.start(), m.end())


def _short_year_ranges(out: _Collector) -> None:
    """The second year of a range written with its last two digits ("2008-09", a
    period's "2008/09") as that year; the first is read as any number."""
    for m in (_SHORT_YEAR_RANGE.finditer(out.text) if any(c in out.text for c in DASH)
              else ()):
        first, last = int(m.group(1)), int(m.group(2))
        year = first - first % 100 + last
        if year <= first:
            year += 100
        if year - first <= 10 and out.free(m.start(2), m.end(2)):
            out.cover(m.start(2), m.end(2))
            out.take(f"n:{year}", m.start(2), m.end(2))
    for m in (_PERIOD_YEARS.finditer(out.text) if "/" in out.text else ()):
        first, last = int(m.group(1)), int(m.group(2))
        if (first + 1) % 100 == last and out.free(m.start(2), m.end(2)):
            out.cover(m.start(2), m.end(2))
            out.take(f"n:{first + 1}", m.start(2), m.end(2))
            out.lenient.add(f"n:{last}")


def _paragraph_citations(out: _Collector, pattern: re.Pattern[str]) -> None:
    """Cited paragraphs' numbers as ``p:`` items."""
    for m in pattern.finditer(out.text):
        for n in re.finditer(r"\d+(?:\.\d+)?", m.group(1)):
            start, end = m.start(1) + n.start(), m.start(1) + n.end()
            if out.free(start, end):
                out.cover(start, end)
                number = _number_value(n.group())
                out.take("p:" + number[2:], start, end)
                out.lenient.add(number)


def _zh_decades(out: _Collector) -> None:
    """Decades (:data:`_ZH_DECADE`) as the year English names them by ("the 1990s"):
    a value that must agree when the century is stated, else one the other side may
    state."""
    for m in (_ZH_DECADE.finditer(out.text) if "年代" in out.text else ()):
        tens = figures_or_numeral(m.group(2))
        century = m.group(1) and figures_or_numeral(m.group(1))
        if tens is None or not out.free(m.start(), m.end()):
            continue
        out.cover(m.start(), m.end())
        if century:
            out.take(f"n:{(century - 1) * 100 + tens}", m.start(), m.end())
        else:
            out.lenient.update((f"n:{1900 + tens}", f"n:{2000 + tens}"))


def _zh_profile(out: _Collector) -> None:
    text = out.text
    _zh_decades(out)
    _zh_times(out)
    for run in ZH_DATE_RUN.finditer(text):
        other_calendar = ZH_OTHER_CALENDAR.search(text[max(0, run.start() - 6):run.start()])
        run_tokens = zh_tokens(run)
        out.lenient.update(zh_days_alone(run_tokens, run, text))
        for key, tokens in zh_dates(run_tokens):
            for tok in tokens:
                out.cover(tok.start, tok.end)
            if other_calendar:
                _take_parts(out, tokens)
            else:
                out.take(key, tokens[0].start, tokens[-1].end)
    for m in _ZH_SESSION.finditer(text):
        value = zh_numeral_value(m.group(1))
        if value is not None and out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(f"n:{value}", m.start(), m.end())
    for m in _ZH_NUMERAL.finditer(text):
        value = zh_numeral_value(m.group())
        if value is not None:
            out.lenient.add(f"n:{value}")
    _zh_said_values(out)
    for m in (_ZH_MULTIPLIED.finditer(text) if out.digits and ("万" in text or "亿" in text)
              else ()):
        if out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            scale = ZH_UNITS.get(m.group(2), 1)
            for big in m.group(3):
                scale *= ZH_BIG[big]
            out.take(decimal_key(_amount(m.group(1)) * scale), m.start(), m.end())
            out.lenient.add(_number_value(m.group(1)))
    if _LATIN_LETTERS.search(text):
        # A Chinese line may quote English, dates included ("于22 April 2015举行"):
        # read with every other character a space, offsets kept, so that words end
        # where the Latin script does.
        _en_date_items(out, _NOT_LATIN.sub(" ", lower_same_length(text)))
    if out.digits:
        out.ignore(_ZH_ONE)
        out.ignore(_ZH_FOOTNOTE)
        out.ignore(_ZH_SPACED_FOOTNOTE)
        out.ignore(_ZH_WORD_MARKER)
        out.ignore(_ZH_MARKER_AFTER_NUMBER)
        _date_names(out)
        _abbreviated_references(out, text.lower())
    _relative_years(out, _ZH_YEAR_BEFORE, _ZH_YEAR_AFTER, text)
    out.lenient.update(f"n:{_ZH_PARENTHESISED[m.group()]}"
                       for m in _ZH_PARENTHESISED_MARK.finditer(text))
    if _ZH_THIS_YEAR.search(text):
        out.lenient.add(_THIS_YEAR)


def _zh_times(out: _Collector) -> None:
    """Clock times (:data:`ZH_TIME`). An hour with neither period nor minutes (22时) may
    be "when" (人数达到22时), so it is a time the other side may state; right after a
    date's day (2014年6月18日11时) or in a range of hours (11时至12时) it is one."""
    text = out.text
    times = list(ZH_TIME.finditer(text) if out.digits and ZH_CLOCK_MARK.search(text)
                 else ())
    previous: re.Match[str] | None = None
    for i, m in enumerate(times):
        # The end of a range (下午3时至6时) is in the period of its start.
        ranged = previous is not None and _is_range_word(
            text[previous.end():m.start()].strip())
        inherited = previous.group(1) if previous is not None and ranged else None
        keys = zh_time(m, inherited)
        bare = None if keys else zh_bare_hour(m)
        previous = m if keys or bare else None
        # The match's own start: its leading space may be a label's (2. 13时10分).
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if bare and not (ranged or _ZH_DATE_DAY_END.search(text, 0, start) or (
                i + 1 < len(times) and _is_range_word(
                    text[m.end():times[i + 1].start()].strip()))):
            out.lenient.update(bare)
            out.lenient.update(f"n:{key[2:].replace(':', '').lstrip('0') or '0'}"
                               for key in bare)
            continue
        keys = keys or bare
        if keys and out.free(start, m.end()):
            out.cover(start, m.end())
            out.take(keys[0], m.start(2), m.end())
            out.lenient.update(keys)


def _zh_said_values(out: _Collector) -> None:
    """Values Chinese says in words beyond a numeral: a decimal (百分之二点五 "2.5 per
    cent"), a rough number's lower bound (十多万 "more than 100,000"), a half (一半,
    半数: "half", "50 per cent", "1/2") and the hours noon and midnight name (午夜 "12
    midnight", 中午 "12 noon", 零时 "0000 hours")."""
    text = out.text
    for start, end, value in (zh_rough_numbers(text) if "万" in text or "亿" in text
                              else ()):
        out.lenient.add(f"n:{value}")
        out.rough.append(NumberItem(f"ge:{value}", text[start:end], start, end))
    for m in (_ZH_DECIMAL.finditer(text) if "点" in text else ()):
        whole = zh_numeral_value(m.group(1))
        if whole is not None:
            digits = "".join(str(ZH_DIGITS[ch]) for ch in m.group(2))
            out.lenient.add(decimal_key(Decimal(f"{whole}.{digits}")))
    if _ZH_HALF.search(text):
        out.lenient.update(("n:0.5", "n:50", "n:1", "n:2"))
    for m in _ZH_NOON_WORD.finditer(text):
        out.lenient.update((time_key(12, 0), "n:12") if m.group() in ("中午", "正午")
                           else (*MIDNIGHT, "n:12", "n:24", "n:0"))


def _date_names(out: _Collector) -> None:
    """Events a Chinese line names by their month and day, as dates the other side may
    state (:data:`ZH_DATE_NAME`)."""
    for m in ZH_DATE_NAME.finditer(out.text):
        month, day = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.lenient.add(date_key(None, month, day))


def _abbreviated_references(out: _Collector, text: str) -> None:
    """The number of an abbreviated reference ("r.46", "No.5", "c.25" of a statute),
    whose glued dot hides it from the plain number pattern, as a value (``text`` is
    ``out.text`` lower-cased)."""
    for m in (_EN_ABBREVIATED_REFERENCE.finditer(text) if _ABBREVIATION_DOT.search(text)
              else ()):
        out.lenient.add(_number_value(m.group(1)))


def _is_range_word(between: str) -> bool:
    return between in ("至", "到") or (len(between) == 1 and between in DASH)


def _take_parts(out: _Collector, tokens: list[Token]) -> None:
    """A date of another calendar: its day and year as numbers, its month said only."""
    for tok in tokens:
        if tok.kind == "m":
            out.lenient.add(f"n:{tok.value}")
        else:
            out.take(f"n:{tok.value}", tok.start, tok.end)


def _relative_years(out: _Collector, before: re.Pattern[str], after: re.Pattern[str],
                    text: str) -> None:
    """The years a segment states relative to a year it names ("the previous year")."""
    steps = [step for step, pattern in ((-1, before), (1, after)) if pattern.search(text)]
    if steps:
        out.lenient.update(f"n:{int(year) + step}" for year in _YEAR.findall(out.text)
                           for step in steps)


def _en_date_items(out: _Collector, text: str) -> None:
    """Dates English writes with a month's name (``text`` is ``out.text`` lower-cased,
    offsets kept)."""
    for run in (EN_DATE_RUN.finditer(text) if any(m in text for m in MONTH_STEMS)
                else ()):
        tokens = en_tokens(run)
        if not any(t.kind == "m" for t in tokens):
            continue
        for key, used, strict in en_dates(tokens, text):
            if not strict:
                out.lenient.add(key)
                continue
            for tok in used:
                out.cover(tok.start, tok.end)
            out.take(key, min(t.start for t in used), max(t.end for t in used))


def _en_profile(out: _Collector) -> None:
    # Lower case once, offsets kept, instead of case-blind patterns (several times
    # faster): every offset below is one of ``out.text``.
    text = out.text.lower()
    if len(text) != len(out.text):
        text = lower_same_length(out.text)
    clock = out.digits and (":" in text or "hours" in text
                            or AM_PM.search(text) is not None)
    for m in (EN_TIME_FROM.finditer(text) if clock else ()):
        key = en_time(m)
        if key and out.free(m.start(), m.end()):
            out.cover(m.start(1), m.end(2) if m.group(2) else m.end(1))
            out.take(key, m.start(1), m.end(2) if m.group(2) else m.end(1))
    for m in (EN_TIME.finditer(text) if clock else ()):
        key = en_time(m)
        if key and out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(key, m.start(), m.end())
    for m in (EN_NOON.finditer(text) if "noon" in text or "midnight" in text else ()):
        keys = ((time_key(12, 0),) if m.group(2) == "noon"
                else (time_key(0, 0), time_key(24, 0)))
        if m.group(1) and out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(keys[0], m.start(), m.end())
        out.lenient.update(keys)
        # the clock's figure for it, which the other side may write alone (24时, 12时)
        out.lenient.update(("n:12", "n:24") if m.group(2) == "midnight" else ("n:12",))
    _en_date_items(out, text)
    for m in (_EN_SESSION.finditer(text) if "session" in text else ()):
        first, _, second = m.group(1).partition("-")
        value = en_number_word_value(first, second or None)
        if value is not None and out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(f"n:{value}", m.start(), m.end())
    words = letter_words(text)
    for m in (number_word_pattern().finditer(text) if not words.isdisjoint(NUMBER_WORDS)
              else ()):
        value = en_number_word_value(m.group(1), m.group(2))
        if value is not None:
            out.lenient.add(f"n:{value}")
            if m.group(3):
                out.lenient.add(f"n:{value * EN_SCALES[m.group(3).lower()]}")
    _en_said_numbers(out, text, words)
    if "group" in words or (out.digits and _G_DIGIT.search(text)):
        _en_group_named(out, text)
    for m in (_EN_SCALED.finditer(text) if out.digits and _HAS_SCALE.search(text) else ()):
        if m.group(2) == ")" and not text.endswith("(", 0, m.start()):
            continue  # a parenthesis closed after the amount only is no bracket around it
        if out.free(m.start(), m.end()):
            out.cover(m.start(), m.end())
            out.take(decimal_key(_amount(m.group(1)) * EN_SCALES[m.group(3).lower()]),
                     m.start(), m.end())
            out.lenient.add(_number_value(m.group(1)))
    if out.digits:
        out.ignore(_EN_FOOTNOTE)
        if "[" in text:
            out.ignore(_EN_BRACKET_MARKER)
        out.ignore(_EN_TRAILING_MARKER)
        out.ignore(_EN_ROMAN_LABEL)
    for m in (_EN_DECIMAL_LABEL.finditer(text) if out.digits and _DECIMAL.search(text)
              else ()):
        if out.free(m.start(1), m.end(2)):
            out.cover(m.start(1), m.end(2))
            out.lenient.update({f"n:{int(m.group(1))}", f"n:{int(m.group(2))}"})
    if "year" in text:
        _relative_years(out, _EN_YEAR_BEFORE, _EN_YEAR_AFTER, text)
        if _EN_THIS_YEAR.search(text):
            out.lenient.add(_THIS_YEAR)


def _en_group_named(out: _Collector, text: str) -> None:
    """Whether the English names a group of States by its number (``text`` lower case):
    "the Group of 77", "the Group of Eight", "G-20" (:data:`_EN_GROUP_NAMED`), or
    refers to a group without one ("the Group")."""
    for m in _EN_GROUP_NAMED.finditer(text):
        word = m.group(1)
        if word is None or word.isdigit() or word.split("-")[0] in NUMBER_WORDS:
            out.lenient.add(_GROUP_NAMED)
            return
    if _EN_GROUP_WORD.search(text):
        out.lenient.add(_GROUP_REFERRED)


def _en_said_numbers(out: _Collector, text: str, words: frozenset[str]) -> None:
    """Numbers English says in words beyond a single number word
    (:func:`termbase.check.number_words.said_values`), the number of an abbreviated
    reference and a day of the month said alone ("on the 22nd"); ``words`` are the
    text's :func:`~termbase.check.number_words.letter_words`."""
    out.lenient.update(said_values(text, words))
    if out.digits:
        _abbreviated_references(out, text)
        for m in EN_DAY_ALONE.finditer(text):
            out.lenient.add(date_key(None, None, int(m.group(1))))


def _add_parts(strict: list[NumberItem], lenient: set[str]) -> None:
    """Dates, times and symbols also count as their parts, so a partial rendering is not
    a mismatch by itself (a year alone, a day and month without the year)."""
    for item in strict:
        kind, _, rest = item.value.partition(":")
        if kind in ("d", "t", "s", "tel"):
            lenient.update(f"n:{int(p)}" for p in re.findall(r"\d+", rest) if len(p) < 12)
        if kind == "t":  # military time: "at 1115" for 11时15分
            lenient.add(f"n:{int(rest.replace(':', ''))}")
        elif kind == "n" and re.fullmatch(r"\d{3,4}", rest):
            hour, minute = divmod(int(rest), 100)
            if hour < 24 and minute < 60:
                lenient.add(time_key(hour, minute))


def satisfied(item: NumberItem, other: frozenset[str]) -> bool:
    """Whether the other side expresses ``item`` in some form."""
    if item.value in other:
        return True
    if item.value.startswith("p:"):
        return "n:" + item.value[2:] in other
    if item.value.startswith("d:"):
        return any(v.startswith("d:") and dates_agree(item.value, v) for v in other)
    if item.value.startswith("dy:"):  # a document's year: the other side's, if it gives one
        return f"n:{item.value[3:]}" in other or not any(v.startswith("dy:") for v in other)
    if item.value.startswith("s:"):  # a document's part alone or ending a symbol
        return _symbol_parts_agree(item.value, other)
    if item.value.startswith("tel:"):  # written with spaces there ("963 3777")
        return all(f"n:{int(part)}" in other for part in item.value[4:].split("-"))
    return False


def _symbol_parts_agree(value: str, other: frozenset[str]) -> bool:
    """Whether the other side names the document of symbol ``value`` split where this
    side joins it, or joined where this side splits it: a part named alone
    (:data:`_DOCUMENT_PART`, ``s:ADD.4``) agrees with a symbol ending with it
    (A75/10/Add.4 ↔ "A75/10 Add.4") or its number said apart (更正1 ↔ "Corr. 1"), a
    symbol ending with a part with the symbol and the part named apart
    (A/60/507/Corr.1 ↔ "A/60/507 and Corr.1"), and a symbol with itself ending with a
    part (the part then compared on its own)."""
    body = value[2:]
    stem, slash, last = body.rpartition("/")
    if not slash:
        part = _DOCUMENT_PART.fullmatch(body)
        return part is not None and (f"n:{int(part.group(2))}" in other or any(
            v.startswith("s:") and v.endswith("/" + body) for v in other))
    if (_DOCUMENT_PART.fullmatch(last) is not None and f"s:{last}" in other
            and f"s:{stem}" in other):
        return True
    return any(v.startswith(value + "/") and _DOCUMENT_PART.fullmatch(v[len(value) + 1:])
               for v in other)


def mismatches(source: NumberProfile, target: NumberProfile
               ) -> tuple[list[NumberItem], list[NumberItem]]:
    """(source items missing from the target, target items missing from the source)."""
    missing = [i for i in source.strict if not satisfied(i, target.lenient)]
    extra = [i for i in target.strict if not satisfied(i, source.lenient)]
    if source.glued or target.glued:
        missing = _without_labels(missing, source.glued)
        extra = _without_labels(extra, target.glued)
    if source.ranges or target.ranges:
        _unglue(source.ranges, missing, extra, target.lenient)
        _unglue(target.ranges, extra, missing, source.lenient)
    if source.group_names and _GROUP_REFERRED in target.lenient:
        missing = [i for i in missing if i not in source.group_names]
    if target.group_names and _GROUP_REFERRED in source.lenient:
        extra = [i for i in extra if i not in target.group_names]
    if source.symbol_markers or target.symbol_markers:
        _marked_symbols(source.symbol_markers, missing, extra)
        _marked_symbols(target.symbol_markers, extra, missing)
    if source.money and target.money:
        missing += _other_currency(source.money, target.money, missing)
        extra += _other_currency(target.money, source.money, extra)
    if source.addresses and target.addresses:
        _other_addresses(source, target, missing, extra)
    missing, extra = (_this_year(missing, target.lenient, extra),
                      _this_year(extra, source.lenient, missing))
    if missing and not extra and source.titles:
        missing = _named_by_head(missing, source.titles, target.text)
    if extra and not missing and target.titles:
        extra = _named_by_head(extra, target.titles, source.text)
    if missing and not extra and (source.markers or source.headings):
        missing = _without_notes(missing, source)
    if extra and not missing and (target.markers or target.headings):
        extra = _without_notes(extra, target)
    return missing, extra


def _other_addresses(source: NumberProfile, target: NumberProfile,
                     missing: list[NumberItem], extra: list[NumberItem]) -> None:
    """Where each side cites an address the other states in no form (第四条第3款, "article
    3, paragraph 4": ``a:4.3`` and ``a:3.4``), the two differ though every digit is on
    both sides: adds each side's own to ``missing`` and ``extra`` in place, unless an
    item inside it is there already (a changed digit is found as it is). An address the
    other side writes in a list ("articles 2.1 and 2.3") is stated there as a number."""
    lost = [a for a in source.addresses if "n:" + a.value[2:] not in target.lenient]
    found = [a for a in target.addresses if "n:" + a.value[2:] not in source.lenient]
    if not lost or not found:
        return
    for addresses, items in ((lost, missing), (found, extra)):
        items.extend(a for a in addresses
                     if not any(a.start <= i.start and i.end <= a.end for i in items))
        items.sort(key=lambda item: item.start)


def _named_by_head(missing: list[NumberItem],
                   titles: tuple[tuple[NumberItem, str, int], ...],
                   other: str) -> list[NumberItem]:
    """``missing`` without the numbers inside a title (:attr:`NumberProfile.titles`)
    whose head the other side's text ``other`` names after "the" with no number
    (《2030年议程》, "the Agenda"; 《2021-2026年全球艾滋病战略》, "the Strategy"): the
    number is the name's, which a reference by the head leaves out. The head is a word
    the dictionary glosses ending the title (议程 "agenda"); an English word of the
    three after a "the" counts for a gloss's last word or its plural. Asked, as
    :func:`_without_notes` is, only where the other side states no number this side
    lacks ("the 2020 Agenda" still differs), and only for a title none of whose numbers
    the other side states: one that states some names the title with its numbers ("the
    Strategic Plan, 2025-2025" for 《2022-2025年战略计划》), and the one it lacks differs."""
    stated = {start for item, _, start in titles if item not in missing}
    titled = [(item, head) for item, head, start in titles if start not in stated]
    if not titled:
        return missing
    referred = {word for m in _EN_THE_HEAD.finditer(other.lower())
                for word in m.group(1).split()}
    if not referred:
        return missing
    from termbase.check.glosses import dictionary_glosses

    heads = {head for _, head in titled}
    endings = {head[-n:] for head in heads for n in range(2, min(len(head), 4) + 1)}
    glosses = dictionary_glosses(endings)
    named = {head for head in heads if any(_head_referred(glosses[head[-n:]].senses, referred)
                                           for n in range(2, min(len(head), 4) + 1)
                                           if head[-n:] in glosses)}
    names = {id(item) for item, head in titled if head in named}
    return [i for i in missing if id(i) not in names] if names else missing


def _head_referred(senses: Sequence[str], referred: set[str]) -> bool:
    """Whether a noun's sense (not a verb's "to …") ends with a word of ``referred`` or
    its plural."""
    for sense in senses:
        words = re.findall(r"[a-z]+", sense.lower())
        if words and words[0] != "to" and (
                words[-1] in referred or words[-1] + "s" in referred):
            return True
    return False


def _marked_symbols(marked: tuple[tuple[NumberItem, str], ...], missing: list[NumberItem],
                    others_missing: list[NumberItem]) -> None:
    """A symbol this side sets its footnote's marker after (A/61/44 1) that the other
    side writes with the marker glued on ("a/61/441"): one symbol. Takes both out of
    ``missing`` and ``others_missing`` in place; another symbol or another marker
    (A/61/442) still differs."""
    for item, digits in marked:
        glued = next((i for i in others_missing if i.value == item.value + digits), None)
        if glued is not None and item in missing:
            missing.remove(item)
            others_missing.remove(glued)


def _without_notes(missing: list[NumberItem], side: NumberProfile) -> list[NumberItem]:
    """``missing`` without the numbers of ``side`` that label a heading
    (:attr:`NumberProfile.headings`) or are footnotes' markers (:func:`_marks_a_note`),
    asked only where the other side states no number this side lacks: a number there
    could be this one changed, and is compared with it."""
    notes = {id(item) for item in side.headings if item in missing}
    notes.update(id(item) for item, before, after in side.markers
                 if item in missing and _marks_a_note(before, after))
    return [i for i in missing if id(i) not in notes] if notes else missing


def _other_currency(money: tuple[tuple[NumberItem, str], ...],
                    others: tuple[tuple[NumberItem, str], ...],
                    missing: list[NumberItem]) -> list[NumberItem]:
    """The amounts of ``money`` (not in ``missing`` yet) whose value the other side
    states with a currency, never with this one: the figure agrees, the money not."""
    theirs: dict[str, set[str]] = {}
    for item, currency in others:
        theirs.setdefault(item.value, set()).add(currency)
    known = {(i.value, i.start) for i in missing}
    return [item for item, currency in money
            if item.value in theirs and currency not in theirs[item.value]
            and (item.value, item.start) not in known]


def _without_labels(missing: list[NumberItem],
                    glued: tuple[tuple[NumberItem, str], ...]) -> list[NumberItem]:
    """``missing`` without the numbers glued to a line's first word that are labels
    (:func:`_takes_no_count`): the other side does not carry them, as a translation
    leaves out the source's numbering."""
    labels = {id(item) for item, run in glued
              if item in missing and _takes_no_count(run)}
    return [i for i in missing if id(i) not in labels] if labels else missing


def _unglue(ranges: tuple[tuple[str, NumberItem, NumberItem], ...],
            missing: list[NumberItem], others_missing: list[NumberItem],
            other: frozenset[str]) -> None:
    """A range this side writes (15至64岁) that the other side states as one number, its
    two ends' digits glued where the dash was lost ("women aged 1564", "Articles 4653",
    "for20112012b"): the two ends and that number agree. Takes them out of ``missing``
    and ``others_missing`` in place."""
    for glued, a, b in ranges:
        if a not in missing or b not in missing or glued not in other:
            continue
        missing.remove(a)
        missing.remove(b)
        same = next((i for i in others_missing if i.value == glued), None)
        if same is not None:
            others_missing.remove(same)


def _this_year(missing: list[NumberItem], other: frozenset[str],
               others_missing: list[NumberItem]) -> list[NumberItem]:
    """``missing`` without the one year the other side says relatively ("this year",
    今年), when that side names no year of its own this one lacks; two missing years
    are more than one relative word can stand for."""
    if _THIS_YEAR not in other or any(_is_year(i) for i in others_missing):
        return missing
    years = [i for i in missing if _is_year(i)]
    return [i for i in missing if i is not years[0]] if len(years) == 1 else missing


def _is_year(item: NumberItem) -> bool:
    return item.value.startswith("n:") and _YEAR.fullmatch(item.value[2:]) is not None
