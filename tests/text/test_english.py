"""The one English fold: singular, spelling, verb endings, case, canonical forms."""

from __future__ import annotations

import pytest

from termbase.text.english import (
    EnglishCanon,
    EnglishFolding,
    american_spelling,
    lower_same_length,
    singular,
    verb_stem,
)


@pytest.mark.parametrize(("word", "expected"), [
    # ordinary plurals
    ("states", "state"), ("zones", "zone"), ("arms", "arm"), ("parties", "party"),
    ("countries", "country"), ("weapons", "weapon"),
    # -es after a sibilant, and -oes in words of six letters or more
    ("taxes", "tax"), ("classes", "class"), ("churches", "church"), ("wishes", "wish"),
    ("buzzes", "buzz"), ("embargoes", "embargo"), ("vetoes", "veto"), ("shoes", "shoe"),
    # four-letter -ies words only lose their s
    ("ties", "tie"), ("lies", "lie"),
    # irregular plurals of UN text (妇女, 儿童), with their possessives
    ("women", "woman"), ("women's", "woman"), ("children", "child"), ("men", "man"),
    ("chairmen", "chairman"),
    # not plurals
    ("status", "status"), ("analysis", "analysis"), ("process", "process"),
    ("gas", "gas"), ("is", "is"), ("arm", "arm"), ("", ""),
    # possessives
    ("state's", "state"), ("states’", "states’"), ("council’s", "council"),
    ("parties's", "party"),
])
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_singular_is_a_function_of_the_word_only() -> None:
    # Both forms a glossary may keep apart fold to one key; callers decide to fold.
    assert singular("states") == singular("state") == "state"
    assert singular("parties") == singular("party")


@pytest.mark.parametrize(("word", "expected"), [
    ("programme", "program"), ("organisation", "organization"), ("organise", "organize"),
    ("labour", "labor"), ("centre", "center"), ("centres", "centers"),
    ("defence", "defense"), ("analyse", "analyze"), ("catalogue", "catalog"),
    ("exercise", "exercise"), ("promise", "promise"), ("otherwise", "otherwise"),
    ("program", "program"), ("house", "house"), ("arms", "arms"),
])
def test_american_spelling(word: str, expected: str) -> None:
    assert american_spelling(word) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("implemented", "implement"), ("implementing", "implement"), ("implement", "implement"),
    ("committed", "commit"), ("create", "creat"), ("created", "creat"),
    ("creating", "creat"), ("applied", "apply"), ("used", "used"), ("red", "red"),
])
def test_verb_stem(word: str, expected: str) -> None:
    assert verb_stem(word) == expected


def test_lower_same_length_keeps_offsets() -> None:
    text = "İstanbul Programme"
    lowered = lower_same_length(text)
    assert len(lowered) == len(text)
    assert lowered[lowered.index("programme"):] == "programme"


def test_canonical_form_folds_and_breaks() -> None:
    canon = EnglishCanon()
    prepared = canon.prepare("Member States’ capacity-building. Programmes")
    # A possessive apostrophe and a full stop both break: a term spans neither.
    assert prepared.canonical == " member state | capacity building | program "
    start = prepared.canonical.index("capacity")
    end = start + len("capacity building")
    assert prepared.original_span(start, end) == (15, 32)


def test_folding_can_be_switched_off_word_by_word() -> None:
    strict = EnglishCanon(EnglishFolding(plurals=False, hyphenation=False,
                                         spelling_variants=False))
    assert strict.pattern("Programmes capacity-building") == " programmes capacity | building "
    verbs = EnglishCanon(EnglishFolding(verb_forms=True))
    assert verbs.pattern("implemented") == verbs.pattern("implementing")
