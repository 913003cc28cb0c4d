"""Restoring the casing of an English candidate from how the corpus spells it.

Candidates are counted lower-case, so the answer must be given back a spelling: the most
frequent one in the corpus. Two kinds of evidence are discounted:

* documents that are lower-cased as a whole (MultiUN as distributed): their spelling
  says nothing, and would turn "Programme of Action" into "programme of action";
* the first word of a segment, which is capitalised whatever the word;
* every word of a heading ("Peacekeeping Operations", "Report of the Secretary-General
  on Children and Armed Conflict"), capitalised by the heading's style, not by the word;
* a phrase inside a longer capitalised name ("Internal Displacement" in the Guiding
  Principles on Internal Displacement, "Sustainable Development" in the 2030 Agenda for
  Sustainable Development), capitalised by the name (:attr:`~termbase.pair.ngrams.Span.named`).

Only when no other evidence exists does a discounted spelling decide.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

# A document whose target side has fewer capitals than this share of its letters is
# taken as lower-cased (running English text has 3–5 % capitals).
MIN_CAPITAL_SHARE = 0.005


def cased_documents(letters: Mapping[str, int], capitals: Mapping[str, int]) -> frozenset[str]:
    """The documents whose spelling is evidence for casing."""
    return frozenset(doc for doc, n in letters.items()
                     if n and capitals.get(doc, 0) / n >= MIN_CAPITAL_SHARE)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def is_heading(text: str) -> bool:
    """Whether ``text`` is set in title case: at least two words of four letters or more,
    all capitalised — a heading, whose capitals say nothing about how a term is spelt."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


Tiers = tuple[Counter[str], Counter[str], Counter[str]]
"""Spelling counts of one key: inside segments of cased documents; at the start of a
segment or in a heading in cased documents; in lower-cased documents."""


def spelling_tiers(spellings: Mapping[tuple[str, str, str, bool], int],
                   cased: frozenset[str]) -> dict[str, Tiers]:
    """Per candidate key, the spellings met, sorted into tiers of evidence.

    At the start of a segment the first letter is decapitalised when nothing else in the
    span is capitalised: "Developing countries" there says nothing.
    """
    tiers: dict[str, Tiers] = {}
    for (key, surface, document, initial), count in spellings.items():
        if document not in cased:
            tier, form = 2, surface
        elif initial:
            tier, form = 1, _uncapitalise_initial(surface)
        else:
            tier, form = 0, surface
        entry = tiers.get(key)
        if entry is None:
            entry = tiers[key] = (Counter(), Counter(), Counter())
        entry[tier][form] += count
    return tiers


def _uncapitalise_initial(surface: str) -> str:
    first, _, rest = surface.partition(" ")
    if first[:1].isupper() and first[1:] == first[1:].lower() and rest == rest.lower():
        return first[:1].lower() + first[1:] + (f" {rest}" if rest else "")
    return surface


def restore_casing(key: str, *sources: Tiers | None) -> str:
    """The corpus' spelling of ``key``: its most frequent form, in its best-attested casing.

    Number and casing are decided apart. The form ("draft decision" or "draft
    decisions") is the most frequent in the first source that has any spelling, all
    tiers together: lower-cased documents are as good as any for counting words. The
    casing of that form then comes from the best tier any source has (the first source
    first within a tier), so the spelling of the term's own links beats the corpus at
    large, but cased evidence from the corpus beats lower-cased evidence from the links.
    Ties go to the form with capitals (the official spelling is what a lower-cased copy
    loses), then alphabetically.
    """
    forms: Counter[str] = Counter()
    for source in sources:
        if source is not None:
            for spellings in source:
                for surface, count in spellings.items():
                    forms[surface.lower()] += count
            if forms:
                break
    if not forms:
        return key
    form = min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    for tier in range(3):
        for source in sources:
            if source is None:
                continue
            options = {k: v for k, v in source[tier].items() if k.lower() == form}
            if options:
                return min(options.items(),
                           key=lambda kv: (-kv[1], kv[0] == kv[0].lower(), kv[0]))[0]
    return form
