"""An answer that is only the bare head word of a longer term is refused
(termbase.pair.answers.head_word_only, bare_heads_refused); so is one modifier without
the head its term names (modifier_only)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import (
    FULL_FORM,
    bare_heads_refused,
    head_word_only,
    is_modifier,
    modifier_only,
    person_left_out,
)
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


MODIFIER_LEXICON = Lexicon.from_pairs([
    ("区域", "region"), ("委员会", "commission"), ("预测", "forecast"), ("基于", "basis"),
    ("筹资", "raise funds"), ("维和", "peacekeeping"), ("人员", "personnel"),
    ("清除", "removal"), ("碎片", "fragment"), ("主动", "active"),
    ("性", "sexual"), ("暴力", "violence"), ("包容", "include"), ("性", "nature"),
    ("心理", "psychology"), ("社会", "society"),
])


def test_is_modifier_knows_adjective_and_participle_shapes() -> None:
    assert is_modifier("regional") and is_modifier("Developed")
    assert is_modifier("forecast-based") and is_modifier("community-led")
    # Nouns: endings nouns share often, plurals, short words.
    assert not is_modifier("removal") and not is_modifier("Republic")
    assert not is_modifier("incentives") and not is_modifier("need")
    assert not is_modifier("health-care")


def test_one_modifier_rendering_the_words_before_the_head_is_no_answer() -> None:
    # The dictionary reads 筹资 but not as "financing": the answer stops before it.
    assert modifier_only("基于预测的筹资", "forecast-based", MODIFIER_LEXICON)
    assert modifier_only("区域委员会", "Regional", MODIFIER_LEXICON)


def test_nouns_phrases_and_answers_saying_the_head_stay() -> None:
    assert not modifier_only("区域委员会", "regional commissions", MODIFIER_LEXICON)
    # A noun folding the head into itself.
    assert not modifier_only("维和人员", "peacekeepers", MODIFIER_LEXICON)
    # A phrase whose last word ends in -al.
    assert not modifier_only("主动清除碎片", "active debris removal", MODIFIER_LEXICON)
    # One word term; an answer the dictionary does not read in the words before the head.
    assert not modifier_only("区域", "regional", MODIFIER_LEXICON)
    assert not modifier_only("区域委员会", "unanimous", MODIFIER_LEXICON)


def test_modifier_answers_become_abstentions() -> None:
    regional = _pairing("区域委员会", "regional")
    named = _pairing("区域委员会", "regional", FULL_FORM)
    refused, kept = bare_heads_refused([regional, named], MODIFIER_LEXICON)
    assert refused.candidates == () and "'regional' qualifies a noun" in refused.abstained_reason
    assert kept == named


def test_an_adjective_without_a_head_of_its_own_word_is_no_answer() -> None:
    assert is_modifier("sexual", adjectives=True) and not is_modifier("sexual")
    assert modifier_only("性暴力", "sexual", MODIFIER_LEXICON)
    # A last word of one character may be the suffix that makes the adjective.
    assert not modifier_only("包容性", "inclusive", MODIFIER_LEXICON)
    # A noun ending in -al leaves out a head of its own word all the same.
    assert modifier_only("清除碎片", "removal", MODIFIER_LEXICON)
    # The head's reading inside the word: 社会 "society" in "psychosocial".
    assert not modifier_only("心理社会", "psychosocial", MODIFIER_LEXICON)


PERSON_LEXICON = Lexicon.from_pairs([
    ("培训", "train"), ("员", "person"), ("员", "member"), ("维和", "peacekeeping"),
    ("人员", "person"), ("人员", "staff"), ("培训", "training"), ("方案", "programme"),
])


def test_the_action_named_for_the_person_doing_it_is_no_answer() -> None:
    assert person_left_out("培训员", "Training", PERSON_LEXICON)
    refused, = bare_heads_refused([_pairing("培训员", "Training")], PERSON_LEXICON)
    assert refused.candidates == () and "person" in refused.abstained_reason


def test_agent_nouns_and_heads_that_name_no_person_stay() -> None:
    # English folds the person into an agent noun; or says the head itself.
    assert not person_left_out("培训员", "trainers", PERSON_LEXICON)
    assert not person_left_out("维和人员", "peacekeepers", PERSON_LEXICON)
    assert not person_left_out("维和人员", "peacekeeping staff", PERSON_LEXICON)
    # 方案 names no person: "training" may be its modifier's English (modifier_only's case).
    assert not person_left_out("培训方案", "training", PERSON_LEXICON)
