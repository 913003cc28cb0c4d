"""A missing term the draft habitually names by another glossary concept.

An official translation may name a thing by another concept the glossary also knows:
the source's 审议大会 is "the Review Conference", not the "General Assembly" its 大会
would ask for; a report of 联合国 may be the "report of the Secretary-General". The
English then holds a glossary term whose source term is not in the line — a stand-in.

One line cannot tell that from a wrong term put in place of the right one (the same
stand-in, once): only the draft's habit can. So a stand-in excuses a miss only when the
draft writes it in several of the places that miss the term, a fair share of them, and
far more often there than in its translations at large (where the stand-in concept is
simply common). Like :func:`termbase.check.references.recurring_references` for plain
nouns; the finding stays, as a hint (info). In a draft written without capitals a
stand-in is found in lower case too ("review conference").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from termbase.align.lexicon import STOP_WORDS, Lexicon
from termbase.check.absent import Absent
from termbase.check.context import CheckContext, UnitView, source_concepts
from termbase.check.glosses import Gloss, gloss_lexicon
from termbase.check.name_rest import Tokens, renders
from termbase.check.renderings import not_cut
from termbase.match import TermHit
from termbase.text.chinese import CJK_RUN

# The stand-in is in at least this many of the term's misses, and this share of them,
# and this many times likelier there than in the draft's translated units at large.
_STAND_IN_MIN = 3
_STAND_IN_SHARE = 0.25
_STAND_IN_LIFT = 3.0


def recurring_stand_ins(ctx: CheckContext, absent: Sequence[Absent],
                        asked: Sequence[Absent]) -> dict[int, tuple[str, int, int]]:
    """For each of ``asked`` (by id()) whose translation holds a stand-in the draft uses
    habitually where the term is missing (see the module notes): (the stand-in's words,
    misses holding it, misses). ``absent`` is every miss of the draft: the habit is
    counted over all of them, excused by another reason or not."""
    if not asked:
        return {}
    misses: dict[str, list[Absent]] = {}
    for item in absent:
        if not_cut(item.unit):  # a cut or misaligned pair names what it names by chance
            misses.setdefault(item.concept_id, []).append(item)
    wanted = {a.concept_id for a in asked}
    found: dict[int, list[list[TermHit]]] = {}  # each unit's target hits, by id()
    habits: dict[tuple[str, str], int] = {}
    for cid, items in misses.items():
        if cid not in wanted:
            continue
        counts = Counter(other for item in items
                         for other in _stand_ins(ctx, item.unit, cid, found))
        habits.update(((cid, other), n) for other, n in counts.items()
                      if n >= max(_STAND_IN_MIN, _STAND_IN_SHARE * len(items)))
    if not habits:
        return {}
    share = _draft_shares(ctx, {other for _, other in habits}, found)
    out = {}
    for item in asked:
        total = len(misses.get(item.concept_id, ()))
        for other, words in _stand_ins(ctx, item.unit, item.concept_id, found).items():
            n = habits.get((item.concept_id, other), 0)
            if n and n / total >= _STAND_IN_LIFT * share[other]:
                out[id(item)] = (words, n, total)
                break
    return out


def stand_ins(ctx: CheckContext, item: Absent) -> set[str]:
    """The concepts (by id) whose approved term the item's translation holds while its
    source holds none of their terms (see the module notes): each may be put where
    the item's term belongs."""
    return set(_stand_ins(ctx, item.unit, item.concept_id, {}))


def items_with_unexplained_stand_ins(ctx: CheckContext, items: Sequence[Absent],
                                     known: Mapping[str, Gloss]) -> set[int]:
    """The ids of ``items`` with a stand-in (:func:`stand_ins`) that may have taken the
    term's place: one with a content word no word of the source line renders (``known``
    holds the dictionary's glosses of the lines' words; the lexicon that segments the
    lines is built from it once, not for each item). A stand-in the rest of the line
    accounts for is just another word of the sentence ("the results of our conference"
    for 我们会议取得的结果: 结果 says "results"; "the GUAM States" for 古阿姆集团各国: 各国
    says "States", :func:`said_by`). One that a sense of the term itself says is the
    term, rendered in that sense: the glossary's other concept is one of the word's
    senses ("debt instruments" for 债务工具, 工具 "tool", "instrument", where 文书 is
    "instruments"; "resources" for 资料 "material", "resources", "data"). A wrong term
    put in the term's place is said by nothing of the source, and stands in that place:
    near the rendering of a source word beside the term, where the translation shows
    one (:func:`_in_place`). A glossary term elsewhere in the sentence renders
    something else of it that the dictionary does not gloss (a mined glossary's
    general words — "States", "Secretariat", "Programme" — are in most sentences)."""
    lexicon = gloss_lexicon(known) if items else Lexicon.empty()
    return {id(item) for item in items if _unexplained(ctx, item, known, lexicon)}


