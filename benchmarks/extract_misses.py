"""Why tuning-list gold terms miss the top N of extraction: one class per term, by band.

    .venv/bin/python benchmarks/extract_misses.py [--top 500] [--examples 6]

Runs ``termbase.extract_terms`` (top 1,000, one process) on the tuning corpus of
``mine_quality.py`` (UNv1 test set) and, for every gold concept with at least 3
occurrences none of whose forms is in the top N, names the first reason that applies:

* cut by a break word — the segmenter cuts the term so that a word n-grams never cross
  (不, 未, 所 …) stands inside it (最不发达国家, 不限成员名额);
* refused: <rule> — an edge or text rule of ``extract/filters.py`` refuses its words;
* not counted — its words, as cut alone, were not counted twice (the segmenter cuts it
  differently in context);
* dropped — counted and allowed, but removed by the dictionary's tags or as a fixed
  clause;
* single word (general / other) — a single dictionary word ranked low, general when the
  text uses it less than 50 times as often as general Chinese;
* coordination — weighed down as a free coordination (X和Y);
* one side closed / weak boundary — the weaker side's entropy is at the floor / below
  1 nat (few distinct neighbours, often a low-frequency term);
* ranked N+ — none of the above: the statistics rank it below N.

For the tuning list only: the held-out list is never looked at for errors.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_quality import BANDS, _bare, tuning_corpus
from shared_data import shared_dir

_GENERAL = 50.0
_FLOOR = 0.3


def _capture(module: Any, name: str, into: dict[str, Any]) -> None:
    """Wrap ``module.name`` to keep its first argument (or result) after it ran."""
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        into[name] = result if result is not None else dict(args[0])
        return result

    setattr(module, name, wrapped)


def classify(top: int) -> dict[str, list[tuple[str, str]]]:
    import termbase.extract.extractor as extractor
    from termbase.extract.candidates import BREAK_WORDS, SEPARATOR
    from termbase.extract.filters import is_coordination, refuse_words
    from termbase.extract.lines import line_documents
    from termbase.extract.model import ExtractSettings
    from termbase.text.segment import JiebaSegmenter

    corpus = tuning_corpus(shared_dir("corpus/unv1-testset"))
    seen: dict[str, Any] = {}
    _capture(extractor, "count_all", seen)
    _capture(extractor, "score_drafts", seen)
    lines = [zh for zh, _ in corpus.pairs]
    result = extractor.extract_terms(
        list(line_documents(enumerate(lines, 1), corpus.name)), tokenizer=JiebaSegmenter(),
        settings=ExtractSettings().sized_for(1000))
    counts, drafts = seen["count_all"], seen["score_drafts"]
    tokenizer = counts.tokenizer
    rank: dict[str, int] = {}
    for i, candidate in enumerate(result.candidates):
        for form in candidate.forms():
            rank.setdefault(_bare(form), i + 1)
    classes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for concept in corpus.gold:
        if concept.count < 3 or min(rank.get(f, 10**6) for f in concept.forms) <= top:
            continue
        band = next(name for name, low, high in BANDS if low <= concept.count <= high)
        term = concept.forms[0]
        words = tokenizer.cut(term)
        draft = drafts.get(term)
        if draft is None:
            refused = refuse_words(words)
            if any(w in BREAK_WORDS for w in words):
                why = "cut by a break word"
            elif refused:
                why = f"refused: {refused}"
            elif counts.ngrams.get(SEPARATOR.join(words), 0) < 2:
                why = "not counted (cut differently in context)"
            else:
                why = "dropped (tag or fixed clause)"
        else:
            draft.measured()  # drafts that cannot rank are scored without their boundaries
            edge = min(draft.stats.left_entropy, draft.stats.right_entropy)
            if len(draft.words) == 1:
                why = ("single word, general" if draft.specificity < _GENERAL
                       else "single word, other")
            elif is_coordination(draft.words):
                why = "coordination"
            elif edge <= _FLOOR:
                why = "one side closed"
            elif edge < 1.0:
                why = "weak boundary"
            else:
                why = f"ranked {top + 1}+"
        classes[why].append((band, term))
    return classes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=500)
    parser.add_argument("--examples", type=int, default=6)
    args = parser.parse_args()
    classes = classify(args.top)
    total = sum(len(v) for v in classes.values())
    print(f"\ntuning gold (≥ 3 occurrences) outside the top {args.top}: {total}\n")
    print("| class | terms | high | mid | low | examples |")
    print("|---|---|---|---|---|---|")
    for why, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        bands = Counter(band for band, _ in items)
        examples = ", ".join(term for _, term in items[: args.examples])
        print(f"| {why} | {len(items)} | {bands['high']} | {bands['mid']} | {bands['low']} | "
              f"{examples} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
