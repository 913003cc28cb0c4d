"""Answers judged wrong on unseen text (benchmarks/pair_judged.py, session 33): a one-word
answer whose term's other word the examples say a few words away, and a common English
word the dictionary cannot read in the term, co-occurring with it by chance."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import MIN_UNREAD_DICE
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([
    ("苏丹", "Sudan"), ("政府", "government"), ("志愿", "voluntary"), ("人员", "staff"),
    ("最高", "supreme"), ("法令", "decree"), ("报告", "report"), ("执行", "implement"),
])

# The lines are made up: the check for shifted lines is no concern here.
SETTINGS = PairSettings(check_alignment=False)


def _corpus(common: int) -> list[tuple[str, str]]:
    """最高法令 in two pairs whose English words it freely ("law", "act"), both beside
    "government", which ``common`` more pairs say without the term; and filler."""
    pairs = [("根据最高法令，委员会成立。",
              "Under the law passed by the government, a board was set up."),
             ("最高法令已被废除。", "That act of the government has been repealed.")]
    pairs += [(f"报告{n}已执行。", f"The government implemented report {n}.")
              for n in range(common)]
    pairs += [(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
              for n in range(3000)]
    return pairs


def test_a_common_word_the_dictionary_cannot_read_in_the_term_is_no_answer() -> None:
    # "government" stands 42 times, twice with the term: Dice 0.09, significant by
    # log-likelihood over 3,000 pairs, and the dictionary reads none of it in 最高法令.
    pairing = pair_terms(["最高法令"], from_pairs(_corpus(40), "d"), lexicon=LEXICON,
                         settings=SETTINGS)[0]
    assert pairing.best is None
    assert "its co-occurrence may be chance" in pairing.abstained_reason


def test_the_chance_rule_needs_low_dice_and_a_dictionary_that_reads_the_term() -> None:
    # Less common (Dice 0.12): the rule stays silent, as it does without a dictionary.
    pairing = pair_terms(["最高法令"], from_pairs(_corpus(30), "d"), lexicon=LEXICON,
                         settings=SETTINGS)[0]
    assert pairing.best is not None and pairing.best.dice >= MIN_UNREAD_DICE
    pairing = pair_terms(["最高法令"], from_pairs(_corpus(40), "d"), settings=SETTINGS)[0]
    assert pairing.best is not None and pairing.best.text == "government"
