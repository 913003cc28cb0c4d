"""A changed word's tie to a piece of the unit is the company its rendering keeps when
the draft shows the two together only where the word's own rendered piece stands too
(issue 13, learned recall): "abuse" renders 虐待, and meets 儿童 only in units that hold
虐待 as well ("children suffer abuse"); in a unit without 虐待 that tie says nothing,
though no other word of the translation ("minors", met nowhere else) is shown to render
儿童. The variant then stands, as a hint, where before the tie made it another source
word's rendering and silenced it. Where the word also meets the piece without what it
renders, the tie may be its own and stays."""

from __future__ import annotations

import pytest

from check._stand_in import learned_finding, learned_found, pair_draft
from check.learned._abuse_lines import ABUSE, CHILDREN, NORM
from termbase.check.context import CheckContext
from termbase.check.glosses import Gloss
from termbase.check.learned.evidence import WordEvidence
from termbase.check.learned.renderings import stop_words
from termbase.check.matching import LanguageMatcher
from termbase.diagnostics import Severity
from termbase.model import Glossary

# "abuse" renders 虐待 (six units of six); 儿童 stands in three of them, and "abuse"
# meets it nowhere else.
# "minors" is met nowhere else: no word of the translation is shown to render 儿童.
_SLIP = ("性暴力侵害儿童的行为必须停止。", "Such sexual abuse of minors must stop.")
_LINES = [*NORM, *ABUSE, *CHILDREN, _SLIP]
_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc"}), "n"),
            "儿童": Gloss(frozenset({"child"}), "n"), "侵害": Gloss(frozenset({"violat"}), "v"),
            "行为": Gloss(frozenset({"act"}), "n"), "停止": Gloss(frozenset({"stop"}), "v"),
            "必须": Gloss(frozenset({"must"}), "v")}
# "abuse" meeting 儿童 once without 虐待: three of the four units where they meet hold
# 虐待, under COMPANY_SHARE.
_ABUSE_WITHOUT = ("儿童受到伤害。", "Children face abuse.")


def _evidence(glossary: Glossary, lines: list[tuple[str, str]]) -> WordEvidence:
    ctx = CheckContext.build(glossary, pair_draft(lines), LanguageMatcher(glossary, "zh"),
                             LanguageMatcher(glossary, "en"))
    return ctx.evidence.words


def test_a_tie_met_only_beside_the_rendered_piece_is_weak(glossary: Glossary) -> None:
    stop, slip = stop_words(), len(_LINES) - 1
    assert _evidence(glossary, _LINES).weak_tie("abuse", "儿童", slip, stop)
    lines = [*NORM, *ABUSE, _ABUSE_WITHOUT, *CHILDREN, _SLIP]
    assert not _evidence(glossary, lines).weak_tie("abuse", "儿童", len(lines) - 1, stop)


def test_the_variant_stands_as_a_hint(glossary: Glossary,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, message = learned_finding(glossary, _LINES, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "no dictionary entry" in message


def test_without_the_rule_the_tie_silences_the_variant(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WordEvidence, "_met_only_with_best", lambda *_: False)
    assert learned_found(glossary, _LINES, _ENTRIES, monkeypatch) == []
