"""Every ``learned_inconsistent`` finding on drafts built from the TUNING text only.

The tuning parts of ``check_false_alarms.py`` held 12 learned findings at the start of
the eleventh round, too few to choose a rule on; they now include the lower-cased copies
of the two cased parts (``unv1-a-lc``, ``un2023-dev-lc``), cut here like the others, which
show the lower-case false warnings the held-out MultiUN has (a body's name read as
common words, with nothing to tell it apart). A learned finding depends on the draft
(its norm is the draft's majority), so the tuning text is also checked as smaller drafts,
as a reviser would check one document at a time: each tuning part whole, each of its
halves, and each of ``un2023-dev``'s five themes (one theme is one report's worth of
text). The held-out parts are never read here. ``--role fresh`` pools the fresh parts
(the UNv1 development set, read through an overlay of the shared folder) the same way:
whole, only five learned warnings each, too few to see a class by. ``--glossary mined``
pools the drafts checked against the mined glossary in place of the shipped one (keys
``mined:part:line:term``, judged apart as in ``check_false_alarms.py``): a glossary that
holds more of the draft's recurring terms leaves others for the learned check to find.

A finding is keyed by its line in the whole part (``"part:line:term"``, the key of
``check_judged.json``), so one finding seen in several drafts is listed and judged once.
The warnings are listed (a key is a warning when some draft warns); ``--hints`` lists
those given only as hints (info), whose message says why the evidence is weaker.

``--injected`` measures recall the other way, on the same tuning text: check_eval's
learned injections (one word of a recurring rendering changed, as ``check_eval.py`` does
on held-out UNv1) made in each tuning part cut into drafts of 1,000 line pairs. One seed
gave 9 injections, too few to measure; each draft is injected with INJECTED_SEEDS seeds
(check_eval's SEED and the ones after it), each a draft of its own: 72 injections.

Usage: python benchmarks/check_learned_pool.py [--shared DIR] [--role tuning|fresh]
       [--glossary shipped|mined [--mined-tbx PATH]] [--unjudged] [--hints]
       [--injected]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data, check_false_alarms

import check_false_alarms
from check_false_alarms import (
    JUDGED,
    Part,
    check_part,
    chosen_glossary,
    glossary_line,
    official_parts,
)
from shared_data import UN2023_SHIFTED_THEMES, find_shared

from termbase.check import CheckOptions
from termbase.check.findings import Finding, FindingKind
from termbase.diagnostics import Severity

KIND = FindingKind.LEARNED_INCONSISTENT

# Draft sizes (line pairs) besides the whole part, each taken every half its size: a
# report of a few hundred to a thousand segments is what a reviser checks at once.
WINDOWS = (300, 500, 1000, 2000)


@dataclass(frozen=True)
class Draft:
    name: str
    part: Part
    """The draft's lines, as a part of their own."""
    parent: str
    offset: int
    """Line ``n`` of the draft is line ``offset + n`` of the part ``parent``."""


def _slice(part: Part, name: str, start: int, end: int) -> Draft:
    return Draft(name, Part(name, part.role, part.zh[start:end], part.en[start:end]),
                 part.name, start)


def theme_sizes(shared: Path) -> list[int]:
    """How many line pairs each of ``un2023-dev``'s themes gives, in its order."""
    records = json.loads((shared / "corpus" / "un-2023-sample" / "corpus.json")
                         .read_text(encoding="utf-8"))["data"]
    return [sum(1 for r in records if r["theme"] == theme) - 1
            for theme in UN2023_SHIFTED_THEMES]


