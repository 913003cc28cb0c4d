"""english_words reads the words english_runs reads, without the runs (the draft
evidence's word sets use it for nearly every unit of a draft)."""

from __future__ import annotations

import random

from termbase.pair.ngrams import english_runs, english_words

_PIECES = ["Protocol", ",2", " and ", "for 2015;2", " the report1 ", "COVID-19", " G-77 ",
           "A/RES/68/48", "States'", " Children’s ", "word12", "(b)", " 3.5 ", "e.g.",
           "Inter‑Agency", " — ", "，", "United Nations", "\n", "x", "de l'ONU", "99"]


def _words_of_runs(text: str) -> list[str]:
    return [word.text for run in english_runs(text) for word in run]


def test_the_words_are_the_runs_words_in_order() -> None:
    rng = random.Random(41)
    texts = ["", "   ", "Protocol,2 and for 2015;2", "the report12 says"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
              for _ in range(3_000)]
    for text in texts:
        assert english_words(text) == _words_of_runs(text), text


def test_a_glued_footnote_marker_is_dropped() -> None:
    assert english_words("under the Protocol12 and annex 2") == [
        "under", "the", "Protocol", "and", "annex", "2"]
