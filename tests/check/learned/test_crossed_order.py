"""A slip whose two sides order the phrase differently (issue 13, learned recall): a
Chinese modifier before its head is an English "of" phrase after it, so the variant
stands far from where the term's position says; a word of its phrase that renders the
source word beside the term, on the crossed side, shows it is the term's place."""

from __future__ import annotations

import pytest

from check._stand_in import VIOLENCE, learned_found
from termbase.check.glosses import Gloss
from termbase.check.learned import slips
from termbase.model import Glossary

# 受害者 is "victims" in three more units, so the draft ties "victims" to 受害.
_VICTIMS = [("受害者得到了帮助。", "Victims received help."),
            ("受害者提出了申诉。", "Victims filed complaints."),
            ("受害者需要保护。", "Victims need protection.")]
_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
            "许多": Gloss(frozenset({"many"}), "a"), "国家": Gloss(frozenset({"countr"}), "n"),
            "地区": Gloss(frozenset({"region"}), "n"), "赔偿": Gloss(frozenset({"redress"}), "n"),
            "等": Gloss(frozenset({"wait"}), "v"), "年": Gloss(frozenset({"year"}), "n")}
# The term opens the source; its rendering closes the translation, after "victims of".
_CROSSED = ("性暴力受害者在许多国家和地区等了很多年才得到赔偿。",
            "In many countries and regions they waited many years for redress, "
            "as victims of sexual abuse.")
# The same place in the translation, "victims" after the variant as 受害者 is after
# the term: no crossing, and the position alone must tell.
_SAME_ORDER = ("性暴力受害者在许多国家和地区等了很多年才得到赔偿。",
               "In many countries and regions they waited many years for redress, "
               "as sexual abuse victims.")


def test_a_slip_anchored_across_the_term_is_found(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *_VICTIMS, _CROSSED]
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == ["sexual abuse"]
    monkeypatch.setattr(slips, "_anchored", lambda *_: False)
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == []


def test_a_word_on_the_same_side_anchors_nothing(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *_VICTIMS, _SAME_ORDER]
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == []


# The word that anchors the slip four words before it, two of them function words: the
# window counts the phrase's content words ("victims and survivors of sexual abuse").
_CROSSED_FARTHER = ("性暴力受害者在许多国家和地区等了很多年才得到赔偿。",
                    "In many countries and regions they waited many years for redress, "
                    "as victims and survivors of sexual abuse.")


def test_the_anchor_window_counts_content_words(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *_VICTIMS, _CROSSED_FARTHER]
    assert learned_found(glossary, lines, _ENTRIES, monkeypatch) == ["sexual abuse"]
