"""Tests of termbase.check.context: what the checks of one draft share."""

from __future__ import annotations

from termbase.check.context import CheckContext, lang_terms, source_concepts, target_terms_present
from termbase.check.draft import presplit_pair
from termbase.check.matching import LanguageMatcher
from termbase.model import Glossary

from .conftest import POA_FULL_EN

_PAIRS = [
    # Found by the matcher as written.
    ("会员国和大会", "Member States and the General Assembly"),
    # Only inside the longer term the matcher reports instead: present all the same.
    ("《行动纲领》", f"the {POA_FULL_EN}"),
    # In the wrong case: not the term, not present.
    ("大会", "the general assembly decided"),
    # The abbreviation, one of the concept's terms.
    ("小武器和轻武器", "SALW"),
    # Absent.
    ("民间社会", "the community"),
]


def _context(glossary: Glossary) -> CheckContext:
    draft = presplit_pair("\n".join(z for z, _ in _PAIRS), "d.zh",
                          "\n".join(e for _, e in _PAIRS), "d.en",
                          source_lang="zh", target_lang="en")
    return CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                              LanguageMatcher(glossary, "en"))


def test_present_terms_are_those_the_text_holds(glossary: Glossary) -> None:
    ctx = _context(glossary)
    assert ctx.target is not None
    for unit in ctx.units:
        for cid in source_concepts(unit):
            concept = ctx.concepts[cid]
            searched = [t for t in lang_terms(concept, "en")
                        if any(ctx.target.contains(v.prepared, t) for v in unit.target)]
            assert target_terms_present(ctx, unit, concept) == searched
    present = {(u.source[0].segment.text, t.text) for u in ctx.units
               for cid in source_concepts(u)
               for t in target_terms_present(ctx, u, ctx.concepts[cid])}
    assert ("《行动纲领》", "Programme of Action") in present
    assert ("会员国和大会", "General Assembly") in present
    assert ("小武器和轻武器", "SALW") in present
    assert not any(src == "民间社会" for src, _ in present)
