"""Time and peak memory of pairing as the corpus grows: 10k, 100k and 1M sentence pairs.

    python benchmarks/pair_scaling.py [--sizes 10000 100000 1000000] [--jobs 2]

The corpora are built at run time from the real UN text in ``../shared/corpus`` (UN v1
test set and MultiUN sample, 11,000 pairs): shuffled copies (seed 7) concatenated up to
the size and written as two line-aligned files in a temporary folder, never in the
repository. The term list is fixed for every size: the gold Chinese terms plus the 300
best terms extracted from the real corpus (extracted once, not timed), so time grows
with the corpus only. Each size runs in a fresh process; peak memory is the largest
resident set of the main process and of any worker.
"""

from __future__ import annotations

import argparse
import json
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


def run_one(zh: Path, en: Path, terms: Path, jobs: int) -> None:
    """Child process: pair once, print time, peak memory and answer count as JSON."""
    from termbase.align.lexicon import load_default_lexicon
    from termbase.pair.corpus import LineAlignedCorpus
    from termbase.pair.pairer import PairSettings, pair_terms_report

    lexicon = load_default_lexicon()
    term_list = terms.read_text(encoding="utf-8").split()
    started = time.perf_counter()
    corpus = LineAlignedCorpus.open(zh, en)
    report = pair_terms_report(term_list, corpus, lexicon=lexicon,
                               settings=PairSettings(workers=jobs))
    elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": elapsed, "peak_mib": max(own, children) / 1024,
                      "main_mib": own / 1024, "worker_mib": children / 1024,
                      "terms": len(report.pairings),
                      "answered": sum(1 for p in report.pairings if p.candidates),
                      "pairs": report.stats["segment pairs"]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(*args.child, args.jobs)
        return
    pairs = real_pairs(shared_dir())
    with tempfile.TemporaryDirectory(prefix="termbase-scaling-") as tmp:
        folder = Path(tmp)
        terms = terms_for(pairs, folder)
        print(f"{len(terms.read_text(encoding='utf-8').split())} terms; {args.jobs} workers; "
              f"corpora from {len(pairs)} real pairs, shuffled copies (seed {SEED})")
        print("| sentence pairs | time | pairs/s | peak memory (main / worker) | answered |")
        print("|---|---|---|---|---|")
        for size in args.sizes:
            zh, en = build(pairs, size, folder)
            out = subprocess.run([sys.executable, __file__, "--jobs", str(args.jobs),
                                  "--child", str(zh), str(en), str(terms)],
                                 check=True, capture_output=True, text=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"| {r['pairs']:,} | {r['seconds']:.1f} s | {r['pairs'] / r['seconds']:,.0f} "
                  f"| {r['main_mib']:.0f} / {r['worker_mib']:.0f} MiB "
                  f"| {r['answered']}/{r['terms']} |", flush=True)
            zh.unlink()
            en.unlink()


if __name__ == "__main__":
    main()
