"""Batch alignment speed: milliseconds per document pair after the dictionary is loaded.

Run from the repository root, after ``benchmarks/make_align_onesided.py``:

    .venv/bin/python benchmarks/align_batch.py [--data DIR] [--half heldout] [--repeat 5]

Aligns every pair of one half of the realignment set as presplit lines with
:func:`termbase.align.batch.align_batch` (what ``termbase align --batch --presplit``
does: read, check, align, verdict) and writes each alignment as a ``.align`` file into a
temporary folder. Reports the best of ``--repeat`` runs (the machine is shared) and the
time split between reading, features, the dynamic programme and the rest.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_align_onesided import default_out

from termbase.align.batch import PairJob, align_batch
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

        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            outcomes = list(align_batch(jobs, lexicon=lexicon, presplit=True, emit=emit))
            best = min(best, time.perf_counter() - start)
        failed = [o.job.name for o in outcomes if o.alignment is None]
    lines = sum(len(o.alignment.source) + len(o.alignment.target)
                for o in outcomes if o.alignment is not None)
    print(f"best of {args.repeat}: {1000 * best / len(jobs):.1f} ms per pair "
          f"({lines / len(jobs):.0f} lines per pair), failed: {', '.join(failed) or 'none'}")


if __name__ == "__main__":
    main()
