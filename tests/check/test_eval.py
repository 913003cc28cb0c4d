"""The evaluation targets: every injected error found, no false errors on clean text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_eval",
                                                  ROOT / "benchmarks" / "check_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_eval"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_targets(shared: Path) -> None:
    report = _eval_module().run_evaluation(shared)
    for kind, score in report["kinds"].items():
        assert score["injected"] > 0, kind
        if kind != "learned_inconsistent":
            assert score["recall"] == 1.0, (kind, score)
    # A real omission stays an error; three of the six injected misses of the 34-line
    # draft are info because the injection itself leaves 小武器和轻武器 rendered in only
    # 8 of its 11 units ("another sense"), as before issue 13's third round.
    assert report["kinds"]["missing_target"]["at_severity"] >= 3
    # Learned inconsistencies trade recall for precision: a one-word change is reported
    # only where the draft shows the new word renders part of the term (see
    # termbase.check.learned); the clean held-out text must stay nearly quiet.
    assert sum(report["heldout_clean_findings"].values()) <= 3
    for kind in ("deprecated", "missing_target", "inconsistent"):
        assert report["clean_findings"][kind] == 0, report["clean_false"]
        assert report["seed_clean_findings"]["A_RES_68_48.zh.txt"][kind] == 0
