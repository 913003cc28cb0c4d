"""Term extraction throughput, end to end, beside jieba alone in the same run.

    .venv/bin/python benchmarks/extract_speed.py [--repeat K] [--single-line-mb N]

Corpus: the Chinese text of ../shared/corpus (or $TERMBASE_SHARED): the UNv1 test set
(spaces between Chinese characters removed), the MultiUN sample (train, valid, test) and
the zh records of the 2023 UN sample, one sentence or record per line, written to a
temporary file (about 0.85 million characters; ``--repeat`` concatenates copies).

Measured:

* jieba alone: jieba's own ``lcut`` on the private tokenizer (HMM off), line by line,
  dictionary already loaded (termbase's segmenter finds the same words with its own,
  faster search, which the extraction runs include);
* ``termbase extract FILE --lines -o OUT.json`` through the CLI entry point, with one
  process and with two (``-j 2``), including reading, the dictionary load, both passes
  and writing the output;
* ``--single-line-mb N``: the same command on an N MB file without a single newline,
  to show that memory stays bounded (peak resident memory of the run).

Throughput counts every character of the input (Chinese characters are about 82 % of
them). The load average is printed first: other processes on the machine slow
everything down alike, so compare the ratio to jieba rather than absolute figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_quality import despace, shared_dir


def build_corpus(shared: Path, target: Path, repeat: int) -> int:
    corpus = shared / "corpus"
    lines = [despace(x) for x in (corpus / "unv1-testset" / "UNv1.0.testset.zh-segmented")
             .read_text(encoding="utf-8").splitlines()]
    for part in ("train", "valid", "test"):
        lines += (corpus / "multiun-sample" / f"{part}.en-zh.zh").read_text(
            encoding="utf-8").splitlines()
    records = json.loads((corpus / "un-2023-sample" / "corpus.json").read_text(encoding="utf-8"))
    lines += [r["zh"].replace("\n", " ") for r in records["data"]]
    text = "\n".join(line for line in lines if line.strip()) + "\n"
    target.write_text(text * repeat, encoding="utf-8")
    return len(text) * repeat


def jieba_alone(path: Path) -> float:
    """Seconds jieba's own ``lcut`` (HMM off, dictionary loaded) takes for every line.

    jieba's code, not ``JiebaSegmenter.cut``: that one runs termbase's own word search
    (the same words, faster), so it would not be the baseline."""
    from termbase.text.segment import JiebaSegmenter

    tokenizer = JiebaSegmenter().tokenizer
    tokenizer.lcut("预热", HMM=False)
    lines = path.read_text(encoding="utf-8").splitlines()
    start = time.perf_counter()
    for line in lines:
        tokenizer.lcut(line, HMM=False)
    return time.perf_counter() - start


def run_cli(path: Path, out: Path, jobs: int) -> float:
    from termbase.cli import main

    start = time.perf_counter()
    code = main(["extract", str(path), "--lines", "-o", str(out), "-q", "--no-glossary",
                 "-j", str(jobs)])
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"termbase extract failed with exit code {code}")
    return seconds


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--single-line-mb", type=int, default=0)
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        print("shared data not found at ../shared; set TERMBASE_SHARED")
        return 2
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.zh.txt"
        chars = build_corpus(shared, corpus, args.repeat)
        out = Path(tmp) / "terms.json"
        alone = jieba_alone(corpus)
        rows = [("jieba alone (private tokenizer, HMM off)", alone)]
        for jobs in (1, 2):
            rows.append((f"termbase extract, -j {jobs} (end to end)", run_cli(corpus, out, jobs)))
        print(f"\n{chars:,} characters\n")
        print("| run | seconds | characters/s | vs jieba alone |")
        print("|---|---|---|---|")
        for name, seconds in rows:
            print(f"| {name} | {seconds:.2f} | {chars / seconds:,.0f} | {alone / seconds:.2f} |")
        print(f"\npeak resident memory so far: {peak_mib():.0f} MiB")
        if args.single_line_mb:
            big = Path(tmp) / "one-line.zh.txt"
            sentence = corpus.read_text(encoding="utf-8").replace("\n", "")
            with big.open("w", encoding="utf-8") as handle:
                written = 0
                while written < args.single_line_mb * 1024 * 1024:
                    handle.write(sentence)
                    written += len(sentence.encode("utf-8"))
            seconds = run_cli(big, out, 2)
            size = big.stat().st_size
            print(f"\n{size / 2**20:.0f} MB single-line file: {seconds:.1f} s, "
                  f"peak resident memory {peak_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
