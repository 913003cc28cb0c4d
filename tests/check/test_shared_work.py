"""Work the checks share is done once and answers as doing it again would: the target
terms present in a unit (read from the unit's hits where it can) and the absent source
concepts ``missing_target`` and ``term_case`` both start from."""

from __future__ import annotations

from termbase.check.absent import absent_concepts
from termbase.check.context import (
    CheckContext,
    lang_terms,
    source_concepts,
    target_terms_present,
)
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


def test_absent_concepts_are_read_once_and_handed_out_as_new_lists(
        glossary: Glossary) -> None:
    ctx = _context(glossary)
    assert ctx.target is not None
    first = absent_concepts(ctx, ctx.target)
    assert {a.concept_id for a in first} == {"ga", "cs"}
    ctx.present_cache.clear()  # were it read again, this would be asked again
    second = absent_concepts(ctx, ctx.target)
    assert second == first and second is not first
    assert not ctx.present_cache


def test_untranslated_source_reads_the_source_hits_first(glossary: Glossary) -> None:
    from termbase.check.untranslated import check_untranslated_source

    pairs = [("会员国", "Member States"),  # the source's hits hold it
             ("审查大会", "the General Assembly"),  # only inside a longer source term
             ("会议", "the General Assembly")]  # not in the source
    draft = presplit_pair("\n".join(z for z, _ in pairs), "d.zh",
                          "\n".join(e for _, e in pairs), "d.en",
                          source_lang="zh", target_lang="en")
    ctx = CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                             LanguageMatcher(glossary, "en"))
    searched = [(u.target[0].segment.line, h.concept_id) for u in ctx.units
                for h in u.target[0].hits
                if not any(ctx.source.contains(v.prepared, t) for v in u.source
                           for t in lang_terms(ctx.concepts[h.concept_id], "zh"))]
    found = [(f.line, f.concept_id) for f in check_untranslated_source(ctx)]
    assert found == searched == [(3, "ga")]
