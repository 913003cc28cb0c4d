"""Negations as words (issue 12): words the segmenter splits, learned from more text."""

from __future__ import annotations

import pytest

from termbase.extract import counting
from termbase.extract.counting import count_all
from termbase.extract.lines import line_documents
from termbase.extract.model import ExtractSettings
from termbase.extract.statistics import Counts
from termbase.text.segment import JiebaSegmenter

# Non-discrimination: in the first lines 不歧视 follows a preposition (在, 为), as a
# clause's negated verb would; only later lines put it where nouns stand (after 和 or 、).
_EARLY = ["各国在不歧视的基础上开展合作。", "缔约国应为不歧视提供保障。"]
_LATER = ["平等和不歧视是人权的基本原则。", "建立开放、不歧视和公平的贸易体系。",
          "各国承诺促进平等和不歧视。", "委员会审议了有关报告。"]


def _count(monkeypatch: pytest.MonkeyPatch, workers: int = 1) -> Counts:
    # The segmenter learns its words from the first document only (the bound-word
    # sample); every document is a batch of its own.
    monkeypatch.setattr(counting, "LEARN_CHARS", 20)
    documents = list(line_documents(enumerate(_EARLY + _LATER, 1), "t", block_lines=2))
    settings = ExtractSettings(workers=workers, batch_chars=1)
    return count_all(documents, JiebaSegmenter(), settings, None, lambda units: None)


def test_a_negated_act_is_learned_beyond_the_bound_word_sample(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _count(monkeypatch)
    # Taught by the later documents, the segmenter keeps the negated act whole: one word.
    assert counts.ngrams["不歧视"] == 5
    # Those documents are counted once each, as any other.
    assert counts.units == len(_EARLY + _LATER)
    assert counts.characters == sum(len(line) for line in _EARLY + _LATER)
    assert counts.ngrams["委员会"] == 1


def test_the_first_documents_alone_teach_no_negated_act(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(counting, "NEGATION_CHARS", 20)
    counts = _count(monkeypatch)
    # 不 is a break word: cut off, the act is never counted as one word.
    assert "不歧视" not in counts.ngrams
    assert counts.ngrams["歧视"] == 5


def test_workers_count_the_later_documents_as_one_process_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _count(monkeypatch)
    pooled = _count(monkeypatch, workers=2)
    assert pooled.ngrams == alone.ngrams
    assert pooled.doc_freq == alone.doc_freq
    assert pooled.units == alone.units
