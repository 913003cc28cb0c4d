"""Sentence-alignment quality and speed beside Gale–Church, on the shared gold sets.

Run from the repository root:

    .venv/bin/python benchmarks/align_quality.py [--skip-memory] [--prior-strength N]

Data comes from ../shared/align (or $TERMBASE_SHARED/align); nothing is copied. For
each set: strict and lax precision, recall and F1 as defined in shared/align/README.md
(counts summed over documents), for termbase's aligner (CC-CEDICT lexicon) and for the
plain Gale–Church baseline run in the same process, with sentences per second
(``--prior-strength`` also re-estimates the bead-type priors per document). The
last section aligns a synthetic 50,000 × 50,000-sentence pair (real UN sentences
repeated) and reports its peak memory (target < 1 GB).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data

from shared_data import shared_dir

from termbase.align.aligner import AlignSettings, align
from termbase.align.galechurch import gale_church
from termbase.align.lexicon import Lexicon, load_default_lexicon
from termbase.align.model import Alignment, Bead, Segment
from termbase.align.score import PRF, ScoreCounts, prf, score_alignment
from termbase.formats.beads import read_beads

Doc = tuple[str, list[str], list[str], list[Bead]]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def derived(base: Path, names: list[str] | None = None) -> Iterator[Doc]:
    """Documents of a derived/{zh,en,gold} folder (zh is the source side)."""
    for name in names or sorted(p.name for p in (base / "zh").iterdir()):
        gold = base / "gold" / f"{name}.align"
        yield (name, _lines(base / "zh" / name), _lines(base / "en" / name),
               read_beads(gold.read_text(encoding="utf-8"), str(gold)))


def segments(lines: list[str]) -> list[Segment]:
    return [Segment(i, text) for i, text in enumerate(lines)]


Aligner = Callable[[list[str], list[str]], Alignment]


def evaluate(docs: list[Doc], run: Aligner) -> tuple[PRF, float, int]:
    """Scores, seconds and sentence count of one aligner over a set of documents."""
    total = ScoreCounts()
    sentences = 0
    start = time.perf_counter()
    for _, src, tgt, gold in docs:
        total = total + score_alignment(run(src, tgt).beads, gold)
        sentences += len(src) + len(tgt)
    return prf(total), time.perf_counter() - start, sentences


def quality(shared: Path, lexicon: Lexicon, settings: AlignSettings) -> None:
    ctk = shared / "align" / "champollion-ctk-eval" / "derived"
    mac = shared / "align" / "mac-corpus" / "derived"
    bible = shared / "align" / "bertalign-data" / "bible"
    sets: list[tuple[str, list[Doc], str]] = [
        ("CTK UN19930101_020 (report)", list(derived(ctk, ["UN19930101_020"])), "zh"),
        ("CTK UN19990209_010 (record)", list(derived(ctk, ["UN19990209_010"])), "zh"),
        ("CTK both UN documents", list(derived(ctk, ["UN19930101_020", "UN19990209_010"])), "zh"),
        ("CTK all 7 documents", list(derived(ctk)), "zh"),
        ("MAC-Dev 2022 (tuning set)", list(derived(mac / "dev")), "zh"),
        ("MAC-Test 2022", list(derived(mac / "test")), "zh"),
        # The Bible set's source side is English: en/001 ↔ zh/001, gold beads [en]:[zh].
        ("Bible (source en)", [("001", _lines(bible / "en" / "001"), _lines(bible / "zh" / "001"),
                                read_beads((bible / "gold" / "001.align").read_text("utf-8"),
                                           "bible/gold/001.align"))], "en"),
    ]
    print("| set | aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 "
          "| sentences/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, docs, source_lang in sets:
        target_lang = "zh" if source_lang == "en" else "en"

        def ours(src: list[str], tgt: list[str], s: str = source_lang,
                 t: str = target_lang) -> Alignment:
            return align(segments(src), segments(tgt), lexicon=lexicon, source_lang=s,
                         target_lang=t, settings=settings)

        def baseline(src: list[str], tgt: list[str], s: str = source_lang) -> Alignment:
            return gale_church(segments(src), segments(tgt), source_lang=s)

        for label, run in (("termbase", ours), ("Gale–Church", baseline)):
            r, seconds, count = evaluate(docs, run)
            print(f"| {name} | {label} | {r.strict_p:.3f} | {r.strict_r:.3f} | "
                  f"**{r.strict_f1:.3f}** | {r.lax_p:.3f} | {r.lax_r:.3f} | {r.lax_f1:.3f} "
                  f"| {count / seconds:,.0f} |", flush=True)


def memory(shared: Path, lexicon: Lexicon, settings: AlignSettings,
           size: int = 50_000) -> None:
    """A synthetic size × size pair of real UN sentences, with one-sided lines and merges."""
    base = shared / "corpus" / "unv1-testset"
    en = _lines(base / "UNv1.0.testset.en")
    # The Chinese side of this set was word-segmented; joining the tokens restores it.
    zh = ["".join(line.split()) for line in _lines(base / "UNv1.0.testset.zh-segmented")]
    rnd = random.Random(50_000)
    src: list[str] = []
    tgt: list[str] = []
    while len(src) < size:
        k = rnd.randrange(len(en))
        if rnd.random() < 0.01:
            src.append(zh[k])
            continue
        src.append(zh[k])
        tgt.append(en[k])
    tgt = tgt[:size]
    tracemalloc.start()
    start = time.perf_counter()
    result = align(segments(src), segments(tgt), lexicon=lexicon, settings=settings)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{len(src):,} × {len(tgt):,} sentences: {seconds:.1f} s, "
          f"{len(result.beads):,} beads, peak traced allocations {peak / 2**20:,.0f} MiB, "
          f"process peak RSS {rss:,.0f} MiB (includes the dictionary and Python)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-memory", action="store_true",
                        help="leave out the 50,000-sentence memory check")
    parser.add_argument("--prior-strength", type=float, default=0.0, metavar="N",
                        help="also re-estimate bead-type priors per document (pseudo-beads)")
    args = parser.parse_args()
    settings = AlignSettings(prior_strength=args.prior_strength)
    shared = shared_dir("align")
    start = time.perf_counter()
    lexicon = load_default_lexicon()
    print(f"lexicon: {lexicon.name}, {len(lexicon):,} entries, "
          f"loaded in {time.perf_counter() - start:.2f} s\n")
    quality(shared, lexicon, settings)
    if not args.skip_memory:
        memory(shared, lexicon, settings)


if __name__ == "__main__":
    main()
