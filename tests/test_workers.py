"""Worker state lives in one place, and only in worker processes."""

from __future__ import annotations

import pytest

from termbase import workers
from termbase.documents.model import Document, DocumentMetadata, Paragraph, ParagraphKind
from termbase.extract import ExtractSettings, extract_terms
from termbase.text.segment import CharSegmenter


def test_a_task_outside_its_pool_is_refused_by_name() -> None:
    with pytest.raises(RuntimeError, match="no worker state 'nothing-here'"):
        workers.installed("nothing-here")


def test_worker_state_does_not_leak_into_the_parent() -> None:
    lines = ["小武器和轻武器非法贸易问题", "国际追查文书执行情况"] * 40
    documents = [Document(DocumentMetadata(f"d{i}.txt"),
                          tuple(Paragraph(f"l{n}", ParagraphKind.OPERATIVE, text, line=n)
                                for n, text in enumerate(lines, 1)))
                 for i in range(4)]
    result = extract_terms(documents, tokenizer=CharSegmenter(),
                           settings=ExtractSettings(workers=2, batch_chars=500))
    assert result.candidates
    with pytest.raises(RuntimeError):
        workers.installed("extract")
