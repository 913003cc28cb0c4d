"""A slip that keeps the usual rendering's head and changes its modifier, once in the
draft, is a warning even where no dictionary entry of the term gives the new word
(issue 13, learned recall at warning): "gender violence" where the draft writes
"sexual violence" names the same kind of thing in other words. A changed head, or a
variant the draft writes again, stays a hint."""

from __future__ import annotations

import pytest

from check._stand_in import LEARNED, VIOLENCE, StandInDictionary, learned_finding, pair_draft
from termbase.check import check_draft
from termbase.check.glosses import Gloss
from termbase.diagnostics import Severity
from termbase.model import Glossary

# "gender" is a word of the draft (性别's), so its silence in the slip's source says
# something; no entry of 性暴力 gives it.
_GENDER = [("性别平等很重要。", "Gender equality matters."),
           ("性别视角得到加强。", "The gender perspective was strengthened."),
           ("性别统计有所改进。", "Gender statistics improved.")]
_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc"}), "n")}
_MODIFIER_SLIP = ("冲突中的性暴力问题很严重。",
                  "The problem of gender violence in conflict is serious.")
_HEAD_SLIP = ("冲突中的性暴力问题很严重。",
              "The problem of sexual abuse in conflict is serious.")


def test_a_changed_modifier_written_once_is_a_warning(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, message = learned_finding(
        glossary, [*VIOLENCE, *_GENDER, _MODIFIER_SLIP], _ENTRIES, monkeypatch)
    assert (found, severity) == ("gender violence", Severity.WARNING)
    assert message.endswith("elsewhere in the draft")


def test_a_changed_head_stays_a_hint(glossary: Glossary,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, message = learned_finding(
        glossary, [*VIOLENCE, *_GENDER, _HEAD_SLIP], _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "no dictionary entry of 性暴力 gives “abuse”" in message


def test_a_changed_modifier_the_draft_writes_again_stays_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """Written in two units, "gender violence" is a phrase of the draft's own."""
    again = ("难民营中的性暴力问题很严重。",
             "The problem of gender violence in camps is serious.")
    StandInDictionary(_ENTRIES).install(monkeypatch)
    findings = check_draft(glossary, pair_draft([*VIOLENCE, *_GENDER, _MODIFIER_SLIP, again]),
                           LEARNED).findings
    assert findings
    assert {f.severity for f in findings} == {Severity.INFO}
