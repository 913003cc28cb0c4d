"""``segment_inconsistent``: the same source translated differently, or one translation
for sources stating different numbers."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.learned.evidence import IDEOGRAPHS
from termbase.check.number_items import without_numbering

if TYPE_CHECKING:
    from collections.abc import Sequence

    from termbase.check.context import CheckContext
    from termbase.check.draft import Draft, DraftSegment, DraftUnit

# Segments shorter than this (ideographs, or letters and digits in a text without
# them) are not compared as segments.
MIN_SEGMENT_IDEOGRAPHS = 10
MIN_SEGMENT_LETTERS = 40


# What str.isalnum() refuses: \w is alphanumeric characters and the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")
# A field a document converter could not render, left as its name ("<<ODS DOC
# SYMBOL2>>"): no words of the text.
_PLACEHOLDER = re.compile(r"<<[^<>\n]{1,60}>>")
# A list label in Chinese numerals or a circled digit opening a segment ("（一）",
# "①"), which ``without_numbering`` leaves: numbering, not text.
_ZH_LABEL = re.compile(r"^[ \t\u3000]*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473])"
                       r"[ \t\u3000]*")
_ZH_LABEL_OPENERS = frozenset(" \t\u3000(（") | {chr(c) for c in range(0x2460, 0x2474)}
# The next item's label that a cut glued to a segment's end ("… and sanctions; (f)",
# "…资源。3."): bracketed after a closing mark and a space, or a digit label after a
# Chinese closing mark — an English "p. 16." or "para. 2." ends with a number, not a label.
_TRAILING_LABEL = re.compile(
    r"(?:(?<=[;:.,])[ \t]+|(?<=[；：。，])[ \t\u3000]*)[(（](?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5}|"
    r"[一二三四五六七八九十]{1,3})[)）][ \t\u3000]*$"
    r"|(?<=[；：。，])[ \t\u3000]*\d{1,3}[.．][ \t\u3000]*$", re.IGNORECASE)
# A footnote marker glued to a word or a closing mark ("Convention,2 and", "for
# 2015;2", "abuse.3"): after a word of three lower-case letters or more, never a code
# ("SDG3"), a figure ("1,2") or a short abbreviation ("p.3").
_FOOTNOTE = re.compile(r"(?=\d)(?:(?<=[a-z]{3})|(?<=[a-z]{3}\.)|(?<=[;:)\]”’\"'])|(?<=[^\d\s],))"
                       r"\d{1,2}"
                       r"(?=[\s,;.:)]|$)")
_DIGIT = re.compile(r"\d")
# How far from the end a glued label can start: a mark, spaces and "（十二）".
_TAIL = 24
# Where a sentence ends: a full stop, question or exclamation mark or semicolon, with the
# space English puts after it (Chinese puts none).
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])")


def _text(text: str) -> str:
    """A segment's own text: without placeholders, its opening label and a label the cut
    glued to its end."""
    if "<<" in text:
        text = _PLACEHOLDER.sub("", text).strip()
    text = without_numbering(text)
    if text[:1] in _ZH_LABEL_OPENERS:
        text = _ZH_LABEL.sub("", text)
    # Only the end is searched, where a label could close it: a search of the whole
    # segment tries every position.
    if text.rstrip()[-1:] in ")）.．":
        tail = len(text) - _TAIL
        end = _TRAILING_LABEL.search(text, max(tail, 0))
        if end:
            text = text[:end.start()]
    return text


def _comparable(text: str) -> str:
    """A segment as compared: without its labels and English footnote markers, width-folded,
    case-folded, letters, digits and ideographs only."""
    text = unicodedata.normalize("NFKC", _text(text))
    if _DIGIT.search(text) and not IDEOGRAPHS.search(text):
        # Chinese marks its footnotes apart, and "男性：15，" is a figure.
        text = _FOOTNOTE.sub("", text)
    return _NOT_ALNUM.sub("", text.casefold())


def _sentences(text: str) -> tuple[str, ...]:
    """The comparable keys of a segment's sentences, empty ones left out."""
    keys = (_comparable(s) for s in _SENTENCE_END.split(_text(text)))
    return tuple(k for k in keys if k)


