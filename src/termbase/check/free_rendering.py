"""Evidence from the dictionary that a missing source term is rendered in other words.

An omission leaves no trace of the term in the translation; a free rendering leaves its
meaning there. So a term the dictionary reads as two words or more (非法 贸易, 国际 合作)
whose every word the translation renders, close together ("illegal trafficking",
"cooperation at the international level"), is taken as rendered otherwise: the finding
becomes a hint naming the rendering. A term the dictionary reads as one entry (大会,
联合国, 非政府组织) is not by that entry's glosses: one entry pools its senses, and any of
them ("meeting", "session") would excuse it; its parts may, when the rendering also
shares a word with the entry's gloss (会员国 "member countries": 会员 "member", 国
"country", and "member" of the entry's "member nation").

The words found must speak for the term and not for the rest of the line: "international"
beside 国际合作 says nothing when the source also has 国际社会 and the translation
"international" only once. A word of the term counts when some English stem rendering it
occurs more often in the translation than the line's other source words could account
for. Glossary terms found on either side render each other and are left out of both.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from termbase.align.lexicon import Lexicon
from termbase.check.absent import Absent
from termbase.check.glosses import gloss_lexicon
from termbase.check.name_rest import LONGEST_WORD, Tokens
from termbase.pair.dictionary import gloss_words_needed, readable_words
from termbase.text.chinese import is_cjk_char

if TYPE_CHECKING:
    from termbase.check.glosses import Gloss


def asked_words(items: Sequence[Absent]) -> set[str]:
    """The strings to ask the dictionary for the items: every run of up to LONGEST_WORD
    ideographs of their source segments (the term's words and the words of the rest of
    the line, which may explain the same English)."""
    asked: set[str] = set()
    for item in items:
        text = item.src_view.segment.text
        for i in range(len(text)):
            for j in range(i + 1, min(len(text), i + LONGEST_WORD) + 1):
                if not is_cjk_char(text[j - 1]):
                    break
                asked.add(text[i:j])
    return asked


def rendered_freely(items: Sequence[Absent], known: Mapping[str, Gloss]) -> dict[int, str]:
    """For each item (by id()) whose translation renders every dictionary word of its
    source term close together, each by English the rest of the line does not explain
    (see the module notes): that rendering. ``known`` holds the dictionary's glosses of
    :func:`asked_words`."""
    lexicon = gloss_lexicon(known)
    out = {}
    for item in items:
        found = _rendering(item, lexicon)
        if found:
            out[id(item)] = found
    return out


def term_words(item: Absent, lexicon: Lexicon) -> tuple[list[str], frozenset[str]]:
    """The missing term's dictionary words, and the entry's own gloss when the term is one
    entry read by its parts (empty otherwise): a reading of the parts must then share a
    word with it, so that they read the entry's sense (执行 "executive"; not 大 "great",
    "older" for 大会, whose gloss pools every sense of the character)."""
    text, hit = item.src_view.segment.text, item.hit
    term = text[hit.start:hit.end]
    words = readable_words(term, lexicon)
    if not words and lexicon.translations(term):
        return _parts(term, lexicon), lexicon.translations(term)
    return words, frozenset()


def _rendering(item: Absent, lexicon: Lexicon) -> str:
    words, whole = term_words(item, lexicon)
    if not words:
        return ""
    others = other_source_stems(item, lexicon)
    for view in item.unit.target:
        tokens = Tokens(view)
        span = _window(tokens, [lexicon.translations(w) for w in words],
                       [gloss_words_needed(w) for w in words], others)
        if span is None:
            continue
        first, last = span
        found = tokens.text[tokens.words[first].start():tokens.words[last].end()]
        # Read by its parts, the entry is one phrase: its sense, no punctuation between.
        if not whole or (whole & set(tokens.stems[first:last + 1])
                         and not _PHRASE_BREAK.search(found)):
            return found
    return ""


_PHRASE_BREAK = re.compile(r"[.,;:!?()]")


def _parts(term: str, lexicon: Lexicon) -> list[str]:
    """The words of a term the dictionary holds as one entry, read without that entry
    (会员国: 会员 "member", 国 "country"): its rendering must then render each part and
    share a word with the whole entry's gloss ("member countries"), so that the parts
    read the entry's own sense."""
    inside = {term[i:j] for i in range(len(term)) for j in range(i + 1, len(term) + 1)}
    parts = Lexicon({w: lexicon.translations(w) for w in inside - {term}})
    return readable_words(term, parts)


def other_source_stems(item: Absent, lexicon: Lexicon) -> Counter[str]:
    """How many dictionary words of the source line outside the term (and outside the
    glossary terms found there) may render each English stem."""
    text = item.src_view.segment.text
    kept = list(text)
    for h in item.src_view.hits:
        kept[h.start:h.end] = " " * (h.end - h.start)
    kept[item.hit.start:item.hit.end] = " " * (item.hit.end - item.hit.start)
    counts: Counter[str] = Counter()
    for word in lexicon.segment("".join(kept)):
        counts.update(lexicon.translations(word))
    return counts


def _window(tokens: Tokens, glosses: list[frozenset[str]], needed: list[int],
            others: Counter[str]) -> tuple[int, int] | None:
    """The shortest stretch (the first of those) of the translation's words, at most two
    per term word and two more, that renders each term word by ``needed`` of its gloss
    stems, one of them at least specific to the term (see the module notes): (first,
    last) word."""
    reach = 2 * len(glosses) + 2
    in_target = Counter(tokens.stems)
    specific = [frozenset(s for s in g if in_target[s] > others[s]) for g in glosses]
    best: tuple[int, int] | None = None
    for first in range(len(tokens.stems)):
        if not any(tokens.stems[first] in g for g in glosses):
            continue
        for last in range(first + 1, min(len(tokens.stems), first + reach)):
            seen = set(tokens.stems[first:last + 1])
            if all(len(seen & g) >= n and seen & s
                   for g, n, s in zip(glosses, needed, specific, strict=True)):
                if best is None or last - first < best[1] - best[0]:
                    best = first, last
                break
    return best
