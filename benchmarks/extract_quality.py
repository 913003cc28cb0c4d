"""Term extraction quality: termbase beside jieba.analyse TF-IDF and TextRank, same run.

    .venv/bin/python benchmarks/extract_quality.py [--no-unv1] [--ablation]

Corpora: the two seed resolutions in data/, and the Chinese side of the UN Parallel
Corpus v1.0 test set (../shared or $TERMBASE_SHARED; spaces between Chinese characters
removed, spaces between Latin letters and digits kept). Gold lists:
benchmarks/gold/extract_seeds.tsv and extract_unv1.tsv (one concept per line, variants
TAB-separated, '#' comments).

Scoring. A ranked entry is correct when one of its forms (termbase: the term and its
variants; baselines: the keyword) equals a form of a gold line after removing 《》.
precision@k = correct entries among the first k / k; recall@N = share of gold lines
matched by some entry among the first N (N = 100, and the whole list). Throughput is
Chinese characters per second for the whole extraction (segmenter already loaded).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data

from shared_data import find_shared as shared_dir

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<={_CJK}) +| +(?={_CJK})")


def despace(line: str) -> str:
    """Undo the test set's word segmentation: drop spaces next to Chinese characters."""
    return _SPACE_NEXT_TO_CJK.sub("", line.strip())


def read_gold(path: Path) -> list[set[str]]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            lines.append({_bare(f) for f in raw.split("\t") if f.strip()})
    return lines


def _bare(term: str) -> str:
    return term.replace("《", "").replace("》", "").strip()


@dataclass
class Scores:
    name: str
    p20: float
    p50: float
    p100: float
    recall100: float
    recall_all: float
    size: int
    chars_per_second: float


def score(name: str, ranked: Sequence[Sequence[str]], gold: list[set[str]],
          seconds: float, chars: int) -> Scores:
    index: dict[str, int] = {}
    for i, forms in enumerate(gold):
        for form in forms:
            index.setdefault(form, i)

    def hits(entry: Sequence[str]) -> set[int]:
        return {index[_bare(f)] for f in entry if _bare(f) in index}

    matched = [hits(e) for e in ranked]

    def precision(k: int) -> float:
        return sum(1 for m in matched[:k] if m) / k

    def recall(n: int) -> float:
        found = set().union(*matched[:n]) if matched[:n] else set()
        return len(found) / len(gold)

    return Scores(name, precision(20), precision(50), precision(100), recall(100),
                  recall(len(ranked)), len(ranked), chars / max(seconds, 1e-9))


def run_termbase(units: Callable[[], object], chars: int, gold: list[set[str]],
                 name: str = "termbase", **settings: object) -> tuple[Scores, list[str]]:
    from termbase.extract import ExtractSettings, extract_terms
    from termbase.text.segment import JiebaSegmenter

    tokenizer = JiebaSegmenter()
    tokenizer.cut("预热")  # load the dictionary outside the timed part, as jieba's own
    start = time.perf_counter()
    result = extract_terms(units(), tokenizer=tokenizer,  # type: ignore[arg-type]
                           settings=replace(ExtractSettings(), **settings))
    seconds = time.perf_counter() - start
    ranked = [c.forms() for c in result.candidates]
    return score(name, ranked, gold, seconds, chars), list(result.notes)


def run_baseline(kind: str, text: str, gold: list[set[str]], top: int) -> Scores:
    import jieba
    import jieba.analyse

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    if kind == "tfidf":
        words = jieba.analyse.extract_tags(text, topK=top)
    else:
        words = jieba.analyse.textrank(text, topK=top)
    seconds = time.perf_counter() - start
    return score(f"jieba {'TF-IDF' if kind == 'tfidf' else 'TextRank'}", [[w] for w in words],
                 gold, seconds, len(text))


class _Reusable:
    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.make())  # type: ignore[call-overload]


def seeds_corpus() -> tuple[Callable[[], object], str]:
    from termbase.documents import ingest_file
    from termbase.extract.units import document_units

    documents = [ingest_file(p)[0] for p in sorted((ROOT / "data").glob("*.zh.txt"))]
    text = "\n".join(u[0] for i, d in enumerate(documents) for u in document_units(d, i))
    return (lambda: documents), text


def unv1_corpus(shared: Path) -> tuple[Callable[[], object], str]:
    from termbase.extract.lines import line_documents

    path = shared / "corpus" / "unv1-testset" / "UNv1.0.testset.zh-segmented"
    lines = [despace(x) for x in path.read_text(encoding="utf-8").splitlines()]
    return (lambda: _Reusable(lambda: line_documents(enumerate(lines, 1), "UNv1.zh"))), \
        "\n".join(lines)


def table(rows: list[Scores]) -> str:
    out = ["| method | P@20 | P@50 | P@100 | recall@100 | recall (all) | entries | chars/s |",
           "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r.name} | {r.p20:.2f} | {r.p50:.2f} | {r.p100:.2f} | "
                   f"{r.recall100:.2f} | {r.recall_all:.2f} | {r.size} | "
                   f"{r.chars_per_second:,.0f} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-unv1", action="store_true", help="seeds only")
    parser.add_argument("--ablation", action="store_true",
                        help="also run with the sentencepiece source on")
    parser.add_argument("--gold-dir", type=Path, default=GOLD)
    args = parser.parse_args()

    corpora: list[tuple[str, Callable[[], object], str, Path]] = []
    units, text = seeds_corpus()
    corpora.append(("seeds", units, text, args.gold_dir / "extract_seeds.tsv"))
    shared = shared_dir()
    if not args.no_unv1:
        if shared is None:
            print("UNv1: skipped, shared data not found (set TERMBASE_SHARED)")
        else:
            units, text = unv1_corpus(shared)
            corpora.append(("UNv1 test set", units, text, args.gold_dir / "extract_unv1.tsv"))
    for name, make_units, corpus_text, gold_path in corpora:
        if not gold_path.is_file():
            print(f"{name}: gold list {gold_path} does not exist yet; nothing to score")
            continue
        gold = read_gold(gold_path)
        chars = len(corpus_text)
        print(f"\n## {name}: {chars:,} characters, {len(gold)} gold lines ({gold_path.name})\n")
        rows = []
        ours, notes = run_termbase(make_units, chars, gold)
        rows.append(ours)
        if args.ablation:
            with_sp, sp_notes = run_termbase(make_units, chars, gold,
                                             "termbase + sentencepiece", sentencepiece=True)
            rows.append(with_sp)
            notes += [n for n in sp_notes if n not in notes]
        top = max(ours.size, 100)
        rows.append(run_baseline("tfidf", corpus_text, gold, top))
        rows.append(run_baseline("textrank", corpus_text, gold, top))
        print(table(rows))
        for note in notes:
            print(f"\nnote: {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
