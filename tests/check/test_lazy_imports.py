"""Modules that only a rare path (jieba's tables for the dictionary's glosses) or the
second process of a long draft (learned_inconsistent's median) needs are imported where
they are used: the checker's own imports lie on the critical path of every check."""

from __future__ import annotations

import subprocess
import sys


def test_the_checker_imports_neither_statistics_nor_the_segmenter() -> None:
    code = ("import sys, termbase.cli, termbase.check.checker, termbase.check.rules; "
            "print(sorted({'statistics', 'termbase.text.segment'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
