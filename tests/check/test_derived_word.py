"""Session 36: a missing term the translation gives in a word derived from its English by a
suffix, where the source term stands as a word of its own (check/longer_word.derived_word):
经济 "economic" as "economically" is the same word in another word class."""

from __future__ import annotations

from check._stand_in import last_line_miss
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((Concept("eco", (LangSec("zh", (Term("经济"),)),
                                      LangSec("en", (Term("economic"),)))),))


def _severity(zh: str, en: str) -> str:
    return last_line_miss(_GLOSSARY, [(zh, en)])


def test_the_term_in_a_word_derived_from_it_is_a_hint() -> None:
    assert _severity("城市和农村在经济、社会和环境方面是相互依存的。",
                     "Cities and rural areas are interdependent economically, socially "
                     "and environmentally.") == "info"


def test_a_compound_ending_in_the_term_needs_a_longer_source_word() -> None:
    # "socioeconomic" holds "economic" at its end: a compound, not the same word.
    assert _severity("城市和农村在经济、社会和环境方面是相互依存的。",
                     "Cities and rural areas are socioeconomically and environmentally "
                     "interdependent.") == "error"


def test_without_the_derived_word_the_miss_stays_an_error() -> None:
    assert _severity("城市和农村在经济、社会和环境方面是相互依存的。",
                     "Cities and rural areas are interdependent socially and "
                     "environmentally.") == "error"
