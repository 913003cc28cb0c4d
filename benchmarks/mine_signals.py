"""Which English-side signals tell terms from general words among ``mine``'s ordered
output, text by text (issue 12).

    .venv/bin/python benchmarks/mine_signals.py [--texts tuning,peace,multiun]
        [--factors 1.5,2,3]

Extraction ranks by Chinese evidence alone, and no monolingual signal tells a general word
(代表团, 基础设施, 受害者) from a term on every development text
(``extract_signals.py``). ``mine`` ranks by the English too
(:mod:`termbase.pair.termhood`); this measures what more the English could say. For each
text it runs ``mine_terms(…, max_terms=300)`` as ``mine_quality.py`` does and keeps its
whole ranked list (kept and dropped concepts, with the pairings it ranked them by). Among
the rendered tier's entries a verdict covers (``mine_quality.judge_top``'s: a gold form,
else the text's judged file), it prints each signal's AUC (the chance that a judged term
scores above a judged non-term; 0.5: no separation) over the first 300 places, the first
100, and places 101-500 — the band a demotion moves across the cut of ``--max-terms`` 300.

Then, for each yes/no signal, the list re-sorted with the signal's entries demoted by each
factor of ``--factors`` (their termhood score less its log, as :data:`CAPITALS_FACTOR`
raises), and its P@100 / P@300 (unjudged entries counted wrong) and pair recall @300 (a
gold concept with English, used 3 times or more, answered right under a kept form). This is
a simulation on one run: the folds of short forms and synonyms keep the places they had,
and recall reads each concept's answer of its first answered form; unchanged, it gives
``mine_quality.py``'s figures (MultiUN's recall within a concept).

Signals, higher = more term-like as written:

* ``share``: the answer's pairs over the term's (how consistently it is rendered);
* ``margin``: one minus the runner-up's pairs over the answer's;
* ``few renderings``: minus the number of candidates pairing kept;
* ``words``: the answer's words;
* ``dice``, ``specific`` (the answer's pairs over the pairs holding its English),
  ``rare English`` (minus the pairs holding it);
* ``not one lower word``: the answer is not one lower-case word (an acronym the dictionary
  does not gloss, :func:`termbase.pair.termhood.acronym`, is no word);
* ``not its gloss``: the answer is not one lower-case word the dictionary glosses the term
  itself with (a general word's English is its plain gloss: 基础设施 'infrastructure').
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mine_quality
from extract_signals import auc
from shared_data import find_shared

if TYPE_CHECKING:
    from termbase.pair.results import TermPairing
    from termbase.pair.termhood import Termhood

Row = tuple[tuple[str, ...], "Termhood", "TermPairing | None"]
BANDS = ((0, 300), (0, 100), (100, 500))


def ranked_rows(corpus: mine_quality.Corpus) -> list[Row]:
    """``mine``'s whole ranked list at ``max_terms`` 300: each concept's forms, termhood
    and the pairing of its first answered form, as termhood saw it."""
    from termbase import mine_terms
    from termbase.pair import mining
    from termbase.pair.corpus import from_pairs
    from termbase.pair.termhood import rank_concepts

    seen: dict[str, TermPairing] = {}

    def watched(concepts: Any, pairings: Mapping[str, TermPairing], *args: Any) -> Any:
        seen.update(pairings)
        return rank_concepts(concepts, pairings, *args)

    with mock.patch.object(mining, "rank_concepts", watched):
        result = mine_terms(from_pairs(corpus.pairs, corpus.name), max_terms=300, workers=2)
    rows: list[Row] = []
    for mined in (*result.concepts, *result.dropped):
        forms = tuple(mined.candidate.forms())
        pairing = next((seen[f] for f in forms if f in seen and seen[f].best is not None),
                       None)
        rows.append((forms, mined.termhood, pairing))
    return rows


def signals(dictionary: Any) -> dict[str, Callable[[tuple[str, ...], TermPairing], float]]:
    from termbase.align.lexicon import stem
    from termbase.pair.termhood import acronym

    def lone_word(pairing: TermPairing) -> bool:
        text = pairing.candidates[0].text
        return " " not in text and "-" not in text and text.islower() \
            and acronym(text, dictionary) is None

    def gloss(forms: tuple[str, ...], pairing: TermPairing) -> bool:
        return lone_word(pairing) and \
            stem(pairing.candidates[0].text) in dictionary.translations(forms[0])

    def best(p: TermPairing) -> Any:
        return p.candidates[0]

    return {
        "share": lambda f, p: best(p).support / max(p.occurrences, 1),
        "margin": lambda f, p: 1 - (p.candidates[1].support if len(p.candidates) > 1
                                    else 0) / max(best(p).support, 1),
        "few renderings": lambda f, p: -len(p.candidates),
        "words": lambda f, p: len(best(p).text.split()),
        "dice": lambda f, p: best(p).dice,
        "specific": lambda f, p: best(p).support / max(best(p).frequency, 1),
        "rare English": lambda f, p: -best(p).frequency,
        "not one lower word": lambda f, p: float(not lone_word(p)),
        "not its gloss": lambda f, p: float(not gloss(f, p)),
    }


def verdict(corpus: mine_quality.Corpus, judged: dict[str, bool],
            forms: Sequence[str]) -> bool | None:
    """The entry's verdict as ``mine_quality.judge_top`` reads it; None: unjudged."""
    right, others = mine_quality.judge_top([forms], corpus, judged, 1)
    if right:
        return True
    return False if others and others[0].endswith("(judged not a term)") else None


