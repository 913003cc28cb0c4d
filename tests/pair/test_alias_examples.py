"""A name whose links all came from its head noun keeps their example pairs (issue 12,
session 35): an answer without examples escapes every test made on them."""

from __future__ import annotations

from termbase.pair.references import fold_alias_examples


def test_a_name_without_examples_of_its_own_takes_its_alias_examples() -> None:
    examples = {(0, "council"): ["the Council met", "the Council decided"],
                (0, "president"): ["the President spoke"]}
    folded = fold_alias_examples(0, examples, {"council": "security council"}, 3)
    assert folded[(0, "security council")] == ["the Council met", "the Council decided"]
    # The other keys are as they were.
    assert folded[(0, "president")] == ["the President spoke"]
    assert folded[(0, "council")] == ["the Council met", "the Council decided"]


def test_a_name_with_examples_of_its_own_keeps_just_those() -> None:
    examples = {(0, "council"): ["the Council met"],
                (0, "security council"): ["the Security Council met"]}
    folded = fold_alias_examples(0, examples, {"council": "security council"}, 3)
    assert folded[(0, "security council")] == ["the Security Council met"]


def test_at_most_the_limit_and_only_the_term_s_own() -> None:
    examples = {(0, "council"): ["a", "b"], (0, "board"): ["c", "d"],
                (1, "council"): ["e"]}
    aliases = {"council": "security council", "board": "security council"}
    assert fold_alias_examples(0, examples, aliases, 3)[(0, "security council")] == [
        "c", "d", "a"]
    assert (1, "security council") not in fold_alias_examples(0, examples, aliases, 3)
