"""A modifier borrowed from a source word the unit lacks (issue 13, learned level):
"global law" for 国际法 where the draft writes "international law" for it and "global"
for 全球. The dictionary gives "global" for no word of the term, so before, only the
draft tied the variant to the term and it was a hint ("a paraphrase or a slip"). But
the head is kept, the word replaced is the dictionary's for the term's 国际, and the new
word is the draft's and the dictionary's for 全球, absent here: it renders nothing of
this source — the term worded as another's, which a reviser harmonises. A changed head,
or a new word the draft ties to nothing, stays a hint."""

from __future__ import annotations

import pytest

from check._stand_in import learned_finding
from termbase.align.lexicon import stem
from termbase.check.glosses import Gloss
from termbase.check.learned import readings
from termbase.diagnostics import Severity
from termbase.model import Glossary

_NORM = [("各国必须遵守国际法。", "All States must respect international law."),
         ("安理会重申国际法的重要性。",
          "The Council reaffirmed the importance of international law."),
         ("委员会审查了国际法的发展。",
          "The Commission reviewed developments in international law."),
         ("秘书长提到国际法的原则。",
          "The Secretary-General referred to principles of international law.")]
# "global" renders 全球 (three units of three).
_GLOBAL = [("全球经济增长放缓。", "Global economic growth slowed."),
           ("全球粮食价格上涨。", "Global food prices rose."),
           ("全球气温继续上升。", "Global temperatures continued to rise.")]
_SLIP = ("该行为违反了国际法。", "That act violated global law.")

_WORDS = {"国际": ["international"], "全球": ["global", "world"], "各国": ["states"],
          "遵守": ["respect"], "行为": ["act"], "违反": ["violate"], "经济": ["economic"],
          "增长": ["growth"], "粮食": ["food"], "价格": ["price"], "气温": ["temperature"],
          "上升": ["rise"], "安理会": ["council"], "重申": ["reaffirm"], "审查": ["review"],
          "发展": ["development"], "原则": ["principle"], "重要性": ["importance"]}
_ENTRIES = {w: Gloss(frozenset(map(stem, english)), "n") for w, english in _WORDS.items()}


def test_a_borrowed_modifier_is_a_warning(glossary: Glossary,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*_NORM, *_GLOBAL, _SLIP]
    assert learned_finding(glossary, lines, _ENTRIES, monkeypatch)[:2] == (
        "global law", Severity.WARNING)
    monkeypatch.setattr(readings, "_borrowed_modifier", lambda *_: False)
    found, severity, message = learned_finding(glossary, lines, _ENTRIES, monkeypatch)
    assert (found, severity) == ("global law", Severity.INFO)
    assert "no dictionary entry" in message


def test_a_new_word_the_dictionary_does_not_give_for_its_piece_stays_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {**_ENTRIES, "全球": Gloss(frozenset({stem("world")}), "n")}
    assert learned_finding(glossary, [*_NORM, *_GLOBAL, _SLIP], entries,
                           monkeypatch)[:2] == ("global law", Severity.INFO)


# "rules" renders 规则; a slip changing the head names another thing.
_RULES = [("规则已经修订。", "The rules were revised."),
          ("规则适用于所有人。", "The rules apply to everyone."),
          ("委员会通过了规则。", "The Commission adopted the rules.")]
_HEAD = ("该行为违反了国际法。", "That act violated international rules.")


def test_a_changed_head_stays_a_hint(glossary: Glossary,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {**_ENTRIES, "规则": Gloss(frozenset({stem("rule")}), "n"),
               "修订": Gloss(frozenset({stem("revise")}), "v"),
               "适用": Gloss(frozenset({stem("apply")}), "v"),
               "通过": Gloss(frozenset({stem("adopt")}), "v")}
    assert learned_finding(glossary, [*_NORM, *_RULES, _HEAD], entries,
                           monkeypatch)[:2] == ("international rules", Severity.INFO)
