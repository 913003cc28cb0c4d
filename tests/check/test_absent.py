"""Tests of termbase.check.absent: the source concepts a unit's translation does not hold."""

from __future__ import annotations

from termbase.check.absent import absent_concepts
from termbase.check.context import CheckContext
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
