"""Tests of termbase.check.untranslated: source text left in the translation."""

from __future__ import annotations

from check._stand_in import sorted_findings as _found
from check._stand_in import zh_en_pair as _pair
from termbase.check.context import CheckContext, lang_terms
from termbase.check.draft import presplit_pair
from termbase.check.matching import LanguageMatcher
from termbase.model import Glossary

# Work the checks share is done once and answers as doing it again would: the target
# terms present in a unit (read from the unit's hits where it can) and the absent source
# concepts ``missing_target`` and ``term_case`` both start from.

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


# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def test_untranslated_source_is_info(glossary: Glossary) -> None:
    found = _found(glossary, _pair(["各国开展合作。"], ["States cooperate with civil society."]))
    assert found == [("untranslated_source", "info", 1)]
