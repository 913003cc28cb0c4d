"""A variant where the term is part of a longer noun, in a draft without capitals
(issue 13, learned precision on lower-cased text): the compound may be a body's,
meeting's or instrument's name with a wording of its own, which only capitals tell
apart, so the variant is a hint there; a cased draft still warns."""

from __future__ import annotations

import pytest

from check._stand_in import CASE_BLIND_FILLER, VIOLENCE, learned_finding, lowered
from termbase.check.glosses import Gloss
from termbase.check.learned import readings
from termbase.diagnostics import Severity
from termbase.model import Glossary

_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc", "abus"}), "n"),
            "幸存者": Gloss(frozenset({"survivor"}), "n"),
            "令人": Gloss(frozenset({"caus", "mak"}), "nrt")}
# 性暴力 before the noun 幸存者, a longer noun the draft repeats: "survivors of sexual
# abuse" against "sexual violence".
_COMPOUND = ("性暴力幸存者得到了支持。", "Survivors of sexual abuse received support.")
_AGAIN = ("性暴力幸存者需要照顾。", "Survivors of sexual violence need care.")




def test_a_compound_in_a_lower_cased_draft_is_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, *CASE_BLIND_FILLER, _AGAIN, _COMPOUND]
    found, severity, message = learned_finding(glossary, lowered(lines), _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "part of a longer noun here (幸存者)" in message
    found, severity, _ = learned_finding(glossary, lines, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_a_noun_the_term_meets_once_makes_a_compound_too(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name need not recur in the draft (国际核安全标准 "international norms on nuclear
    security", once, beside the Convention on Nuclear Safety's wording); a cased
    draft still warns."""
    lines = [*VIOLENCE, *CASE_BLIND_FILLER, _COMPOUND]
    found, severity, message = learned_finding(glossary, lowered(lines), _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "part of a longer noun here (幸存者)" in message
    found, severity, _ = learned_finding(glossary, lines, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_only_a_noun_beside_the_term_makes_a_compound() -> None:
    """A person's name tag is the tagger's guess at 令人 ("causes"), no noun."""
    known = {w: _ENTRIES[w] for w in ("幸存者", "令人")}
    assert readings._noun("幸存者", known)
    assert not readings._noun("令人", known)
    assert not readings._noun("幸存", known)
