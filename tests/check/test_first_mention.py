"""Tests of termbase.check.first_mention: a short form before the full form in the same
document."""

from __future__ import annotations

from termbase.check import FindingKind, check_draft
from termbase.check.draft import Draft, DraftSegment, DraftUnit
from termbase.model import Glossary

from .conftest import POA_FULL_EN, POA_FULL_ZH

# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def test_first_mention_only_in_documents(glossary: Glossary) -> None:
    segs = [("《行动纲领》", "the Programme of Action"), (POA_FULL_ZH, POA_FULL_EN)]
    units = tuple(DraftUnit((DraftSegment(z, "m.tmx", i),), (DraftSegment(e, "m.tmx", i),))
                  for i, (z, e) in enumerate(segs, start=1))
    memory = Draft(units, "zh", "en", settings=(("draft", "tmx"),))
    document = Draft(units, "zh", "en", settings=(("draft", "presplit pair"),))
    kinds = {f.kind for f in check_draft(glossary, document).findings}
    assert FindingKind.FIRST_MENTION in kinds
    assert FindingKind.FIRST_MENTION not in {
        f.kind for f in check_draft(glossary, memory).findings}
