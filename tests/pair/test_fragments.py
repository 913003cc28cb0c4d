"""An answer that is part of a longer rendering — a word of the term said right beside it
in every example (in half of them for a one-word answer) — is no answer
(termbase.pair.fragments.unsaid_beside)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.corpus import from_pairs
from termbase.pair.fragments import unsaid_beside
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([
    ("平民", "civilian"), ("保护", "protection"), ("伊拉克", "Iraq"), ("伊斯兰国", "Islamic State"),
    ("常驻", "permanent"), ("代表团", "mission"), ("联合国", "United Nations"),
    ("安理会", "Security Council"), ("无核", "nonnuclear"), ("武器", "weapon"), ("世界", "world"),
])


def test_a_word_of_the_term_right_beside_the_answer_in_every_example() -> None:
    examples = ["It stressed the protection of civilians.", "Civilian protection matters."]
    assert unsaid_beside("平民保护", "protection", examples, LEXICON) == "平民"
    # Function words between are skipped, punctuation is not crossed.
    examples = ["The Islamic State in Iraq acted.", "The Islamic State of Iraq and others."]
    assert unsaid_beside("伊拉克伊斯兰国", "Islamic State", examples, LEXICON) == "伊拉克"
    assert unsaid_beside("伊拉克伊斯兰国", "Islamic State",
                         ["The Islamic State, in Iraq, acted.", examples[1]], LEXICON) is None


def test_the_phrase_beside_counts_up_to_its_next_function_word() -> None:
    # "nuclear weapons" beside "world" says 武器, though "nuclear" comes first.
    examples = ["maintaining a world without nuclear weapons in a universal manner",
                "to reach a world without nuclear weapons, including through"]
    assert unsaid_beside("无核武器世界", "world", examples, LEXICON) == "武器"
    # A complement past a function word is a phrase of its own — for an answer of two
    # words or more; a one-word answer also takes the words a few places away
    # (fragments.ONE_WORD_REACH), so "world" is no answer here either.
    examples = ["a world free of nuclear weapons.", "a world free of nuclear weapons, soon"]
    assert unsaid_beside("无核武器世界", "world", examples, LEXICON) == "武器"
    examples = ["a nuclear world free of weapons of any kind.",
                "a nuclear world free of weapons of any kind, soon"]
    assert unsaid_beside("无核武器世界", "nuclear world", examples, LEXICON) is None


def test_only_the_next_phrase_counts_and_every_example_must_say_it() -> None:
    # The country is a complement of its own: 联合国 past it says nothing of the answer.
    examples = ["The Permanent Mission of Guatemala to the United Nations wrote.",
                "The Permanent Mission of Chile to the United Nations wrote."]
    assert unsaid_beside("常驻联合国代表团", "Permanent Mission", examples, LEXICON) is None
    # A one-word answer needs half its examples to say it (test_spans_s34), one of three
    # is not enough; and one example alone is an anecdote.
    examples = ["It stressed the protection of civilians.", "Protection matters.",
                "Protection comes first."]
    assert unsaid_beside("平民保护", "protection", examples, LEXICON) is None
    assert unsaid_beside("平民保护", "protection", examples[:1], LEXICON) is None


def test_an_answer_that_renders_none_of_the_term_is_left_alone() -> None:
    examples = ["The UNSC and the Security Council met.", "The UNSC, Security Council."]
    assert unsaid_beside("安理会", "UNSC", examples, LEXICON) is None


def test_pairing_abstains_on_the_part_its_wordings_share() -> None:
    # Four wordings, each in one pair: none is a candidate of its own, and what they share
    # ("protection", "civilian") has the term's other word beside it every time.
    pairs = [
        ("安理会强调平民保护。", "The Council stressed the protection of civilians."),
        ("各国讨论平民保护。", "States discussed civilian protection."),
        ("平民保护有待加强。", "The protection of the civilian population must grow."),
        ("大会审议了平民保护。", "The Assembly considered protection for civilians."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(40)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    settings = PairSettings(check_alignment=False)
    pairing = pair_terms(["平民保护"], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=settings)[0]
    assert pairing.best is None
    assert "is part of a longer rendering" in pairing.abstained_reason
