"""The ``missing_target`` check: a miss is an error, or a hint where the draft gives a reason
to think the term is rendered otherwise."""

from __future__ import annotations

from check._stand_in import last_line_miss
from termbase.model import Concept, Glossary, LangSec, Term


# A glossary term the draft renders by the glossary's English in only a minority of many
# places (other_sense.rarely_rendered_misses). A miss there is a hint unless the line is like the
# places that render it, puts a word of its own in the term's place, or does not translate
# its source line.
def _concept(cid: str, zh: str, en: str) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))


_GLOSSARY = Glossary((_concept("mtg", "会议", "meeting"),
                      _concept("mech", "机制", "mechanism"),
                      _concept("out", "成果", "results")))

# Twelve places render 会议 "meeting", each a numbered meeting (次会议 is their sign).
_RENDERED = [(f"第{n}次会议于{n}日举行。", f"The {n}th meeting took place on day {n}.")
             for n in range(1, 13)]
# Fifteen places name another body (the Conference of the Parties, a session of it):
# the glossary's "meeting" fits a minority of the draft's 会议.
_OTHER_SENSE = [(f"缔约方会议通过了第{n}号决定。",
                 f"The Conference of the Parties adopted decision {n}.")
                for n in range(1, 16)]


# The same places where the English names the body by its session alone.
_SESSIONS = [(f"缔约方会议通过了第{n}号决定。",
              f"The Parties adopted decision {n} at their session.") for n in range(1, 16)]


def _severity(zh: str, en: str, rendered: int = len(_RENDERED),
              other_sense: tuple[tuple[str, str], ...] = tuple(_OTHER_SENSE)) -> str:
    """The missing_target finding's severity on the line (zh, en) in a draft of the
    places above."""
    return last_line_miss(_GLOSSARY, [*_RENDERED[:rendered], *other_sense, (zh, en)])


def test_a_miss_of_a_term_the_draft_rarely_renders_so_is_a_hint() -> None:
    # "The purpose" leaves 会议 implicit; no sign of the line is one of the numbered
    # meetings', and the glossary's English fits 12 of the draft's 28 places.
    assert _severity("会议的目的是介绍即将讨论的问题。",
                     "The purpose is to brief members on upcoming issues.") == "info"


def test_a_draft_that_renders_it_in_too_few_places_keeps_the_error() -> None:
    # Where the term is rendered must be known before a line can be unlike it.
    assert _severity("会议的目的是介绍即将讨论的问题。",
                     "The purpose is to brief members on upcoming issues.",
                     rendered=5) == "error"


def test_a_term_removed_from_a_line_like_the_rendering_places_stays_an_error() -> None:
    # 次会议 is the sign of the places that render 会议: this is an omission.
    assert _severity("第30次会议讨论了预算。", "The 30th discussed the budget.") == "error"


def test_a_glossary_term_in_the_terms_place_stays_an_error() -> None:
    # "mechanism" is another concept's English, and the line has no 机制.
    assert _severity("会议的目的是介绍即将讨论的问题。",
                     "The purpose of the mechanism is to brief members on upcoming "
                     "issues.") == "error"


def test_a_dictionary_word_the_draft_uses_nowhere_else_stays_an_error() -> None:
    # "conference" renders 会议 in the dictionary; the draft writes it in 15 other
    # places that miss "meeting", so it is the document's other sense ...
    line = ("会议的目的是介绍即将讨论的问题。",
            "The purpose of the conference is to brief members on upcoming issues.")
    assert _severity(*line) == "info"
    # ... but where the other places say "session", a "conference" here alone is a word
    # put in the term's place.
    assert _severity(*line, other_sense=tuple(_SESSIONS)) == "error"


def test_a_pair_that_does_not_translate_its_line_stays_an_error() -> None:
    # A misaligned pair misses the term whatever its sense: the reviser must look.
    assert _severity("会议的目的是介绍即将讨论的问题。",
                     "Rainfall was heavy in the northern provinces last year.") == "error"


def test_a_glossary_term_another_word_of_the_line_says_is_no_stand_in() -> None:
    # "results" is the English of 成果, which the line lacks, but its 结果 says
    # "results": the term is just another word of the sentence, not put in 会议's place.
    assert _severity("会议取得的结果是积极和重要的。",
                     "The results were positive and important.") == "info"
    # Where nothing else of the line says "results" (进展 is "progress"), it may stand
    # in the term's place.
    assert _severity("会议取得的进展是积极和重要的。",
                     "The results were positive and important.") == "error"


