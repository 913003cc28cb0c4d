"""Quality regression on the CTK UN documents (slow; skipped without the shared data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.align.aligner import align
from termbase.align.lexicon import load_default_lexicon
from termbase.align.model import Segment
from termbase.align.score import ScoreCounts, prf, score_alignment
from termbase.formats.beads import read_beads


@pytest.mark.slow
def test_ctk_un_documents_strict_f1(shared: Path) -> None:
    base = shared / "align" / "champollion-ctk-eval" / "derived"
    if not base.is_dir():
        pytest.skip(f"{base} not found")
    lexicon = load_default_lexicon()
    total = ScoreCounts()
    for name in ("UN19930101_020", "UN19990209_010"):
        zh = (base / "zh" / name).read_text(encoding="utf-8").splitlines()
        en = (base / "en" / name).read_text(encoding="utf-8").splitlines()
        gold_path = base / "gold" / f"{name}.align"
        gold = read_beads(gold_path.read_text(encoding="utf-8"), str(gold_path))
        result = align([Segment(i, t) for i, t in enumerate(zh)],
                       [Segment(i, t) for i, t in enumerate(en)], lexicon=lexicon)
        total = total + score_alignment(result.beads, gold)
    assert prf(total).strict_f1 >= 0.95
