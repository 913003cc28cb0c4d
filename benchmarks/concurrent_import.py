"""Concurrent imports into one glossary: how many writers' concepts survive.

N processes each import their own, disjoint concepts into the same TBX at the same
moment, M times. ``termbase import`` (read, merge and write under the glossary's lock)
runs beside the baseline: the same read → merge → atomic write without the lock, which
is what ``import`` did before. Each trial counts how many of the N writers' concepts are
all present afterwards.

Usage: python benchmarks/concurrent_import.py [--writers 8] [--trials 20]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from termbase.formats import read_glossary, write_glossary
from termbase.model import Concept, Glossary, LangSec, Term

_CLI = "import sys; from termbase.cli import main; sys.exit(main())"
_UNLOCKED = """
import sys
from pathlib import Path
from termbase.formats import read_glossary, write_glossary
from termbase.merge import merge
target, incoming = Path(sys.argv[1]), Path(sys.argv[2])
merged, _ = merge(read_glossary(target).glossary, read_glossary(incoming).glossary)
write_glossary(merged, target)
"""


def _glossary(k: int, size: int = 3) -> Glossary:
    return Glossary(tuple(Concept(f"w{k}-{i}", (LangSec("zh", (Term(f"术语{k}之{i}"),)),
                                              LangSec("en", (Term(f"term {k} {i}"),))))
                          for i in range(size)))


def _trial(folder: Path, writers: int, locked: bool) -> int:
    target = folder / "shared.tbx"
    write_glossary(Glossary((Concept("base", (LangSec("en", (Term("base"),)),)),)), target)
    inputs = []
    for k in range(writers):
        inputs.append(folder / f"in{k}.tbx")
        write_glossary(_glossary(k), inputs[-1])
    commands = [[sys.executable, "-c", _CLI, "import", str(p), "--into", str(target)]
                if locked else [sys.executable, "-c", _UNLOCKED, str(target), str(p)]
                for p in inputs]
    runs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for c in commands]
    codes = [r.wait() for r in runs]
    if any(codes):
        raise SystemExit(f"a writer failed: exit codes {codes}")
    ids = {c.id for c in read_glossary(target).glossary.concepts}
    return sum(all(f"w{k}-{i}" in ids for i in range(3)) for k in range(writers))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    print(f"{args.writers} concurrent writers, {args.trials} trials")
    for label, locked in (("termbase import (locked)", True),
                          ("baseline: unlocked read-merge-write", False)):
        kept = []
        for _ in range(args.trials):
            with tempfile.TemporaryDirectory() as tmp:
                kept.append(_trial(Path(tmp), args.writers, locked))
        complete = sum(k == args.writers for k in kept)
        print(f"  {label:38} all {args.writers} kept in {complete}/{args.trials} trials; "
              f"writers kept per trial: min {min(kept)}, mean {sum(kept) / len(kept):.1f}")


if __name__ == "__main__":
    main()
