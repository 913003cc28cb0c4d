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