def _unexplained(ctx: CheckContext, item: Absent, known: Mapping[str, Gloss],
                 lexicon: Lexicon) -> bool:
    text = item.src_view.segment.text
    stems = said_in((text[:item.hit.start], text[item.hit.end:]), known, lexicon)
    term = known.get(text[item.hit.start:item.hit.end])
    if term is not None:
        stems |= term.stems
    places = _term_places(item, known, lexicon)
    return any(any(not renders(st, stems) for st in _content_stems(words))
               and _in_place(item, spans, places)
               for words, spans in _stand_in_spans(ctx, item.unit, item.concept_id,
                                                   {}).values())


# A stand-in put in the term's place stands within this many words of the rendering of
# the source word right beside the term ("the non-proliferation instruments" for
# 不扩散机制, 扩散 "proliferate").
_PLACE_REACH = 3
_PLACE_STEM = 5
_WORD = re.compile(r"[A-Za-z]+")


def _term_places(item: Absent, known: Mapping[str, Gloss], lexicon: Lexicon
                 ) -> list[list[tuple[int, int]]]:
    """For each target segment of the item's unit, where (character spans) its words
    render the source's dictionary words right beside the term (the word of two
    ideographs or more touching it on each side, if any, by its stems of
    _PLACE_STEM letters or more) and no other word of the source line: the term's
    rendering, if there is one, stands near them. A word another source word may say
    too ("programme" for 计划 beside the term and 方案 elsewhere) may stand anywhere."""
    text, hit = item.src_view.segment.text, item.hit
    # The runs of ideographs right before and after the term (none across punctuation).
    before = next((m.group() for m in CJK_RUN.finditer(text, 0, hit.start)
                   if m.end() == hit.start), "")
    after = m.group() if (m := CJK_RUN.match(text, hit.end)) else ""
    # Only a word touching the term: one ideograph is grammar or part of a longer word
    # (包 of 工具包), and a word further off is another part of the sentence.
    beside = [w for w in lexicon.segment(before)[-1:] if len(w) > 1 and before.endswith(w)]
    beside += [w for w in lexicon.segment(after)[:1] if len(w) > 1 and after.startswith(w)]
    # A short stem is no sign of the place: "make" of 使用 "to make use of", a light word
    # any sentence may hold.
    glosses = [frozenset(st for st in known[w].stems if len(st) >= _PLACE_STEM)
               for w in beside if w in known]
    others = lexicon.segment(text[:hit.start]) + lexicon.segment(text[hit.end:])
    for word in beside:
        if word in others:
            others.remove(word)
    said = [known[w].stems for w in others if w in known]
    out = []
    for view in item.unit.target:
        out.append([(m.start(), m.end()) for m in _WORD.finditer(view.segment.text)
                    for st in Tokens.stems_of(m.group())
                    if any(renders(st, g) for g in glosses)
                    and not any(renders(st, g) for g in said)])
    return out


def _in_place(item: Absent, spans: list[tuple[int, int, int]],
              places: list[list[tuple[int, int]]]) -> bool:
    """Whether a stand-in (``spans``: target segment index, start, end) may stand in the
    term's place: within _PLACE_REACH words of a word rendering a source word beside the
    term (``places``, by :func:`_term_places`), or anywhere when no such word is rendered
    (the place is unknown). A stand-in far from the words around the term renders
    something else of the line (the "States" of "the rights and obligations of States"
    where 不扩散机制 is "the non-proliferation regime"), which the dictionary did not
    explain."""
    if not any(places):
        return True
    for index, start, end in spans:
        text = item.unit.target[index].segment.text
        for p_start, p_end in places[index]:
            gap = text[min(end, p_end):max(start, p_start)]
            if len(_WORD.findall(gap)) <= _PLACE_REACH:
                return True
    return False


