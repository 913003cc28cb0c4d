"""A changed word the draft ties to a piece of the unit only because what it renders is
absent there (issue 13, learned recall): "abuse" renders 虐待 across the draft, and in
a unit without 虐待 its best tie is 儿童, a word it merely keeps company with and which
"children" beside it renders. That weak tie neither makes the variant another source
word's rendering nor shows the draft's counts alone tying the word to the term: the
variant stands, as a hint, since no entry of the term gives "abuse". Where the
dictionary gives the word for another source word of the unit (侵害 glossed "abuse"
here, as 各国 gives "various"), the tie is real after all: the word renders that one."""

from __future__ import annotations

import pytest

from check._stand_in import learned_finding, learned_found, pair_draft
from check.learned._abuse_lines import ABUSE, CHILDREN, NORM
from termbase.check.context import CheckContext
from termbase.check.glosses import Gloss
from termbase.check.learned import readings
from termbase.check.learned.evidence import WordEvidence
from termbase.check.learned.renderings import stop_words
from termbase.check.matching import LanguageMatcher
from termbase.diagnostics import Severity
from termbase.model import Glossary

# "abuse" renders 虐待 (six units of six); 儿童 stands in three of them and in five
# units more, so it is the best tie "abuse" has where 虐待 is absent, at about half of
# 虐待's, and "children" renders it in all of them.
_SLIP = ("性暴力侵害儿童的行为必须停止。", "Sexual abuse against children must stop.")
_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc"}), "n"),
            "儿童": Gloss(frozenset({"child"}), "n"), "侵害": Gloss(frozenset({"violat"}), "v"),
            "行为": Gloss(frozenset({"act"}), "n"), "停止": Gloss(frozenset({"stop"}), "v"),
            "必须": Gloss(frozenset({"must"}), "v")}
_LINES = [*NORM, *ABUSE, *CHILDREN, _SLIP]


def test_a_weak_tie_where_the_rendered_piece_is_absent_is_no_tie(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, message = learned_finding(glossary, _LINES, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "no dictionary entry" in message


# 侵害 away from the term (beside it, the dictionary reading of the term's neighbours
# explains the word already), and the dictionary giving "abuse" for it.
_SLIP_FAR = ("性暴力使儿童受到侵害，必须停止。", "Sexual abuse against children must stop.")
_FAR_ENTRIES = {**_ENTRIES, "侵害": Gloss(frozenset({"violat", "abus"}), "v"),
                "受到": Gloss(frozenset({"receiv"}), "v")}


def test_a_weak_tie_the_dictionary_explains_by_another_source_word_is_real(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*NORM, *ABUSE, *CHILDREN, _SLIP_FAR]
    assert learned_found(glossary, lines, _FAR_ENTRIES, monkeypatch) == []
    monkeypatch.setattr(readings, "_outside", lambda *_: set())  # without the rule
    assert learned_found(glossary, lines, _FAR_ENTRIES, monkeypatch) == ["Sexual abuse"]


def test_without_the_rule_the_weak_tie_silences_the_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WordEvidence, "weak_tie", lambda *_: False)
    assert learned_found(glossary, _LINES, _ENTRIES, monkeypatch) == []


def _evidence(glossary: Glossary, lines: list[tuple[str, str]]) -> WordEvidence:
    ctx = CheckContext.build(glossary, pair_draft(lines), LanguageMatcher(glossary, "zh"),
                             LanguageMatcher(glossary, "en"))
    return ctx.evidence.words


# The same unit, "minors" met nowhere else: no other word renders 儿童 there, so the
# tie may be the word's own and stays, weak as it is — where "abuse" also meets 儿童
# without 虐待 (else the tie is the company 虐待 keeps, test_company_of_the_rendering).
_SLIP_ALONE = ("性暴力侵害儿童的行为必须停止。", "Sexual abuse of minors must stop.")
_ABUSE_WITHOUT = ("儿童受到伤害。", "Children face abuse.")


def test_a_tie_is_weak_only_where_another_word_takes_the_piece(glossary: Glossary) -> None:
    stop = stop_words()
    lines = [*NORM, *ABUSE, _ABUSE_WITHOUT, *CHILDREN, _SLIP]
    slip = len(lines) - 1
    assert _evidence(glossary, lines).weak_tie("abuse", "儿童", slip, stop)
    alone = _evidence(glossary, [*NORM, *ABUSE, _ABUSE_WITHOUT, *CHILDREN, _SLIP_ALONE])
    assert not alone.weak_tie("abuse", "儿童", slip, stop)
    assert not alone.weak_tie("abuse", "虐待", 4, stop)  # what it renders is no weak tie
