"""The usual rendering of a term, as the learned check reads it off the draft, and the units
where it is rendered each time (renderings.rendered_each_time)."""

from __future__ import annotations

import pytest

from check._stand_in import EMBARGO, gloss, learned_finding, learned_found
from termbase.check.learned import terms
from termbase.diagnostics import Severity
from termbase.model import Glossary

# A term the source holds twice, rendered the usual way once (issue 13, learned recall):
# the usual rendering's presence in the unit hid a variant given to the term's other
# occurrence ("Least Developed States" beside "Least Developed Countries" for two
# 最不发达国家). A unit is looked at when its translation holds the rendering fewer times
# than its source holds the term (there the variant's word must be tied to the term by
# the draft itself — no slip is read where the rendering already stands: test_slips.py).
_ENTRIES = {"武器": gloss("n", "weapons", "arms"), "禁运": gloss("n", "embargo"),
            "延长": gloss("v", "extended"), "加强": gloss("v", "strengthened"),
            "监测": gloss("v", "monitoring")}
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
