"""Pairing on line files shifted in places, with and without the alignment check.

    python benchmarks/pair_misaligned.py [--lists tuning peace]

The held-out 2023 themes pair English record n + 1 with Chinese record n, and the shift
breaks in places: by the aligner's similarity about one record in seven matches a
neighbour's English better than its partner's (none in ``peace``). This script makes that
condition on the two development lists, whose text is correctly aligned: stretches of 8
lines (seeded, seed 7) take the English of the next line until 12 % or 25 % of the pairs
are shifted. It reports how many of the shifted pairs :func:`termbase.pair.agreement.
misaligned` finds (and how many aligned pairs it takes with them), and pairing top-1 /
precision of answers on the forms with support ≥ 3 (support counted on the clean text),
trusting every pair and with the check.
"""

from __future__ import annotations

import argparse
import random

from mine_quality import Corpus, _accepts, peace_corpus, support, tuning_corpus
from shared_data import shared_dir

from termbase.align.lexicon import load_default_lexicon
from termbase.pair.agreement import misaligned
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

STRETCH = 8


def shifted(pairs: list[tuple[str, str]], share: float, seed: int = 7
            ) -> tuple[list[tuple[str, str]], set[int]]:
    """``pairs`` with stretches whose English is the next line's, and their indexes."""
    rnd = random.Random(seed)
    out, bad = list(pairs), set()
    while len(bad) < share * len(pairs):
        start = rnd.randrange(0, len(pairs) - STRETCH - 1)
        for i in range(start, start + STRETCH):
            out[i] = (pairs[i][0], pairs[i + 1][1])
            bad.add(i)
    return out, bad


def scores(corpus: Corpus, pairs: list[tuple[str, str]], check: bool) -> str:
    forms = [(form, c) for c in corpus.gold if c.english for form in c.forms]
    settings = PairSettings(workers=2, check_alignment=check)
    answers = {p.term: p for p in pair_terms([f for f, _ in forms], from_pairs(pairs, "x"),
                                             lexicon=load_default_lexicon(),
                                             settings=settings)}
    n = right = abstained = 0
    for form, concept in forms:
        if support(corpus, form, concept) < 3:
            continue
        n += 1
        pairing = answers[form]
        if not pairing.candidates:
            abstained += 1
            continue
        right += _accepts(concept, pairing.candidates[0].text)
    return f"{right / n:.3f} / {right / max(1, n - abstained):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lists", nargs="+", default=["tuning", "peace"],
                        choices=["tuning", "peace"])
    args = parser.parse_args()
    print("| list | shifted | pairs shifted | found | aligned pairs taken | "
          "top-1 / precision, trusting | with the check |")
    print("|---|---|---|---|---|---|---|")
    for name in args.lists:
        corpus = peace_corpus() if name == "peace" else tuning_corpus(shared_dir())
        for share in (0.0, 0.12, 0.25):
            pairs, bad = shifted(corpus.pairs, share) if share else (corpus.pairs, set())
            found = set(misaligned(list(from_pairs(pairs)), load_default_lexicon()))
            print(f"| {name} | {share:.0%} | {len(bad)} | {len(found & bad)} | "
                  f"{len(found - bad)} | {scores(corpus, pairs, False)} | "
                  f"{scores(corpus, pairs, True)} |")


if __name__ == "__main__":
    main()
