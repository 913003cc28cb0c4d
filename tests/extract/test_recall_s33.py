"""Recall below the shortlist (issue 12, session 33): the near-specific words ``mine``
weighs by their English."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from termbase.extract import ExtractSettings, extract_terms
from termbase.extract import extractor as extractor_module
from termbase.extract.drafts import Draft, mark_specificity, near_specific_words
from termbase.extract.lines import line_documents
from termbase.extract.statistics import NgramStats
from termbase.text.segment import JiebaSegmenter


def _word(text: str, freq: int, specificity: float, head_share: float = 0.0) -> Draft:
    stats = NgramStats(freq, 3, math.log(3), math.log(3), 1.0)
    return Draft(text, (text,), stats, {"ngram"}, specificity=specificity,
                 head_share=head_share, c_value=freq * math.log2(len(text) + 1))


def test_near_specific_words_are_the_discounted_two_character_band() -> None:
    drafts = [
        _word("难民", 40, 30.0),  # 30 times its general share: taken
        _word("步骤", 40, 12.0),  # general vocabulary by any measure
        _word("人权", 40, 80.0),  # specific: the score already weighs it fully
        _word("法治", 4, 30.0),  # too rare for its English to tell
        _word("框架", 40, 30.0, head_share=0.8),  # a generic head names no instrument
        _word("残疾人", 40, 30.0),  # a longer word weighs fully at this specificity
    ]
    chosen = near_specific_words(drafts, 5)
    assert [d.text for d in chosen] == ["难民"]
    assert chosen[0].score > 0.0  # measured and scored: it ranks where its score puts it


def test_a_multiword_draft_is_no_near_specific_word() -> None:
    stats = NgramStats(40, 3, 1.0, 1.0, 0.5)
    draft = Draft("难民营地", ("难民", "营地"), stats, {"ngram"}, specificity=30.0)
    assert near_specific_words([draft], 5) == []


_LINES = [f"{topic}{thing}问题得到讨论。" for topic in
          ("粮食", "能源", "海洋", "森林", "城市", "农村", "债务", "贸易", "移民", "卫生")
          for thing in ("安全", "政策", "治理", "统计", "融资", "规划")]
_LINES += ["各国接收了难民。", "难民返回家园。", "许多难民需要援助。", "保护难民的权利。",
           "难民人数增加。", "难民署报告了情况。"]


def test_extraction_lists_them_below_the_shortlist_when_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def near_specific(drafts: dict[str, Draft], counts: object, tokenizer: object) -> None:
        mark_specificity(drafts, counts, tokenizer)  # type: ignore[arg-type]
        if "难民" in drafts:
            drafts["难民"].specificity = 30.0

    monkeypatch.setattr(extractor_module, "mark_specificity", near_specific)
    documents = list(line_documents(enumerate(_LINES, 1), "synthetic"))
    settings = ExtractSettings(shortlist=10)
    plain = extract_terms(documents, tokenizer=JiebaSegmenter(), settings=settings)
    assert "难民" not in {f for c in plain.candidates for f in c.forms()}
    asked = extract_terms(documents, tokenizer=JiebaSegmenter(),
                          settings=replace(settings, frequent_words=5))
    terms = [c.term for c in asked.candidates]
    assert "难民" in terms
    # Listed where its score puts it: the shortlist's drafts keep their order before it.
    assert [t for t in terms if t != "难民"] == [c.term for c in plain.candidates]
