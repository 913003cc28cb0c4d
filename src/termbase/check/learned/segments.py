"""``segment_inconsistent``: the same source translated differently, or one translation
for sources stating different numbers."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.learned.evidence import IDEOGRAPHS, side
from termbase.check.numbers import without_numbering

if TYPE_CHECKING:
    from termbase.check.context import CheckContext, UnitView

# Segments shorter than this (ideographs, or letters and digits in a text without
# them) are not compared as segments.
MIN_SEGMENT_IDEOGRAPHS = 10
MIN_SEGMENT_LETTERS = 40


# What str.isalnum() refuses: \w is alphanumeric characters and the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _comparable(text: str) -> str:
    """A segment as compared: without its numbering label, width-folded, case-folded,
    letters, digits and ideographs only."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", without_numbering(text))
                          .casefold())


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
    units = [u for u in ctx.units if u.source and u.target]
    findings = []
    reported: set[int] = set()
    keys = [(_comparable(side(u.source)), _comparable(side(u.target))) for u in units]
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
                if keys[i][1 - same] == norm or i in reported:
                    continue
                if same == 0 or _numbers_differ(keys[i][0], norm):
                    reported.add(i)
                    findings.append(_segment_finding(ctx, units[i], units[model], label))
    return findings


def _segment_finding(ctx: CheckContext, unit: UnitView, model: UnitView, same: str
                     ) -> Finding:
    target, source = unit.target[0].segment, unit.source[0].segment
    where = model.target[0].segment
    differs = "translated differently" if same == "source" else "from a different source"
    kind = FindingKind.SEGMENT_INCONSISTENT
    expected = side(model.target) if same == "source" else side(model.source)
    return Finding(
        kind=kind, severity=DEFAULT_SEVERITY[kind], file=target.file, line=target.line,
        paragraph=target.paragraph, lang=ctx.target.lang if ctx.target else "",
        term=side(unit.source), found=side(unit.target), expected=(expected,),
        message=f"same {same} as {where.file}:{where.line or where.paragraph}, "
                f"{differs}",
        fix="translate the same source the same way, or check which one is right",
        segment=target.text, other_file=source.file, other_line=source.line,
        other_segment=source.text)
