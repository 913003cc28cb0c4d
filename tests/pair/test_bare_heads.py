"""An answer that is only the bare head word of a longer term is refused
(termbase.pair.answers.head_word_only, bare_heads_refused)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import FULL_FORM, bare_heads_refused, head_word_only
from termbase.pair.results import Candidate, TermPairing

LEXICON = Lexicon.from_pairs([
    ("无核", "nuclear-free"), ("武器", "weapon"), ("世界", "world"), ("维持", "keep"),
    ("和平", "peace"), ("平民", "civilian"), ("保护", "protection"), ("理事会", "council"),
    ("安全", "security"), ("卫生", "health"), ("保健", "care"),
])


def test_one_word_rendering_only_the_last_word_of_the_term_is_its_head() -> None:
    assert head_word_only("无核武器世界", "world", LEXICON)
    assert head_word_only("平民保护", "Protection", LEXICON)
    assert head_word_only("安全理事会", "Council", LEXICON)


def test_names_phrases_compounds_and_one_word_terms_are_no_bare_heads() -> None:
    assert not head_word_only("平民保护", "protection of civilians", LEXICON)
    # A compound says the words before the head inside the one word.
    assert not head_word_only("维持和平", "peacekeeping", LEXICON)
    assert not head_word_only("卫生保健", "health-care", LEXICON)
    # The term is the head word itself; or the answer renders another of its words.
    assert not head_word_only("理事会", "Council", LEXICON)
    assert not head_word_only("无核武器世界", "weapons", LEXICON)


def _pairing(term: str, text: str, method: str = "association") -> TermPairing:
    return TermPairing(term, 5, (Candidate(text, 0.6, 3, 3, 9, 0.5, 20.0, 0.3,
                                           method=method),))


def test_bare_head_answers_become_abstentions() -> None:
    world, council, named = (_pairing("无核武器世界", "world"), _pairing("理事会", "Council"),
                             _pairing("安全理事会", "Security Council", FULL_FORM))
    refused, kept, full = bare_heads_refused([world, council, named], LEXICON)
    assert refused.candidates == () and "'world'" in refused.abstained_reason
    assert kept == council and full == named
    # Without a dictionary nothing is known of the term's words.
    assert bare_heads_refused([world], None) == [world]
