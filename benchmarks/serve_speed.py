"""``termbase serve``: time per search over HTTP on a large glossary, beside the
in-process lookup it wraps (the baseline), in the same run.

Run: ``.venv/bin/python benchmarks/serve_speed.py [--concepts 100000] [--seed S]``

The glossary is :mod:`lookup_latency`'s generated one, written as TBX to a temporary
folder with a temporary cache (the first open compiles it; that is not timed). Queries:
that module's query set (exact zh/en, prefix, substring, traditional, typo, no match)
and, for "as you type", every prefix of 20 of its queries, as the page sends them. Each
search is one HTTP request on a new connection, as the browser's fetch would make on a
cold page, timed from request to parsed JSON. The target is ≤ 50 ms per search.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lookup_latency import make_glossary, make_queries

TARGET_MS = 50.0


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def _summary(label: str, http: list[float], base: list[float]) -> None:
    print(f"  {label:<14} n={len(http):>4}  HTTP median {statistics.median(http):6.2f} ms, "
          f"p95 {_p95(http):6.2f}, max {max(http):6.2f} | in-process median "
          f"{statistics.median(base):6.2f}, p95 {_p95(base):6.2f} | p95 ratio "
          f"{_p95(http) / max(_p95(base), 1e-6):.1f}x")


def _http(url: str, query: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(f"{url}/api/search?"
                                + urllib.parse.urlencode({"q": query}), timeout=60) as r:
        json.loads(r.read())
    return (time.perf_counter() - start) * 1000


def _local(index: object, query: str) -> float:
    start = time.perf_counter()
    index.search(query, limit=20)  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--concepts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TERMBASE_CACHE_DIR"] = str(Path(tmp) / "cache")
        from termbase import api
        from termbase.formats import write_glossary
        from termbase.serve.server import running

        glossary = make_glossary(args.concepts, args.seed)
        tbx = Path(tmp) / f"synthetic-{args.concepts}.tbx"
        write_glossary(glossary, tbx)
        queries = make_queries(glossary, 20, args.seed)
        typed = [q.text[:i] for q in queries[:120:6] for i in range(1, len(q.text) + 1)
                 if q.text[:i].strip("《 ")]
        start = time.perf_counter()
        app = api.make_web_app(tbx)  # compiles the index into the cache
        print(f"{args.concepts:,} concepts ({tbx.stat().st_size / 2**20:.0f} MB TBX); "
              f"app ready in {time.perf_counter() - start:.1f} s (cold compile)")
        index = api.lookup_index(tbx)  # the baseline: the same compiled index, no HTTP
        with running(app) as url:
            _http(url, queries[0].text)  # first request: lazy imports on both sides
            _local(index, queries[0].text)
            kinds: dict[str, tuple[list[float], list[float]]] = {}
            for q in queries:
                http, base = kinds.setdefault(q.kind, ([], []))
                http.append(_http(url, q.text))
                base.append(_local(index, q.text))
            typing = ([_http(url, t) for t in typed], [_local(index, t) for t in typed])
        slowest = sorted(zip(typing[0], typed, strict=True), reverse=True)[:5]
        print("  slowest as you type: " + ", ".join(f"{q!r} {ms:.0f} ms" for ms, q in slowest))
        everything = ([t for h, _ in kinds.values() for t in h] + typing[0],
                      [t for _, b in kinds.values() for t in b] + typing[1])
        for kind, (http, base) in kinds.items():
            _summary(kind, http, base)
        _summary("as you type", *typing)
        _summary("all", *everything)
        worst = _p95(everything[0])
        print(f"target ≤ {TARGET_MS:.0f} ms per search: p95 {worst:.1f} ms — "
              f"{'met' if worst <= TARGET_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