def said_in(parts: Iterable[str], known: Mapping[str, Gloss], lexicon: Lexicon
            ) -> frozenset[str]:
    """The English stems the dictionary words of ``parts`` say (:func:`said_by`): the
    rest of a source line beside a term, segmented by ``lexicon`` (built from
    ``known``)."""
    stems: set[str] = set()
    for part in parts:
        for word in lexicon.segment(part):
            stems |= said_by(word, known)
    return frozenset(stems)


def said_by(word: str, known: Mapping[str, Gloss]) -> frozenset[str]:
    """The English stems a dictionary word of the source says: its glosses, and for a
    pronoun made of a determiner and a noun (各国, 本国, 我国: jieba tags the whole a
    pronoun, 'r', and its rest a noun) the noun's too. The dictionary glosses such a word
    by the determiner's reading ("each country", "various countries"), while English
    names the noun alone in any of its senses ("States", "the GUAM States")."""
    gloss = known[word]
    rest = known.get(word[1:]) if gloss.tag == "r" and len(word) > 1 else None
    if rest is not None and rest.tag.startswith("n"):
        return gloss.stems | rest.stems
    return gloss.stems


def _content_stems(words: str) -> list[str]:
    """The stems of the words of ``words`` that are no function words."""
    kept = " ".join(w for w in words.split() if w.lower() not in STOP_WORDS)
    return Tokens.stems_of(kept)


def _target_hits(ctx: CheckContext, unit: UnitView,
                 found: dict[int, list[list[TermHit]]]) -> list[list[TermHit]]:
    """The glossary terms of each of the unit's target segments; in a draft written
    without capitals, names in lower case too (:meth:`LanguageMatcher.find_lowered`),
    found once per unit (``found``)."""
    if not ctx.case_blind:
        return [view.hits for view in unit.target]
    hits = found.get(id(unit))
    if hits is None:
        matcher = ctx.target
        assert matcher is not None  # only asked for bilingual drafts
        hits = found[id(unit)] = [matcher.find_lowered(view.prepared) for view in unit.target]
    return hits


def _stand_ins(ctx: CheckContext, unit: UnitView, concept_id: str,
               found: dict[int, list[list[TermHit]]]) -> dict[str, str]:
    """The concepts whose approved term the unit's translation holds while its source
    holds none of their terms, the concept asked about aside: by id, the words."""
    return {cid: words for cid, (words, _) in
            _stand_in_spans(ctx, unit, concept_id, found).items()}


def _stand_in_spans(ctx: CheckContext, unit: UnitView, concept_id: str,
                    found: dict[int, list[list[TermHit]]]
                    ) -> dict[str, tuple[str, list[tuple[int, int, int]]]]:
    """:func:`_stand_ins` with where each stands: by id, the first words and every
    place (target segment index, start, end)."""
    in_source = source_concepts(unit)
    out: dict[str, tuple[str, list[tuple[int, int, int]]]] = {}
    for index, (view, hits) in enumerate(zip(unit.target, _target_hits(ctx, unit, found),
                                              strict=True)):
        for hit in hits:
            cid = hit.concept_id
            if cid != concept_id and cid not in in_source and hit.term.status.approved:
                out.setdefault(cid, (view.segment.text[hit.start:hit.end], []))[1].append(
                    (index, hit.start, hit.end))
    return out


def _draft_shares(ctx: CheckContext, concepts: set[str],
                  found: dict[int, list[list[TermHit]]]) -> dict[str, float]:
    """The share of the draft's translated units whose translation holds an approved
    term of each concept."""
    units = [u for u in ctx.units if u.target]
    holding: Counter[str] = Counter()
    for unit in units:
        holding.update({h.concept_id for hits in _target_hits(ctx, unit, found) for h in hits
                        if h.concept_id in concepts and h.term.status.approved})
    return {cid: holding[cid] / len(units) if units else 0.0 for cid in concepts}