def tuning_drafts(shared: Path, role: str = "tuning") -> Iterator[Draft]:
    """Each part of ``role`` whole and cut into windows (and un2023-dev into themes)."""
    for part in official_parts(shared):
        if part.role != role:
            continue
        n = len(part.zh)
        yield _slice(part, part.name, 0, n)
        for size in WINDOWS:
            for start in range(0, max(n - size // 2, 1), size // 2):
                yield _slice(part, f"{part.name}/{start + 1}-{min(start + size, n)}",
                             start, start + size)
        if part.name == "un2023-dev":
            start = 0
            for theme, size in zip(UN2023_SHIFTED_THEMES, theme_sizes(shared), strict=True):
                yield _slice(part, f"{part.name}/{theme}", start, start + size)
                start += size


@dataclass(frozen=True)
class Pooled:
    key: str
    drafts: tuple[str, ...]
    finding: Finding
    """The finding at warning level when some draft warns, else a hint (info)."""


def pool(shared: Path, role: str = "tuning", glossary_name: str = "shipped") -> list[Pooled]:
    """Every learned finding on every draft of ``role``'s parts, checked against the
    glossary ``glossary_name``, once per key: a warning when some draft gives it at
    warning level, else a hint."""
    glossary = chosen_glossary(glossary_name)
    prefix = "" if glossary_name == "shipped" else f"{glossary_name}:"
    options = CheckOptions(kinds=frozenset({KIND}))
    seen: dict[str, tuple[list[str], Finding]] = {}
    for draft in tuning_drafts(shared, role):
        for f in check_part(glossary, draft.part, options):
            if f.kind is not KIND:
                continue
            key = f"{prefix}{draft.parent}:{draft.offset + (f.line or 0)}:{f.term}"
            drafts, first = seen.setdefault(key, ([], f))
            drafts.append(draft.name)
            if first.severity is Severity.INFO and f.severity is not Severity.INFO:
                seen[key] = (drafts, f)
    return [Pooled(k, tuple(d), f) for k, (d, f) in sorted(seen.items())]


INJECTED_DRAFT = 1000
INJECTED_SEEDS = 8


def injected_recall(shared: Path) -> list[tuple[str, int, int, int]]:
    """(draft and seed, injected, found, found at warning level) for check_eval's
    learned injections in tuning drafts."""
    import random

    from check_eval import SEED, Corpus, bilingual_draft, eval_glossary, learned_injection

    from termbase.check import check_draft

    glossary = eval_glossary()
    options = CheckOptions(kinds=frozenset({KIND}))
    out = []
    for part in official_parts(shared):
        if part.role != "tuning":
            continue
        for start in range(0, len(part.zh), INJECTED_DRAFT):
            zh = list(part.zh[start:start + INJECTED_DRAFT])
            en = list(part.en[start:start + INJECTED_DRAFT])
            corpus = Corpus(list(range(1, len(zh) + 1)), zh, en)
            for seed in range(SEED, SEED + INJECTED_SEEDS):
                injected = learned_injection(glossary, corpus, random.Random(seed))
                found = check_draft(glossary, bilingual_draft(injected.zh, injected.en),
                                    options).findings
                hit = {f.line for f in found if f.kind is KIND} & injected.lines
                warned = {f.line for f in found if f.kind is KIND
                          and f.severity is not Severity.INFO} & injected.lines
                out.append((f"{part.name}/{start + 1}-{start + len(zh)} seed {seed}",
                            len(injected.lines), len(hit), len(warned)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--unjudged", action="store_true", help="list only unjudged ones")
    parser.add_argument("--hints", action="store_true",
                        help="list the findings at info level, not those at warning")
    parser.add_argument("--injected", action="store_true",
                        help="recall of check_eval's learned injections in tuning drafts")
    parser.add_argument("--role", choices=("tuning", "fresh"), default="tuning",
                        help="pool the drafts of these parts (fresh: the UNv1 development "
                             "set, TERMBASE_SHARED an overlay that holds it)")
    check_false_alarms.add_glossary_options(parser)
    args = parser.parse_args(argv)
    check_false_alarms.MINED_TBX = args.mined_tbx
    shared = find_shared(args.shared)
    if shared is None:
        print("shared data not found; pass --shared or set TERMBASE_SHARED", file=sys.stderr)
        return 2
    if args.injected:
        rows = injected_recall(shared)
        for name, injected, found, warned in rows:
            print(f"{name:42} injected {injected}  found {found}  at warning {warned}")
        total = sum(r[1] for r in rows)
        print(f"injected learned inconsistencies found: {sum(r[2] for r in rows)}/{total}, "
              f"at warning level {sum(r[3] for r in rows)}/{total}")
        return 0
    verdicts = json.loads(JUDGED.read_text(encoding="utf-8")).get(KIND.value, {})
    if args.glossary != "shipped":
        print(glossary_line(args.glossary))
    pooled = pool(shared, args.role, args.glossary)
    hints = [p for p in pooled if p.finding.severity is Severity.INFO]
    found = hints if args.hints else [p for p in pooled if p not in hints]
    true = sum(1 for p in found if verdicts.get(p.key) == "true")
    false = sum(1 for p in found if verdicts.get(p.key) == "false")
    for p in found:
        verdict = verdicts.get(p.key, "?")
        if args.unjudged and verdict != "?":
            continue
        f = p.finding
        print(f"{p.key}  [{verdict}]  {' '.join(p.drafts)}\n  {f.message}\n"
              f"  zh: {f.other_segment}\n  en: {f.segment}\n")
    print(f"pooled {args.role} {'hints' if args.hints else 'warnings'} {len(found)}: "
          f"true {true}, false {false}, "
          f"unjudged {len(found) - true - false}; precision "
          f"{round(true / (true + false), 2) if true + false else None}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
