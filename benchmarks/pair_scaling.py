"""Time and peak memory of pairing as the corpus grows, per counting engine.

    python benchmarks/pair_scaling.py [--sizes 100000 1000000 4000000]
        [--runs baseline local dask1 dask2] [--baseline-ref 4f5f60f] [--ref HEAD]

The corpora are built at run time from the real UN text in ``../shared/corpus`` (UN v1
test set and MultiUN sample, 11,000 pairs): shuffled copies (seed 7) concatenated up to
the size and written as two line-aligned files in a temporary folder, never in the
repository. The term list is fixed for every size: the gold Chinese terms plus the 300
best terms extracted from the real corpus (extracted once, not timed), so time grows
with the corpus only.

Runs, each in a fresh process, all in the same invocation so that their ratios hold on a
shared machine:

* ``baseline`` — the counting path before issue 17 (``--baseline-ref``, extracted with
  ``git archive`` into a temporary folder), 2 local worker processes;
* ``local`` — the local engine, 2 worker processes;
* ``dask1`` / ``dask2`` — the Dask engine on a ``distributed.LocalCluster`` of 1 / 2
  single-threaded worker processes.

``--ref`` picks the code measured for local/dask (default: the working tree). Peak
memory is the largest resident set of the main process and of any worker process (for
Dask, read in each worker before the cluster closes); CPU time adds up every process of
the run (user + system), the figure that holds when other work shares the machine.
"answers" is a hash of every
pairing: the same hash means identical output. From the Dask runs' CPU time per pair the
script projects the full UN Parallel Corpus (15.9 million pairs) on 1, 8 and 32 workers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pair_quality import ROOT, read_gold, shared_dir

SEED = 7
UN_CORPUS_PAIRS = 15_886_041
"""zh–en sentence pairs of the UN Parallel Corpus v1.0."""
RUNS = {"baseline": ("baseline", 2), "local": ("local", 2), "dask1": ("dask", 1),
        "dask2": ("dask", 2)}


def real_pairs(shared: Path) -> list[tuple[str, str]]:
    base = shared / "corpus"
    sources = [(base / "unv1-testset/UNv1.0.testset.zh-segmented",
                base / "unv1-testset/UNv1.0.testset.en")]
    sources += [(base / f"multiun-sample/{n}.en-zh.zh", base / f"multiun-sample/{n}.en-zh.en")
                for n in ("train", "valid", "test")]
    pairs = []
    for zh, en in sources:
        pairs += list(zip(zh.read_text(encoding="utf-8").splitlines(),
                          en.read_text(encoding="utf-8").splitlines(), strict=True))
    return pairs


def build(pairs: list[tuple[str, str]], size: int, folder: Path) -> tuple[Path, Path]:
    rng = random.Random(SEED)
    zh_path, en_path = folder / f"c{size}.zh", folder / f"c{size}.en"
    with zh_path.open("w", encoding="utf-8") as zh, en_path.open("w", encoding="utf-8") as en:
        written = 0
        while written < size:
            copy = list(pairs)
            rng.shuffle(copy)
            for z, e in copy[: size - written]:
                zh.write(z + "\n")
                en.write(e + "\n")
            written += min(len(copy), size - written)
    return zh_path, en_path


def terms_for(pairs: list[tuple[str, str]], folder: Path) -> Path:
    from termbase.extract import extract_terms
    from termbase.pair.corpus import from_pairs
    from termbase.pair.mining import ChineseSide
    from termbase.text.segment import JiebaSegmenter

    extracted = extract_terms(ChineseSide(from_pairs(pairs)), tokenizer=JiebaSegmenter())
    terms = [g.zh for g in read_gold(ROOT / "benchmarks" / "gold" / "pairs.tsv")]
    terms += [c.term for c in extracted.candidates[:300]]
    path = folder / "terms.txt"
    path.write_text("\n".join(dict.fromkeys(terms)) + "\n", encoding="utf-8")
    return path


def source_tree(ref: str, folder: Path) -> Path:
    """``src/`` of the git revision ``ref``, extracted into ``folder``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder / "src"


