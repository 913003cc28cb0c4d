"""Extraction and pairing on unseen UN text (issue 12): tuning, held-out and peace lists.

    .venv/bin/python benchmarks/mine_quality.py [--only tuning|heldout|peace|multiun] [--errors]
        [--speed] [--mine-losses] [--skip extraction pairing mine]

Four corpora, each with its own gold list, scored the same way in one run:

* **tuning** — the UNv1 test set (../shared/corpus/unv1-testset, Chinese spaces removed),
  gold ``gold/extract_unv1.tsv`` for extraction; English from ``gold/pairs.tsv`` for the
  gold lines that have a pair there;
* **held-out** — the 2023 sample's five non-peace themes (English record i + 1 with
  Chinese record i), gold ``gold/heldout_2023.tsv`` (never tuned on; HELDOUT.md);
* **peace** — the bundled 2023 ``peace`` theme (data/parallel/un2023-peace.zh/.en, line
  i with line i), gold ``gold/dev_peace.tsv``, a development list (DEV_PEACE.md); the text
  is small (586 lines), so extraction recall is cut at 100/300/500 and P@100 judged by
  ``gold/judged_dev_peace.tsv`` (its verdicts on the top 300);
* **multiun** — the MultiUN sample's train + valid parts (../shared/corpus/multiun-sample,
  line i with line i, English lower-cased), gold ``gold/dev_multiun.tsv``, a development
  list for pairing and ``mine`` (DEV_MULTIUN.md); its extraction is judged by
  ``benchmarks/extract_dev.py``, so extraction is not run here.

Reported for each, beside jieba.analyse TF-IDF and TextRank and a Dice baseline:

* extraction recall@100/500/1000 by frequency band (high ≥ 20, mid 8–19, low 3–7
  occurrences of the canonical form) and P@100: an entry is right when one of its forms
  is a gold form, or when ``gold/judged_top100.tsv`` holds the verdict ``term`` for it
  (entries judged by the written guidelines of gold/README.md and HELDOUT.md);
  unjudged entries count as wrong and are listed with ``--errors``;
* ``mine`` end to end (``termbase.mine_terms``, default ``--max-terms`` and 1000):
  pair recall = gold concepts with English for which some mined form's best answer is an
  accepted English form; accuracy = right answers among the mined gold forms answered;
* pairing (``termbase.pair_terms``) on every gold form with English: top-1 on forms with
  ≥ 3 supporting pairs (form and an accepted English in the same pair), precision of the
  answers given (abstentions left out); the Dice baseline ranks every co-occurring
  English n-gram (n ≤ 4), no abstention. On peace and multiun also over all forms, and ``--errors``
  adds abstentions with their reason and ``mine``'s errors and misses at both sizes.

``mine``'s ordered output is also judged as extraction's is: P@100 (P@300 on peace) of its
concepts in the order the review sheet shows them, unjudged entries counted wrong; on
**multiun** by ``gold/judged_dev_multiun.tsv`` alone (its verdicts on the first form of
extraction's top 150), as before that text had a gold list, so the figure stays comparable.

``--mine-losses`` names, for each gold concept with English that ``mine`` misses, the stage
where it is lost (:data:`LOSS_STAGES`: not extracted, below the shortlist, dropped by
termhood, abstained, answered wrong, answered right under a form the scorer does not
credit; an extraction of 5,000 candidates tells a form never proposed from one ranked
below the list ``mine`` asked for); with ``--errors`` the concepts are listed.

English is compared case-insensitively (MultiUN, in the pairing gold, is lower-cased).
``--speed``: extraction throughput end to end with ``-j 2`` beside jieba alone
(benchmarks/extract_speed.py on the same combined corpus).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_heldout_candidates import multiun_pairs
from extract_quality import despace, shared_dir
from pair_quality import baseline as dice_baseline
from shared_data import un2023_shifted_pairs

if TYPE_CHECKING:
    from termbase.pair.mining import MiningResult

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
BANDS = (("high", 20, 10**9), ("mid", 8, 19), ("low", 3, 7))
CUTS = (100, 500, 1000)


@dataclass
class Concept:
    forms: tuple[str, ...]
    english: frozenset[str]
    """Accepted English, case-folded; empty: extraction only."""
    count: int = 0


@dataclass
class Corpus:
    name: str
    pairs: list[tuple[str, str]]
    gold: list[Concept]
    cuts: tuple[int, ...] = CUTS
    """Where extraction recall is cut: a small text has fewer entries to rank."""
    judged: Path = GOLD / "judged_top100.tsv"
    """Verdicts on top-100 entries outside the gold list, for P@100."""
    judged_first_form: bool = False
    """Verdicts were written for an entry's first (displayed) form only."""
    full_report: bool = False
    """Pairing also over all forms (any support), and ``--errors`` lists abstentions with
    their reason — for lists added after the first two, whose output stays as it was."""
    extraction: bool = True
    """Extraction recall and P@100 are scored on this corpus (not where another benchmark
    judges extraction on the text)."""
    gold_in_precision: bool = True
    """A gold form counts as a right entry in P@k; off where P@k predates the gold list and
    its verdict file alone keeps the figure comparable."""
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = "\n".join(zh for zh, _ in self.pairs)
        for concept in self.gold:
            concept.count = self.text.count(concept.forms[0])


