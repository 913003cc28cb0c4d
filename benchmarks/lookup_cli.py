"""``termbase lookup`` from the command line: compiled glossary (cold, warm) beside memory.

Run: ``.venv/bin/python benchmarks/lookup_cli.py [--concepts 10000 100000] [--seed S]``

For each size the benchmark's generated glossary (:mod:`lookup_latency`) is written as a
TBX file in a temporary folder, with a temporary cache. Each figure is measured in a
fresh child process (wall time including interpreter start-up; peak RSS from
``resource.getrusage(RUSAGE_CHILDREN)`` of a wrapper that runs only that child):

* ``memory``: ``TERMBASE_NO_CACHE=1`` — read the TBX and index it in memory (before);
* ``cold``: the first lookup, which compiles the glossary into the cache;
* ``warm``: later lookups, which open the compiled glossary.

"x20" is 20 lookups in a row, each its own process (a translator's hour); its memory is
the largest of the 20. Then, in process, the latency of the compiled index per query
(the query set of ``lookup_latency.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lookup_latency import make_glossary, make_queries

_CHILD = """
import json, resource, subprocess, sys, time
cmds = json.loads(sys.argv[1])
start = time.perf_counter()
for cmd in cmds:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
wall = time.perf_counter() - start
print(json.dumps([wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))
"""


def _run(commands: list[list[str]], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak MiB) of running ``commands`` one after the other."""
    out = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(commands)], env=env,
                         capture_output=True, text=True, check=True).stdout
    wall, peak = json.loads(out)
    return wall, peak


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def _in_process(tbx: Path, queries: list[str]) -> tuple[float, float]:
    from termbase import api

    index = api.lookup_index(tbx)
    index.search(queries[0])  # lazy imports (rapidfuzz)
    times = []
    for q in queries:
        start = time.perf_counter()
        index.search(q)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), _p95(times)


def bench(n: int, seed: int, folder: Path) -> None:
    from termbase.formats import write_glossary

    glossary = make_glossary(n, seed)
    tbx = folder / f"synthetic-{n}.tbx"
    start = time.perf_counter()
    write_glossary(glossary, tbx)
    print(f"\n{n:,} concepts: TBX {tbx.stat().st_size / 2**20:.0f} MB "
          f"(written in {time.perf_counter() - start:.0f} s)")
    queries = [q.text for q in make_queries(glossary, 10, seed)]
    termbase = str(Path(sys.executable).with_name("termbase"))

    def cmd(query: str) -> list[str]:
        return [termbase, "lookup", query, "--glossary", str(tbx)]

    cache = folder / f"cache-{n}"  # one per size: the file measured is this one's
    base = {**os.environ, "TERMBASE_CACHE_DIR": str(cache)}
    base.pop("TERMBASE_NO_CACHE", None)
    memory_env = {**base, "TERMBASE_NO_CACHE": "1"}
    rows = [("memory x1", _run([cmd("Programme")], memory_env))]
    if n <= 10_000:  # 20 full reads of a larger TBX take minutes: x1 tells the story
        rows.append(("memory x20", _run([cmd(q) for q in queries[:20]], memory_env)))
    rows.append(("cold x1 (compile)", _run([cmd("Programme")], base)))
    db = next((cache / "glossaries").glob("*.sqlite"))
    rows.append(("warm x1", _run([cmd("Programme")], base)))
    rows.append(("warm x20", _run([cmd(q) for q in queries[:20]], base)))
    for label, (wall, peak) in rows:
        print(f"  {label:<18}{wall:>8.2f} s{peak:>8.0f} MiB")
    print(f"  compiled file: {db.stat().st_size / 2**20:.0f} MB")
    os.environ["TERMBASE_CACHE_DIR"] = str(cache)
    med, p95 = _in_process(tbx, [q.text for q in make_queries(glossary, 50, seed)])
    print(f"  in process, compiled: median {med:.2f} ms, p95 {p95:.2f} ms "
          f"({len(make_queries(glossary, 50, seed))} queries)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concepts", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=20240607)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for n in args.concepts:
            bench(n, args.seed, Path(folder))


if __name__ == "__main__":
    main()
