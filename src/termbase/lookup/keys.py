"""Normalised keys: the form in which queries and terms are compared, their n-grams,
and how many typos a query may hold."""

from __future__ import annotations

import re
import unicodedata

from termbase.text.chinese import CJK_CHAR, Simplifier, has_cjk, is_cjk_char, is_mainly_cjk
from termbase.text.english import singular

# Typo tolerance. English: one edit per this many characters of the query (a five-letter
# word may have one typo, "Programe of Action" three), but never more than _MAX_EDITS:
# nobody makes ten typos in a long title, and each allowed edit weakens the n-gram filter
# that keeps typo search fast. Chinese: one wrong, missing or extra character, and only
# for terms of at least this many characters, because in a two- or three-character term
# one character changes the meaning.
_CHARS_PER_EDIT_LATIN = 5
_MAX_EDITS = 3
MIN_CJK_FUZZY_LEN = 4


class _PunctuationToSpace(dict[int, str]):
    """A ``str.translate`` table turning every Unicode punctuation mark into a space.

    Punctuation covers hyphens and dashes of all kinds, quotation marks, brackets
    including 《》〈〉「」, and CJK commas. The table fills itself on first sight of a
    character, so it never holds more than the characters actually met.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = " " if unicodedata.category(char).startswith("P") else char
        self[code] = value
        return value


_PUNCTUATION = _PunctuationToSpace()
# A space beside a Chinese character separates nothing: Chinese is written unspaced.
_SPACE_BY_CJK = re.compile(f" (?={CJK_CHAR.pattern})|(?<={CJK_CHAR.pattern}) ")
# Only words that could be plurals: four letters or more, ending in s.
_LATIN_PLURAL = re.compile(r"(?<![a-z])[a-z]{3,}s(?![a-z])")
_ALL_CJK = re.compile(f"{CJK_CHAR.pattern}+")


def _singular(word: re.Match[str]) -> str:
    # Both the query and the terms go through it, so it only has to be consistent.
    return singular(word.group())


def normalise(text: str, simplifier: Simplifier | None = None) -> str:
    """The form in which queries and terms are compared.

    NFKC (full-width letters and digits become ASCII), case-folded, traditional
    characters made simplified when a ``simplifier`` is given, punctuation turned into
    spaces, runs of spaces collapsed, spaces next to Chinese characters dropped, and
    English words made singular (:func:`termbase.text.english.singular`).
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    if simplifier is not None:
        text = simplifier.to_simplified(text)
    text = " ".join(text.translate(_PUNCTUATION).split())
    if has_cjk(text):
        text = _SPACE_BY_CJK.sub("", text)
    return _LATIN_PLURAL.sub(_singular, text)


def key_grams(key: str) -> set[str]:
    """The n-grams of a normalised key: a bigram at a Chinese character, else a trigram.

    The size depends only on the character a gram starts with, so every gram of a
    substring is also a gram of the whole string — what substring search relies on.
    """
    if key.isascii():
        return {key[i:i + 3] for i in range(len(key) - 2)}
    if _ALL_CJK.fullmatch(key):
        return {key[i:i + 2] for i in range(len(key) - 1)}
    n = len(key)
    out = set()
    for i, char in enumerate(key):
        size = 2 if is_cjk_char(char) else 3
        if i + size <= n:
            out.add(key[i:i + size])
    return out


def max_edits(key: str) -> int:
    """How many typos a normalised query may contain and still match a term."""
    if is_mainly_cjk(key):
        return 1 if len(key) >= MIN_CJK_FUZZY_LEN - 1 else 0
    return min(len(key) // _CHARS_PER_EDIT_LATIN, _MAX_EDITS)
