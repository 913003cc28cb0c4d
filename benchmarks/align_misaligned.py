"""Misalignment detection on the UN 2023 sample: one aligned theme, five shifted ones.

Run from the repository root:

    .venv/bin/python benchmarks/align_misaligned.py

``../shared/corpus/un-2023-sample/corpus.json`` (or under $TERMBASE_SHARED) pairs
English record n with Chinese record n in theme ``peace`` and with record n±1 in the
other five themes. Each theme is checked as presplit parallel lines; the verdict must
be ``aligned`` for peace and ``shifted`` for the others. Two controls follow: the peace
records with the English lines shuffled, and peace Chinese against development English
(both should not be ``aligned``).
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from termbase.align.aligner import align
from termbase.align.confidence import check_parallel
from termbase.align.features import featurize
from termbase.align.lexicon import Lexicon, load_default_lexicon
from termbase.align.model import Segment, Verdict


def corpus_path() -> Path:
    env = os.environ.get("TERMBASE_SHARED")
    shared = Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"
    path = shared / "corpus" / "un-2023-sample" / "corpus.json"
    if not path.is_file():
        sys.exit(f"{path} not found; set TERMBASE_SHARED to the folder holding corpus/")
    return path


def row(name: str, zh: list[str], en: list[str], lexicon: Lexicon,
        expected: set[Verdict]) -> bool:
    start = time.perf_counter()
    result = align([Segment(i, t) for i, t in enumerate(zh)],
                   [Segment(i, t) for i, t in enumerate(en)], lexicon=lexicon, parallel=True)
    seconds = time.perf_counter() - start
    right = result.verdict in expected
    # The diagonal profile is shown for reading; the verdict is the aligner's own.
    check = check_parallel(*featurize(zh, en, lexicon))
    profile = " ".join(f"{k:+d}:{v:.2f}" for k, v in check.profile)
    print(f"| {name} | {len(zh)} | {result.confidence:.2f} | {result.verdict.value} "
          f"| {check.offset:+d} | {'yes' if right else 'NO'} | {seconds:.2f} s | {profile} |")
    return right


def main() -> None:
    records = json.loads(corpus_path().read_text(encoding="utf-8"))["data"]
    lexicon = load_default_lexicon()
    themes: dict[str, list[dict[str, str]]] = {}
    for record in records:
        themes.setdefault(record["theme"], []).append(record)
    print("| theme | records | confidence | verdict | offset | right | time "
          "| mean similarity per offset |")
    print("|---|---|---|---|---|---|---|---|")
    right = 0
    for theme, items in themes.items():
        expected = {Verdict.ALIGNED} if theme == "peace" else {Verdict.SHIFTED}
        right += row(theme, [r["zh"] for r in items], [r["en"] for r in items], lexicon,
                     expected)
    peace_zh = [r["zh"] for r in themes["peace"]]
    shuffled = [r["en"] for r in themes["peace"]]
    random.Random(2023).shuffle(shuffled)
    not_aligned = {Verdict.UNRELATED, Verdict.SHIFTED}
    right += row("peace, English shuffled", peace_zh, shuffled, lexicon, not_aligned)
    other = [r["en"] for r in themes["development"]][: len(peace_zh)]
    right += row("peace zh vs development en", peace_zh, other, lexicon, not_aligned)
    print(f"\n{right} of {len(themes) + 2} verdicts right")


if __name__ == "__main__":
    main()
