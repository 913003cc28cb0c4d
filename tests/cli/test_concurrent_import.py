"""Concurrent ``termbase import`` runs into one glossary: real processes, nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from termbase.formats import read_glossary, write_glossary
from termbase.model import Concept, Glossary, LangSec, Term

WRITERS = 6
CONCEPTS_EACH = 3


def _incoming(k: int) -> Glossary:
    return Glossary(tuple(
        Concept(f"c{k}-{i}", (LangSec("zh", (Term(f"术语{k}之{i}"),)),
                              LangSec("en", (Term(f"term {k} {i}"),))))
        for i in range(CONCEPTS_EACH)), title=f"batch {k}")


def test_concurrent_imports_keep_every_writers_concepts(tmp_path: Path) -> None:
    target = tmp_path / "shared.tbx"
    write_glossary(Glossary((Concept("base", (LangSec("zh", (Term("大会"),)),
                                             LangSec("en", (Term("General Assembly"),)))),),
                            title="shared"), target)
    files = []
    for k in range(WRITERS):
        files.append(tmp_path / f"in{k}.tbx")
        write_glossary(_incoming(k), files[-1])
    runs = [subprocess.Popen([sys.executable, "-c",
                              "import sys; from termbase.cli import main; sys.exit(main())",
                              "import", str(f), "--into", str(target)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for f in files]
    outcomes = [(r.wait(timeout=120), *r.communicate()) for r in runs]
    assert [code for code, _, _ in outcomes] == [0] * WRITERS, outcomes
    ids = {c.id for c in read_glossary(target).glossary.concepts}
    expected = {"base"} | {f"c{k}-{i}" for k in range(WRITERS) for i in range(CONCEPTS_EACH)}
    assert ids == expected
