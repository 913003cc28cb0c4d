"""An English span whose negating prefix the Chinese term does not say renders the
opposite of the term (termbase.pair.dictionary.says_opposite): 核武器国家 stands inside
无核武器国家, and the negated form's "non-nuclear-weapon States" must not become its
answer."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.corpus import from_pairs
from termbase.pair.dictionary import says_opposite
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([("核", "nuclear"), ("武器", "weapon"), ("国家", "State"),
                              ("无", "without"), ("平等", "equality"),
                              ("失业", "unemployment"), ("就业", "employment"),
                              ("独立", "independent"), ("人居", "habitat"),
                              ("防", "prevent"), ("扩散", "proliferation")])


def test_a_negated_word_the_term_does_not_negate_is_an_opposite() -> None:
    assert says_opposite("核武器国家", "non-nuclear-weapon States", LEXICON)
    assert says_opposite("平等", "inequality", LEXICON)
    assert says_opposite("就业", "unemployment", LEXICON)


def test_a_term_that_negates_or_a_word_that_is_its_own_gloss_is_no_opposite() -> None:
    assert not says_opposite("无核武器国家", "non-nuclear-weapon States", LEXICON)
    # 防 "guard against" opposes what follows it: 防扩散 is "non-proliferation".
    assert not says_opposite("防扩散", "non-proliferation", LEXICON)
    assert not says_opposite("核武器国家", "nuclear-weapon States", LEXICON)
    # 失业 is "unemployment" itself; "independent" is no negation of "dependent".
    assert not says_opposite("失业", "unemployment", LEXICON)
    assert not says_opposite("独立", "independent", LEXICON)
    # A hyphenated un- is the United Nations' ("UN-Habitat"), not a negation.
    assert not says_opposite("人居", "UN-Habitat", LEXICON)


def test_the_term_inside_its_negated_form_keeps_its_own_rendering() -> None:
    pairs = [
        ("无核武器国家要求安全保证。", "Non-nuclear-weapon States demand security assurances."),
        ("许多无核武器国家发了言。", "Many non-nuclear-weapon States spoke."),
        ("无核武器国家的关切得到承认。", "The concerns of non-nuclear-weapon States were noted."),
        ("无核武器国家提交了文件。", "Non-nuclear-weapon States submitted a paper."),
        ("核武器国家应当裁军。", "Nuclear-weapon States should disarm."),
        ("会议呼吁核武器国家履行承诺。", "The meeting called on nuclear-weapon States to act."),
        ("核武器国家作了答复。", "The nuclear-weapon States replied."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(100)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["核武器国家"], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text.lower() == "nuclear-weapon states"
