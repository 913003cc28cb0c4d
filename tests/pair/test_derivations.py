"""A noun in -bility and the adjective in -ble it is made of meet as one dictionary word
(termbase.pair.dictionary._same_stem): the stemmer's six-letter cut leaves "disability"
at "disabi" and "disabled" at "disabl", on either side of the suffix's b."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon, stem
from termbase.pair.corpus import from_pairs
from termbase.pair.dictionary import coverage, known_stem
from termbase.pair.pairer import PairSettings, pair_terms


def _meet(text_word: str, gloss_word: str) -> bool:
    return known_stem(stem(text_word), frozenset({stem(gloss_word)}))


def test_a_bility_noun_meets_its_ble_adjective_and_verb() -> None:
    assert _meet("disabilities", "disabled") and _meet("disability", "disabling")
    assert _meet("stability", "stable") and _meet("visibility", "visible")
    assert _meet("ability", "able") and _meet("liabilities", "liable")
    # Longer words were already cut before the suffix and meet as before.
    assert _meet("sustainability", "sustainable") and _meet("vulnerability", "vulnerable")


def test_only_a_stem_cut_in_the_suffix_is_folded() -> None:
    # "rabbi" is a whole word, not a cut -bility noun; "intern" and "interv" stay apart.
    assert not _meet("rabbi", "rabble") and not known_stem("fabi", frozenset({"fabl"}))
    assert not known_stem("intern", frozenset({"interv"}))


# A made-up convention: 残障者 "disabled person", 援助 "assistance", 公约 "convention".
LEXICON = Lexicon.from_pairs([("残障者", "disabled person"), ("援助", "assistance"),
                              ("公约", "convention"), ("权利", "rights"), ("国家", "State")])


def test_the_dictionary_reads_the_noun_for_the_adjective_it_gives() -> None:
    lexicon = Lexicon.from_pairs([("残障", "disabled"), ("援助", "assistance"),
                                  ("公约", "convention")])
    assert coverage("残障援助公约", "convention on assistance to disabilities",
                    lexicon) == 1.0


def test_the_span_runs_on_to_the_noun_the_dictionary_gives_as_an_adjective() -> None:
    pairs = [
        ("各国批准了残障者援助公约。",
         "States ratified the Convention on Assistance to Persons with Disabilities."),
        ("残障者援助公约缔约国会议开幕。",
         "The meeting of the States parties to the Convention on Assistance to Persons"
         " with Disabilities opened."),
        ("委员会审议了残障者援助公约的执行情况。",
         "The committee considered the implementation of the Convention on Assistance to"
         " Persons with Disabilities."),
        ("残障者援助公约规定了国家的义务。",
         "The Convention on Assistance to Persons with Disabilities sets out the"
         " obligations of States."),
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(40)],
    ]
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["残障者援助公约"], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text == "Convention on Assistance to Persons with Disabilities"
