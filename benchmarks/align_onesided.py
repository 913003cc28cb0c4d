"""Realignment of UN documents with one-sided lines, beside Gale–Church, and verdicts.

Run from the repository root, after ``benchmarks/make_align_onesided.py``:

    .venv/bin/python benchmarks/align_onesided.py [--data DIR] [--half tuning|heldout|both]
    .venv/bin/python benchmarks/align_onesided.py --errors --half tuning   # list errors

For each half of the generated set: strict and lax P/R/F1 (as in align_quality.py) for
termbase and Gale–Church in the same run, and the **exact recall of one-sided lines**:
the share of gold 1-0 and 0-1 beads found as the identical bead (with its precision:
the share of the aligner's one-sided beads that are in the gold). Then the document
verdicts with ``parallel=True`` (what ``termbase align --presplit`` does) on the
``equal`` variants — true translation pairs whose two files have the same number of
lines — which must all be ``aligned``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_quality import Doc, derived, evaluate, segments
from make_align_onesided import default_out

from termbase.align.aligner import AlignSettings, align
from termbase.align.galechurch import gale_church
from termbase.align.lexicon import Lexicon, load_default_lexicon
from termbase.align.model import Alignment, Bead


def one_sided(docs: list[Doc], run_beads: dict[str, Alignment]) -> tuple[float, float, int]:
    """Exact recall and precision of the gold's one-sided beads, and their number."""
    found = gold_total = test_total = 0
    for name, _, _, gold in docs:
        gold_set = {(b.src, b.tgt) for b in gold if not b.src or not b.tgt}
        test_set = {(b.src, b.tgt) for b in run_beads[name].beads if not b.src or not b.tgt}
        found += len(gold_set & test_set)
        gold_total += len(gold_set)
        test_total += len(test_set)
    return found / max(gold_total, 1), found / max(test_total, 1), gold_total


def _regions(gold: list[Bead], test: list[Bead]
             ) -> Iterator[tuple[list[Bead], list[Bead]]]:
    """Stretches where gold and test beads differ, cut at the lattice points both pass."""

    def points(beads: list[Bead]) -> dict[tuple[int, int], int]:
        i = j = 0
        out = {}
        for k, b in enumerate(beads):
            i, j = i + len(b.src), j + len(b.tgt)
            out[(i, j)] = k + 1
        return out

    gp, tp = points(gold), points(test)
    g0 = t0 = 0
    for point in sorted(set(gp) & set(tp)):
        g1, t1 = gp[point], tp[point]
        gold_part, test_part = gold[g0:g1], test[t0:t1]
        if [(b.src, b.tgt) for b in gold_part] != [(b.src, b.tgt) for b in test_part]:
            yield gold_part, test_part
        g0, t0 = g1, t1


def _show(bead: Bead, src: list[str], tgt: list[str], width: int = 70) -> str:
    def cut(text: str) -> str:
        return text if len(text) <= width else text[:width - 1] + "…"

    kind = f"{len(bead.src)}-{len(bead.tgt)}"
    lines = [f"      {kind} {list(bead.src)}:{list(bead.tgt)} score {bead.score:.2f}"]
    lines += [f"        zh {cut(src[i])}" for i in bead.src]
    lines += [f"        en {cut(tgt[j])}" for j in bead.tgt]
    return "\n".join(lines)


def errors(name: str, docs: list[Doc], lexicon: Lexicon, settings: AlignSettings) -> None:
    """Every stretch where termbase's beads differ from the gold, with a tally by kind."""
    kinds: Counter[str] = Counter()
    for doc, src, tgt, gold in docs:
        test = list(align(segments(src), segments(tgt), lexicon=lexicon,
                          settings=settings).beads)
        for gold_part, test_part in _regions(list(gold), test):
            shape = (" ".join(f"{len(b.src)}-{len(b.tgt)}" for b in gold_part) + " → "
                     + " ".join(f"{len(b.src)}-{len(b.tgt)}" for b in test_part))
            kinds[shape] += 1
            print(f"\n## {name}/{doc}: {shape}\n    gold")
            print("\n".join(_show(b, src, tgt) for b in gold_part))
            print("    termbase")
            print("\n".join(_show(b, src, tgt) for b in test_part))
    print(f"\n{name}: {sum(kinds.values())} error stretches")
    for shape, count in kinds.most_common():
        print(f"  {count:4d}  {shape}")


