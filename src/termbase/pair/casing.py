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

Only when no other evidence exists does a discounted spelling decide. A spelling from a
lower-cased document is given the casing cased text gives its words (:func:`recased`):
a name found only in lower-cased text ("sixth committee", "hiv/aids") is spelt as cased
text spells names of its kind ("Sixth Committee", "HIV/AIDS").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping

from termbase.pair.ngrams import ENGLISH_WORD, STOP_WORDS, fold_word

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
                   cased: frozenset[str],
                   casings: Mapping[str, str] | None = None) -> dict[str, Tiers]:
    """Per candidate key, the spellings met, sorted into tiers of evidence.

    At the start of a segment the first letter is decapitalised when nothing else in the
    span is capitalised: "Developing countries" there says nothing. A spelling from a
    lower-cased document is :func:`recased` by ``casings`` (see :func:`word_casings`).
    """
    tiers: dict[str, Tiers] = {}
    for (key, surface, document, initial), count in spellings.items():
        if document not in cased:
            tier, form = 2, recased(surface, casings) if casings else surface
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


_COMPOUND_MARK = re.compile(r"([-‐‑/])")


def running_words(text: str) -> Iterator[tuple[str, bool]]:
    """The words of a target segment whose capitals may be their own, each part of a
    compound too ("HIV/AIDS": "HIV", "AIDS"), and whether a capitalised word follows:
    none in a heading, and only words right after another word or a comma, never a
    sentence's or an item's first word ("2. Small arms", "(a) Peacekeeping", "... . The").

    A word right before a capitalised word may owe its capital to a longer name
    ("Open-ended" in "the Open-ended Working Group", "United" in "United Nations"): that
    evidence is kept apart (see :func:`word_casings`)."""
    if is_heading(text):
        return
    matches = list(ENGLISH_WORD.finditer(text))
    for k, match in enumerate(matches):
        if k == 0 or text[matches[k - 1].end():match.start()].strip() not in ("", ","):
            continue
        word = match.group()
        following = matches[k + 1].group() if k + 1 < len(matches) else ""
        named = (following[:1].isupper() and following.lower() not in STOP_WORDS
                 and not text[match.end():matches[k + 1].start()].strip())
        yield word, named
        parts = _COMPOUND_MARK.split(word)
        if len(parts) > 1:
            yield from ((part, named) for part in parts[::2])


def word_casings(words: Mapping[tuple[str, str, bool], int],
                 cased: frozenset[str]) -> dict[str, str]:
    """Per lower-cased word, its spelling in the running text of cased documents
    (``words``: (spelling, document, before a capitalised word) → occurrences, see
    :func:`running_words`). Uses right before a capitalised word decide only for a word
    with no other use.

    Whether a word is written lower-case is decided over its singular and plural
    together: "the Group" and "the Office" are capitalised as one body's name, while
    "groups" and "offices" show the noun itself lower-case; "Committee" and "Commission"
    stay capitalised in either number. A tie goes to lower case, which needs no evidence.
    A word spelt otherwise gets its own most frequent spelling other than lower case.
    """
    own: dict[str, Counter[str]] = {}
    named: dict[str, Counter[str]] = {}
    for (spelling, document, before_capital), count in words.items():
        if document in cased:
            counts = named if before_capital else own
            counts.setdefault(spelling.lower(), Counter())[spelling] += count
    return {**_casings(named, fold_word), **_casings(own, fold_word)}


def phrase_casings(spellings: Mapping[tuple[str, str, str, bool], int],
                   cased: frozenset[str]) -> dict[str, str]:
    """Per lower-cased candidate of two words or more, its spelling in the running text
    of cased documents (``spellings`` as for :func:`spelling_tiers`), decided as a
    word's is over all the numbers of its key: "working group" and "working groups"
    outnumber "the Working Group"."""
    counts: dict[str, Counter[str]] = {}
    keys: dict[str, str] = {}
    for (key, surface, document, initial), count in spellings.items():
        if document in cased and not initial and " " in surface:
            counts.setdefault(surface.lower(), Counter())[surface] += count
            keys.setdefault(surface.lower(), key)
    return _casings(counts, keys.__getitem__)


def _casings(counts: Mapping[str, Counter[str]],
             family_of: Callable[[str], str]) -> dict[str, str]:
    lower_share: Counter[str] = Counter()
    for lower, spelt in counts.items():
        family = family_of(lower)
        for spelling, count in spelt.items():
            lower_share[family] += count if spelling == lower else -count
    casings = {}
    for lower, spelt in counts.items():
        others = [kv for kv in spelt.items() if kv[0] != lower]
        if lower_share[family_of(lower)] >= 0 or not others:
            casings[lower] = lower
        else:
            casings[lower] = min(others, key=lambda kv: (-kv[1], kv[0]))[0]
    return casings