def figures(rows: Sequence[Row], corpus: mine_quality.Corpus, judged: dict[str, bool]) -> str:
    cells = []
    for cut in (100, 300):
        right, others = mine_quality.judge_top([r[0] for r in rows], corpus, judged, cut)
        unjudged = sum(not o.endswith("(judged not a term)") for o in others)
        cells.append(f"{right / cut:.2f} ({unjudged})")
    concepts = [c for c in corpus.gold if c.english and c.count >= 3]
    found = sum(any(set(forms) & set(c.forms) and pairing is not None
                    and mine_quality._accepts(c, pairing.candidates[0].text)
                    for forms, _, pairing in rows[:300]) for c in concepts)
    cells.append(f"{found / len(concepts):.3f}")
    return " | ".join(cells)


def demoted(rows: Sequence[Row], says: Callable[[tuple[str, ...], TermPairing], float],
            factor: float) -> list[Row]:
    def key(item: tuple[int, Row]) -> tuple[int, float, int]:
        index, (forms, termhood, pairing) = item
        hit = termhood.tier == 0 and pairing is not None and not says(forms, pairing)
        return termhood.tier, -(termhood.score - (math.log(factor) if hit else 0.0)), index

    return [row for _, row in sorted(enumerate(rows), key=key)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", default="tuning,peace,multiun")
    parser.add_argument("--factors", default="1.5,2,3")
    args = parser.parse_args()
    from termbase.align.lexicon import load_default_lexicon

    shared = find_shared()
    dictionary = load_default_lexicon()
    measures = signals(dictionary)
    yes_no = [name for name in measures if name.startswith("not ")]
    for text in args.texts.split(","):
        if text == "peace":
            corpus = mine_quality.peace_corpus()
        elif shared is None:
            print(f"{text}: skipped, no $TERMBASE_SHARED")
            continue
        else:
            corpus = (mine_quality.tuning_corpus if text == "tuning"
                      else mine_quality.multiun_corpus)(shared)
        judged = mine_quality.read_judged(corpus.judged)
        rows = ranked_rows(corpus)
        print(f"\n## {text}\n\nAUC among the rendered tier's judged entries (terms / non-terms)"
              "\n\n| signal | " + " | ".join(f"places {lo + 1}-{hi}" for lo, hi in BANDS)
              + " |\n|---|---|---|---|")
        for name, says in measures.items():
            cells = []
            for lo, hi in BANDS:
                terms: list[float] = []
                others: list[float] = []
                for forms, termhood, pairing in rows[lo:hi]:
                    judgement = verdict(corpus, judged, forms)
                    if judgement is None or termhood.tier != 0 or pairing is None:
                        continue
                    (terms if judgement else others).append(says(forms, pairing))
                cells.append(f"{auc(terms, others):.3f} ({len(terms)}/{len(others)})")
            print(f"| {name} | " + " | ".join(cells) + " |")
        print("\nDemoted (unjudged entries in brackets, counted wrong)\n\n"
              "| demotion | P@100 | P@300 | pair recall @300 |\n|---|---|---|---|")
        print(f"| none | {figures(rows, corpus, judged)} |")
        for name in yes_no:
            for factor in (float(f) for f in args.factors.split(",")):
                print(f"| {name[4:]} × 1/{factor:g} | "
                      f"{figures(demoted(rows, measures[name], factor), corpus, judged)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
