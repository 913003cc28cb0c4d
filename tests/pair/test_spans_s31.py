"""Session 31's span and dictionary rules (issue 12): a head noun English says once for a
list of modifiers; verbs whose past tense turns y into i."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import completed_by_context

LEXICON = Lexicon.from_pairs([
    ("海洋", "ocean"), ("法", "law"), ("难民", "refugee"), ("自由", "freedom"),
])


def test_a_head_said_once_after_a_list_of_modifiers_completes_the_span() -> None:
    # The second use says "ocean law" once for three laws: the shared head is the word
    # after it all the same.
    examples = [
        ("遵守海洋法和难民法", "to comply with ocean law and refugee law, as applicable"),
        ("根据海洋法、难民法等", "under applicable law, including ocean, refugee and space law;"),
        ("按照海洋法规定", "consistent with obligations under ocean law, also"),
    ]
    assert completed_by_context("海洋法", "ocean", examples, LEXICON) == "ocean law"


def test_a_list_that_ends_in_a_word_the_term_does_not_mean_adds_nothing() -> None:
    examples = [
        ("遵守海洋法和难民法", "to comply with ocean law and refugee law, as applicable"),
        ("根据海洋法、难民法等", "under applicable law, including ocean and coastal zones;"),
    ]
    assert completed_by_context("海洋法", "ocean", examples, LEXICON) == "ocean"