def quality(name: str, docs: list[Doc], lexicon: Lexicon, settings: AlignSettings) -> None:
    results: dict[str, dict[str, Alignment]] = {"termbase": {}, "Gale–Church": {}}

    def ours(src: list[str], tgt: list[str]) -> Alignment:
        return align(segments(src), segments(tgt), lexicon=lexicon, settings=settings)

    def baseline(src: list[str], tgt: list[str]) -> Alignment:
        return gale_church(segments(src), segments(tgt))

    for label, run in (("termbase", ours), ("Gale–Church", baseline)):
        store = results[label]

        def keep(src: list[str], tgt: list[str], run: object = run,
                 store: dict[str, Alignment] = store) -> Alignment:
            result = run(src, tgt)  # type: ignore[operator]
            store[str(len(store))] = result
            return result

        r, seconds, _ = evaluate(docs, keep)
        by_name = {doc[0]: store[str(k)] for k, doc in enumerate(docs)}
        recall, precision, total = one_sided(docs, by_name)
        print(f"| {name} | {label} | {r.strict_p:.3f} | {r.strict_r:.3f} | "
              f"**{r.strict_f1:.3f}** | {r.lax_f1:.3f} | **{recall:.3f}** | {precision:.3f} "
              f"| {total} | {1000 * seconds / len(docs):.0f} |", flush=True)


def verdicts(name: str, docs: list[Doc], lexicon: Lexicon, settings: AlignSettings) -> None:
    tally: Counter[str] = Counter()
    wrong: list[str] = []
    for doc, src, tgt, _ in docs:
        result = align(segments(src), segments(tgt), lexicon=lexicon, settings=settings,
                       parallel=True)
        tally[result.verdict.value] += 1
        if result.verdict.value != "aligned":
            wrong.append(f"{doc} ({result.verdict.value}, {len(src)}={len(tgt)} lines)")
    summary = ", ".join(f"{n} {v}" for v, n in sorted(tally.items()))
    print(f"| {name} | {len(docs)} | {summary} | {'; '.join(wrong) or '—'} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_out())
    parser.add_argument("--half", choices=("tuning", "heldout", "both", "unv1"), default="both",
                        help="unv1: the UNv1 documents of make_align_onesided.py --unv1")
    parser.add_argument("--errors", action="store_true",
                        help="list every stretch where termbase differs from the gold "
                             "(look at the tuning half only)")
    args = parser.parse_args()
    if not (args.data / "tuning").is_dir():
        sys.exit(f"{args.data} has no generated set; run benchmarks/make_align_onesided.py")
    halves = ("tuning", "heldout") if args.half == "both" else (args.half,)
    start = time.perf_counter()
    lexicon = load_default_lexicon()
    print(f"lexicon: {lexicon.name}, loaded in {time.perf_counter() - start:.2f} s\n")
    settings = AlignSettings()
    if args.errors:
        for half in halves:
            errors(half, list(derived(args.data / half)), lexicon, settings)
        return
    print("| half | aligner | strict P | strict R | strict F1 | lax F1 | one-sided recall "
          "| one-sided precision | gold one-sided | ms per document |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for half in halves:
        quality(half, list(derived(args.data / half)), lexicon, settings)
    print("\n| equal-length true pairs, --presplit | documents | verdicts | not aligned |")
    print("|---|---|---|---|")
    for half in halves:
        if (args.data / "equal" / half).is_dir():
            verdicts(half, list(derived(args.data / "equal" / half)), lexicon, settings)


if __name__ == "__main__":
    main()
