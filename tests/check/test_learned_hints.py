"""Learned inconsistencies the evidence supports less: hints (info) giving the reason,
not warnings (issue 13, thirteenth learned round)."""

from __future__ import annotations

import pytest

from check._stand_in import LEARNED, StandInDictionary, pair_draft
from termbase.check import check_draft
from termbase.check.findings import Finding
from termbase.check.glosses import Gloss
from termbase.check.learned import readings
from termbase.diagnostics import Severity
from termbase.model import Glossary

# 性暴力 is rendered "sexual violence" four times; "abuse" is a word of the draft that
# renders 虐待, which the last unit's source lacks: a slip for the usual rendering.
_VIOLENCE = [("甲国发生性暴力。", "Sexual violence occurred in country A."),
             ("乙国的性暴力事件增加。", "Incidents of sexual violence rose in B."),
             ("各方应打击性暴力。", "All parties should combat sexual violence."),
             ("性暴力受害者需要帮助。", "Victims of sexual violence need help."),
             ("儿童遭受虐待。", "Children suffer abuse."),
             ("老人遭受虐待。", "Older persons suffer abuse."),
             ("妇女遭受虐待。", "Women suffer abuse.")]
_SLIP = ("冲突中的性暴力问题很严重。", "The problem of sexual abuse in conflict is serious.")
_SEXUAL = Gloss(frozenset({"sexual", "sex"}), "n")


def _found(glossary: Glossary, lines: list[tuple[str, str]], entries: dict[str, Gloss],
           monkeypatch: pytest.MonkeyPatch) -> Finding:
    StandInDictionary(entries).install(monkeypatch)
    [finding] = check_draft(glossary, pair_draft(lines), LEARNED).findings
    return finding


def test_a_changed_word_no_entry_of_the_term_gives_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the draft says "abuse" stands for 性暴力 here, as it would say of a
    paraphrase ("monetary stances" for 货币政策): a hint that says why."""
    finding = _found(glossary, [*_VIOLENCE, _SLIP], {"性暴": _SEXUAL}, monkeypatch)
    assert (finding.found, finding.severity) == ("sexual abuse", Severity.INFO)
    assert "no dictionary entry of 性暴力 gives “abuse”" in finding.message


def test_a_changed_word_the_dictionary_gives_for_the_term_is_a_warning(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n")}
    finding = _found(glossary, [*_VIOLENCE, _SLIP], entries, monkeypatch)
    assert (finding.found, finding.severity) == ("sexual abuse", Severity.WARNING)
    assert finding.message.endswith("elsewhere in the draft")


def test_a_spelling_variant_needs_no_dictionary() -> None:
    """"NonProliferation" against "Non-Proliferation" is one word spelt two ways (a true
    finding on UNv1); the dictionary gives neither spelling, and need not."""
    assert readings._spelling_of("non-proliferation", "nonproliferation")
    assert not readings._spelling_of("non-proliferation", "proliferation")


def test_a_variant_written_as_a_name_against_common_words_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """The name's own wording, or the name written wrongly: nothing in the draft tells
    which, so a reviser is told, not warned."""
    named = ("冲突中性暴力问题特别代表发言。",
             "The Special Representative on Sexual Abuse in Conflict spoke.")
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n")}
    finding = _found(glossary, [*_VIOLENCE, named], entries, monkeypatch)
    assert (finding.found, finding.severity) == ("Sexual Abuse", Severity.INFO)
    assert "written as a name here" in finding.message