def _bare(term: str) -> str:
    return term.replace("《", "").replace("》", "").strip()


def _rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def tuning_corpus(shared: Path) -> Corpus:
    base = shared / "corpus" / "unv1-testset"
    zh = [despace(x) for x in (base / "UNv1.0.testset.zh-segmented")
          .read_text(encoding="utf-8").split("\n")]
    en = (base / "UNv1.0.testset.en").read_text(encoding="utf-8").split("\n")
    pairs = [(z, e) for z, e in zip(zh, en, strict=False) if z.strip() and e.strip()]
    header, *body = _rows(GOLD / "pairs.tsv")
    col = {name: i for i, name in enumerate(header)}
    english: dict[str, frozenset[str]] = {}
    for row in body:
        forms = [row[col["en"]]] + [a for a in row[col["alternatives"]].split(" | ") if a]
        english[row[col["zh"]]] = frozenset(f.strip().casefold() for f in forms if f.strip())
    gold = []
    for row in _rows(GOLD / "extract_unv1.tsv"):
        forms = tuple(_bare(f) for f in row if f.strip())
        accepted = frozenset().union(*(english.get(f, frozenset()) for f in forms))
        gold.append(Concept(forms, accepted))
    return Corpus("tuning (UNv1 test set)", pairs, gold)


def heldout_corpus(shared: Path) -> Corpus:
    return _listed_corpus("held-out (2023 sample, 5 themes)", un2023_shifted_pairs(shared),
                          GOLD / "heldout_2023.tsv")


def peace_corpus() -> Corpus:
    zh, en = (ROOT / "data" / "parallel" / f"un2023-peace.{lang}" for lang in ("zh", "en"))
    pairs = list(zip(zh.read_text(encoding="utf-8").splitlines(),
                     en.read_text(encoding="utf-8").splitlines(), strict=True))
    corpus = _listed_corpus("peace (2023 sample, bundled; development)", pairs,
                            GOLD / "dev_peace.tsv")
    corpus.cuts = (100, 300, 500)
    corpus.judged = GOLD / "judged_dev_peace.tsv"
    corpus.full_report = True
    return corpus


def multiun_corpus(shared: Path) -> Corpus:
    """The MultiUN sample's train and valid parts (lower-cased English): pairing and ``mine``
    against ``gold/dev_multiun.tsv`` (DEV_MULTIUN.md); ``mine``'s P@100 judged by
    ``gold/judged_dev_multiun.tsv`` alone, extraction by benchmarks/extract_dev.py."""
    pairs = multiun_pairs(shared)
    corpus = _listed_corpus("MultiUN sample (train + valid; development)", pairs,
                            GOLD / "dev_multiun.tsv")
    corpus.cuts = (100,)
    corpus.judged = GOLD / "judged_dev_multiun.tsv"
    corpus.judged_first_form = True
    corpus.full_report = True
    corpus.extraction = False
    corpus.gold_in_precision = False
    return corpus


def _listed_corpus(name: str, pairs: list[tuple[str, str]], path: Path) -> Corpus:
    """A corpus scored against a list in HELDOUT.md's format (zh, variants, en, alternatives)."""
    header, *body = _rows(path)
    col = {column: i for i, column in enumerate(header)}
    gold = []
    for row in body:
        forms = (row[col["zh"]], *(f for f in row[col["variants"]].split(" | ") if f))
        english = [row[col["en"]], *row[col["alternatives"]].split(" | ")]
        gold.append(Concept(tuple(forms), frozenset(e.strip().casefold() for e in english
                                                    if e.strip())))
    return Corpus(name, pairs, gold)


