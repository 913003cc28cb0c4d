"""Sentence splitting behind one interface: ``split_sentences(text, lang)``.

Splitters are registered per language in ``_SPLITTERS``; adding English later means one
function and one line there. Each returns :class:`SentenceSpan` values with offsets into
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
"""

from __future__ import annotations

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


_SPLITTERS: dict[str, Callable[[str], list[SentenceSpan]]] = {
    "zh": _split_zh,
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
