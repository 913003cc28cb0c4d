"""Learned inconsistencies the evidence supports less: hints (info) giving the reason,
not warnings (issue 13, thirteenth learned round)."""

from __future__ import annotations

import pytest

from check._stand_in import LEARNED, StandInDictionary, pair_draft
from check._stand_in import VIOLENCE as _VIOLENCE
from termbase.check import check_draft
from termbase.check.context import CheckContext
from termbase.check.findings import Finding
from termbase.check.glosses import Gloss
from termbase.check.learned import readings, slips
from termbase.check.matching import LanguageMatcher
from termbase.diagnostics import Severity
from termbase.model import Glossary

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


# 最不发达国家 is rendered "least developed countries" four times; "States" is what the
# draft writes in "small island developing States", so its counts tie the word to
# 小岛屿, which the last unit's source holds too.
_LDC = [("最不发达国家的需要很大。", "The needs of least developed countries are great."),
        ("援助最不发达国家是优先事项。", "Aid to least developed countries is a priority."),
        ("最不发达国家面临债务。", "The least developed countries face debt."),
        ("最不发达国家参加了会议。", "The least developed countries attended the meeting."),
        ("小岛屿发展中国家受到气候影响。",
         "Small island developing States suffer from climate change."),
        ("小岛屿发展中国家需要融资。", "Small island developing States need finance."),
        ("小岛屿发展中国家举行了会议。", "Small island developing States held a meeting."),
        ("最不发达国家和小岛屿发展中国家的需要很大。",
         "The needs of least developed States and small island developing States are great.")]
_LDC_WORDS = {"需要": Gloss(frozenset({"need"}), "n"), "发达": Gloss(frozenset({"develop"}), "a"),
              "岛屿": Gloss(frozenset({"island"}), "n"),
              "发展": Gloss(frozenset({"develop"}), "vn"),
              "很大": Gloss(frozenset({"great"}), "a")}


def test_a_word_the_draft_ties_elsewhere_too_is_a_hint_when_the_dictionary_agrees(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"States" beside "small island developing States" in one unit: the draft's counts
    cannot say which term the word renders; the dictionary gives it for 国家."""
    country = {"国家": Gloss(frozenset({"countr", "nation", "stat"}), "n")}
    finding = _found(glossary, _LDC, {**_LDC_WORDS, **country}, monkeypatch)
    assert (finding.found, finding.severity) == ("least developed States", Severity.INFO)
    assert "the draft also ties “States” to" in finding.message


def test_a_word_the_draft_ties_elsewhere_is_nothing_without_the_dictionary(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    StandInDictionary(_LDC_WORDS).install(monkeypatch)
    assert check_draft(glossary, pair_draft(_LDC), LEARNED).findings == ()


def test_a_piece_straddling_the_terms_edge_is_the_terms(glossary: Glossary) -> None:
    """和技 of 和技术支持: counted over the draft, the piece goes with the term, and a
    word tied to it is tied to the term ("technical assistance")."""
    draft = pair_draft([("培训和技术支持很重要。", "Training matters.")])
    ctx = CheckContext.build(glossary, draft,
                             LanguageMatcher(glossary, "zh"), LanguageMatcher(glossary, "en"))
    pieces = slips._term_pieces("技术支持", 0, ctx.evidence.words)
    assert {"和技", "持很", "技术", "支持"} <= pieces and "培训" not in pieces


def test_the_word_a_variant_lacks_past_a_comma_makes_it_a_hint() -> None:
    """"least developed States, landlocked developing countries": "countries" may be the
    next list item's or the rendering reordered; within the phrase it is the latter."""
    text = "the needs of least developed States, landlocked developing countries and others"
    start = text.index("least")
    end = text.index(",")
    assert "country" in slips._around(text, start, end, across=True)
    assert "country" not in slips._around(text, start, end, across=False)
    near = "the problem of sexual abuse and violence in conflict"
    at = near.index("sexual")
    assert "violence" in slips._around(near, at, at + len("sexual abuse"), across=False)


def test_a_variant_where_the_dictionary_explains_under_half_the_translation_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deviation is the term's only when the dictionary explains most of the unit's
    other words: in a loosely aligned or freely worded pair it may be anything's."""
    from termbase.align.lexicon import stem

    slip = ("冲突中的性暴力问题很严重，而且到处都在迅速增长。",
            "The problem of sexual abuse in conflict is serious and growing quickly everywhere.")
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
               "冲突": Gloss(frozenset({stem("conflict")}), "n")}
    loose = _found(glossary, [*_VIOLENCE, slip], entries, monkeypatch)  # 3 of 8 words
    assert loose.severity is Severity.INFO and "under half" in loose.message
    entries.update({"问题": Gloss(frozenset({stem("problem")}), "n"),
                    "严重": Gloss(frozenset({stem("serious")}), "a")})
    assert _found(glossary, [*_VIOLENCE, slip], entries, monkeypatch).severity is (
        Severity.WARNING)  # 5 of 8


def test_a_hint_about_one_term_leaves_room_for_a_warning_about_another(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """One finding per unit: the warning (性暴力 "sexual abuse", the dictionary's word),
    not the hint (武器禁运 inside a title), though the longer term is asked first."""
    from check._stand_in import EMBARGO

    both = ("冲突中的性暴力问题和《武器禁运条例》都很严重。",
            "The problem of sexual abuse in conflict and the Weapons Embargo Rules are serious.")
    entries = {"性暴": _SEXUAL, "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
               "武器": Gloss(frozenset({"weapon", "arm"}), "n")}
    finding = _found(glossary, [*EMBARGO, *_VIOLENCE, both], entries, monkeypatch)
    assert (finding.term, finding.severity) == ("性暴力", Severity.WARNING)
