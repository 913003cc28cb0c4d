"""Chinese script handling: traditional → simplified conversion and script detection.

UN Chinese is written in simplified characters, but users paste traditional text from
Taiwan, Hong Kong or older documents. Conversion goes through OpenCC's ``t2s`` profile,
wrapped in :class:`ScriptConverter` so that OpenCC is loaded only by whoever builds one
(importing termbase stays fast) and so that pure functions can take any object with a
``to_simplified`` method — tests may pass a stub.
"""

from __future__ import annotations

import re
from typing import Protocol

from termbase.errors import UsageError

# CJK Unified Ideographs, Extension A, Compatibility Ideographs, and Extensions B–F
# (the supplementary planes, where rare characters in names live).
_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")
CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")

NUMERAL_CHARACTERS = "零〇一二两三四五六七八九十百千万亿"
"""The characters a Chinese numeral is written with (二〇一三, 六十八, 两千五百万, 3.5亿)."""

ZH_CONJUNCTIONS = frozenset("和与及或")
"""The conjunctions that join the conjuncts of a coordination (国家和区域, 性别平等和增强
妇女权能; 以及 ends in 及)."""

ZH_CONJUNCT_SEPARATORS = ZH_CONJUNCTIONS | {"、"}
"""What stands between two conjuncts of a list: a conjunction or the enumeration comma
(国家、区域和全球)."""


def is_cjk_char(char: str) -> bool:
    """Whether ``char`` (one character) is a CJK ideograph."""
    return CJK_CHAR.match(char) is not None


def has_cjk(text: str) -> bool:
    """Whether ``text`` contains at least one CJK ideograph."""
    return CJK_CHAR.search(text) is not None


def cjk_share(text: str) -> float:
    """Share of CJK ideographs among the letters, digits and ideographs of ``text``.

    Punctuation and spaces do not count, so a title in 《》 or a term with a
    hyphen is judged by its words alone. Text with no such characters scores 0.
    """
    # This runs on whole documents (a check's draft and its translation): the characters
    # are counted by deleting what does not count, in runs, which keeps the work in the
    # regular-expression engine. A call of str.isalnum and a string for each ideograph
    # cost nearly four times as much on Chinese (45 against 12 ms for 200,000
    # characters); on English, where there is no ideograph, a third less (8 against 12).
    countable = len(_NOT_COUNTED.sub("", text))
    if not countable:
        return 0.0
    return len(_NOT_COUNTED.sub("", "".join(CJK_RUN.findall(text)))) / countable


# Runs of what str.isalnum() refuses: in a regular expression, \w is exactly what
# str.isalnum() accepts, and the underscore.
_NOT_COUNTED = re.compile(r"[\W_]+")


def is_mainly_cjk(text: str) -> bool:
    """Whether more than half of the letters, digits and ideographs of ``text`` are CJK.

    Used to decide which language a free-text query is probably in, and so which
    typo tolerance applies to it.
    """
    return cjk_share(text) > 0.5


class Simplifier(Protocol):
    """Anything that maps text to simplified Chinese characters."""

    def to_simplified(self, text: str) -> str:
        """``text`` with traditional characters replaced by simplified ones."""
        ...


class ScriptConverter:
    """Traditional → simplified Chinese conversion backed by OpenCC.

    Text without CJK ideographs is returned unchanged without calling OpenCC, which
    keeps the cost of converting English terms at a regex search.
    """

    def __init__(self, config: str = "t2s") -> None:
        # Imported here, not at module level: OpenCC loads dictionaries on first use and
        # most termbase commands never need it.
        import opencc

        try:
            self._converter = opencc.OpenCC(config)
        except RuntimeError as exc:
            raise UsageError(
                f"OpenCC cannot load the conversion profile '{config}': {exc}",
                hint="use a profile shipped with OpenCC, such as 't2s' or 'tw2s', or "
                     "reinstall the 'opencc' package") from None
        self.config = config

    def to_simplified(self, text: str) -> str:
        """``text`` with traditional characters replaced by simplified ones."""
        if not has_cjk(text):
            return text
        converted: str = self._converter.convert(text)
        return converted

    def __repr__(self) -> str:
        return f"ScriptConverter({self.config!r})"
