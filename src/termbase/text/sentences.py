"""Sentence splitting behind one interface: ``split_sentences(text, lang)``.

Splitters are registered per language in ``_SPLITTERS``: one function and one line per
language. Each returns :class:`SentenceSpan` values with offsets into
the text it was given, so callers can map sentences back to their paragraph.

Chinese rules, chosen for UN resolutions:

* a sentence ends at 。！？ and at ；. A resolution is grammatically one sentence whose
  clauses (each operative paragraph, and clauses inside one) end in ；, so splitting there
  gives the units translators align and terminologists quote;
* closing quotes and brackets after the terminator stay with the sentence (…。” / …；）);
* nothing splits inside 《》 titles; inside quotation marks and parentheses a terminator
  ends a sentence only when the marks close right after it (…“走吧。”|然后…), so a
  quoted or bracketed clause in mid-sentence stays whole;
* ASCII ; ! ? count only when followed by a space, the end or non-ASCII text, so a
  document symbol or URL is never cut; the ASCII full stop never ends a Chinese sentence.

English rules, chosen to cut where the Chinese side cuts (an aligner then pairs 1-1):

* a sentence ends at ".", "?", "!" and ";" followed by a space or the end of the text,
  after any closing quotes and brackets, which stay with it. ";" ends a sentence as ；
  does in Chinese, so each operative paragraph or sub-paragraph "(a) …;" is one unit;
* a full stop followed by a lower-case word never ends a sentence ("etc. and",
  "e.g. the"); nor does the full stop of an abbreviation that always leads on to
  something ("No.", "para.", "paras.", "Mr.", "Ms.", "Dr.", "vol.", "art.", "chap.",
  "Corr.", "Add.", "Rev.", …), of letter-dot runs ("U.N.", "e.g.", "i.e.", "U.S.") and of
  initials ("J. Smith");
* a dot with no space after it is never an end, so document symbols (A/CONF.192/15,
  A/68/411/Add.1), decimals (1.5) and "Corr.1" stay whole. A symbol or number that ends
  a sentence mid-paragraph ("… contained in A/61/288. It …") does end it, because the
  Chinese side ends there too (…A/61/288。它…);
* a paragraph's own leading label is not a sentence: "1.", "13.", "68/48." (a title)
  and "(a)", "(iv)" at the start of the text stay with the words after them;
* inside matched quotation marks and brackets a terminator ends a sentence only when
  the marks close right after it ("… (see annex.) Next"), so a quoted sentence in
  mid-sentence stays whole. Straight double quotes pair up in order; single quotes do
  not count, because ’ is also the apostrophe ("States’ efforts").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from termbase.errors import UsageError


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence: ``text == source[start:end]``, without surrounding whitespace."""

    start: int
    end: int
    text: str


_ZH_TERMINATORS = frozenset("。！？；")
_ASCII_TERMINATORS = frozenset(";!?")
_CLOSERS = frozenset("”’」』）》】〕)]\"'")
_OPENING = {"《": "》", "“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "〔": "〕",
            "【": "】"}


