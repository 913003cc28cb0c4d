"""The main job without the curated glossary: are the seeds' recurring terms in the
output glossary, with their correct English? And how long does the whole job take?

    python benchmarks/build_quality.py [--runs 3]

Gold: the concepts of benchmarks/gold/extract_seeds.tsv that recur — any of their forms
occurs at least twice in the two seed resolutions with line breaks removed. For each,
the output concept holding one of its forms (an exact zh term) and that concept's
English, if any. English is judged against benchmarks/gold/pairs.tsv when it lists one
of the forms (its `en` or an alternative; case, a final plural 's' and 'the' ignored),
otherwise against JUDGED below, written by hand with these rules: the English must be
the UN's name or rendering of the whole concept (a short form for a short form is
right: 行动纲领 → Programme of Action); a rendering of a longer or shorter unit, a
neighbouring word or a different sense is wrong.

Figures: coverage = recurring gold concepts with correct English / recurring gold
concepts; precision = correct / gold concepts given any English. Timing: wall time of
``termbase build --no-glossary`` in a fresh process (start-up included), best of runs.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from termbase.text.titles import strip_title_marks

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"

# zh form -> English judged right by hand (rules in the docstring). Forms the run gave
# English for and pairs.tsv does not list.
JUDGED: dict[str, tuple[str, ...]] = {
    "行动纲领": ("Programme of Action",),
    "国际追查文书": ("International Tracing Instrument",),
    "小武器和轻武器": ("small arms and light weapons",),
    "国家报告": ("national reports", "national report"),
    "国际社会": ("international community",),
    "政府专家组": ("Group of Governmental Experts",),
    "国际刑事警察组织": ("International Criminal Police Organization",),
    "国际刑警组织": ("INTERPOL", "International Criminal Police Organization"),
    "联合国毒品和犯罪问题办公室": ("United Nations Office on Drugs and Crime",),
    "民间社会": ("civil society",),
    "常驻联合国代表": ("Permanent Representative to the United Nations",),
    "不限成员名额政府专家会议": ("Open-ended Meeting of Governmental Experts",),
    "政府专家会议": ("Meeting of Governmental Experts",
                     "Open-ended Meeting of Governmental Experts"),
    "第一委员会": ("First Committee",),
    "筹备委员会": ("Preparatory Committee",),
    "成果文件": ("outcome document",),
    "国际组织": ("international organizations",),
    "区域和次区域组织": ("regional and subregional organizations",),
    "全体会议": ("plenary meeting",),
    "临时议程": ("provisional agenda",),
    "非政府组织": ("non-governmental organizations",),
    "联合国": ("United Nations",),
    "决议": ("resolution", "resolutions"),
    "标识": ("marking",),  # of weapons, as in the International Tracing Instrument
    "裁军事务厅": ("Office for Disarmament Affairs",),
    "国际文书": ("international instruments",),
    "国际合作和援助": ("international cooperation and assistance",),
    "小武器和轻武器非法贸易": ("illicit trade in small arms and light weapons",),
}


def _fold(text: str) -> str:
    words = re.sub(r"^the\s+", "", text.strip().casefold()).split()
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


def gold_concepts() -> list[tuple[str, ...]]:
    lines = (GOLD / "extract_seeds.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def seed_text() -> str:
    return "".join(p.read_text(encoding="utf-8").replace("\n", "")
                   for p in sorted((ROOT / "data").glob("*.zh.txt")))


def pair_gold() -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    for line in (GOLD / "pairs.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "zh\t")) or not line.strip():
            continue
        zh, en, alternatives = [*line.split("\t"), "", ""][:3]
        gold.setdefault(zh, set()).update(_fold(e) for e in [en, *alternatives.split(" | ")] if e)
    return gold


def judge(forms: tuple[str, ...], english: str, pairs: dict[str, set[str]]) -> bool | None:
    """True/False when a rule covers the forms, None when none does (needs judging).
    Scored by concept: the English accepted for any of its forms is right (the short
    form's own English, 'Meeting of Governmental Experts' for 政府专家会议, as much as the
    full form's)."""
    accepted: set[str] = set()
    covered = False
    for form in forms:
        if form in pairs:
            covered = True
            accepted |= pairs[form]
        if form in JUDGED:
            covered = True
            accepted |= {_fold(e) for e in JUDGED[form]}
    return _fold(english) in accepted if covered else None


def parallel_attested(concepts: list[tuple[str, ...]]) -> int:
    """Concepts with a form in the bundled parallel text's Chinese: no pairing method can
    give English to the others from that text."""
    zh = "".join(path.read_text(encoding="utf-8")
                 for path in sorted((ROOT / "data" / "parallel").glob("*.zh")))
    return sum(1 for forms in concepts if any(strip_title_marks(f) in zh for f in forms))


def build(out: Path) -> float:
    start = time.perf_counter()
    script = Path(sys.executable).with_name("termbase")  # the console script, as a user runs it
    subprocess.run([str(script), "build", str(ROOT / "data"), "-o",
                    str(out), "--no-glossary"], check=True, capture_output=True, cwd=out.parent)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from termbase.formats import read_glossary

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        times = [build(out) for _ in range(args.runs)]
        glossary = read_glossary(out / "glossary.tbx").glossary
    english_of: dict[str, str] = {}
    for concept in glossary:
        en = concept.preferred("en")
        for _, term in concept.terms("zh"):
            english_of.setdefault(term.text, en.text if en else "")
    text, pairs = seed_text(), pair_gold()
    recurring = [forms for forms in gold_concepts()
                 if sum(text.count(f) for f in forms) >= 2]
    found = given = right = 0
    unjudged, wrong, missing = [], [], []
    for forms in recurring:
        hit = next((f for f in forms if f in english_of), None)
        if hit is None:
            missing.append(forms[0])
            continue
        found += 1
        english = english_of[hit]
        if not english:
            missing.append(f"{forms[0]} (needs English)")
            continue
        given += 1
        verdict = judge(forms, english, pairs)
        if verdict is None:
            unjudged.append(f"{hit} → {english}")
        elif verdict:
            right += 1
        else:
            wrong.append(f"{hit} → {english}")
    n = len(recurring)
    print(f"recurring gold concepts: {n}; in the output glossary: {found}; "
          f"given English: {given}")
    print(f"coverage (correct English / recurring): {right}/{n} = {right / n:.1%}")
    if given:
        print(f"precision (correct / given English): {right}/{given} = {right / given:.1%}")
    attested = parallel_attested(recurring)
    print(f"ceiling from parallel evidence (a form occurs in data/parallel): "
          f"{attested}/{n} = {attested / n:.1%}")
    print(f"wall time of 'termbase build --no-glossary', best of {args.runs}: "
          f"{min(times):.1f} s (all: {', '.join(f'{t:.1f}' for t in times)})")
    for title, items in (("wrong", wrong), ("not judged (add to JUDGED)", unjudged),
                         ("no English", missing)):
        if items:
            print(f"{title}: " + "; ".join(items))


if __name__ == "__main__":
    main()
