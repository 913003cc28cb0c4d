"""Extraction's ranking replayed under other weights on every development text at once
(issue 12).

    .venv/bin/python benchmarks/extract_replay.py --save [--texts tuning,peace,...]
    .venv/bin/python benchmarks/extract_replay.py --set entropy_power=1.0 [--set NAME=VALUE ...]
        [--texts ...] [--cache DIR]

A change to how the score weighs its evidence must hold on every development text; running
``mine_quality.py`` and ``extract_dev.py`` on five texts takes many minutes per try. ``--save``
runs extraction once per text (one process, as ``extract_misses.py`` does: top 1,000) and
keeps the scored drafts, each with the factor by which the evidence stage took its score
below what its statistics give (``extract_misses.evidence_factor``), and the ranked entries
with their forms and scores. A replay rescores every kept draft under the weights given with
``--set`` (fields of :class:`termbase.extract.ranking.Weights`), keeps each draft's evidence
factor, moves each entry's score by the change of its forms' scores (an entry's score is the
sum of its forms', ``assembly.assemble``) and ranks again. Printed, before and after, per
text: recall@100/500/1000 by band of the gold lists (tuning, ``peace``, MultiUN, as
``mine_quality.py`` counts them) and P@100 / P@300 against the verdicts (``extract_signals``'
reading: the tuning gold and ``judged_top100.tsv``, the ``extract_dev.py`` files elsewhere),
with the unjudged entries that enter a top 300 (judge them before reading the figure).

What a replay leaves as it was: which drafts the shortlist holds (a draft below it is never
rescored), the evidence stage's factors and the grouping of forms into entries. It is a
sieve for ideas: a change that holds here is then measured by the benchmarks themselves.
With no ``--set`` it gives back the saved ranking. Development texts only.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_signals
import mine_quality
from extract_misses import _capture, evidence_factor
from shared_data import find_shared

from termbase.extract import ranking
from termbase.extract.drafts import Draft

TEXTS = ("tuning", "peace", "multiun", "themes", "unv1dev")
GOLD_TEXTS = ("tuning", "peace", "multiun")
CUTS = (100, 500, 1000)


@dataclass(frozen=True)
class Snapshot:
    """One extraction run: the scored drafts with their evidence factors, and the ranked
    entries (forms, bare as the gold lists write them, and score)."""

    drafts: tuple[tuple[Draft, float], ...]
    entries: tuple[tuple[tuple[str, ...], float], ...]


def snapshot(lines: Sequence[str], name: str) -> Snapshot:
    """Extract the terms of ``lines`` (one process, top 1,000) and keep what a replay
    needs."""
    import termbase.extract.extractor as extractor
    from termbase.extract.lines import line_documents
    from termbase.extract.model import ExtractSettings
    from termbase.text.segment import JiebaSegmenter

    seen: dict[str, Any] = {}
    original = extractor.score_drafts
    _capture(extractor, "score_drafts", seen)
    try:
        result = extractor.extract_terms(
            list(line_documents(enumerate(lines, 1), name)), tokenizer=JiebaSegmenter(),
            settings=ExtractSettings().sized_for(1000))
    finally:
        extractor.score_drafts = original  # type: ignore[assignment]
    kept = []
    for draft in seen["score_drafts"].values():
        if draft.measure is None and draft.score > 0.0:
            kept.append((draft, evidence_factor(draft)))
    entries = tuple((tuple(mine_quality._bare(f) for f in c.forms()), c.score)
                    for c in result.candidates)
    return Snapshot(tuple(kept), entries)


@contextmanager
def weighed(weights: ranking.Weights) -> Iterator[None]:
    """Score with ``weights`` while inside (the default that ``Draft`` scores with)."""
    defaults = ranking.score.__kwdefaults__
    assert defaults is not None
    before = defaults["weights"]
    defaults["weights"] = weights
    try:
        yield
    finally:
        defaults["weights"] = before


def replay(shot: Snapshot, weights: ranking.Weights = ranking.DEFAULT_WEIGHTS
           ) -> list[tuple[str, ...]]:
    """The entries of ``shot`` ranked again with the drafts scored under ``weights``."""
    change: dict[str, float] = {}
    with weighed(weights):
        for draft, factor in shot.drafts:
            change[draft.text] = draft._score(draft.stats) * factor - draft.score
    scored = [(score + sum(change.get(f, 0.0) for f in set(forms)), i, forms)
              for i, (forms, score) in enumerate(shot.entries)]
    scored.sort(key=lambda row: (-row[0], row[1]))
    return [forms for _, _, forms in scored]


def recall_cells(ranked: Sequence[Sequence[str]], gold: Sequence[tuple[tuple[str, ...], int]]
                 ) -> list[str]:
    """Recall at each of :data:`CUTS`, by band and over every concept used 3 times or more."""
    place: dict[str, int] = {}
    for rank, forms in enumerate(ranked, 1):
        for form in forms:
            place.setdefault(form, rank)
    cells = []
    for cut in CUTS:
        for _, low, high in (*mine_quality.BANDS, ("all", 3, 10**9)):
            band = [forms for forms, count in gold if low <= count <= high]
            found = sum(1 for forms in band if min(place.get(f, cut + 1) for f in forms) <= cut)
            cells.append(f"{found / max(len(band), 1):.2f}")
    return cells


def precision(ranked: Sequence[tuple[str, ...]],
              verdict: Callable[[tuple[str, ...]], bool | None], cut: int
              ) -> tuple[int, list[str]]:
    """Entries judged terms among the first ``cut``, and the first forms of those no
    verdict covers."""
    right = 0
    unjudged = []
    for forms in ranked[:cut]:
        judged = verdict(forms)
        right += bool(judged)
        if judged is None:
            unjudged.append(forms[0])
    return right, unjudged


def text_gold(text: str) -> list[tuple[tuple[str, ...], int]]:
    """The gold concepts of a text (forms, occurrences); none for a text without a list."""
    if text not in GOLD_TEXTS:
        return []
    shared = find_shared()
    assert shared is not None
    corpus = {"tuning": lambda: mine_quality.tuning_corpus(shared),
              "peace": mine_quality.peace_corpus,
              "multiun": lambda: mine_quality.multiun_corpus(shared)}[text]()
    return [(tuple(c.forms), c.count) for c in corpus.gold]


def parse_weights(settings: Sequence[str]) -> ranking.Weights:
    """``Weights`` with the ``NAME=VALUE`` overrides."""
    fields = {f.name for f in dataclasses.fields(ranking.Weights)}
    changes: dict[str, float] = {}
    for setting in settings:
        name, _, value = setting.partition("=")
        if name not in fields:
            raise SystemExit(f"--set {setting}: no such weight "
                             f"(one of {', '.join(sorted(fields))})")
        changes[name] = float(value)
    return dataclasses.replace(ranking.DEFAULT_WEIGHTS, **changes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", action="store_true", help="run extraction and keep it")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--texts", default=",".join(TEXTS))
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "termbase-extract-replay")
    args = parser.parse_args()
    weights = parse_weights(args.set)
    for text in args.texts.split(","):
        found = extract_signals.text_lines(text)
        if found is None:
            print(f"{text}: skipped, its text is not under $TERMBASE_SHARED")
            continue
        lines, verdict = found
        path = args.cache / f"{text}.pickle"
        if args.save:
            args.cache.mkdir(parents=True, exist_ok=True)
            shot = snapshot(lines, text)
            # Plain tuples: the script's own classes would be pickled as __main__'s.
            path.write_bytes(pickle.dumps((shot.drafts, shot.entries)))
        if not path.is_file():
            print(f"{text}: no saved run in {args.cache} (run with --save first)")
            continue
        shot = Snapshot(*pickle.loads(path.read_bytes()))
        gold = text_gold(text)
        before, after = replay(shot), replay(shot, weights)
        print(f"## {text}")
        for label, ranked in (("saved", before), ("replayed", after)):
            cells = recall_cells(ranked, gold) if gold else []
            p100, _ = precision(ranked, verdict, 100)
            p300, unjudged = precision(ranked, verdict, 300)
            recall = "  R@100/500/1000 high/mid/low/all " + " ".join(
                "/".join(cells[i:i + 4]) for i in range(0, len(cells), 4)) if cells else ""
            print(f"{label:>8}: P@100 {p100} P@300 {p300} ({len(unjudged)} unjudged){recall}")
        entered = [(rank, forms[0]) for rank, forms in enumerate(after[:300], 1)
                   if forms not in before[:300] and verdict(forms) is None]
        if entered:
            print("   unjudged entering the top 300: "
                  + ", ".join(f"{form} ({rank})" for rank, form in entered))
    return 0


if __name__ == "__main__":
    sys.exit(main())
