"""benchmarks/extract_replay.py: a saved ranking replayed under other weights."""

from __future__ import annotations

import dataclasses

import pytest
from tests.benchmark_script import load_benchmark

from termbase.extract import ranking
from termbase.extract.drafts import Draft
from termbase.extract.statistics import NgramStats

replay = load_benchmark("extract_replay")


def _draft(text: str, words: tuple[str, ...], freq: int, c_value: float) -> Draft:
    draft = Draft(text, words, NgramStats(freq, 4, 2.0, 2.0, 0.8), sources={"ngram"},
                  c_value=c_value, documents=8, specificity=500.0)
    draft.rescore()
    return draft


def _shot() -> object:
    phrase = _draft("维持和平行动", ("维持", "和平", "行动"), 20, 50.0)
    word = _draft("问责制", ("问责制",), 12, 60.0)
    fragment = _draft("维持和平", ("维持", "和平"), 30, 60.0)
    fragment.score *= 0.035  # the evidence stage's discount, kept by a replay
    drafts = ((phrase, 1.0), (word, 1.0), (fragment, 0.035))
    entries = [((d.text,), d.score) for d, _ in drafts]
    entries.sort(key=lambda e: -e[1])
    return replay.Snapshot(drafts, tuple(entries))


def test_the_saved_weights_give_back_the_saved_ranking() -> None:
    shot = _shot()
    assert replay.replay(shot) == [forms for forms, _ in shot.entries]
    assert [f[0] for f in replay.replay(shot)] == ["维持和平行动", "问责制", "维持和平"]


def test_other_weights_rank_again_keeping_the_evidence_factor() -> None:
    shot = _shot()
    heavier = dataclasses.replace(ranking.DEFAULT_WEIGHTS, single_word_factor=1.0)
    assert [f[0] for f in replay.replay(shot, heavier)] == ["问责制", "维持和平行动", "维持和平"]
    # The weights are the scoring's own again afterwards.
    assert ranking.score.__kwdefaults__["weights"] is ranking.DEFAULT_WEIGHTS


def test_an_entry_moves_by_the_change_of_its_forms_scores() -> None:
    phrase = _draft("维持和平行动", ("维持", "和平", "行动"), 20, 50.0)
    word = _draft("问责制", ("问责制",), 12, 40.0)
    grouped = replay.Snapshot(((phrase, 1.0), (word, 1.0)),
                              ((("维持和平行动", "维和行动"), phrase.score + 5.0),
                               (("问责制",), word.score)))
    lower = dataclasses.replace(ranking.DEFAULT_WEIGHTS, single_word_factor=0.0)
    # A form without a draft (a variant below the shortlist) keeps its share.
    assert replay.replay(grouped, lower)[0] == ("维持和平行动", "维和行动")


def test_recall_by_band_and_precision_of_a_ranking() -> None:
    ranked = [("甲",), ("乙", "丙"), ("丁",)]
    gold = [(("丙",), 25), (("戊",), 10), (("丁",), 3)]
    cells = replay.recall_cells(ranked, gold)
    assert cells[:4] == ["1.00", "0.00", "1.00", "0.67"]  # at 100: high, mid, low, all
    verdicts = {"甲": True, "乙": False}
    right, unjudged = replay.precision(ranked, lambda forms: verdicts.get(forms[0]), 3)
    assert (right, unjudged) == (1, ["丁"])


def test_an_unknown_weight_is_refused() -> None:
    assert replay.parse_weights(["entropy_power=1.0"]).entropy_power == 1.0
    with pytest.raises(SystemExit):
        replay.parse_weights(["no_such_weight=1"])
