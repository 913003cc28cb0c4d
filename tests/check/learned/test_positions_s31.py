"""A term the source holds twice, rendered the usual way once (issue 13, learned recall):
the usual rendering's presence in the unit hid a variant given to the term's other
occurrence ("Least Developed States" beside "Least Developed Countries" for two
最不发达国家). A unit is looked at when its translation holds the rendering fewer times
than its source holds the term; there the variant's word must be tied to the term by
the draft itself — no slip is read where the rendering already stands."""

from __future__ import annotations

import pytest

from check._stand_in import EMBARGO, VIOLENCE, learned_finding, learned_found
from termbase.align.lexicon import stem
from termbase.check.glosses import Gloss
from termbase.check.learned import terms
from termbase.diagnostics import Severity
from termbase.model import Glossary


def _gloss(tag: str, *words: str) -> Gloss:
    return Gloss(frozenset(map(stem, words)), tag)


_ENTRIES = {"武器": _gloss("n", "weapons", "arms"), "禁运": _gloss("n", "embargo"),
            "延长": _gloss("v", "extended"), "加强": _gloss("v", "strengthened"),
            "监测": _gloss("v", "monitoring")}
# 武器禁运 twice; "weapons" (which the draft ties to 武器) for the second.
_TWICE = ("安理会延长了武器禁运，并加强了对武器禁运的监测。",
          "The Council extended the arms embargo and strengthened monitoring of the "
          "weapons embargo.")


def test_the_second_occurrence_rendered_otherwise_is_found(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, _ = learned_finding(glossary, [*EMBARGO, _TWICE], _ENTRIES,
                                         monkeypatch)
    assert (found, severity) == ("weapons embargo", Severity.WARNING)


def test_without_the_count_the_usual_rendering_hides_it(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terms, "rendered_each_time", lambda *_: True)
    assert learned_found(glossary, [*EMBARGO, _TWICE], _ENTRIES, monkeypatch) == []


def test_rendered_as_often_as_the_term_stands_is_left_alone(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    both = (_TWICE[0], _TWICE[1].replace("weapons embargo", "arms embargo"))
    assert learned_found(glossary, [*EMBARGO, both], _ENTRIES, monkeypatch) == []


# 性暴力 twice, "sexual violence" once; "abuse" renders 虐待, absent here, so nothing in
# the unit explains it: elsewhere a slip, but here the rendering already stands for the
# term, and "sexual abuse" may be another source word's.
_SLIP_BESIDE_RENDERING = ("性暴力的报告显示，性暴力仍在继续。",
                          "Reports of sexual abuse clearly show that sexual violence "
                          "continues.")


_VIOLENCE_ENTRIES = {"性暴": _gloss("n", "sexual"), "暴力": _gloss("n", "violence"),
                     "报告": _gloss("n", "reports"), "显示": _gloss("v", "show"),
                     "继续": _gloss("v", "continues")}


def test_no_slip_is_read_where_the_rendering_stands(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, _SLIP_BESIDE_RENDERING]
    assert learned_found(glossary, lines, _VIOLENCE_ENTRIES, monkeypatch) == []
    # The same words with the rendering absent: a slip (a hint), as before.
    alone = (_SLIP_BESIDE_RENDERING[0], "Reports of sexual abuse clearly show that it "
             "continues.")
    assert learned_found(glossary, [*VIOLENCE, alone], _VIOLENCE_ENTRIES,
                         monkeypatch) == ["sexual abuse"]
