"""The usual rendering of a term, as the learned check reads it off the draft, and the units
where it is rendered each time (renderings.rendered_each_time)."""

from __future__ import annotations

from collections import Counter

import pytest

from check._stand_in import (
    EMBARGO,
    LEARNED,
    StandInDictionary,
    gloss,
    learned_finding,
    learned_found,
    pair_draft,
)
from termbase.check import check_draft
from termbase.check.context import CheckContext
from termbase.check.draft import Draft
from termbase.check.glosses import Gloss
from termbase.check.learned import evidence, renderings, terms
from termbase.check.matching import LanguageMatcher
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


def test_a_norm_short_of_a_share_is_not_learned_from_a_phrase() -> None:
    """Learning again is asked only where a phrase of two content words is in
    MIN_RENDERED units at least."""
    class _English:
        def __init__(self, keys: dict[int, list[str]]) -> None:
            self._keys = keys

        def keys(self, unit: int) -> list[str]:
            return self._keys[unit]

    stop = renderings.stop_words()
    three = _English({i: ["international law"] if i < 3 else ["international"]
                      for i in range(8)})
    assert renderings.short_of_a_share(
        set(range(8)), three, stop) == "international law"  # type: ignore[arg-type]
    two = _English({i: ["international law"] if i < 2 else ["international"]
                    for i in range(8)})
    assert renderings.short_of_a_share(set(range(8)), two, stop) is None  # type: ignore[arg-type]
    one_word = _English({i: ["law"] if i < 3 else [] for i in range(8)})
    assert renderings.short_of_a_share(
        set(range(8)), one_word, stop) is None  # type: ignore[arg-type]


def test_a_rendering_whose_words_are_the_terms_first_is_learned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A word renders the term when its most associated piece is the term's, though a
    piece outside it comes near ("law" with 际法, then 居点); not when the most
    associated piece is outside ("Security" with 安全, beside 理事会)."""
    class _English:
        def has(self, unit: int, key: str) -> bool:
            return True

    class _Evidence:
        english = _English()

        def __init__(self, ranked: dict[str, list[str]]) -> None:
            self.ranked = ranked

        def ranked_sources(self, word: str, unit: int) -> list[str]:
            return self.ranked.get(word, [])

    monkeypatch.setattr(renderings, "_follows_a_neighbour", lambda *_: False)
    stop = renderings.stop_words()
    law = renderings.Rendering("国际法", "international law", "international law",
                               frozenset({0}), 4)
    tied = _Evidence({"international": ["国际"], "law": ["际法", "居点"]})
    assert renderings.renders_term(law, tied, stop)  # type: ignore[arg-type]
    other = _Evidence({"international": ["国际"], "law": ["居点", "际法"]})
    assert not renderings.renders_term(law, other, stop)  # type: ignore[arg-type]
    council = renderings.Rendering("理事会", "security council", "Security Council",
                                   frozenset({0}), 4)
    security = _Evidence({"security": ["安全", "理事"], "council": ["理事"]})
    assert not renderings.renders_term(council, security, stop)  # type: ignore[arg-type]


def _context(glossary: Glossary, draft: Draft) -> CheckContext:
    return CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                              LanguageMatcher(glossary, "en"))


def test_a_coordination_is_not_a_term(glossary: Glossary,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """国家和区域 joins two terms; "country and regional" beside "national and regional"
    is 国家 in another sense, not a second rendering of a term."""
    heads = [("合作", "cooperation"), ("机构", "institutions"), ("战略", "strategies"),
             ("办事处", "offices"), ("报告", "reports")]
    verbs = [("支持", "Support"), ("加强", "Strengthen"), ("审查", "Review"),
             ("评估", "Assess"), ("协调", "Coordinate")]
    lines = [(f"{zh_verb}国家和区域{zh}。", f"{verb} national and regional {en}.")
             for (zh_verb, verb), (zh, en) in zip(verbs, heads, strict=True)]
    lines += [("国家的报告。", "The country report."), ("国家的代表。", "The country team."),
              ("国家的办事处。", "The country office."),
              ("资助国家和区域能力。", "Fund country and regional capacity.")]
    draft = pair_draft(lines)
    assert check_draft(glossary, draft, LEARNED).findings == ()
    # The dictionary would also read "national" against "country" as another
    # construction (test_learned_readings); here the coordination alone is tested,
    # with a dictionary that gives 国家 as "country" only.
    StandInDictionary({"国家": Gloss(frozenset({"countr"}), "n")}).install(monkeypatch)
    monkeypatch.setattr(renderings, "_coordination", lambda *_: False)
    [finding] = check_draft(glossary, draft, LEARNED).findings
    assert (finding.term, finding.found) == ("国家和区域", "country and regional")


def test_the_most_associated_key_is_the_one_every_count_gives(glossary: Glossary) -> None:
    """Dice is counted only where its bounds leave the answer open; the key chosen is
    the one counting every key's units gives."""
    import random

    rng = random.Random(20261204)
    words = ["arms", "embargo", "weapons", "council", "states", "support", "the", "of"]
    for _ in range(30):
        lines = [("甲乙丙。", " ".join(rng.choice(words) for _ in range(rng.randint(2, 7))))
                 for _ in range(12)]
        english = evidence.English(evidence.bilingual_views(_context(glossary, pair_draft(lines))))
        where = set(rng.sample(range(12), 6))
        joint: Counter[str] = Counter()
        for i in where:
            joint.update(english.keys(i))
        keys = [k for k, n in joint.items() if n >= 2]
        if not keys:
            continue
        dice = {k: 2 * joint[k] / (len(where) + english.df(k)) for k in keys}
        best = max(dice.values())
        expected = max((k for k, d in dice.items() if d >= evidence.NEAR_BEST * best),
                       key=lambda k: (len(k.split()), dice[k], k))
        assert renderings.most_associated(keys, joint, len(where), english) == expected