def read_judged(path: Path) -> dict[str, bool]:
    if not path.is_file():
        return {}
    return {row[0]: row[1] == "term" for row in _rows(path) if len(row) >= 2}


# --- extraction -------------------------------------------------------------------------------


def extraction_scores(ranked: Sequence[Sequence[str]], corpus: Corpus,
                      judged: dict[str, bool]) -> tuple[list[str], list[str]]:
    index = {form: i for i, c in enumerate(corpus.gold) for form in c.forms}
    hits = [{index[_bare(f)] for f in entry if _bare(f) in index} for entry in ranked]
    cells = []
    for cut in corpus.cuts:
        found = set().union(*hits[:cut]) if hits[:cut] else set()
        for _, low, high in BANDS:
            band = [i for i, c in enumerate(corpus.gold) if low <= c.count <= high]
            cells.append(f"{sum(1 for i in band if i in found) / max(len(band), 1):.2f}")
        everything = [i for i, c in enumerate(corpus.gold) if c.count >= 3]
        cells.append(f"{sum(1 for i in everything if i in found) / len(everything):.2f}")
    right, unjudged = judge_top(ranked, corpus, judged, 100)
    cells.append(f"{right / 100:.2f}")
    return cells, unjudged


def judge_top(ranked: Sequence[Sequence[str]], corpus: Corpus, judged: dict[str, bool],
              cut: int) -> tuple[int, list[str]]:
    """Right entries among the first ``cut``, and the others: unjudged, or marked
    "(judged not a term)". An entry is right when one of its forms is a gold form or is
    judged a term (only its first form, where the verdicts are written for that)."""
    index = {form for c in corpus.gold for form in c.forms} if corpus.gold_in_precision \
        else set()
    right = 0
    unjudged = []
    for entry in ranked[:cut]:
        looked = entry[:1] if corpus.judged_first_form else entry
        hit = any(_bare(f) in index for f in entry)
        verdict = hit or any(judged.get(_bare(f), False) for f in looked)
        right += verdict
        if not hit and not any(_bare(f) in judged for f in looked):
            unjudged.append(entry[0])
        elif not verdict:
            unjudged.append(f"{entry[0]} (judged not a term)")
    return right, unjudged


def run_extraction(corpus: Corpus, errors: bool) -> list[str]:
    import jieba
    import jieba.analyse

    from termbase import extract_terms
    from termbase.extract.lines import line_documents

    judged = read_judged(corpus.judged)
    lines = [zh for zh, _ in corpus.pairs]
    started = time.perf_counter()
    result = extract_terms(list(line_documents(enumerate(lines, 1), corpus.name)),
                           top=1000, workers=2)
    seconds = time.perf_counter() - started
    ours = [c.forms() for c in result.candidates]
    jieba.setLogLevel(60)
    rows = []
    for name, ranked in (("termbase extract", ours),
                         ("jieba TF-IDF", [[w] for w in jieba.analyse.extract_tags(
                             corpus.text, topK=1000)]),
                         ("jieba TextRank", [[w] for w in jieba.analyse.textrank(
                             corpus.text, topK=1000)])):
        cells, unjudged = extraction_scores(ranked, corpus, judged)
        rows.append(f"| {name} | {len(ranked)} | " + " | ".join(cells) + " |")
        if errors and name == "termbase extract":
            print(f"  top-100 entries not in the gold list nor judged terms: "
                  f"{', '.join(unjudged)}", file=sys.stderr)
            missed = [c.forms[0] for c in corpus.gold if c.count >= 8
                      and not any(set(c.forms) & {_bare(f) for f in e} for e in ranked[:500])]
            print(f"  gold (count ≥ 8) not in the top 500: {', '.join(missed)}",
                  file=sys.stderr)
    header = "| method | entries | " + " | ".join(
        f"R@{cut} {band}" for cut in corpus.cuts for band in (*(b[0] for b in BANDS), "all")) + \
        " | P@100 |"
    print(f"\nextraction: {len(corpus.text):,} characters, termbase {seconds:.1f} s (-j 2)\n")
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    print("\n".join(rows))
    return [form for entry in ours for form in entry[:1]]


# --- pairing ----------------------------------------------------------------------------------


def _accepts(concept: Concept, answer: str) -> bool:
    return answer.strip().casefold() in concept.english


def support(corpus: Corpus, form: str, concept: Concept) -> int:
    patterns = [re.compile(r"(?<!\w)" + re.escape(e) + r"(?!\w)", re.IGNORECASE)
                for e in concept.english]
    return sum(1 for zh, en in corpus.pairs if form in zh and any(p.search(en)
                                                                   for p in patterns))


