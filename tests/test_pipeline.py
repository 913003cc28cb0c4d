"""The main job's outputs: every input document has its own ingested file."""

from __future__ import annotations

from pathlib import Path

import termbase


def test_two_documents_of_one_symbol_are_both_written(seeds_dir: Path, tmp_path: Path) -> None:
    # A copy of a resolution under another name has the same symbol: one of the two
    # documents/*.jsonl files replaced the other, and the build said nothing.
    source = seeds_dir / "A_RES_68_48.zh.txt"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(source.read_bytes())
    result = termbase.build_glossary([source, copy], pairing=False, glossary=None)
    documents = sorted(p.name for p in result.files() if p.parent.name == "documents")
    assert documents == ["A_RES_68_48-2.jsonl", "A_RES_68_48.jsonl"]


def test_the_build_reports_parallel_lines_left_out_of_pairing(seeds_dir: Path,
                                                              tmp_path: Path) -> None:
    bundled = Path(__file__).resolve().parents[1] / "data" / "parallel"
    zh = (bundled / "un2023-peace.zh").read_text(encoding="utf-8").splitlines()[:150]
    en = (bundled / "un2023-peace.en").read_text(encoding="utf-8").splitlines()[:151]
    del en[110]  # the English is shifted by one line from line 111 on
    folder = tmp_path / "parallel"
    folder.mkdir()
    (folder / "p.zh").write_text("\n".join(zh) + "\n", encoding="utf-8")
    (folder / "p.en").write_text("\n".join(en[:150]) + "\n", encoding="utf-8")
    result = termbase.build_glossary([seeds_dir / "A_RES_68_48.zh.txt"], parallel=folder,
                                     glossary=None, workers=1)
    [notice] = [d for d in result.diagnostics if d.code == "TB603"]
    assert "p.zh line 11" in notice.message  # the first line cited is in the shifted part
