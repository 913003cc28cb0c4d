"""A missing term paraphrased: its first word rendered by the dictionary's reading, right
before words of the translation's own (issue 13, session 28, class 2 'paraphrase')."""

from __future__ import annotations

import pytest

from check._stand_in import StandInDictionary
from termbase.align.lexicon import stem
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.glosses import Gloss
from termbase.model import Concept, Glossary, LangSec, Term


def _gloss(*words: str) -> Gloss:
    return Gloss(frozenset(stem(w) for w in words), "n")


_DICTIONARY = StandInDictionary({
    "非法": _gloss("illegal", "unlawful"), "贸易": _gloss("trade"),
    "武器": _gloss("weapon", "arm"), "打击": _gloss("combat", "fight"),
    "执行": _gloss("implement", "execute", "carry"), "执": _gloss("execute", "hold"),
    "行": _gloss("walk", "row"), "计划": _gloss("plan", "programme"),
    "大会": _gloss("general", "assembly", "conference"), "大": _gloss("big", "general"),
    "会": _gloss("meeting", "conference"), "通过": _gloss("adopt", "pass"),
})
_GLOSSARY = Glossary((
    Concept("it", (LangSec("zh", (Term("非法贸易"),)), LangSec("en", (Term("illicit trade"),)))),
    Concept("impl", (LangSec("zh", (Term("执行"),)), LangSec("en", (Term("implementation"),)))),
    Concept("ga", (LangSec("zh", (Term("大会"),)),
                   LangSec("en", (Term("General Assembly"),)))),
))
_ZH = "各国必须打击武器非法贸易。"


@pytest.fixture(autouse=True)
def _dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    _DICTIONARY.install(monkeypatch)


def _missing(zh: str, en: str) -> list[tuple[str, str]]:
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_the_first_word_read_before_a_word_of_its_own_is_info() -> None:
    assert _missing(_ZH, "States must fight the unlawful commerce in weapons.") == [
        ("非法贸易", "info")]


def test_the_head_alone_stays_an_error() -> None:
    # The head's plain gloss is what a wrong word put for the term most often is.
    assert _missing(_ZH, "States must fight the trade in weapons and arms.") == [
        ("非法贸易", "error")]


def test_a_first_word_ending_its_phrase_stays_an_error() -> None:
    assert _missing(_ZH, "States must fight whatever is unlawful in weapons.") == [
        ("非法贸易", "error")]


def test_a_cut_translation_shows_nothing() -> None:
    assert _missing(_ZH, "unlawful commerce.") == [("非法贸易", "error")]


def test_one_entry_read_by_a_part_in_its_own_sense() -> None:
    # 执行 is one entry: its part 执 must read a word of the entry's own gloss
    # ("execute"), not another sense of the character ("hold").
    assert _missing("各国执行该计划。", "States execute the plan.") == [("执行", "error")]
    assert _missing("各国执行该计划。", "States execute plan work.") == [("执行", "info")]
    assert _missing("各国执行该计划。", "States hold plan programme meetings.") == [
        ("执行", "error")]


def test_a_name_is_given_whole_or_not_at_all() -> None:
    assert _missing("大会通过了计划。", "The general debate adopted the plan.") == [
        ("大会", "error")]