def run_pairing(corpus: Corpus, errors: bool) -> None:
    from termbase.align.lexicon import load_default_lexicon
    from termbase.pair.corpus import from_pairs
    from termbase.pair.pairer import PairSettings, pair_terms

    source = from_pairs(corpus.pairs, corpus.name)
    forms = [(form, c) for c in corpus.gold if c.english for form in c.forms]
    terms = [form for form, _ in forms]
    pairings = pair_terms(terms, source, lexicon=load_default_lexicon(),
                          settings=PairSettings(workers=2))
    by_term = {p.term: p for p in pairings}
    base = dice_baseline(terms, source)
    print(f"\npairing: {len(forms)} gold forms with English\n")
    print("| method | forms (support ≥ 3) | top-1 | abstained | precision of answers |")
    print("|---|---|---|---|---|")
    supports = [support(corpus, form, concept) for form, concept in forms]
    # A full report adds rows over every form; errors are listed once, for the widest pass.
    passes = ((3, ""), (0, ", all forms")) if corpus.full_report else ((3, ""),)
    for least, label in passes:
        listing = errors and least == passes[-1][0]
        for name in ("termbase pair", "Dice baseline"):
            n = top1 = abstained = 0
            for index, (form, concept) in enumerate(forms):
                if supports[index] < least:
                    continue
                answers = ([c.text for c in by_term[form].candidates]
                           if name == "termbase pair" else base[index])
                n += 1
                gold = f"gold {sorted(concept.english)[:2]}" + (
                    f", support {supports[index]}" if corpus.full_report else "")
                if not answers:
                    abstained += 1
                    if listing and name == "termbase pair" and corpus.full_report:
                        print(f"  pair abstained: {form} ({gold}): "
                              f"{by_term[form].abstained_reason}", file=sys.stderr)
                    continue
                right = _accepts(concept, answers[0])
                top1 += right
                if listing and not right and name == "termbase pair":
                    print(f"  pair: {form} → {answers[0]!r} ({gold})", file=sys.stderr)
            answered = n - abstained
            print(f"| {name}{label} | {n} | {top1 / max(n, 1):.3f} | "
                  f"{abstained / max(n, 1):.3f} | {top1 / max(answered, 1):.3f} |")


def mined_entries(result: MiningResult, max_terms: int) -> list[tuple[str, ...]]:
    """The concepts of ``mine``'s output in its order, as forms (main term first)."""
    if getattr(result, "concepts", ()):
        return [tuple(m.candidate.forms()) for m in result.concepts]
    # The code before session 26 (run as a baseline from another tree) kept the
    # extractor's first max_terms in its order.
    return [tuple(c.forms()) for c in result.extraction.candidates[:max_terms]]


def mined_precision(entries: Sequence[Sequence[str]], corpus: Corpus,
                    judged: dict[str, bool]) -> tuple[str, list[str]]:
    """P@100 (and @300 where extraction is cut there) of ``mine``'s ordered output, judged
    as extraction's P@100 is (:func:`judge_top`), with the count of unjudged entries; and
    the top 100's unjudged entries."""
    cells = []
    listed: list[str] = []
    for cut in (100, 300) if 300 in corpus.cuts else (100,):
        right, others = judge_top(entries, corpus, judged, cut)
        unjudged = [e for e in others if not e.endswith("(judged not a term)")]
        listed = unjudged if cut == 100 else listed
        cells.append(f"P@{cut} {right / cut:.2f} ({len(unjudged)} unjudged)")
    return ", ".join(cells), listed


