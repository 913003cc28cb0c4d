"""Recall below the shortlist (issue 12, session 33): the near-specific words ``mine``
weighs by their English."""

from __future__ import annotations

import math

from termbase.extract.drafts import Draft, near_specific_words
from termbase.extract.statistics import NgramStats


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
