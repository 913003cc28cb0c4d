"""Tests of termbase.check.absent: the source concepts a unit's translation does not hold."""

from __future__ import annotations

from termbase.check.absent import absent_concepts
from termbase.model import Glossary

from ._pairs_context import pairs_context


def test_absent_concepts_are_read_once_and_handed_out_as_new_lists(
        glossary: Glossary) -> None:
    ctx = pairs_context(glossary)
    assert ctx.target is not None
    first = absent_concepts(ctx, ctx.target)
    assert {a.concept_id for a in first} == {"ga", "cs"}
    ctx.present_cache.clear()  # were it read again, this would be asked again
    second = absent_concepts(ctx, ctx.target)
    assert second == first and second is not first
    assert not ctx.present_cache
