"""Precision of ``mine``'s English on every proposed term, judged by hand (issue 12).

    .venv/bin/python benchmarks/pair_judged.py [--only multiun|peace|tuning|unv1dev]
        [--sheet N] [--unjudged] [--errors] [--no-baseline]

The gold lists judge pairing on a few hundred terms each; a user of ``mine`` sees English
for every term it proposes, most of which no list holds. This benchmark runs ``mine``
(``termbase.mine_terms``, default ``--max-terms``) on the development texts only —

* **multiun**: the MultiUN sample's train + valid parts (English lower-cased),
* **peace**: the bundled 2023 ``peace`` theme (data/parallel/un2023-peace.*),
* **tuning**: lines 1–2,000 of the UNv1 test set (the tuning text's first half),
* **unv1dev**: the UN Parallel Corpus v1.0 *development* set (4,000 sentence pairs of 2015,
  ``corpus/unv1-devset`` of the shared folder; judged in session 45 on the code of its
  start, before any pairing rule was changed with it in view) —

and scores its answers against ``gold/judged_pairs_dev.tsv`` (and, for unv1dev,
``gold/judged_pairs_unv1dev.tsv``): a seeded sample of answered
terms (the first by :func:`sample_key`, a hash of the Chinese, among the answered forms
that no gold list holds), each answer judged right or wrong, with a cause for a wrong
one (rules: ``gold/JUDGED_PAIRS.md``). Printed per text: the sample's answered terms,
right, wrong, abstained (a sampled term the current code no longer answers), unjudged
(an answer no verdict covers yet — judge it and add a row marked as re-judged), the
precision of the judged answers, and the wrong answers counted by cause; beside it the
Dice baseline's top-1 on the same terms (right where it equals an answer judged right,
wrong where it equals one judged wrong, otherwise unjudged).

``--sheet N`` prints, for judging, the first N answered terms in sample order that have
no verdict yet, with the English and two example sentence pairs each. ``--unjudged``
lists the sample's answers no verdict covers. ``--errors`` prints every wrong answer of the
sample with its cause, support, the next candidates and the two example sentence pairs.

Never run on held-out text (the 2023 themes other than peace, MultiUN's test part, UNv1
lines 2,001–4,000).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_heldout_candidates import multiun_pairs
from extract_quality import despace
from pair_quality import baseline as dice_baseline
from shared_data import find_shared, shared_dir

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
JUDGED = GOLD / "judged_pairs_dev.tsv"
JUDGED_FILES = (JUDGED, GOLD / "judged_pairs_unv1dev.tsv")
UNV1DEV = "corpus/unv1-devset"
SEED = "judged-pairs-s33"
TUNING_LINES = 2000
"""The first half of the UNv1 test set; its second half is never used here."""


def sample_key(term: str) -> str:
    """Where a term stands in the sample: a seeded hash of its Chinese, so the sample does
    not move when other terms come and go."""
    return hashlib.sha256(f"{SEED}\t{term}".encode()).hexdigest()


def texts(only: str | None) -> dict[str, list[tuple[str, str]]]:
    chosen: dict[str, list[tuple[str, str]]] = {}
    if only in (None, "multiun"):
        chosen["multiun"] = multiun_pairs(shared_dir("corpus/multiun-sample"))
    if only in (None, "peace"):
        zh, en = (ROOT / "data" / "parallel" / f"un2023-peace.{lang}" for lang in ("zh", "en"))
        chosen["peace"] = list(zip(zh.read_text(encoding="utf-8").splitlines(),
                                   en.read_text(encoding="utf-8").splitlines(), strict=True))
    if only in (None, "tuning"):
        base = shared_dir("corpus/unv1-testset") / "corpus" / "unv1-testset"
        zh = (base / "UNv1.0.testset.zh-segmented").read_text(encoding="utf-8").split("\n")
        en = (base / "UNv1.0.testset.en").read_text(encoding="utf-8").split("\n")
        chosen["tuning"] = [(despace(z), e) for z, e in
                            zip(zh[:TUNING_LINES], en[:TUNING_LINES], strict=True)]
    if only in (None, "unv1dev"):
        found = find_shared()
        if only is None and (found is None or not (found / UNV1DEV).is_dir()):
            # Not every shared folder holds the development set: the other views still run.
            print(f"unv1dev skipped: {UNV1DEV} not found under "
                  f"{found or 'the shared folder'}; set TERMBASE_SHARED to a folder that "
                  "holds it", file=sys.stderr)
        else:
            base = shared_dir(UNV1DEV) / UNV1DEV
            zh = (base / "UNv1.0.devset.zh-segmented").read_text(encoding="utf-8").split("\n")
            en = (base / "UNv1.0.devset.en").read_text(encoding="utf-8").split("\n")
            chosen["unv1dev"] = [(despace(z), e) for z, e in zip(zh, en, strict=True)
                                 if z.strip() and e.strip()]
    return chosen


def _rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def gold_forms() -> frozenset[str]:
    """Every Chinese form the development gold lists hold (their terms are judged there)."""
    forms: set[str] = set()
    for name in ("dev_multiun.tsv", "dev_peace.tsv"):
        header, *body = _rows(GOLD / name)
        col = {c: i for i, c in enumerate(header)}
        for row in body:
            forms.add(row[col["zh"]])
            forms.update(f for f in row[col["variants"]].split(" | ") if f)
    for row in _rows(GOLD / "extract_unv1.tsv"):
        forms.update(f.replace("《", "").replace("》", "").strip() for f in row if f.strip())
    header, *body = _rows(GOLD / "pairs.tsv")
    forms.update(row[header.index("zh")] for row in body)
    return frozenset(forms)


@dataclass(frozen=True)
class Verdict:
    right: bool
    cause: str


def read_verdicts() -> dict[tuple[str, str, str], Verdict]:
    """(text, term, English case-folded) → verdict, from every verdict file there is."""
    verdicts = {}
    for path in JUDGED_FILES:
        if not path.is_file():
            continue
        header, *body = _rows(path)
        col = {c: i for i, c in enumerate(header)}
        verdicts.update({(row[col["text"]], row[col["zh"]], row[col["en"]].casefold()):
                         Verdict(row[col["verdict"]] == "right", row[col["cause"]])
                         for row in body})
    return verdicts


@dataclass(frozen=True)
class Answer:
    term: str
    english: str | None
    examples: tuple[tuple[str, str], ...]
    occurrences: int
    others: tuple[str, ...] = ()
    evidence: str = ""


def mined_answers(pairs: list[tuple[str, str]], name: str) -> dict[str, Answer]:
    from termbase import mine_terms
    from termbase.pair.corpus import from_pairs

    result = mine_terms(from_pairs(pairs, name), workers=2)
    answers = {}
    for pairing in result.report.pairings:
        best = pairing.candidates[0] if pairing.candidates else None
        answers[pairing.term] = Answer(
            pairing.term, best.text if best else None,
            tuple((e.zh, e.en) for e in best.examples[:2]) if best else (),
            pairing.occurrences,
            tuple(c.text for c in pairing.candidates[1:4]),
            _evidence(best) if best else "")
    return answers


def _evidence(candidate: object) -> str:
    """The answer's own figures, whatever the candidate carries (support, confidence, …)."""
    said = []
    for name in ("support", "cooccurrence", "frequency", "score", "dice", "dictionary",
                 "method"):
        value = getattr(candidate, name, None)
        if value is not None:
            said.append(f"{name}={value:.3f}" if isinstance(value, float) else f"{name}={value}")
    return " ".join(said)


