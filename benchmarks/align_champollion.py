"""Champollion (LDC's Champollion Tool Kit) beside termbase on the one-sided realignment set.

Champollion is not shipped and never run by the tests. Build it outside the repository
and name its folder in ``TERMBASE_CHAMPOLLION`` (the folder that holds ``bin/`` and
``lib/``, the CTK's ``$CTK``):

    git clone https://github.com/LowResourceLanguages/champollion /tmp/champollion
    cd /tmp/champollion
    iconv -f GB18030 -t UTF-8 lib/ecdict.gb.txt > lib/ecdict.utf8.full.txt
    # Perl ≥ 5.12 no longer lets a bare `split;` fill @_, which leaves the Chinese
    # segmenter with an empty dictionary (division by zero):
    sed -i 's/^\\(\\s*\\)split;/\\1@_ = split;/' thirdparty/ldc-cn-seg/mansegment-utf8.pl
    TERMBASE_CHAMPOLLION=/tmp/champollion .venv/bin/python benchmarks/align_champollion.py

Each document pair is aligned with ``bin/champollion.EC_utf8`` (its own English and
Chinese tokenisers, its LDC English–Chinese dictionary, its default ratio 0.78) and
scored like ``align_onesided.py``: strict and lax F1 and the exact recall of one-sided
lines, with termbase (CC-CEDICT) in the same run. ``--ctk`` adds the two UN documents
of Champollion's own evaluation set, as a check that the build behaves as published.
Without ``TERMBASE_CHAMPOLLION`` the script says so and runs termbase alone.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_onesided import one_sided
from align_quality import Doc, derived, segments
from make_align_onesided import default_out
from shared_data import shared_dir

from termbase.align.aligner import AlignSettings, align
from termbase.align.lexicon import load_default_lexicon
from termbase.align.model import Alignment, Bead
from termbase.align.score import ScoreCounts, prf, score_alignment

ENV = "TERMBASE_CHAMPOLLION"
# Perl randomises hash order per run, and Champollion's ties follow it: fixed, so that
# two runs give the same beads.
_PERL_FIXED = {"PERL_HASH_SEED": "0", "PERL_PERTURB_HASH_KEYS": "0"}


def _ids(field: str) -> tuple[int, ...]:
    field = field.strip()
    return () if field == "omitted" else tuple(int(k) - 1 for k in field.split(","))


def parse_champollion(text: str) -> list[Bead]:
    """Beads [zh]:[en] from Champollion's ``en ids <=> zh ids`` lines (1-based)."""
    beads = []
    for line in text.splitlines():
        if "<=>" not in line:
            continue
        en, zh = line.split("<=>")
        beads.append(Bead(_ids(zh), _ids(en), 1.0))
    return beads


def champollion(ctk: Path, zh: list[str], en: list[str]) -> Alignment:
    """Champollion's alignment of one document pair, as termbase beads."""
    with tempfile.TemporaryDirectory(prefix="champollion-") as folder:
        base = Path(folder)
        # Unique names: the wrapper keeps its token files in /tmp under the base name.
        en_path, zh_path, out = base / f"{base.name}.e", base / f"{base.name}.c", base / "out"
        en_path.write_text("\n".join(en) + "\n", encoding="utf-8")
        zh_path.write_text("\n".join(zh) + "\n", encoding="utf-8")
        subprocess.run([str(ctk / "bin" / "champollion.EC_utf8"), str(en_path), str(zh_path),
                        str(out)], env={**os.environ, "CTK": str(ctk), **_PERL_FIXED},
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        beads = parse_champollion(out.read_text(encoding="utf-8"))
        Path("/tmp", en_path.name + ".en.axis").unlink(missing_ok=True)
        Path("/tmp", zh_path.name + ".cn.axis").unlink(missing_ok=True)
    src = tuple(segments(zh))
    tgt = tuple(segments(en))
    return Alignment(src, tgt, tuple(beads), "zh", "en")


def row(name: str, label: str, docs: list[Doc], results: dict[str, Alignment],
        seconds: float) -> None:
    total = ScoreCounts()
    for doc, _, _, gold in docs:
        total = total + score_alignment(results[doc].beads, gold)
    r = prf(total)
    recall, precision, gold_count = one_sided(docs, results)
    print(f"| {name} | {label} | {r.strict_p:.3f} | {r.strict_r:.3f} | **{r.strict_f1:.3f}** "
          f"| {r.lax_f1:.3f} | **{recall:.3f}** | {precision:.3f} | {gold_count} "
          f"| {1000 * seconds / len(docs):.0f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_out())
    parser.add_argument("--ctk", action="store_true",
                        help="also run the two UN documents of the CTK evaluation set")
    args = parser.parse_args()
    if not (args.data / "tuning").is_dir():
        sys.exit(f"{args.data} has no generated set; run benchmarks/make_align_onesided.py")
    ctk_dir = Path(os.environ[ENV]) if os.environ.get(ENV) else None
    if ctk_dir is None or not (ctk_dir / "bin" / "champollion.EC_utf8").is_file():
        print(f"Champollion not found: set {ENV} to a built Champollion Tool Kit "
              "(see this script's docstring); running termbase alone.\n")
        ctk_dir = None
    lexicon = load_default_lexicon()
    settings = AlignSettings()
    sets = [(half, list(derived(args.data / half))) for half in ("tuning", "heldout")]
    if args.ctk:
        base = shared_dir("align") / "align" / "champollion-ctk-eval" / "derived"
        sets.append(("CTK UN documents",
                     list(derived(base, ["UN19930101_020", "UN19990209_010"]))))
    print("| set | aligner | strict P | strict R | strict F1 | lax F1 | one-sided recall "
          "| one-sided precision | gold one-sided | ms per document |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, docs in sets:
        start = time.perf_counter()
        ours = {doc: align(segments(zh), segments(en), lexicon=lexicon, settings=settings)
                for doc, zh, en, _ in docs}
        row(name, "termbase", docs, ours, time.perf_counter() - start)
        if ctk_dir is not None:
            start = time.perf_counter()
            theirs = {doc: champollion(ctk_dir, zh, en) for doc, zh, en, _ in docs}
            row(name, "Champollion", docs, theirs, time.perf_counter() - start)


if __name__ == "__main__":
    main()
