"""Does pairing's score mean something? Calibration and the abstention trade-off.

    python benchmarks/pair_calibration.py [--lists tuning peace pairs]

On the development lists only (never the held-out list): the tuning and ``peace`` lists of
``mine_quality.py`` on their clean text and with 12 % / 25 % of the pairs shifted
(``pair_misaligned.py``'s stretches, seed 7), and ``pair_quality.py``'s gold list over
its 11,000 pairs. Every gold form with ≥ 3 supporting pairs (counted on the clean text)
is paired once per corpus.

Reported:

* a calibration table: the answers pooled over the corpora, bucketed by the best
  candidate's score (the share of the term's pairs linked to it, weighted by the
  dictionary), with their accuracy — and the same by the number of links (support);
* the trade-off curve: top-1 / precision of answers per corpus when pairing abstains on
  answers scored below a threshold, or supported by fewer links than a threshold.

English is compared case-insensitively, as in ``mine_quality.py``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from mine_quality import _accepts, peace_corpus, support, tuning_corpus
from pair_misaligned import shifted
from pair_quality import ROOT, read_gold, un_corpus
from shared_data import shared_dir

from termbase.align.lexicon import load_default_lexicon
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms
from termbase.pair.results import Candidate

SCORE_EDGES = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
LINK_EDGES = (0, 2, 3, 4, 5, 8, 15, 10**9)
SCORE_CUTS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)
LINK_CUTS = (0, 3, 4, 5)


@dataclass(frozen=True, slots=True)
class Outcome:
    corpus: str
    best: Candidate | None
    """None: abstained."""
    right: bool


def _paired(name: str, terms: Sequence[str], source: object,
            accepts: Callable[[int, str], bool]) -> list[Outcome]:
    pairings = pair_terms(terms, source, lexicon=load_default_lexicon(),  # type: ignore[arg-type]
                          settings=PairSettings(workers=2))
    by_term = {p.term: p for p in pairings}
    out = []
    for index, term in enumerate(terms):
        best = by_term[term].best
        out.append(Outcome(name, best, best is not None and accepts(index, best.text)))
    return out


def list_outcomes(name: str) -> list[Outcome]:
    """Outcomes of one development list on its clean and shifted text."""
    corpus = peace_corpus() if name == "peace" else tuning_corpus(shared_dir())
    forms = [(f, c) for c in corpus.gold if c.english for f in c.forms
             if support(corpus, f, c) >= 3]
    terms = [f for f, _ in forms]
    out = []
    for share in (0.0, 0.12, 0.25):
        pairs = shifted(corpus.pairs, share)[0] if share else corpus.pairs
        label = f"{name} {share:.0%} shifted" if share else name
        out += _paired(label, terms, from_pairs(pairs, label),
                       lambda i, text: _accepts(forms[i][1], text))
    return out


def gold_outcomes() -> list[Outcome]:
    """``pair_quality.py``'s gold list over its corpus."""
    gold = [g for g in read_gold(ROOT / "benchmarks" / "gold" / "pairs.tsv") if g.support >= 3]
    return _paired("pair_quality", [g.zh for g in gold], un_corpus(shared_dir()),
                   lambda i, text: gold[i].accepts(text))


def _buckets(title: str, outcomes: Sequence[Outcome], value: Callable[[Candidate], float],
             edges: Sequence[float]) -> None:
    print(f"\n| {title} | answers | wrong | accuracy |\n|---|---|---|---|")
    for low, high in pairwise(edges):
        inside = [o for o in outcomes if o.best and low <= value(o.best) < high]
        wrong = sum(not o.right for o in inside)
        shown = f"≥ {low:g}" if high == edges[-1] else f"{low:g} to < {high:g}"
        accuracy = f"{1 - wrong / len(inside):.3f}" if inside else "—"
        print(f"| {shown} | {len(inside)} | {wrong} | {accuracy} |")


def _curve(title: str, outcomes: Sequence[Outcome], corpora: Sequence[str],
           keep: Callable[[Candidate, float], bool], cuts: Sequence[float]) -> None:
    print(f"\n| abstain below ({title}) | " + " | ".join(corpora) + " |")
    print("|---" * (len(corpora) + 1) + "|")
    for cut in cuts:
        cells = []
        for name in corpora:
            mine = [o for o in outcomes if o.corpus == name]
            answered = [o for o in mine if o.best and keep(o.best, cut)]
            right = sum(o.right for o in answered)
            cells.append(f"{right / len(mine):.3f} / {right / max(1, len(answered)):.3f}")
        print(f"| {cut:g} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lists", nargs="+", default=["tuning", "peace", "pairs"],
                        choices=["tuning", "peace", "pairs"])
    args = parser.parse_args()
    outcomes: list[Outcome] = []
    for name in args.lists:
        outcomes += gold_outcomes() if name == "pairs" else list_outcomes(name)
    corpora = list(dict.fromkeys(o.corpus for o in outcomes))
    answered = [o for o in outcomes if o.best]
    print(f"{len(outcomes)} forms over {len(corpora)} corpora, {len(answered)} answered, "
          f"{sum(not o.right for o in answered)} wrongly")
    _buckets("score of the answer", outcomes, lambda c: c.score, SCORE_EDGES)
    _buckets("links (support)", outcomes, lambda c: c.support, LINK_EDGES)
    print("\nTop-1 / precision of answers per corpus:")
    _curve("score", outcomes, corpora, lambda c, cut: c.score >= cut, SCORE_CUTS)
    _curve("links", outcomes, corpora, lambda c, cut: c.support >= cut, LINK_CUTS)


if __name__ == "__main__":
    main()
