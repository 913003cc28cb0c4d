"""A prefix English fuses with the term's rendering ("multi-partner") that the Chinese
says beside the term (多方 before it) is the sentence's, not the term's
(termbase.pair.answers.prefix_said_beside)."""

from __future__ import annotations

import pytest

from termbase.align.lexicon import Lexicon
from termbase.pair import pairer
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

_FILLER = [(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(60)]

_PLAIN = [("伙伴方支持该方案。", "Partners support the programme."),
          ("各伙伴方参加了会议。", "The partners attended the meeting."),
          ("伙伴方提供了资金。", "Partners provided funding.")]

_BESIDE = [("多方伙伴方对话已举行。", "A multi-partner dialogue was held."),
           ("多方伙伴方协商继续进行。", "Multi-partner consultations continued."),
           ("多方伙伴方机制已建立。", "A multi-partner mechanism was set up.")]


def _answer(pairs: list[tuple[str, str]], lexicon: Lexicon) -> tuple[str, int] | None:
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["伙伴方"], from_pairs(pairs + _FILLER, "d"), lexicon=lexicon,
                         settings=PairSettings(check_alignment=False))[0]
    return (pairing.best.text, pairing.best.support) if pairing.best else None


def test_a_prefix_the_chinese_says_beside_the_term_is_left_to_it() -> None:
    lexicon = Lexicon.from_pairs([("多方", "many; multi-party"), ("报告", "report")])
    assert _answer(_PLAIN + _BESIDE, lexicon) == ("partners", 6)


def test_a_prefix_the_chinese_does_not_say_beside_the_term_stays() -> None:
    lexicon = Lexicon.from_pairs([("多方", "many; multi-party"), ("报告", "report")])
    alone = [(zh.replace("多方", ""), en) for zh, en in _BESIDE]
    assert _answer(_PLAIN + alone, lexicon) == ("multi-partner", 3)


def test_without_the_rule_the_prefixed_word_wins_the_tie(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairer, "prefix_said_beside", lambda ranked, ev: ranked[0])
    lexicon = Lexicon.from_pairs([("多方", "many; multi-party"), ("报告", "report")])
    assert _answer(_PLAIN + _BESIDE, lexicon) == ("multi-partner", 3)