def _clip(text: str, around: str, width: int = 90) -> str:
    at = max(text.find(around), 0)
    start = max(at - width // 2, 0)
    return ("…" if start else "") + text[start:start + width] + (
        "…" if start + width < len(text) else "")


def score(name: str, pairs: list[tuple[str, str]], verdicts: dict[tuple[str, str, str], Verdict],
          args: argparse.Namespace) -> None:
    from termbase.pair.corpus import from_pairs

    started = time.perf_counter()
    answers = mined_answers(pairs, name)
    seconds = time.perf_counter() - started
    sample = sorted({term for text, term, _ in verdicts if text == name}, key=sample_key)
    if args.sheet:
        golden = gold_forms()
        fresh = sorted((t for t, a in answers.items() if a.english and t not in golden
                        and t not in sample), key=sample_key)[:args.sheet]
        for term in fresh:
            answer = answers[term]
            print(f"{name}\t{term}\t{answer.english}\t\t\t# {answer.occurrences} occ")
            for zh, en in answer.examples:
                print(f"#   {_clip(zh, term, 60)}\n#   {_clip(en, '', 240)}")
    right = wrong = abstained = 0
    causes: Counter[str] = Counter()
    unjudged = []
    errors: list[tuple[str, Answer, Verdict]] = []
    for term in sample:
        answer = answers.get(term)
        if answer is None or answer.english is None:
            abstained += answer is not None
            continue
        verdict = verdicts.get((name, term, answer.english.casefold()))
        if verdict is None:
            unjudged.append(f"{term} → {answer.english!r}")
        elif verdict.right:
            right += 1
        else:
            wrong += 1
            causes[verdict.cause] += 1
            if args.errors:
                errors.append((term, answer, verdict))
    judged = right + wrong
    dice = ""
    if not args.no_baseline and sample:
        base = dice_baseline(sample, from_pairs(pairs, name))
        said = Counter()
        for term, ranked in zip(sample, base, strict=True):
            verdict = verdicts.get((name, term, ranked[0].casefold())) if ranked else None
            said["right" if verdict and verdict.right else "wrong" if verdict
                 else "unjudged" if ranked else "none"] += 1
        dice = (f"; Dice baseline top-1 on the sample: {said['right']} right, {said['wrong']}"
                f" wrong, {said['unjudged']} unjudged (precision ≥ "
                f"{said['right'] / max(sum(said.values()) - said['none'], 1):.3f})")
    print(f"\n## {name}: {len(pairs):,} pairs, mine {seconds:.0f} s, {len(answers)} forms "
          f"paired, {sum(1 for a in answers.values() if a.english)} answered\n")
    print(f"sample {len(sample)} terms: {judged + len(unjudged)} answered, {right} right, "
          f"{wrong} wrong, {len(unjudged)} unjudged, {abstained} abstained, "
          f"{len(sample) - judged - len(unjudged) - abstained} not mined; precision "
          f"{right / max(judged, 1):.3f}{dice}")
    for cause, count in causes.most_common():
        print(f"  {count:3d}  {cause}")
    if unjudged and args.unjudged:
        print("  unjudged: " + "; ".join(unjudged))
    for term, answer, verdict in errors:
        print(f"\n  wrong ({verdict.cause}): {term} → {answer.english!r}, {answer.occurrences}"
              f" occ, {answer.evidence}; next: {' | '.join(answer.others) or '-'}")
        for zh, en in answer.examples:
            print(f"    {_clip(zh, term, 60)}\n    {_clip(en, '', 240)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=("multiun", "peace", "tuning", "unv1dev"))
    parser.add_argument("--sheet", type=int, default=0,
                        help="print the next N unjudged answered terms for judging")
    parser.add_argument("--unjudged", action="store_true")
    parser.add_argument("--errors", action="store_true",
                        help="print every wrong answer of the sample with its evidence")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    verdicts = read_verdicts()
    for name, pairs in texts(args.only).items():
        score(name, pairs, verdicts, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