def run_mine(corpus: Corpus, errors: bool, losses: bool = False) -> None:
    from termbase import mine_terms
    from termbase.pair.corpus import from_pairs

    source = from_pairs(corpus.pairs, corpus.name)
    judged = read_judged(corpus.judged)
    with_english = [c for c in corpus.gold if c.english and c.count >= 3]
    print(f"\nmine end to end: {len(with_english)} gold concepts with English\n")
    print("| --max-terms | pair recall | accuracy (mined gold forms answered) | answered | "
          "precision of the ordered output |")
    print("|---|---|---|---|---|")
    losses_by_stage: list[tuple[int, dict[str, list[str]]]] = []
    proposed = proposed_forms(corpus) if losses else {}
    for max_terms in (300, 1000):
        result = mine_terms(source, max_terms=max_terms, workers=2)
        precision, unjudged = mined_precision(mined_entries(result, max_terms), corpus, judged)
        if errors and unjudged:
            print(f"  mine @{max_terms} top-100 entries unjudged: {', '.join(unjudged)}",
                  file=sys.stderr)
        pairing = {p.term: p for p in result.report.pairings}
        answer = {term: (p.candidates[0].text if p.candidates else None)
                  for term, p in pairing.items()}
        found = answered = right = 0
        for concept in with_english:
            answers = [answer[f] for f in concept.forms if answer.get(f)]
            verdicts = [_accepts(concept, a) for a in answers if a]
            answered += len(verdicts)
            right += sum(verdicts)
            found += any(verdicts)
            if not errors or (max_terms != 300 and not corpus.full_report):
                continue
            at = f" @{max_terms}" if corpus.full_report else ""
            gold = f"gold {sorted(concept.english)[:2]}"
            if answers and not all(verdicts):
                print(f"  mine{at}: {concept.forms[0]} → {answers} ({gold})", file=sys.stderr)
            elif corpus.full_report and not answers:
                mined = [f for f in concept.forms if f in pairing]
                why = "; ".join(f"{f} abstained: {pairing[f].abstained_reason}"
                                for f in mined) or "no form mined"
                print(f"  mine{at} missed: {concept.forms[0]} ({gold}): {why}", file=sys.stderr)
        if losses:
            losses_by_stage.append((max_terms, mine_losses(result, with_english, max_terms,
                                                           answer, proposed)))
        recall = f"{found / len(with_english):.3f}" if with_english else "—"
        accuracy = f"{right / answered:.3f}" if answered else "—"
        print(f"| {max_terms} | {recall} | {accuracy} | {answered} | {precision} |")
    for max_terms, stages in losses_by_stage:
        print(f"\nmine @{max_terms}: where the {sum(map(len, stages.values()))} gold concepts "
              "with English that mine misses are lost\n")
        print("| stage | concepts |\n|---|---|")
        for stage in LOSS_STAGES:
            # A concept dropped for want of English would have been lost to pairing anyway.
            print(stage_row(stage, stages[stage]))
            if errors and stages[stage]:
                print(f"  @{max_terms} {stage}: {'; '.join(stages[stage])}", file=sys.stderr)


LOSS_STAGES = ("1 no form among the candidates", "2 below the shortlist",
               "3 shortlisted, dropped by termhood", "4 kept, abstained",
               "5 kept, answered wrong", "6 right under a form not credited")


def stage_row(stage: str, entries: Sequence[str]) -> str:
    """The loss table's row of ``stage``: its concepts, how many of them were dropped for
    want of English (lost to pairing anyway), and how many the extractor's list at this
    size stops before (:data:`BEYOND`: its draft shortlist is cut before the character
    rescoring), the others of stage 2 being ranked past the shortlist and not raised by
    their English."""
    abstained = sum("no English" in said for said in entries)
    beyond = sum(BEYOND in said for said in entries)
    notes = [*([f"{abstained} without English"] if abstained else []),
             *([f"{beyond} beyond the extractor's list"] if beyond else [])]
    return f"| {stage} | {len(entries)}" + (f" ({'; '.join(notes)})" if notes else "") + " |"


BEYOND = "beyond the extractor's list at this size"
"""How :func:`mine_losses` names a concept the extractor proposes only in a wider list."""

WIDE_EXTRACTION = 5000
"""Candidates asked of the extractor to tell a form it never proposes from one it ranks
below what ``mine`` asks of it (extraction's list is sized for the shortlist)."""


def proposed_forms(corpus: Corpus) -> dict[str, int]:
    """Every form among the extractor's first :data:`WIDE_EXTRACTION` candidates, with
    its candidate's place there (1-based)."""
    from termbase import extract_terms
    from termbase.extract.lines import line_documents

    lines = [zh for zh, _ in corpus.pairs]
    wide = extract_terms(list(line_documents(enumerate(lines, 1), corpus.name)),
                         top=WIDE_EXTRACTION, workers=2)
    places: dict[str, int] = {}
    for place, candidate in enumerate(wide.candidates, 1):
        for form in candidate.forms():
            places.setdefault(_bare(form), place)
    return places


