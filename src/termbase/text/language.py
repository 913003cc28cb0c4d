"""Chinese or English: the one threshold policy for telling them apart.

Text is judged by its share of CJK ideographs among its letters, digits and ideographs
(:func:`termbase.text.chinese.cjk_share`; punctuation and spaces do not count). UN
Chinese runs at 0.7–0.95 even with its symbols, figures and acronyms; English stays
near 0 (a Chinese name or two). So, for running text:

* Chinese at :data:`ZH_MIN_SHARE` (0.3) or more;
* English at :data:`EN_MAX_SHARE` (0.1) or less;
* neither in between: mixed-language text, or something else.

A single term is another question: no English term contains an ideograph, so a term is
Chinese as soon as it has one (:func:`term_language`) — "A/CONF.192/15号文件" is a
Chinese term though most of its characters are Latin.

:func:`check_sides` refuses a pair of texts that should be Chinese and English, naming
the side at fault, or saying that the two were given the wrong way round. Lookup's
typo tolerance asks which script a query is *mostly* written in, a question of edit
distance rather than language (:func:`termbase.text.chinese.is_mainly_cjk`).
"""

from __future__ import annotations

from typing import Literal

from termbase.errors import FormatError
from termbase.text.chinese import cjk_share, has_cjk

Language = Literal["zh", "en"]

ZH_MIN_SHARE = 0.3
EN_MAX_SHARE = 0.1
SAMPLE_CHARS = 200_000
"""Text judged: the first this many characters (a sample is as good as the whole)."""

_NAMES = {"zh": "Chinese", "en": "English"}


def guess_language(text: str) -> Language | None:
    """'zh' or 'en' for running text, None for mixed-language text or text without
    letters (see the module docstring for the thresholds)."""
    return _judged(text)[1]


def _judged(text: str) -> tuple[float, Language | None]:
    """The sample's ideograph share, and the language it says."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalnum() for ch in sample):
        return 0.0, None
    share = cjk_share(sample)
    if share >= ZH_MIN_SHARE:
        return share, "zh"
    return share, ("en" if share <= EN_MAX_SHARE else None)


def term_language(term: str) -> Language:
    """'zh' for a term with any CJK ideograph in it, else 'en'."""
    return "zh" if has_cjk(term) else "en"


def check_sides(zh_text: str, en_text: str, *, zh_source: str | None = None,
                en_source: str | None = None,
                hint: str = "give the Chinese text as the Chinese side and its English "
                            "translation as the English side") -> None:
    """Refuse ``zh_text`` unless it is Chinese, ``en_text`` unless it is English.

    Raises FormatError naming the side (its ``zh_source``/``en_source`` file, when
    given) with the share of ideographs found; two texts that are each the other's
    language get one message saying to swap them. ``hint`` says, in the caller's terms
    (arguments, options), which input is which.
    """
    sides = ((zh_text, zh_source, "zh"), (en_text, en_source, "en"))
    for text, source, expected in sides:
        if not any(ch.isalnum() for ch in text):
            raise FormatError(f"{_described(source, expected)} has no words, only "
                              "punctuation or spaces", path=source,
                              hint="give the text of the document")
    zh_share, zh_guess = _judged(zh_text)
    en_share, en_guess = _judged(en_text)
    if zh_guess == "en" and en_guess == "zh":
        raise FormatError(
            f"ZH looks English and EN looks Chinese: swap them (the Chinese side is not "
            f"Chinese: {_named(zh_source, 'it')} has {zh_share:.0%} ideographs, "
            f"{_named(en_source, 'the English side')} {en_share:.0%})",
            path=zh_source, hint=f"the two sides look swapped: {hint}")
    for guess, share, source, expected in ((zh_guess, zh_share, zh_source, "zh"),
                                           (en_guess, en_share, en_source, "en")):
        if guess != expected:
            what = "mixed-language text" if guess is None else _NAMES[guess]
            name = _NAMES[expected]
            raise FormatError(
                f"the {name} side looks like {what}: the {name} side is not {name} "
                f"({share:.0%} ideographs among letters and digits)", path=source, hint=hint)


def _named(source: str | None, fallback: str) -> str:
    return source if source is not None else fallback


def _described(source: str | None, lang: str) -> str:
    return "file" if source is not None else f"the {_NAMES[lang]} side"


__all__ = ["EN_MAX_SHARE", "SAMPLE_CHARS", "ZH_MIN_SHARE", "Language", "check_sides",
           "guess_language", "term_language"]