def _span(text: str, start: int, end: int) -> SentenceSpan | None:
    """The stripped span text[start:end], or None when it is only whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return SentenceSpan(start, end, text[start:end]) if start < end else None


def _ends_sentence(text: str, index: int) -> bool:
    char = text[index]
    if char in _ZH_TERMINATORS:
        return True
    if char in _ASCII_TERMINATORS:
        following = text[index + 1] if index + 1 < len(text) else " "
        return following.isspace() or not following.isascii()
    return False


def _enclosures(text: str) -> list[str]:
    """For each index, the opening mark of the innermost matched pair around it, or "".

    Only pairs that close count: a stray opening bracket from a bad extraction must not
    glue the rest of the paragraph into one sentence.
    """
    inside = [""] * len(text)
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if stack and char == _OPENING[text[stack[-1][1]]]:
            _, opened = stack.pop()
            for k in range(opened + 1, index):
                # Inner pairs close first, so a mark already set is the innermost one.
                inside[k] = inside[k] or text[opened]
        elif char in _OPENING:
            stack.append((char, index))
    return inside


def _split_zh(text: str) -> list[SentenceSpan]:
    spans: list[SentenceSpan] = []
    inside = _enclosures(text)
    start = 0
    index = 0
    while index < len(text):
        if inside[index] != "《" and _ends_sentence(text, index):
            end = index + 1
            # Runs of terminators ("？！") and the closing marks after them stay together.
            while end < len(text) and (text[end] in _ZH_TERMINATORS or text[end] in _CLOSERS):
                end += 1
            # Inside quotes or brackets a terminator ends a sentence only when the marks
            # close right after it ("…走吧。”" / "（见附件。）"), not mid-quotation.
            back_outside = end == len(text) or not inside[end]
            if not inside[index] or back_outside:
                span = _span(text, start, end)
                if span is not None:
                    spans.append(span)
                start = index = end
                continue
        index += 1
    tail = _span(text, start, len(text))
    if tail is not None:
        spans.append(tail)
    return spans


# Abbreviations whose full stop leads on to a number, a name or a title: they never end
# a sentence, whatever follows. "etc." is not here: it ends sentences, and before a
# lower-case word the general rule already keeps it.
_EN_ABBREVIATIONS = frozenset({
    "No", "Nos", "para", "paras", "Para", "Paras", "subpara", "subparas",
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "H.E", "St", "Amb",
    "vol", "vols", "Vol", "Vols", "art", "arts", "Art", "Arts", "chap", "chaps", "Chap",
    "sect", "Sect", "p", "pp", "fig", "Fig", "cf", "Cf", "viz", "approx", "ca",
    "Corr", "Add", "Rev", "Amend", "Suppl", "Sess", "op", "Op",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
})
_EN_TERMINATORS = frozenset(".?!;")
_EN_CLOSERS = frozenset(")]\"”’'")
_EN_PAIRS = {"(": ")", "[": "]", "“": "”"}
_LETTER_DOTS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A leading label: operative number "1." / title "68/48." (then a space), or "(a)", "(iv)".
_EN_LEADING_LABEL = re.compile(
    r"\s*(?:\d{1,3}(?:/\d{1,4})?\.(?=\s)|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\))")


def _en_enclosed(text: str) -> list[bool]:
    """For each index, whether it lies inside a matched pair of brackets or quotes.

    Straight double quotes open and close alternately; only pairs that close count, so
    a stray bracket cannot glue the rest of a paragraph together.
    """
    inside = [False] * len(text)
    stack: list[int] = []
    straight: int | None = None
    for index, char in enumerate(text):
        if char == '"':
            if straight is None:
                straight = index
            else:
                for k in range(straight + 1, index):
                    inside[k] = True
                straight = None
        elif stack and char == _EN_PAIRS[text[stack[-1]]]:
            opened = stack.pop()
            for k in range(opened + 1, index):
                inside[k] = True
        elif char in _EN_PAIRS:
            stack.append(index)
    return inside


# Nouns that take a letter as their name ("annex I.", "part B."): a capital after them
# is a label that may end a sentence, not an initial.
_EN_LETTER_LABELLED = frozenset({
    "annex", "annexes", "appendix", "part", "parts", "section", "sections", "chapter",
    "table", "figure", "schedule", "category", "group", "list", "article", "item", "phase",
    "option", "sect", "chap",
})


def _word_before(text: str, index: int) -> tuple[str, str]:
    """The word ending right before ``text[index]`` (without opening marks) and the one
    before that."""
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:index].lstrip("([“\"‘'")
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return word, text[begin:end].strip(".,;:()[]“”\"'")


def _full_stop_ends(text: str, index: int, following: str) -> bool:
    """Whether the full stop at ``index`` ends a sentence, given the next visible char."""
    if following and following.islower():
        return False
    word, previous = _word_before(text, index)
    if word in _EN_ABBREVIATIONS or _LETTER_DOTS.fullmatch(word):
        return False
    # "no." is also the word "no", so it counts as "number" only before a figure.
    if word.lower() in ("no", "nos") and following.isdigit():
        return False
    # A lone capital is an initial ("J. Smith"), unless it names an annex or a part.
    initial = len(word) == 1 and word.isupper()
    return not initial or previous.lower() in _EN_LETTER_LABELLED


def _split_en(text: str) -> list[SentenceSpan]:
    spans: list[SentenceSpan] = []
    inside = _en_enclosed(text)
    label = _EN_LEADING_LABEL.match(text)
    start = 0
    index = label.end() if label else 0
    while index < len(text):
        if text[index] not in _EN_TERMINATORS:
            index += 1
            continue
        end = index + 1
        while end < len(text) and (text[end] in _EN_TERMINATORS or text[end] in _EN_CLOSERS):
            end += 1
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        # No space after it: inside a symbol, a number, a URL or "Corr.1".
        ends = end == len(text) or after > end
        if ends and {c for c in text[index:end] if c in _EN_TERMINATORS} == {"."}:
            ends = _full_stop_ends(text, index, text[after] if after < len(text) else "")
        if ends and inside[index]:
            ends = end == len(text) or not inside[end - 1]
        if ends:
            span = _span(text, start, end)
            if span is not None:
                spans.append(span)
            start = end
        index = end
    tail = _span(text, start, len(text))
    if tail is not None:
        spans.append(tail)
    return spans


_SPLITTERS: dict[str, Callable[[str], list[SentenceSpan]]] = {
    "zh": _split_zh,
    "en": _split_en,
}


def supported_languages() -> tuple[str, ...]:
    """Language codes that :func:`split_sentences` accepts."""
    return tuple(sorted(_SPLITTERS))


def split_sentences(text: str, lang: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences by the rules of language ``lang``.

    ``lang`` is a BCP 47 code; only its primary subtag is used ("zh-CN" → "zh").
    Raises UsageError for a language without a splitter.
    """
    primary = lang.split("-")[0].lower()
    splitter = _SPLITTERS.get(primary)
    if splitter is None:
        raise UsageError(f"no sentence splitter for language '{lang}'",
                         hint=f"supported: {', '.join(supported_languages())}")
    return splitter(text)