def mine_losses(result: MiningResult, concepts: Sequence[Concept], max_terms: int,
                answer: dict[str, str | None], proposed: Mapping[str, int]
                ) -> dict[str, list[str]]:
    """Each gold concept that ``mine`` gets no right answer for, under the last stage one
    of its forms reached (a concept split over several candidates counts where its
    furthest candidate went): :data:`LOSS_STAGES`. Entries name the concept's first form,
    the candidate's term, rank and what it was answered. A concept the extractor proposes
    only beyond the list ``mine`` asked of it (``proposed``, a wider extraction's forms
    with their places) is below the shortlist, not unproposed; its entry gives its place
    in the wider list, which may be high: extraction cuts its drafts to a shortlist sized
    for the list asked before their final score (大会 is #85 of the wide list on MultiUN,
    and absent from the list sized for ``mine --max-terms 300``)."""
    import math

    from termbase.pair.mining import SHORTLIST_FACTOR

    shortlist = math.ceil(SHORTLIST_FACTOR * max_terms)
    kept = {m.candidate.term: m for m in result.concepts}
    dropped = {m.candidate.term: m for m in result.dropped}
    rank = {c.term: i for i, c in enumerate(result.extraction.candidates)}
    stages: dict[str, list[str]] = {stage: [] for stage in LOSS_STAGES}
    for concept in concepts:
        if any(answer.get(f) and _accepts(concept, answer[f] or "") for f in concept.forms):
            continue
        gold = set(concept.forms)
        holders = [c for c in result.extraction.candidates
                   if gold & {_bare(f) for f in c.forms()}]
        where: list[tuple[int, str]] = []
        for candidate in holders:
            said = f"{concept.forms[0]} ({candidate.term} #{rank[candidate.term] + 1}"
            if candidate.term in kept:
                english = kept[candidate.term].termhood.english
                answers = [answer[f] for f in concept.forms if answer.get(f)]
                if english and _accepts(concept, english):
                    where.append((5, f"{said} → {english!r})"))
                elif answers:
                    where.append((4, f"{said} → {answers})"))
                else:
                    where.append((3, f"{said})"))
            elif candidate.term in dropped:
                termhood = dropped[candidate.term].termhood
                tier = ("rendered", "echo", "no English")[termhood.tier]
                where.append((2, f"{said}, {tier} → {termhood.english!r})"))
            elif rank[candidate.term] >= shortlist:
                where.append((1, f"{said})"))
        wide = min((proposed[f] for f in concept.forms if f in proposed), default=None)
        if not where and wide is not None:
            where.append((1, f"{concept.forms[0]} ({BEYOND}; #{wide} of a wider one)"))
        stage, said = max(where) if where else (0, concept.forms[0])
        stages[LOSS_STAGES[stage]].append(said)
    return stages


def run_speed(shared: Path) -> None:
    import tempfile

    from extract_speed import build_corpus, jieba_alone, run_cli

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.zh.txt"
        chars = build_corpus(shared, path, 1)
        alone = jieba_alone(path)
        ours = run_cli(path, Path(tmp) / "terms.json", 2)
    print(f"\nthroughput on {chars:,} characters: jieba alone {chars / alone:,.0f} chars/s, "
          f"termbase extract -j 2 {chars / ours:,.0f} chars/s, ratio {alone / ours:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=("tuning", "heldout", "peace", "multiun"))
    parser.add_argument("--errors", action="store_true", help="list errors on stderr")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--mine-losses", action="store_true",
                        help="count where mine loses each missed gold concept (with "
                             "--errors, list them)")
    parser.add_argument("--skip", nargs="*", default=(),
                        choices=("extraction", "pairing", "mine"))
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        print("shared data not found at ../shared; set TERMBASE_SHARED")
        return 2
    corpora = []
    if args.only in (None, "tuning"):
        corpora.append(tuning_corpus(shared))
    if args.only in (None, "heldout"):
        corpora.append(heldout_corpus(shared))
    if args.only in (None, "peace"):
        corpora.append(peace_corpus())
    if args.only in (None, "multiun"):
        corpora.append(multiun_corpus(shared))
    for corpus in corpora:
        print(f"\n## {corpus.name}: {len(corpus.pairs):,} pairs, {len(corpus.gold)} gold "
              f"concepts ({sum(1 for c in corpus.gold if c.english)} with English)")
        if "extraction" not in args.skip and corpus.gold and corpus.extraction:
            run_extraction(corpus, args.errors)
        if "pairing" not in args.skip and corpus.gold:
            run_pairing(corpus, args.errors)
        if "mine" not in args.skip:
            run_mine(corpus, args.errors, args.mine_losses)
    if args.speed:
        run_speed(shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
