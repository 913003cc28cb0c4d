"""A noun term the translation renders by the verb of the same stem, where Chinese uses
the term as a verb (check/verb_use): 采取行动 "to act", "has acted" for
the glossary's "action"."""

from __future__ import annotations

import pytest

from check._stand_in import last_line_miss
from termbase.check.verb_use import verb_forms
from termbase.model import Concept, Glossary, LangSec, Term


def _concept(cid: str, zh: str, en: str) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))


_GLOSSARY = Glossary((_concept("act", "行动", "action"), _concept("step", "措施", "action")))


def _severity(zh: str, en: str) -> str:
    return last_line_miss(_GLOSSARY, [(zh, en)])


def test_the_verb_of_the_terms_stem_is_a_hint() -> None:
    assert _severity("局势迫使安全理事会采取行动。",
                     "The situation obliges the Security Council to act.") == "info"
    assert _severity("我国政府已对恐怖主义团体采取迅速和果断的行动。",
                     "Our Government has acted swiftly and decisively against terrorist "
                     "groups.") == "info"


@pytest.mark.usefixtures("entries_as_terms")  # 行动: a general word
def test_without_the_verb_the_miss_stays_an_error() -> None:
    assert _severity("局势迫使安全理事会采取行动。",
                     "The situation obliges the Security Council to respond.") == "error"


@pytest.mark.usefixtures("entries_as_terms")  # 行动: a general word
def test_a_capitalised_word_inside_a_sentence_is_a_name_not_the_verb() -> None:
    assert _severity("局势迫使安全理事会采取行动。",
                     "The situation obliges the Security Council under the Act.") == "error"


def test_a_term_chinese_never_uses_as_a_verb_takes_no_verb() -> None:
    # jieba's dictionary tags 措施 a noun (a glossary may give it "action"): "act" says
    # something else.
    assert _severity("各国应当为此制定措施。", "States should act on this.") == "error"


def test_the_verbs_are_read_off_the_noun() -> None:
    assert {"act", "acts", "acted", "acting"} <= verb_forms("action")
    assert {"cooperate", "cooperated", "cooperating"} <= verb_forms("cooperation")
    assert {"reported", "reporting"} <= verb_forms("report")
    # The noun's own forms are the matcher's.
    assert not {"action", "actions", "report", "reports"} & (verb_forms("action")
                                                              | verb_forms("report"))
