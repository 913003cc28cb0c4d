"""Session 37: a stand-in the line's determiner + noun says (check/stand_ins._said_by).
The dictionary glosses 各国 by the determiner's reading ("each country", "various
countries"), while English names the noun alone ("States"): the noun's glosses count
too, so "States" for 各国 is another word of the sentence, not a term put in the missing
term's place."""

from __future__ import annotations

from check._stand_in import last_line_miss
from termbase.model import Concept, Glossary, LangSec, Term


def _concept(cid: str, zh: str, en: str) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))


_GLOSSARY = Glossary((_concept("mtg", "会议", "meeting"), _concept("sta", "国家", "States")))

# As in the session 34 tests: 会议 "meeting" in twelve numbered meetings, another body
# in fifteen places, so a miss that nothing else keeps an error is a hint.
_PLACES = [*[(f"第{n}次会议于{n}日举行。", f"The {n}th meeting took place on day {n}.")
             for n in range(1, 13)],
           *[(f"缔约方会议通过了第{n}号决定。",
              f"The Conference of the Parties adopted decision {n}.") for n in range(1, 16)]]


def _severity(zh: str, en: str) -> str:
    return last_line_miss(_GLOSSARY, [*_PLACES, (zh, en)])


def test_a_stand_in_the_lines_determiner_and_noun_says_is_no_stand_in() -> None:
    # "States" is 国家's English and the line has no 国家, but its 各国 names them.
    assert _severity("会议听取了各国的意见和建议。",
                     "The opinions and suggestions of States were heard.") == "info"


def test_a_stand_in_nothing_else_of_the_line_says_stays_an_error() -> None:
    assert _severity("会议听取了专家的意见和建议。",
                     "The opinions and suggestions of States were heard.") == "error"