def _one_holds_the_other(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the sentences of one segment run, whole and in order, inside the other's:
    the longer one has a neighbour sentence its pair's cut added, and what they share is
    rendered the same. The shorter must be a segment on its own (not a lone label)."""
    short, long = sorted((a, b), key=len)
    if not short or not _long_enough("".join(short)) or len(short) == len(long):
        return False
    n = len(short)
    return any(long[k:k + n] == short for k in range(len(long) - n + 1))


def _long_enough(key: str) -> bool:
    """Headings and labels ("导言", "Recommendations") translate by where they stand."""
    ideographs = sum(map(len, IDEOGRAPHS.findall(key)))
    return ideographs >= MIN_SEGMENT_IDEOGRAPHS or (
        not ideographs and len(key) >= MIN_SEGMENT_LETTERS)


def _numbers_differ(a: str, b: str) -> bool:
    """Whether two sources with one translation state different numbers: a number
    changed in the source and not in the translation. Sources that differ otherwise are
    paraphrases (和/与, 非公开/闭门会议) that one translation rightly serves."""
    return re.findall(r"\d+", a) != re.findall(r"\d+", b)


def check_segment_inconsistent(ctx: CheckContext) -> list[Finding]:
    """The same source translated differently, or one translation for different
    sources; the draft's most frequent pairing is the norm, every other unit reported."""
    if ctx.target is None:
        return []
    return segment_inconsistencies(ctx.draft, ctx.target.lang)


def segment_inconsistencies(draft: Draft, target_lang: str) -> list[Finding]:
    """:func:`check_segment_inconsistent` of a bilingual draft whose translation is in
    ``target_lang``. It reads the draft's text alone, no glossary term, so that it can
    run beside the matching (see :mod:`termbase.check.background`)."""
    units = [u for u in draft.units if _has_text(u.source) and _has_text(u.target)]
    findings = []
    reported: set[int] = set()
    keys = [(_comparable(_side(u.source)), _comparable(_side(u.target))) for u in units]
    sentences = _LazySentences(units)
    for same, label in ((0, "source"), (1, "translation")):
        groups: dict[str, list[int]] = defaultdict(list)
        for i, pair in enumerate(keys):
            if _long_enough(pair[same]):
                groups[pair[same]].append(i)
        for group in groups.values():
            variants = Counter(keys[i][1 - same] for i in group)
            if len(variants) < 2:
                continue
            # The norm: the most frequent counterpart, the first met on a tie.
            order = {k: n for n, k in enumerate(dict.fromkeys(keys[i][1 - same]
                                                              for i in group))}
            norm = min(variants, key=lambda k: (-variants[k], order[k]))
            model = next(i for i in group if keys[i][1 - same] == norm)
            for i in group:
                if keys[i][1 - same] == norm or i in reported or _one_holds_the_other(
                        sentences.get(i, 1 - same), sentences.get(model, 1 - same)):
                    continue
                if same == 0 or _numbers_differ(keys[i][0], norm):
                    reported.add(i)
                    findings.append(_segment_finding(target_lang, units[i], units[model],
                                                     label))
    return findings


class _LazySentences:
    """The sentences of a unit's side, split only for the few units that differ from
    their group's norm."""

    def __init__(self, units: Sequence[DraftUnit]) -> None:
        self._units = units
        self._cache: dict[tuple[int, int], tuple[str, ...]] = {}

    def get(self, unit: int, which: int) -> tuple[str, ...]:
        key = (unit, which)
        if key not in self._cache:
            u = self._units[unit]
            self._cache[key] = _sentences(_side(u.target if which else u.source))
        return self._cache[key]


def _side(segments: Sequence[DraftSegment]) -> str:
    """A side's text, its segments one a line."""
    return "\n".join(s.text for s in segments)


def _has_text(segments: Sequence[DraftSegment]) -> bool:
    """Whether a side says anything: a side that is only a placeholder is no translation
    to compare."""
    if not segments:
        return False
    text = _side(segments)
    return "<<" not in text or bool(_PLACEHOLDER.sub("", text).strip())


def _segment_finding(target_lang: str, unit: DraftUnit, model: DraftUnit, same: str
                     ) -> Finding:
    target, source = unit.target[0], unit.source[0]
    where = model.target[0]
    differs = "translated differently" if same == "source" else "from a different source"
    kind = FindingKind.SEGMENT_INCONSISTENT
    expected = _side(model.target) if same == "source" else _side(model.source)
    return Finding(
        kind=kind, severity=DEFAULT_SEVERITY[kind], file=target.file, line=target.line,
        paragraph=target.paragraph, lang=target_lang,
        term=_side(unit.source), found=_side(unit.target), expected=(expected,),
        message=f"same {same} as {where.file}:{where.line or where.paragraph}, "
                f"{differs}",
        fix="translate the same source the same way, or check which one is right",
        segment=target.text, other_file=source.file, other_line=source.line,
        other_segment=source.text)
