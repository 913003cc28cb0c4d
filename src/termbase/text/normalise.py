"""Typographic normalisation of Chinese UN text: width, spacing, punctuation, symbols.

PDF extraction and careless typing leave Chinese text with spaces around numbers
("2006 年"), full-width Latin letters and digits, ASCII commas between Chinese words and
document symbols broken by a space ("A/CONF. 192/15"). Term extraction and matching need
one spelling for one thing, so this module rewrites such text the way UN Chinese
typography writes it.

Every rule is either a one-for-one character replacement or the deletion of characters
(spaces, zero-width marks). That keeps :func:`normalise_with_offsets` able to say, for
each output character, where it came from: callers use it to carry positions (footnote
markers, spans) across normalisation.
"""

from __future__ import annotations

import re

from termbase.text.chinese import is_cjk_char

# Ideographs of the CJK blocks (BMP and supplementary planes).

# Characters that are never kept: zero-width spaces and joiners, soft hyphen, stray BOMs.
_DROPPED = frozenset("\u200b\u200c\u200d\u2060\u00ad\ufeff")

# Spaces of every width become one ASCII space before the spacing rules look at them.
_SPACES = frozenset(" \t\u00a0\u2002\u2003\u2009\u202f\u3000")

# ASCII punctuation that Chinese typography writes full-width when it sits in Chinese text.
_FULL_WIDTH_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}

# Abbreviations that UN symbols put before a number ("Corr.2", "Add.1", "Rev.3"); a space
# after their dot is an extraction artefact, not a word boundary.
_SYMBOL_ABBREVIATIONS = frozenset({"Corr", "Add", "Rev", "Amend", "Suppl", "Sess"})

# Contents of parentheses that label a sub-paragraph or item: "(b)", "(iv)", "(y)", "(3)".
# UN Chinese keeps these half-width, as in "第1段(b)" and "议程项目99(y)".
_LIST_LABEL = re.compile(r"[a-z]{1,3}|[ivxlc]{1,6}|\d{1,2}")


def is_ideograph(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph (not punctuation)."""
    return is_cjk_char(char)


def _is_cjk(char: str) -> bool:
    """Ideographs and CJK/full-width punctuation: characters that take no spaces."""
    if is_ideograph(char):
        return True
    code = ord(char)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def _is_anchor(char: str) -> bool:
    # Private-use characters are anchors callers place in text (footnote markers); they
    # are invisible to the spacing rules so that a marker never decides a space.
    return 0xE000 <= ord(char) <= 0xF8FF


def _width_fold(char: str) -> str:
    """Full-width ASCII letters and digits → ASCII; spaces → one space."""
    code = ord(char)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if char in _SPACES:
        return " "
    return char


def _neighbour(chars: list[str], index: int, step: int) -> str:
    """The nearest character from ``index`` in direction ``step`` that is not a space."""
    index += step
    while 0 <= index < len(chars) and (chars[index] == " " or _is_anchor(chars[index])):
        index += step
    return chars[index] if 0 <= index < len(chars) else ""


def _fold_symbol_characters(chars: list[str]) -> None:
    """Full-width "／", "．", "－" between ASCII letters/digits belong to a document symbol."""
    ascii_forms = {"／": "/", "．": ".", "－": "-"}
    for i, char in enumerate(chars):
        if char in ascii_forms and 0 < i < len(chars) - 1:
            before, after = chars[i - 1], chars[i + 1]
            if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
                chars[i] = ascii_forms[char]


def _convert_punctuation(chars: list[str]) -> None:
    """ASCII , ; : ! ? . next to Chinese text → full-width forms."""
    for i, char in enumerate(chars):
        if char in _FULL_WIDTH_PUNCT:
            before, after = _neighbour(chars, i, -1), _neighbour(chars, i, 1)
            # A colon between ASCII characters is part of a label ("Distr.: General"),
            # a comma between digits part of a number; only Chinese context converts.
            if (before and _is_cjk(before)) or (after and is_ideograph(after)):
                chars[i] = _FULL_WIDTH_PUNCT[char]
        elif char == ".":
            before, after = _neighbour(chars, i, -1), _neighbour(chars, i, 1)
            # Only a full stop written straight after an ideograph ends a Chinese
            # sentence; dots after letters or digits belong to symbols and numbers.
            if before and is_ideograph(before) and (not after or _is_cjk(after)):
                chars[i] = "。"


def _convert_parentheses(chars: list[str]) -> None:
    """Half-width parentheses around Chinese text, or between Chinese words → （）."""
    stack: list[int] = []
    for i, char in enumerate(chars):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            start = stack.pop()
            inner = "".join(chars[start + 1 : i]).strip()
            if _LIST_LABEL.fullmatch(inner):
                continue
            before, after = _neighbour(chars, start, -1), _neighbour(chars, i, 1)
            inner_chinese = any(is_ideograph(c) for c in inner)
            between_chinese = bool(before) and _is_cjk(before) and (not after or _is_cjk(after))
            if inner_chinese or between_chinese:
                chars[start], chars[i] = "（", "）"


def _joins_symbol(chars: list[str], space: int, after: str) -> bool:
    """Whether the space at ``space`` splits a document symbol ("A/CONF. 192", "Corr. 2")."""
    if not after.isdigit() or space < 2 or chars[space - 1] != ".":
        return False
    start = space - 1
    while start > 0 and chars[start - 1].isascii() and chars[start - 1].isalpha():
        start -= 1
    word = "".join(chars[start : space - 1])
    if word in _SYMBOL_ABBREVIATIONS:
        return True
    # An upper-case part of a symbol follows a slash: A/CONF., A/AC., S/PV.
    return bool(word) and word.isupper() and start > 0 and chars[start - 1] == "/"


def _keep_space(chars: list[str], index: int) -> bool:
    before, after = _neighbour(chars, index, -1), _neighbour(chars, index, 1)
    if not before or not after:
        return False  # leading or trailing
    if _is_cjk(before) or _is_cjk(after):
        return False  # Chinese takes no spaces, not even beside Latin letters or digits
    return not _joins_symbol(chars, index, after)


def normalise_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalise ``text`` and say where each output character came from.

    Returns the normalised text and, for each of its characters, the index in ``text``
    of the character it was made from. Private-use characters (U+E000–U+F8FF) are kept
    in place and ignored by the spacing rules, so callers can use them as anchors.
    """
    kept = [(i, c) for i, c in enumerate(text) if c not in _DROPPED]
    sources = [i for i, _ in kept]
    chars = [_width_fold(c) for _, c in kept]
    _fold_symbol_characters(chars)
    # Each conversion can give the other a Chinese neighbour ("号,(" → "号，("), so they
    # run until nothing changes; both only ever turn ASCII into full-width, so this ends.
    previous: list[str] = []
    while previous != chars:
        previous = list(chars)
        _convert_parentheses(chars)
        _convert_punctuation(chars)

    out: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for i, char in enumerate(chars):
        if char == " ":
            # A run of spaces is judged once, at its first character, and emitted at most once.
            if not previous_space and _keep_space(chars, i):
                out.append(" ")
                offsets.append(sources[i])
            previous_space = True
            continue
        previous_space = False
        out.append(char)
        offsets.append(sources[i])
    return "".join(out), tuple(offsets)


def normalise_text(text: str) -> str:
    """Rewrite ``text`` in UN Chinese typography (see the module docstring).

    >>> normalise_text("2006 年 12 月 6 日第 60/81 号决议")
    '2006年12月6日第60/81号决议'
    """
    return normalise_with_offsets(text)[0]
