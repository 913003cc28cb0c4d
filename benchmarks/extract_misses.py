"""Why tuning-list gold terms miss the top N of extraction: one class per term, by band.

    .venv/bin/python benchmarks/extract_misses.py [--top 500] [--examples 6]
    .venv/bin/python benchmarks/extract_misses.py --text peace --depth [--top 1000]

Runs ``termbase.extract_terms`` (top 1,000, one process) on the tuning corpus of
``mine_quality.py`` (UNv1 test set) and, for every gold concept with at least 3
occurrences none of whose forms is in the top N, names the first reason that applies:

* cut by a break word — the segmenter cuts the term so that a word n-grams never cross
  (不, 未, 所 …) stands inside it (最不发达国家, 不限成员名额);
* refused: <rule> — an edge or text rule of ``extract/filters.py`` refuses its words;
* not counted — its words, as cut alone, were not counted twice (the segmenter cuts it
  differently in context);
* dropped: <how> — counted and allowed, but removed by the dictionary's tags (a single
  word's tag, an n-gram's edge tags) or as a fixed clause (:func:`dropped_reason`);
* yields to longer phrases (evidence stage) — shortlisted, but the evidence stage took
  its score below half of what its statistics give: a fragment yielding to the phrases it
  stands in (维持和平 inside 维持和平行动), a free combination of two words, uses that refer
  back to a name, a bound modifier (``--depth`` prints the factor);
* single word: <weight> — a single dictionary word ranked low, named by the single-word
  weight of ``extract/ranking.score`` that took most of its score (:func:`single_word_weight`):
  a generic head (heading longer candidates in most of its uses), general vocabulary by its
  specificity (the two-character or the longer word's discount), or the single-word factor
  alone;
* coordination — weighed down as a free coordination (X和Y);
* one side closed / weak boundary — the weaker side's entropy is at the floor / below
  1 nat (few distinct neighbours, often a low-frequency term);
* ranked N+ — none of the above: the statistics rank it below N.

``--depth`` lists every missing term with the depth at which it is lost, deepest first:
the segmenter (how often the text's cuts put a word boundary at both ends of the term, and
how it is cut most often), the candidate generator (no draft: the reason above), or the
ranking (its rank among the scored drafts, and whether it made the shortlist).
``--text peace`` reads the development list gold/dev_peace.tsv on the bundled ``peace``
theme (as ``mine`` does: the shortlist sized for ``--top``) instead of the tuning list;
``--text multiun`` the development list gold/dev_multiun.tsv on the MultiUN sample's train
and valid parts, read as ``mine_quality.py`` and ``extract_dev.py`` read them.

For development lists only: the held-out list is never looked at for errors.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_quality import BANDS, Corpus, _bare, multiun_corpus, peace_corpus, tuning_corpus
from shared_data import shared_dir

_FLOOR = 0.3


_YIELDS = 0.5
"""An evidence-stage factor below this is the reason a draft ranks low."""


def evidence_factor(draft: Any) -> float:
    """The factor by which the evidence stage (``rescore_with_characters``: a fragment
    yielding to the phrases it stands in, a free combination of two words, uses that refer
    back to a name, a bound modifier) took a scored draft's score below what its
    statistics alone give; 1.0 when none did (or the statistics give nothing)."""
    alone = copy.copy(draft)
    alone.rescore()
    if alone.score <= 0.0 or draft.score >= alone.score:
        return 1.0
    return float(draft.score / alone.score)


# The single-word weights of the score, each with the values that take it out (a weight of
# 1, or the discount of the next weight down): see single_word_weight.
_SINGLE_WORD_WEIGHTS = (
    ("generic head", {"generic_head_factor": 1.0}),
    ("general by its specificity", {"short_word_factor": 0.35, "long_general_factor": 1.0}),
    ("single-word factor", {"single_word_factor": 1.0}),
)


def weight_factor(draft: Any, **neutral: float) -> float:
    """The factor by which the score's weights other than ``neutral`` (fields of
    ``extract.ranking.Weights``) leave the draft's statistics-alone score below what it is
    with ``neutral``'s values: 1.0 when those weights took nothing. The score is computed
    by the extractor's own function with other weights, so no rule is written here again."""
    import dataclasses

    import termbase.extract.drafts as drafts_module
    from termbase.extract.ranking import DEFAULT_WEIGHTS

    alone = copy.copy(draft)
    alone.rescore()
    scored = drafts_module.score
    weights = dataclasses.replace(DEFAULT_WEIGHTS, **neutral)
    drafts_module.score = lambda *args, **kwargs: scored(*args, **kwargs, weights=weights)
    try:
        lifted = copy.copy(draft)
        lifted.rescore()
    finally:
        drafts_module.score = scored
    if lifted.score <= 0.0 or alone.score >= lifted.score:
        return 1.0
    return float(alone.score / lifted.score)


