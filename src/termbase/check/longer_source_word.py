"""A missing term inside a longer source word that the draft renders by a word of its own.

A term glued to another ideograph may be part of a longer word with English of its own:
贸发会议 is "UNCTAD", 报告员 "Rapporteur", 干预措施 "interventions", 行动自由 "freedom of
movement" — no 会议 "meeting", 报告 "report" or 措施 "measures" at all. The dictionary
cannot always read such a word (an abbreviation, a compound it lacks), but the draft can:
where the other places that show the same longer word (the term with the same ideograph
beside it) mostly miss the glossary's English, and one English word stands in nearly all
of them and seldom elsewhere, that word renders the longer word; a line that holds it too
gives the term inside it, and the miss is a hint.

A term taken out of its line is not excused: where the longer word is the term's own use
(次会议, 技术援助), its other places render the term. Nor is a word of the document's
topic such a word ("development" beside 发展中国家): it stands in many places without the
longer word too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import STOP_WORDS
from termbase.check.absent import Absent
from termbase.check.chance import upper_tail
from termbase.check.context import (
    CheckContext,
    UnitView,
    approved_terms,
    ideograph_run,
    is_ideograph,
    is_word_character,
)
from termbase.check.glosses import Gloss, gloss_lexicon
from termbase.check.learned.dictionary import cut_points, dictionary_counts
from termbase.check.name_rest import Tokens, renders
from termbase.check.stand_ins import items_with_unexplained_stand_ins, said_in

# The longer word is met in at least this many other places of the draft, which render
# the term by the glossary's English in under _RENDERED_SHARE of them.
_MIN_PLACES = 2
_RENDERED_SHARE = 0.5
# The word of its own stands in this share of those places at least, and at least
# _WORD_SHARE of the word's other places show the longer word (its rendering, not a word
# of the document's topic, which stands beside the term and without it alike) — and that
# many co-occurrences are beyond chance (a hypergeometric tail at most _CHANCE, shared
# among the line's words: a translation has dozens).
_PLACE_SHARE = 0.8
_WORD_SHARE = 0.5
_CHANCE = 0.05
_WORD = re.compile(r"[^\W\d_]{3,}")


def longer_words_rendered(ctx: CheckContext, absent: Sequence[Absent],
                          asked: Sequence[Absent]) -> dict[int, tuple[str, str]]:
    """For each of ``asked`` (by id()) inside a longer source word that the draft renders
    by a word of its own which the line's translation holds (see the module notes): (the
    longer word's characters, the English word). ``absent`` is every miss of the draft:
    a place not among them renders the term."""
    asked = [a for a in asked if _longer_words(a.src_view.segment.text, a.hit.start,
                                               a.hit.end)]
    if not asked:
        return {}
    wanted = {a.concept_id for a in asked}
    missed = {(a.concept_id, id(a.unit)) for a in absent}
    units = [u for u in ctx.units if u.target and u.source]
    words = {id(u): _words(u) for u in units}
    counts = Counter(w for u in units for w in words[id(u)])
    places: dict[tuple[str, str], set[int]] = {}
    for unit in units:
        for view in unit.source:
            for hit in view.hits:
                if hit.concept_id in wanted:
                    for longer in _longer_words(view.segment.text, hit.start, hit.end):
                        places.setdefault((hit.concept_id, longer), set()).add(id(unit))
    out = {}
    for item in asked:
        line = words[id(item.unit)]
        for longer in _longer_words(item.src_view.segment.text, item.hit.start,
                                    item.hit.end):
            others = places[item.concept_id, longer] - {id(item.unit)}
            rendered = sum((item.concept_id, key) not in missed for key in others)
            if len(others) < _MIN_PLACES or rendered >= _RENDERED_SHARE * len(others):
                continue
            word = _own_word(line, [words[key] for key in others], counts, len(units))
            if word:
                out[id(item)] = (longer, word)
                break
    return out


def _own_word(line: frozenset[str], others: list[frozenset[str]], counts: Counter[str],
              units: int) -> str:
    """The word of ``line`` that the other places of a longer word share (see the module
    notes), the least likely by chance first; empty when there is none."""
    best, best_chance = "", _CHANCE / max(len(line), 1)
    for word in sorted(line):
        seen = sum(word in held for held in others)
        # The line's own use left out of the word's places.
        if seen < _PLACE_SHARE * len(others) or seen < _WORD_SHARE * (counts[word] - 1):
            continue
        chance = upper_tail(units - 1, counts[word] - 1, len(others), seen)
        if chance <= best_chance:
            best, best_chance = word, chance
    return best


def _longer_words(text: str, start: int, end: int) -> list[str]:
    """The term text[start:end] with the ideograph on either side that glues it into a
    longer word (贸发会议: 发会议; 报告员: 报告员) — grammar characters join it to the
    sentence instead (和国际社会)."""
    term = text[start:end]
    out = []
    if start > 0 and is_word_character(text[start - 1]):
        out.append(text[start - 1] + term)
    if end < len(text) and is_word_character(text[end]):
        out.append(term + text[end])
    return out


def _words(unit: UnitView) -> frozenset[str]:
    """The unit translation's words of three letters or more, lower-cased, function words
    left out (they stand beside any word)."""
    return frozenset(w.lower() for view in unit.target
                     for w in _WORD.findall(view.segment.text)) - STOP_WORDS


# A dictionary word crossing a term's edge: two to four ideographs.
_CROSSING_LENGTHS = range(2, 5)


def crossing_words_rendered(items: Sequence[Absent], known: Mapping[str, Gloss]
                            ) -> dict[int, tuple[str, str]]:
    """For each item (by id()) whose line reads a dictionary word across one edge of the
    term, rendered by the translation: (that word, the English word). 联合国 in
    开展联合国别访问 is 联合|国别 "joint country visits": 国别 "country-specific" takes the
    term's last ideograph, and "country" renders it. The line then does not hold the
    term, whatever the segmenter's likeliest cut (联合国|别), if the segmenter's
    dictionary lists the crossing word too. The English word must render neither the
    part of the crossing word outside the term (别 alone), nor the term itself (联合国
    "United Nations"), nor any other word of the line (大会 "General Assembly" says the
    "general" that 后世 "later generations" would by its stem in 其后世界): only the
    crossing word explains it. ``known`` holds the dictionary's glosses of the lines'
    runs."""
    lexicon = gloss_lexicon(known)
    found_in: dict[int, list[tuple[str, str]]] = {}
    for item in items:
        text, hit = item.src_view.segment.text, item.hit
        term = known.get(text[hit.start:hit.end])
        tokens = [(m.group(), s) for t in map(Tokens, item.unit.target)
                  for m, s in zip(t.words, t.stems, strict=True)]
        for word, outside, (start, end) in _crossing(text, hit.start, hit.end):
            gloss = known.get(word)
            if gloss is None:
                continue
            other = known.get(outside)
            # The rest of the line, without the crossing word wherever it stands.
            rest = said_in([part for side in (text[:start], text[end:])
                            for part in side.split(word)], known, lexicon)
            # The word's own stem: a root shared by chance ("special" of "specific")
            # is no rendering of a word read across another word's edge.
            found = next((w for w, s in tokens if s in gloss.stems
                          and not (other and renders(s, other.stems))
                          and not (term and renders(s, term.stems))
                          and not renders(s, rest)), "")
            if found:
                found_in.setdefault(id(item), []).append((word, found))
    if not found_in:
        return {}
    # The segmenter's dictionary must list the crossing word too: a word of the other
    # dictionary alone ("long press", 长按 in 秘书长按照) is no cut a reader makes.
    counts, _ = dictionary_counts({word for found in found_in.values() for word, _ in found})
    return {key: next(f for f in found if f[0] in counts) for key, found in found_in.items()
            if any(f[0] in counts for f in found)}


def _crossing(text: str, start: int, end: int
              ) -> list[tuple[str, str, tuple[int, int]]]:
    """The strings of ideographs that overlap text[start:end] and go on past one of its
    edges without holding it whole, with their part outside it and the span they and
    the term cover together."""
    out = []
    for n in _CROSSING_LENGTHS:
        for a in range(max(0, start - n + 1), end):
            b = a + n
            if b > len(text) or (a <= start and b >= end) or not (a < start < b or a < end < b):
                continue
            if all(is_ideograph(ch) for ch in text[a:b]):
                outside = text[a:start] if a < start else text[end:b]
                out.append((text[a:b], outside, (min(a, start), max(b, end))))
    return out


# jieba's parts of speech of names (people, places, bodies, other proper names).
_NAME_TAGS = frozenset({"nr", "ns", "nt", "nz"})


def headed_words(ctx: CheckContext, items: Sequence[Absent], known: Mapping[str, Gloss]
                 ) -> dict[int, str]:
    """For each item (by id()) that the segmenter's dictionary reads as the modifier of a
    longer word, the term and the one ideograph after it (个人标识符: 个人|标识符,
    "identifiers", no "marking" for 标识): that word. A Chinese compound's last ideograph
    is its head, the kind of thing it names (符 "sign", 员 "member"), which English says
    in a word of its own ("identifier", "rapporteur"); where the term is the head (武器弹药,
    "weapons and ammunition"), or jieba's dictionary cuts the run at the term's end, the
    term is still rendered. The English of the longer word as the dictionary glosses it
    (``known``: the glosses of the lines' runs) must not hold the term's English either:
    教育部 is the "Ministry of Education" (no CC-CEDICT entry for 标识符 at all). Nor may
    the longer word be a name by jieba's part of speech (国际合作部, nt): a body's English
    name keeps its modifier, or calls it by its head (:mod:`termbase.check.name_rest`).
    Nor may the translation say the longer word word by word (:func:`_head_rendered`), or
    hold a glossary term the source does not say that may stand in the term's place
    (:func:`termbase.check.stand_ins.items_with_unexplained_stand_ins`)."""
    asked: dict[int, tuple[str, int, int]] = {}
    for item in items:
        text, hit = item.src_view.segment.text, item.hit
        if not (all(is_ideograph(ch) for ch in text[hit.start:hit.end])
                and hit.end < len(text) and is_word_character(text[hit.end])):
            continue
        start, end = ideograph_run(text, hit.start, hit.end + 1)
        asked[id(item)] = (text[start:end], hit.start - start, hit.end - start)
    if not asked:
        return {}
    counts, total = dictionary_counts({run[a:b] for run, _, _ in asked.values()
                                       for a in range(len(run))
                                       for b in range(a + 1, len(run) + 1)})
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    found = {}
    for item in items:
        if id(item) not in asked:
            continue
        run, start, end = asked[id(item)]
        cuts = cut_points(run, counts, total)
        if start in cuts and end not in cuts and end + 1 in cuts:
            found[id(item)] = (item, run[start:end + 1])
    if not found:
        return {}
    from termbase.text.word_tags import dictionary_tags

    tags = dictionary_tags({longer for _, longer in found.values()})
    out = {}
    for key, (item, longer) in found.items():
        if tags.get(longer, "")[:2] in _NAME_TAGS or _head_rendered(item, known):
            continue
        gloss = known.get(longer)
        english = {s for t in approved_terms(ctx, matcher, item.concept_id)
                   for s in Tokens.stems_of(t.text)}
        if gloss is None or not any(renders(s, gloss.stems) for s in english):
            out[key] = longer
    # A glossary term the source does not say may have been put in the term's place.
    wrong = items_with_unexplained_stand_ins(ctx, [item for item, _ in found.values()
                                                   if id(item) in out], known)
    return {key: longer for key, longer in out.items() if key not in wrong}


def _head_rendered(item: Absent, known: Mapping[str, Gloss]) -> bool:
    """Whether the translation renders the head, the ideograph after the term, by a word
    of its own (人道主义法, "humanitarian law": 法 "law"): the longer word is then said
    word by word, and the term's English belongs beside the head's."""
    text, hit = item.src_view.segment.text, item.hit
    head = known.get(text[hit.end])
    return head is not None and any(
        renders(s, head.stems) for view in item.unit.target
        for s in Tokens.stems_of(view.segment.text))
