"""A slip in an adverbial phrase the two languages put at opposite ends of the clause
(issue 13, learned recall): Chinese fronts it (根据国际法，…), English moves it last
("… unlawful under international law."), so the variant stands as far from the term as
the sentence allows, and neither the rough position nor a crossed neighbour finds it.
A preposition before the term (the dictionary's part of speech), the term closing its
run, and the variant closing its phrase after a function word show it is the term's
place."""

from __future__ import annotations

import pytest

from check._stand_in import VIOLENCE, learned_finding, learned_found
from termbase.align.lexicon import stem
from termbase.check.glosses import Gloss
from termbase.check.learned import slips
from termbase.diagnostics import Severity
from termbase.model import Glossary

_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
            "关于": Gloss(frozenset({"regard", "concer"}), "p"),
            "各方": Gloss(frozenset({"part"}), "r"), "会议": Gloss(frozenset({"meet"}), "n"),
            "达成": Gloss(frozenset({"reach"}), "v"), "共识": Gloss(frozenset({"agree"}), "n")}
# The term in a fronted adverbial phrase; its rendering closes the translation.
_FRONTED = ("关于性暴力，各方在会议上达成了共识。",
            "At the meeting the parties reached agreement on sexual abuse.")


def test_a_slip_in_a_moved_adverbial_phrase_is_found(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, _FRONTED]
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == ["sexual abuse"]
    monkeypatch.setattr(slips, "_moved_adverbial", lambda *_: False)
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == []


def test_no_preposition_before_the_term_no_adverbial(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {**_ENTRIES, "关于": Gloss(frozenset({"regard", "concer"}), "v")}
    assert learned_found(glossary, [*VIOLENCE, _FRONTED], entries, monkeypatch) == []


def test_words_after_the_variant_in_its_phrase_no_adverbial(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    middle = (_FRONTED[0], "At the meeting the parties reached agreement on sexual abuse "
                           "in every region.")
    assert learned_found(glossary, [*VIOLENCE, middle], _ENTRIES, monkeypatch) == []


# The kept word's pieces (性暴, 暴力) stand twice in the source, once outside the term:
# the translation writes "sexual" twice too, so each has its own and one is the term's.
_TWICE = ("关于性暴力，各方在会议上讨论了性暴行和家庭暴力。",
          "At the meeting the parties discussed sexual atrocities and domestic violence "
          "and agreed on measures against sexual abuse.")
# ... and once: the one "sexual" may be the other place's.
_ONCE = ("关于性暴力，各方在会议上讨论了性暴行和家庭暴力。",
         "At the meeting the parties discussed atrocities and domestic violence and "
         "agreed on measures against sexual abuse.")


def test_a_kept_word_written_as_often_as_its_pieces_sits_in_the_term(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    assert learned_found(glossary, [*VIOLENCE, _TWICE], _ENTRIES, monkeypatch) == [
        "sexual abuse"]
    monkeypatch.setattr(slips, "_times_written", lambda *_: 0)
    assert learned_found(glossary, [*VIOLENCE, _TWICE], _ENTRIES, monkeypatch) == []


def test_only_one_for_one_the_slip_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    # Enough of the translation's words explained that the pair reads as aligned.
    entries = {**_ENTRIES, **{w: Gloss(frozenset(map(stem, english)), "n") for w, english in
                              [("讨论", ["discussed"]), ("暴行", ["atrocities"]),
                               ("家庭", ["domestic"]), ("会议", ["meeting"]),
                               ("各方", ["parties"])]}}
    found, severity, message = learned_finding(glossary, [*VIOLENCE, _TWICE], entries,
                                               monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "outside the term" in message
    monkeypatch.setattr(slips, "_kept_word_shared", lambda *_: "")
    found, severity, _ = learned_finding(glossary, [*VIOLENCE, _TWICE], entries, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_a_kept_word_written_less_often_than_its_piece_does_not(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    assert learned_found(glossary, [*VIOLENCE, _ONCE], _ENTRIES, monkeypatch) == []


# ... or three times for the piece's two places: not one for one, so no telling which
# place the variant's "sexual" is (服务 twice, "service" three times beside 服务提供方).
_THRICE = (_ONCE[0], "At the meeting the parties discussed sexual atrocities, sexual "
                     "harassment and domestic violence and agreed on measures against "
                     "sexual abuse.")


def test_a_kept_word_written_more_often_than_its_piece_does_not(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    assert learned_found(glossary, [*VIOLENCE, _THRICE], _ENTRIES, monkeypatch) == []