_TOKEN = re.compile(r"[^\s,]+")


def recased(surface: str, casings: Mapping[str, str]) -> str:
    """``surface``, a lower-cased document's spelling, cased as cased text spells its
    phrases and words (``casings``: lower-cased phrase or word → spelling, from
    :func:`phrase_casings` and :func:`word_casings`).

    The longest run of words cased text spells as a phrase takes that spelling ("united
    nations" is "United Nations"), other words their own. A phrase whose head — its last
    content word before a function word, or its last content word — is then capitalised
    is a name, and a name capitalises every content word: "commission on narcotic drugs"
    is the Commission on Narcotic Drugs though "narcotic drugs" alone is lower-case,
    "sixth committee" the Sixth Committee though "sixth" alone is. Otherwise each word
    keeps its spelling: "hiv prevention" is "HIV prevention", "united nations system" the
    "United Nations system". A word never met in cased text stays as it is, and so does
    a compound's part.
    """
    tokens = list(_TOKEN.finditer(surface))
    contents = [i for i, m in enumerate(tokens)
                if m.group().lower() not in STOP_WORDS and not m.group()[:1].isdigit()]
    if not contents:
        return surface
    head = contents[-1]
    for i in contents:
        if i + 1 < len(tokens) and tokens[i + 1].group().lower() in STOP_WORDS:
            head = i
            break
    spelt = _spelt_tokens(surface, tokens, casings)
    if spelt[head][:1].isupper():
        spelt = [spelt[i] if i not in contents or not spelt[i].islower()
                 else spelt[i][:1].upper() + spelt[i][1:] for i in range(len(tokens))]
    out, last = [], 0
    for m, word in zip(tokens, spelt, strict=True):
        out.append(surface[last:m.start()] + word)
        last = m.end()
    return "".join(out) + surface[last:]


def _spelt_tokens(surface: str, tokens: list[re.Match[str]],
                  casings: Mapping[str, str]) -> list[str]:
    spelt: list[str] = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i + 1, -1):
            phrase = casings.get(surface[tokens[i].start():tokens[j - 1].end()].lower())
            if phrase is not None:
                words = _TOKEN.findall(phrase)
                if len(words) == j - i:
                    spelt += words
                    i = j
                    break
        else:
            spelt.append(_word_spelling(tokens[i].group(), casings))
            i += 1
    return spelt


def _word_spelling(word: str, casings: Mapping[str, str]) -> str:
    spelling = casings.get(word.lower())
    if spelling is not None:
        return spelling
    parts = _COMPOUND_MARK.split(word)
    if len(parts) == 1:
        return word
    return "".join(casings.get(part.lower(), part) if i % 2 == 0 else part
                   for i, part in enumerate(parts))


def restore_casing(key: str, *sources: Tiers | None, common_noun_test: bool = False) -> str:
    """The corpus' spelling of ``key``: its most frequent form, in its best-attested casing.

    Number and casing are decided apart. The form ("draft decision" or "draft
    decisions") is the most frequent in the first source that has any spelling, all
    tiers together: lower-cased documents are as good as any for counting words. The
    casing of that form then comes from the best tier any source has (the first source
    first within a tier), so the spelling of the term's own links beats the corpus at
    large, but cased evidence from the corpus beats lower-cased evidence from the links.
    Ties go to the form with capitals (the official spelling is what a lower-cased copy
    loses), then alphabetically.

    With ``common_noun_test`` (an answer's spelling), a capitalised form loses to the
    lower-case spellings of both numbers together in its tier: a glossary spells a common
    noun lower-case, though one text writes "the Working Group" for the one it means.
    References (:mod:`termbase.pair.references`) ask without it: that capital is what
    makes the head noun an alias of its name.
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
                best = min(options.items(),
                           key=lambda kv: (-kv[1], kv[0] == kv[0].lower(), kv[0]))
                if not common_noun_test or best[0] == form:
                    return best[0]
                # The key's other number spelt lower-case shows a common noun: "working
                # groups" beside "the Working Group", a name's head noun standing for it.
                common = options.get(form, 0) + sum(
                    v for k, v in source[tier].items() if k.lower() != form and k.islower())
                return form if common > best[1] else best[0]
    return form
