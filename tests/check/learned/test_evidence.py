"""What the learned check reads of the draft (DraftEvidence): a term's neighbours and its
word edges in the source as written (issue 13): a glossary term blanked out of the runs
keeps candidates from cutting it, but the words around a candidate run on across it all
the same.

With a mined glossary holding 国家 and 经济, the tuning parts gave 特别是在发展中 (of
特别是在发展中国家, "especially in developing countries") as a term standing as whole
words, and 许多发展中 "many developing economies" (许多发展中经济体) as a variant whose
neighbour 经济体 was out of sight: four false warnings and four false hints."""

from __future__ import annotations

import pytest

from check._stand_in import PRIVATE, learned_found, pair_draft
from termbase.check.context import CheckContext
from termbase.check.glosses import Gloss
from termbase.check.learned.dictionary import standing_as_words
from termbase.check.learned.evidence import DraftEvidence, written_around
from termbase.check.matching import LanguageMatcher
from termbase.model import Concept, Glossary, LangSec, Term


def _with(glossary: Glossary, zh: str, en: str) -> Glossary:
    concept = Concept(f"test-{zh}", (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))
    return glossary.with_concepts([*glossary, concept])


def test_a_glossary_term_beside_the_term_is_its_neighbour(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """资金 right after 私营部门 explains "funds" though the glossary blanks it out of the
    runs the candidates come from."""
    funds = {"资金": Gloss(frozenset({"fund"}), "n")}
    financing = _with(glossary, "资金", "financing")
    assert learned_found(financing, PRIVATE, {}, monkeypatch) == ["Private funds"]
    assert learned_found(financing, PRIVATE, funds, monkeypatch) == []


def _evidence(glossary: Glossary, lines: list[tuple[str, str]]) -> DraftEvidence:
    draft = pair_draft(lines)
    ctx = CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                             LanguageMatcher(glossary, "en"))
    return DraftEvidence(ctx)


def test_the_source_as_written_around_a_term() -> None:
    """The run around each place the term stands outside the glossary's terms, as
    written: across a glossary term, and not where the glossary term holds the term."""
    glossary = _with(_with(Glossary(), "国家", "nations"), "发展中国家集团", "the Group")
    lines = [("各国政府特别是在发展中国家应采取行动，发展中国家集团也应如此。",
              "Governments, especially in developing countries, should act.")]
    evidence = _evidence(glossary, lines)
    [unit] = evidence.units
    assert "各国政府特别是在发展中" in unit.runs  # the blanked runs the candidates come from
    run = "各国政府特别是在发展中国家应采取行动"
    assert written_around(unit, "特别是在发展中") == [(run, 4)]
    assert written_around(unit, "发展中") == [(run, 8)]  # not inside 发展中国家集团
    # Read as written, 特别是在发展中 is no word: jieba's dictionary cuts 发展中国家 whole.
    asked = {"written": ("特别是在发展中", [run]),
             "blanked": ("特别是在发展中", ["特别是在发展中"])}
    assert standing_as_words(asked) == {"blanked"}