# The rarely-rendered excuse keeps a miss an error where the line shows a sign of the
# places that render the term. Where the line says the term by a word the draft habitually
# writes where the glossary's English is missing ("conference" for 会议 "meeting"), a word
# of the translation counts as a sign only when it is too frequent there to be chance: a
# translation has dozens of words, and one of them met in two of the rendering places and
# none of the misses is no sign of the rendering sense (chance.upper_tail).
def _geneva_rendered(with_word: int) -> list[tuple[str, str]]:
    """Twelve places that render 会议 "meeting" (numbered meetings of the Conference,
    which is then no word of the misses alone); the first ``with_word`` of them also
    name Geneva."""
    return [(f"第{n}次会议于{n}日在日内瓦举行。" if n <= with_word else f"第{n}次会议于{n}日举行。",
             f"The {n}th meeting of the Conference took place on day {n} in Geneva."
             if n <= with_word else
             f"The {n}th meeting of the Conference took place on day {n}.")
            for n in range(1, 13)]


_ZH = "在日内瓦，会议的目的是介绍即将讨论的问题。"
# The line says "conference", as 15 other places missing "meeting" do.
_LINE = (_ZH, "In Geneva, the purpose of the conference is to brief members on upcoming "
              "issues.")


def _geneva_severity(with_word: int, line: tuple[str, str] = _LINE) -> str:
    return last_line_miss(_GLOSSARY, [*_geneva_rendered(with_word), *_OTHER_SENSE, line])


def test_a_word_met_by_chance_in_two_rendering_places_is_no_sign() -> None:
    # "Geneva" is in 2 of the 12 places that render 会议 and in none of the 15 that
    # miss it: twice as frequent there, but 2 of 12 draws from 27 places of which 2 show
    # it happens by chance one time in five.
    assert _geneva_severity(with_word=2) == "info"


def test_without_a_word_of_the_other_sense_the_lift_alone_makes_a_sign() -> None:
    # The term left out, nothing of the line says the other sense: "Geneva", twice as
    # frequent where the term is rendered, keeps the miss an error (a removal).
    assert _geneva_severity(with_word=2, line=(_ZH, "In Geneva, the purpose is to brief "
                                               "members on upcoming issues.")) == "error"


def test_a_word_of_every_rendering_place_is_a_sign() -> None:
    # In all 12 places that render 会议 and none of the misses: the line is like them.
    assert _geneva_severity(with_word=12) == "error"


def test_the_terms_neighbour_in_the_source_needs_no_more_than_the_lift() -> None:
    # 全体会议 opens 2 of the 12 places that render 会议 and none of the misses: the
    # term's place in the source line, one sign, not one word of dozens, so the lift
    # alone says the line is like them (a "meeting" removed from it is an omission).
    rendered = [*_geneva_rendered(0)[:10],
                *((f"全体会议于{n}日举行。",
                   f"The plenary meeting of the Conference took place on day {n}.")
                  for n in (11, 12))]
    # The line says "conference", as the misses do: only a sign outweighs that.
    line = ("全体会议讨论了预算。", "The plenary of the conference discussed the budget.")
    assert last_line_miss(_GLOSSARY, [*rendered, *_OTHER_SENSE, line]) == "error"


def test_a_neighbour_the_misses_show_too_must_be_beyond_chance() -> None:
    # 全体会议 opens 3 of the 12 places that render 会议, but one of the misses too (the
    # plenary of the Conference of the Parties): the longer source word is used in both
    # senses. Twice as frequent where the term is rendered, yet 3 of 12 draws from 28
    # places of which 4 show it happens by chance one time in five: against the line's
    # "conference", the word of the draft's other sense, it is no sign of "meeting".
    plenary = [(f"全体会议于{n}日举行。",
                f"The plenary meeting of the Conference took place on day {n}.")
               for n in (10, 11, 12)]
    other = [*_OTHER_SENSE[:14], ("全体会议通过了第15号决定。",
                                  "The plenary of the Conference of the Parties adopted "
                                  "decision 15.")]
    line = ("全体会议讨论了预算。", "The plenary of the conference discussed the budget.")
    assert last_line_miss(_GLOSSARY, [*_geneva_rendered(0)[:9], *plenary, *other,
                                      line]) == "info"
