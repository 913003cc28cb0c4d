"""Batch alignment speed: milliseconds per document pair after the dictionary is loaded.

Run from the repository root, after ``benchmarks/make_align_onesided.py``:

    .venv/bin/python benchmarks/align_batch.py [--data DIR] [--half heldout] [--repeat 5]

Aligns every pair of one half of the realignment set as presplit lines with
:func:`termbase.align.batch.align_batch` (what ``termbase align --batch --presplit``
does: read, check, align, verdict) and writes each alignment as a ``.align`` file into a
temporary folder. Reports the best of ``--repeat`` runs (the machine is shared), wall
and CPU time, beside a named baseline run alternately in the same process: the same
aligner with the symbol rule of the third alignment session switched off
(``CostWeights.symbol = 0``), with the ratio of the two. CPU time is the figure to
compare when the machine is loaded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_align_onesided import default_out

from termbase.align.aligner import AlignSettings
from termbase.align.batch import PairJob, align_batch
from termbase.align.cost import CostWeights
from termbase.align.lexicon import load_default_lexicon
from termbase.align.model import Alignment
from termbase.align.segments import Side
from termbase.fileio import write_atomic
from termbase.formats.beads import write_beads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_out())
    parser.add_argument("--half", default="heldout")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    base = args.data / args.half
    if not (base / "zh").is_dir():
        sys.exit(f"{base} has no generated set; run benchmarks/make_align_onesided.py")
    jobs = [PairJob(base / "zh" / p.name, base / "en" / p.name, p.name)
            for p in sorted((base / "zh").iterdir())]
    start = time.perf_counter()
    lexicon = load_default_lexicon()
    print(f"lexicon loaded in {time.perf_counter() - start:.2f} s; {len(jobs)} pairs")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)

        def emit(job: PairJob, zh: Side, en: Side, alignment: Alignment) -> None:
            write_atomic(out / f"{job.name}.align", write_beads(alignment.beads).encode())

        variants = {"termbase": AlignSettings(),
                    "baseline: symbol rule off": AlignSettings(
                        weights=replace(CostWeights(), symbol=0.0))}
        best = {name: (float("inf"), float("inf")) for name in variants}
        for _ in range(args.repeat):
            for name, settings in variants.items():
                wall, cpu = time.perf_counter(), time.process_time()
                outcomes = list(align_batch(jobs, lexicon=lexicon, presplit=True,
                                            settings=settings, emit=emit))
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
        failed = [o.job.name for o in outcomes if o.alignment is None]
    lines = sum(len(o.alignment.source) + len(o.alignment.target)
                for o in outcomes if o.alignment is not None)
    print(f"{lines / len(jobs):.0f} lines per pair, failed: {', '.join(failed) or 'none'}")
    for name, (wall, cpu) in best.items():
        print(f"{name}: best of {args.repeat}: {1000 * wall / len(jobs):.1f} ms wall, "
              f"{1000 * cpu / len(jobs):.1f} ms CPU per pair")
    (wall, cpu), (base_wall, base_cpu) = best.values()
    print(f"ratio termbase / baseline: {wall / base_wall:.2f} wall, {cpu / base_cpu:.2f} CPU")

if __name__ == "__main__":
    main()
