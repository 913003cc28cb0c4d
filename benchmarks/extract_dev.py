"""P@100 of extraction on the development texts judged by hand (issue 12).

    .venv/bin/python benchmarks/extract_dev.py [--text multiun|peace|themes|unv1dev] [--show N]

* **multiun** — the MultiUN sample's train and valid Chinese (6,000 lines; never used to
  choose an extraction rule before it was judged), scored against the verdicts in
  ``gold/judged_dev_multiun.tsv`` (term, ``term`` or ``not``, reason), judged by the
  written guidelines of gold/README.md ("What counts as a gold term") and HELDOUT.md
  ("What a UN terminologist expects"), when in doubt not;
* **peace** — the bundled 2023 ``peace`` theme (``data/parallel/un2023-peace.zh``, the
  closest text to the held-out 2023 themes that may be tuned on), scored against
  ``gold/judged_dev_peace.tsv``, whose verdicts on the top 300 were written by the same
  guidelines before any rule was changed on it;
* **themes** — the MultiUN sample's ``train`` lines whose English names one of the 2023
  sample's five other subjects (development, environment, human rights, health, culture:
  ``THEME_WORDS``; 732 lines, about 50,000 characters), the general field phrases of those
  subjects that the three texts above do not rank high; scored against
  ``gold/judged_dev_themes.tsv`` (its top 300, judged before any rule was changed on it;
  DEV_THEMES.md);
* **unv1dev** — the Chinese of the UN Parallel Corpus v1.0 *development* set (4,000
  sentences of 2015 UN documents, ``../shared/corpus/unv1-devset/UNv1.0.devset.zh-segmented``,
  de-spaced as the test set is), text none of the lists above uses, scored against
  ``gold/judged_dev_unv1dev.tsv`` (its top 300, judged before any rule was changed on it).

Extraction is ``termbase.extract_terms(…, top=1000, workers=2)`` over the lines, as in
``mine_quality.py``; P@100 is printed, and P@300 for ``peace``, ``themes`` and
``unv1dev``. An entry is right when its first (displayed) form is judged a term — an
entry that groups a judged term under a title used once is what a user sees as that
title; entries without a verdict are listed (and count as wrong) to be judged as they
appear.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shared_data import ROOT, shared_dir

GOLD = ROOT / "benchmarks" / "gold"
VERDICTS = {"multiun": GOLD / "judged_dev_multiun.tsv", "peace": GOLD / "judged_dev_peace.tsv",
            "themes": GOLD / "judged_dev_themes.tsv", "unv1dev": GOLD / "judged_dev_unv1dev.tsv"}
TITLES = {"multiun": "MultiUN sample (train + valid)", "peace": "2023 peace",
          "themes": "MultiUN train, five subjects", "unv1dev": "UNv1 development set"}
# MultiUN was judged to its top 150 only.
CUTS = {"multiun": (100,), "peace": (100, 300), "themes": (100, 300), "unv1dev": (100, 300)}
# The subjects of the 2023 sample's themes other than peace, as the English of a line names
# them: the lines are single sentences of many documents, so no document split exists.
THEME_WORDS = re.compile(r"\b(develop\w*|environment\w*|human rights|health\w*|cultur\w*)")


def multiun_lines() -> list[str]:
    base = shared_dir("corpus/multiun-sample") / "corpus" / "multiun-sample"
    lines: list[str] = []
    for part in ("train", "valid"):
        lines += (base / f"{part}.en-zh.zh").read_text(encoding="utf-8").splitlines()
    return lines


def theme_lines() -> list[str]:
    """The MultiUN ``train`` Chinese lines whose English names one of THEME_WORDS' subjects
    (never the ``test`` part)."""
    base = shared_dir("corpus/multiun-sample") / "corpus" / "multiun-sample"
    zh, en = ((base / f"train.en-zh.{lang}").read_text(encoding="utf-8").splitlines()
              for lang in ("zh", "en"))
    return [z for z, e in zip(zh, en, strict=True) if THEME_WORDS.search(e)]


def unv1dev_lines() -> list[str]:
    """The UNv1 development set's Chinese lines, the publisher's word segmentation undone
    as for the test set (:func:`extract_quality.despace`)."""
    from extract_quality import despace

    base = shared_dir("corpus/unv1-devset") / "corpus" / "unv1-devset"
    text = (base / "UNv1.0.devset.zh-segmented").read_text(encoding="utf-8")
    return [despace(line) for line in text.split("\n") if line.strip()]


def peace_lines() -> list[str]:
    return (ROOT / "data" / "parallel" / "un2023-peace.zh").read_text(
        encoding="utf-8").splitlines()


def read_verdicts(path: Path) -> dict[str, bool]:
    if not path.is_file():
        return {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {row[0]: row[1] == "term" for row in rows if len(row) >= 2}


def ranked_forms(lines: list[str], name: str) -> list[tuple[str, ...]]:
    from termbase import extract_terms
    from termbase.extract.lines import line_documents

    result = extract_terms(list(line_documents(enumerate(lines, 1), name)),
                           top=1000, workers=2)
    return [tuple(c.forms()) for c in result.candidates]


def precision(ranked: list[tuple[str, ...]], verdicts: dict[str, bool],
              cut: int = 100) -> tuple[float, list[str], list[str]]:
    """P@cut, the entries judged not terms, and the entries no verdict covers."""
    right = 0
    wrong: list[str] = []
    unjudged: list[str] = []
    for entry in ranked[:cut]:
        verdict = verdicts.get(entry[0])
        if verdict is None:
            unjudged.append(entry[0])
        elif verdict:
            right += 1
        else:
            wrong.append(entry[0])
    return right / cut, wrong, unjudged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text", choices=("multiun", "peace", "themes", "unv1dev"),
                        default="multiun")
    parser.add_argument("--show", type=int, default=0, help="print the top N entries")
    args = parser.parse_args()
    lines = {"multiun": multiun_lines, "peace": peace_lines, "themes": theme_lines,
             "unv1dev": unv1dev_lines}[args.text]()
    ranked = ranked_forms(lines, TITLES[args.text])
    verdicts = read_verdicts(VERDICTS[args.text])
    for rank, entry in enumerate(ranked[: args.show], 1):
        mark = {True: "+", False: "-", None: "?"}[verdicts.get(entry[0])]
        print(f"{rank:4d} {mark} {' | '.join(entry)}")
    for cut in CUTS[args.text]:
        score, wrong, unjudged = precision(ranked, verdicts, cut)
        print(f"{args.text} dev P@{cut} {score:.2f} ({len(unjudged)} unjudged, counted wrong)")
        print(f"  judged not terms: {', '.join(wrong)}")
        print(f"  unjudged: {', '.join(unjudged)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
