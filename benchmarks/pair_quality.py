"""Quality of term pairing against the gold list, beside a plain Dice baseline.

    python benchmarks/pair_quality.py [--no-dictionary] [--jobs 2]

Gold: ``benchmarks/gold/pairs.tsv`` (zh, en, alternatives " | "-separated, support in
UNv1 and MultiUN). Corpus: the UN v1 test set and the MultiUN sample (train, valid and
test), read from ``../shared/corpus`` or ``$TERMBASE_SHARED/corpus``.

Reported, for gold terms with at least 3 supporting pairs and for all gold terms:
top-1 accuracy (the best candidate equals ``en`` or an alternative, ignoring case),
casing accuracy (the same, respecting case), mean reciprocal rank over the reported
candidates, the abstention rate, and the precision of the answers given (abstentions
left out). The baseline ranks every English word n-gram (n ≤ 4) that co-occurs with the
term by Dice: no linking, no containment rules, no casing, no abstention.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data

from shared_data import shared_dir

from termbase.pair.association import dice
from termbase.pair.corpus import ConcatCorpus, Corpus, LineAlignedCorpus
from termbase.pair.counting import TermFinder
from termbase.pair.pairer import PairSettings, pair_terms

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+(?:[-'/]\w+)*")


def un_corpus(shared: Path) -> Corpus:
    base = shared / "corpus"
    parts = [LineAlignedCorpus.open(base / "unv1-testset/UNv1.0.testset.zh-segmented",
                                    base / "unv1-testset/UNv1.0.testset.en")]
    for name in ("train", "valid", "test"):
        parts.append(LineAlignedCorpus.open(base / f"multiun-sample/{name}.en-zh.zh",
                                            base / f"multiun-sample/{name}.en-zh.en"))
    return ConcatCorpus(tuple(parts))


@dataclass(frozen=True, slots=True)
class Gold:
    zh: str
    en: str
    alternatives: tuple[str, ...]
    support: int

    def accepts(self, answer: str, *, cased: bool = False) -> bool:
        forms = (self.en, *self.alternatives)
        if cased:
            return answer in forms
        return answer.casefold() in {f.casefold() for f in forms}


def read_gold(path: Path) -> list[Gold]:
    gold = []
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8")
            .splitlines() if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    for row in body:
        alternatives = tuple(a.strip() for a in row[col["alternatives"]].split("|")
                             if a.strip())
        gold.append(Gold(row[col["zh"]], row[col["en"]], alternatives,
                         int(row[col["support_unv1"]]) + int(row[col["support_multiun"]])))
    return gold


def baseline(terms: Sequence[str], corpus: Corpus, max_n: int = 4) -> list[list[str]]:
    """Dice over every lower-cased word n-gram (n ≤ max_n) co-occurring with each term."""
    finder = TermFinder(terms, "zh")
    term_counts: Counter[int] = Counter()
    joint: dict[int, Counter[str]] = {}
    ngram_counts: Counter[str] = Counter()
    for pair in corpus:
        words = _WORD.findall(pair.en.lower())
        grams = {" ".join(words[i:i + n]) for n in range(1, max_n + 1)
                 for i in range(len(words) - n + 1)}
        ngram_counts.update(grams)
        for term in finder.find(pair.zh):
            term_counts[term] += 1
            joint.setdefault(term, Counter()).update(grams)
    ranked = []
    for index in range(len(terms)):
        counts = joint.get(index, Counter())
        scored = sorted(counts, key=lambda g: (-dice(counts[g], term_counts[index],
                                                     ngram_counts[g]), g))
        ranked.append(scored[:5])
    return ranked


@dataclass
class Scores:
    n: int = 0
    top1: int = 0
    cased: int = 0
    rr: float = 0.0
    abstained: int = 0

    def add(self, gold: Gold, answers: Sequence[str]) -> None:
        self.n += 1
        if not answers:
            self.abstained += 1
            return
        self.top1 += gold.accepts(answers[0])
        self.cased += gold.accepts(answers[0], cased=True)
        for rank, answer in enumerate(answers, start=1):
            if gold.accepts(answer):
                self.rr += 1 / rank
                break

    def row(self, name: str) -> str:
        answered = self.n - self.abstained
        precision = self.top1 / answered if answered else 0.0
        return (f"| {name} | {self.n} | {self.top1 / self.n:.1%} | {self.cased / self.n:.1%} "
                f"| {self.rr / self.n:.3f} | {self.abstained / self.n:.1%} | {precision:.1%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-dictionary", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    gold = read_gold(ROOT / "benchmarks" / "gold" / "pairs.tsv")
    corpus = un_corpus(shared_dir())
    terms = [g.zh for g in gold]

    lexicon = None
    if not args.no_dictionary:
        from termbase.align.lexicon import load_default_lexicon
        lexicon = load_default_lexicon()
    started = time.perf_counter()
    pairings = pair_terms(terms, corpus, lexicon=lexicon,
                          settings=PairSettings(workers=args.jobs))
    ours_time = time.perf_counter() - started
    started = time.perf_counter()
    base = baseline(terms, corpus)
    base_time = time.perf_counter() - started

    by_term = {p.term: p for p in pairings}
    results = {name: (Scores(), Scores()) for name in ("termbase pair", "Dice baseline")}
    for index, g in enumerate(gold):
        pairing = by_term[g.zh]
        ours = [c.text for c in pairing.candidates]
        for name, answers in (("termbase pair", ours), ("Dice baseline", base[index])):
            supported, overall = results[name]
            overall.add(g, answers)
            if g.support >= 3:
                supported.add(g, answers)
        if args.show_errors and (not ours or not g.accepts(ours[0])):
            print(f"  {g.zh}\t{g.en}\t{ours[:3] or pairing.abstained_reason}", file=sys.stderr)

    print(f"{len(gold)} gold pairs; corpus: UNv1 test set + MultiUN sample; "
          f"dictionary: {'none' if lexicon is None else 'CC-CEDICT'}; "
          f"termbase {ours_time:.1f} s ({args.jobs} workers), baseline {base_time:.1f} s")
    print("| method / gold subset | terms | top-1 | top-1 cased | MRR | abstained | "
          "precision |")
    print("|---|---|---|---|---|---|---|")
    for name, (supported, overall) in results.items():
        print(supported.row(f"{name}, support ≥ 3"))
        print(overall.row(f"{name}, all"))


if __name__ == "__main__":
    main()