def single_word_weight(draft: Any) -> str:
    """The single-word weight of the score that took most of ``draft``'s score, with its
    factor: a generic head (委员会), general vocabulary by its specificity (国家; 0.005 /
    0.35 for two characters, 0.2 for a longer word), or the single-word factor (0.35)."""
    name, factor = min(((name, weight_factor(draft, **neutral))
                        for name, neutral in _SINGLE_WORD_WEIGHTS), key=lambda nf: nf[1])
    return f"single word: {name}" if factor < 1.0 else "single word"


def _capture(module: Any, name: str, into: dict[str, Any]) -> None:
    """Wrap ``module.name`` to keep its first argument (or result) after it ran."""
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        into[name] = result if result is not None else dict(args[0])
        return result

    setattr(module, name, wrapped)


def _cut_at(lines: list[str], term: str, tokenizer: Any) -> tuple[int, int, str]:
    """How the text's cuts treat ``term``: occurrences, occurrences with a word boundary
    at both ends, and its most frequent cut (words joined by |, neighbours in brackets
    when a word runs across its edge)."""
    found = whole = 0
    cuts: Counter[str] = Counter()
    for line in lines:
        if term not in line:
            continue
        words = tokenizer.cut(line)
        ends = {0}
        position = 0
        for word in words:
            position += len(word)
            ends.add(position)
        start = line.find(term)
        while start >= 0:
            found += 1
            end = start + len(term)
            whole += start in ends and end in ends
            left = max(e for e in ends if e <= start)
            right = min(e for e in ends if e >= end)
            inner = sorted(e for e in ends if left <= e <= right)
            pieces = [line[a:b] for a, b in pairwise(inner)]
            cuts["|".join(pieces) if left == start and right == end
                 else "[" + "|".join(pieces) + "]"] += 1
            start = line.find(term, start + 1)
    return found, whole, (cuts.most_common(1)[0][0] if cuts else "")


def dropped_reason(term: str, words: list[str], tokenizer: Any) -> str:
    """Which drop of ``extract/tag_filters.py`` left out a term counted and allowed by the
    edge rules: a single word's tag ('v', 'nr' …) or its parts read as a fixed clause; an
    n-gram's edge or inside tags, a back reference or a place label; else a verb before
    an object used freely (drop_verb_phrases), the one drop that reads the counts."""
    from termbase.extract.candidates import is_back_reference
    from termbase.extract.tag_filters import (
        _NON_TERM_TAGS,
        _fixed_clause_reason,
        edge_tag_reason,
        is_verbal_compound,
    )

    tags = tokenizer.word_tags({term, *words, term[0], term[1:]})
    if len(words) == 1:
        tag = tags.get(term)
        if tag in _NON_TERM_TAGS:
            return f"dropped: tag '{tag}'"
        if is_verbal_compound(term, tags):
            return "dropped: verbal compound"
        pieces = {p for k in range(1, len(term)) for p in (term[:k], term[k:])}
        reason = _fixed_clause_reason(term, tokenizer.general_frequency(pieces))
        return f"dropped: fixed clause ({reason})" if reason else "dropped (other)"
    reason = edge_tag_reason(words, tags)
    if reason is not None:
        edge = words[-1] if reason == "tag-end" else words[0]
        return f"dropped: {reason} ('{tags.get(edge)}')" if reason != "tag-inside" \
            else "dropped: tag-inside"
    if is_back_reference(words):
        return "dropped: back reference"
    return "dropped: place label or verb phrase"


