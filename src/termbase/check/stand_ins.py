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

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from termbase.align.lexicon import STOP_WORDS, Lexicon
from termbase.check.absent import Absent
from termbase.check.context import CheckContext, UnitView, source_concepts
from termbase.check.glosses import Gloss, gloss_lexicon
from termbase.check.name_rest import Tokens, renders
from termbase.check.renderings import not_cut
from termbase.match import TermHit

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
    put in the term's place is said by nothing of the source."""
    lexicon = gloss_lexicon(known) if items else Lexicon.empty()
    return {id(item) for item in items if _unexplained(ctx, item, known, lexicon)}


def _unexplained(ctx: CheckContext, item: Absent, known: Mapping[str, Gloss],
                 lexicon: Lexicon) -> bool:
    text = item.src_view.segment.text
    stems = said_in((text[:item.hit.start], text[item.hit.end:]), known, lexicon)
    term = known.get(text[item.hit.start:item.hit.end])
    if term is not None:
        stems |= term.stems
    return any(not renders(st, stems) for words in
               _stand_ins(ctx, item.unit, item.concept_id, {}).values()
               for st in _content_stems(words))


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
    in_source = source_concepts(unit)
    out: dict[str, str] = {}
    for view, hits in zip(unit.target, _target_hits(ctx, unit, found), strict=True):
        for hit in hits:
            cid = hit.concept_id
            if cid != concept_id and cid not in in_source and hit.term.status.approved:
                out.setdefault(cid, view.segment.text[hit.start:hit.end])
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
