"""Session 35: the rarely-rendered excuse (check/missing._rarely_rendered_misses) keeps a
miss an error where the line shows a sign of the places that render the term. Where the
line says the term by a word the draft habitually writes where the glossary's English
is missing ("conference" for 会议 "meeting"), a word of the translation counts as a sign
only when it is too frequent there to be chance: a translation has dozens of words, and
one of them met in two of the rendering places and none of the misses is no sign of the
rendering sense."""

from __future__ import annotations

from check._stand_in import last_line_miss
from termbase.check.chance import upper_tail as _upper_tail
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((Concept("mtg", (LangSec("zh", (Term("会议"),)),
                                      LangSec("en", (Term("meeting"),)))),))


def _rendered(with_word: int) -> list[tuple[str, str]]:
    """Twelve places that render 会议 "meeting" (numbered meetings of the Conference,
    which is then no word of the misses alone); the first ``with_word`` of them also
    name Geneva."""
    return [(f"第{n}次会议于{n}日在日内瓦举行。" if n <= with_word else f"第{n}次会议于{n}日举行。",
             f"The {n}th meeting of the Conference took place on day {n} in Geneva."
             if n <= with_word else
             f"The {n}th meeting of the Conference took place on day {n}.")
            for n in range(1, 13)]


# Fifteen places name another body: "meeting" fits a minority of the draft's 会议.
_OTHER_SENSE = [(f"缔约方会议通过了第{n}号决定。",
                 f"The Conference of the Parties adopted decision {n}.")
                for n in range(1, 16)]

_ZH = "在日内瓦，会议的目的是介绍即将讨论的问题。"
# The line says "conference", as 15 other places missing "meeting" do.
_LINE = (_ZH, "In Geneva, the purpose of the conference is to brief members on upcoming "
              "issues.")


def _severity(with_word: int, line: tuple[str, str] = _LINE) -> str:
    return last_line_miss(_GLOSSARY, [*_rendered(with_word), *_OTHER_SENSE, line])


def test_a_word_met_by_chance_in_two_rendering_places_is_no_sign() -> None:
    # "Geneva" is in 2 of the 12 places that render 会议 and in none of the 15 that
    # miss it: twice as frequent there, but 2 of 12 draws from 27 places of which 2 show
    # it happens by chance one time in five.
    assert _severity(with_word=2) == "info"


def test_without_a_word_of_the_other_sense_the_lift_alone_makes_a_sign() -> None:
    # The term left out, nothing of the line says the other sense: "Geneva", twice as
    # frequent where the term is rendered, keeps the miss an error (a removal).
    assert _severity(with_word=2, line=(_ZH, "In Geneva, the purpose is to brief members "
                                             "on upcoming issues.")) == "error"


def test_a_word_of_every_rendering_place_is_a_sign() -> None:
    # In all 12 places that render 会议 and none of the misses: the line is like them.
    assert _severity(with_word=12) == "error"


def test_upper_tail_is_the_hypergeometric_tail() -> None:
    # 2 of 2 marked units drawn in 12 of 27: C(25, 10) / C(27, 12) = 132 / 702.
    assert abs(_upper_tail(27, 2, 12, 2) - 132 / 702) < 1e-12
    assert _upper_tail(27, 2, 12, 0) == 1.0
    assert _upper_tail(10, 3, 3, 3) == 1 / 120


def test_the_terms_neighbour_in_the_source_needs_no_more_than_the_lift() -> None:
    # 全体会议 opens 2 of the 12 places that render 会议 and none of the misses: the
    # term's place in the source line, one sign, not one word of dozens, so the lift
    # alone says the line is like them (a "meeting" removed from it is an omission).
    rendered = [*_rendered(0)[:10],
                *((f"全体会议于{n}日举行。",
                   f"The plenary meeting of the Conference took place on day {n}.")
                  for n in (11, 12))]
    # The line says "conference", as the misses do: only a sign outweighs that.
    line = ("全体会议讨论了预算。", "The plenary of the conference discussed the budget.")
    assert last_line_miss(_GLOSSARY, [*rendered, *_OTHER_SENSE, line]) == "error"