def classify(top: int, text: str = "tuning", depth: bool = False
             ) -> dict[str, list[tuple[str, str]]]:
    import termbase.extract.extractor as extractor
    from termbase.extract.candidates import BREAK_WORDS, SEPARATOR
    from termbase.extract.filters import is_coordination, refuse_words
    from termbase.extract.lines import line_documents
    from termbase.extract.model import ExtractSettings
    from termbase.text.segment import JiebaSegmenter

    if text == "peace":
        corpus: Corpus = peace_corpus()
    elif text == "multiun":
        corpus = multiun_corpus(shared_dir("corpus/multiun-sample"))
    else:
        corpus = tuning_corpus(shared_dir("corpus/unv1-testset"))
    seen: dict[str, Any] = {}
    _capture(extractor, "count_all", seen)
    _capture(extractor, "score_drafts", seen)
    lines = [zh for zh, _ in corpus.pairs]
    result = extractor.extract_terms(
        list(line_documents(enumerate(lines, 1), corpus.name)), tokenizer=JiebaSegmenter(),
        settings=ExtractSettings().sized_for(max(top, 1000)))
    counts, drafts = seen["count_all"], seen["score_drafts"]
    tokenizer = counts.tokenizer
    order = {t: i + 1 for i, t in enumerate(
        sorted(drafts, key=lambda t: (-drafts[t].score, -drafts[t].stats.freq, t)))}
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
        unscored = False
        if draft is None:
            refused = refuse_words(words)
            if any(w in BREAK_WORDS for w in words):
                why = "cut by a break word"
            elif refused:
                why = f"refused: {refused}"
            elif counts.ngrams.get(SEPARATOR.join(words), 0) < 2:
                why = "not counted (cut differently in context)"
            else:
                why = dropped_reason(term, words, tokenizer)
        else:
            # A draft whose bound fell below the shortlist was never measured nor scored
            # (score_drafts): its score is computed here, its rank stays below the scored.
            # A shortlisted one keeps its final score, the evidence stage's factors with it.
            unscored = draft.measure is not None
            if unscored:
                draft.measured()
                draft.rescore()
            factor = evidence_factor(draft)
            edge = min(draft.stats.left_entropy, draft.stats.right_entropy)
            if factor < _YIELDS:
                why = "yields to longer phrases (evidence stage)"
            elif len(draft.words) == 1:
                why = single_word_weight(draft)
            elif is_coordination(draft.words):
                why = "coordination"
            elif edge <= _FLOOR:
                why = "one side closed"
            elif edge < 1.0:
                why = "weak boundary"
            else:
                why = f"ranked {top + 1}+"
        if depth:
            found, whole, cut = _cut_at(lines, term, tokenizer)
            below = " (unscored: below the shortlist)" if unscored else ""
            place = (f"draft rank {order[term]}{below}, score {draft.score:.3g}"
                     f"{f' (×{factor:.2g} at the evidence stage)' if factor < 1.0 else ''}"
                     f", freq {draft.stats.freq}" if draft is not None else "no draft")
            print(f"{band}\t{term}\t{concept.count}\t{why}\tcut {cut} "
                  f"(whole {whole}/{found}, as words {counts.ngrams.get(SEPARATOR.join(words), 0)})"
                  f"\t{place}", file=sys.stderr)
        classes[why].append((band, term))
    return classes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=500)
    parser.add_argument("--examples", type=int, default=6)
    parser.add_argument("--text", choices=("tuning", "peace", "multiun"), default="tuning")
    parser.add_argument("--depth", action="store_true",
                        help="list every missing term with its depth on stderr")
    args = parser.parse_args()
    classes = classify(args.top, args.text, args.depth)
    total = sum(len(v) for v in classes.values())
    print(f"\n{args.text} gold (≥ 3 occurrences) outside the top {args.top}: {total}\n")
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