def _own_peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_one(zh: Path, en: Path, terms: Path, engine: str, jobs: int) -> None:
    """Child process: pair once, print time, peak memory and an answer hash as JSON."""
    from termbase.align.lexicon import load_default_lexicon
    from termbase.pair.corpus import LineAlignedCorpus
    from termbase.pair.pairer import PairSettings, pair_terms_report

    lexicon = load_default_lexicon()
    term_list = terms.read_text(encoding="utf-8").split()
    worker_mib = 0.0
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    corpus = LineAlignedCorpus.open(zh, en)
    if engine == "baseline":  # the code before issue 17 knows no engines
        report = pair_terms_report(term_list, corpus, lexicon=lexicon,
                                   settings=PairSettings(workers=jobs))
    else:
        from termbase.pair.engines import open_engine

        with open_engine(engine, workers=jobs) as counting:
            report = pair_terms_report(term_list, corpus, lexicon=lexicon,
                                       settings=PairSettings(workers=jobs, engine=counting))
            elapsed = time.perf_counter() - started
            client = getattr(counting, "client", None)
            if client is not None:
                worker_mib = max(client.run(_own_peak_mib).values())
    elapsed = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # Pool workers, and Dask's nannies with their workers once the cluster has closed,
    # are children this process has waited for: RUSAGE_CHILDREN holds their CPU.
    cpu = _cpu_seconds() - cpu_before + _cpu_seconds(resource.RUSAGE_CHILDREN)
    answers = hashlib.sha256(json.dumps([p.to_dict() for p in report.pairings],
                                        ensure_ascii=False).encode()).hexdigest()
    print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "main_mib": _own_peak_mib(),
                      "worker_mib": max(worker_mib, children),
                      "terms": len(report.pairings),
                      "answered": sum(1 for p in report.pairings if p.candidates),
                      "pairs": report.stats["segment pairs"], "answers": answers[:10]}))


def _child(run: str, files: tuple[Path, Path, Path], sources: dict[str, Path | None]
           ) -> dict[str, object]:
    engine, jobs = RUNS[run]
    env = dict(os.environ)
    src = sources["baseline" if engine == "baseline" else "current"]
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    out = subprocess.run([sys.executable, __file__, "--child", *map(str, files),
                          "--engine", engine, "--jobs", str(jobs)],
                         check=True, capture_output=True, text=True, env=env)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def projection(per_pair: dict[int, float]) -> list[str]:
    """Hours for the UN Parallel Corpus on 1, 8 and 32 workers from the CPU time per pair
    of a Dask run (all processes: the client's merging and scheduling included),
    assuming chunk tasks spread evenly over workers that each have a core."""
    lines = ["| measured at | CPU per pair | 1 worker | 8 workers | 32 workers |",
             "|---|---|---|---|---|"]
    for size, cost in sorted(per_pair.items()):
        hours = [UN_CORPUS_PAIRS * cost / workers / 3600 for workers in (1, 8, 32)]
        lines.append(f"| {size:,} pairs | {cost * 1e6:.0f} µs | {hours[0]:.1f} h "
                     f"| {hours[1] * 60:.0f} min | {hours[2] * 60:.0f} min |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    parser.add_argument("--baseline-ref", default="4f5f60f",
                        help="git revision whose counting is the baseline")
    parser.add_argument("--ref", default=None,
                        help="git revision to measure (default: the working tree)")
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(*args.child, args.engine, args.jobs)
        return
    pairs = real_pairs(shared_dir())
    with tempfile.TemporaryDirectory(prefix="termbase-scaling-") as tmp:
        folder = Path(tmp)
        sources: dict[str, Path | None] = {
            "baseline": source_tree(args.baseline_ref, Path(tempfile.mkdtemp(dir=folder))),
            "current": (source_tree(args.ref, Path(tempfile.mkdtemp(dir=folder)))
                        if args.ref else None)}
        terms = terms_for(pairs, folder)
        print(f"{len(terms.read_text(encoding='utf-8').split())} terms; corpora from "
              f"{len(pairs)} real pairs, shuffled copies (seed {SEED}); baseline "
              f"{args.baseline_ref}, measured {args.ref or 'working tree'}; "
              f"load average at start {os.getloadavg()[0]:.1f}")
        print("| pairs | run | time | pairs/s | speed-up vs baseline | vs local | CPU time | "
              "peak MiB main / worker | answered | answers |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        per_pair: dict[int, float] = {}
        for size in args.sizes:
            files = (*build(pairs, size, folder), terms)
            seconds: dict[str, float] = {}
            for run in args.runs:
                r = _child(run, files, sources)
                secs = float(r["seconds"])  # type: ignore[arg-type]
                seconds[run] = secs
                if run.startswith("dask"):
                    per_pair[size] = float(r["cpu_seconds"]) / size  # type: ignore[arg-type]
                ratio = {k: f"{seconds[k] / secs:.2f}" if k in seconds else "–"
                         for k in ("baseline", "local")}
                print(f"| {size:,} | {run} | {secs:.1f} s | {size / secs:,.0f} "
                      f"| {ratio['baseline']} | {ratio['local']} | {r['cpu_seconds']:.0f} s "
                      f"| {r['main_mib']:.0f} / {r['worker_mib']:.0f} "
                      f"| {r['answered']}/{r['terms']} | {r['answers']} |", flush=True)
            files[0].unlink()
            files[1].unlink()
        if per_pair:
            print("\nProjection for the UN Parallel Corpus (15.9M pairs), Dask:")
            print("\n".join(projection(per_pair)))


if __name__ == "__main__":
    main()
