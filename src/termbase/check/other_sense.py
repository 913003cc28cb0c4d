"""Whether the draft shows a source term used in a sense the glossary's English does not
cover, for the ``missing_target`` check (:mod:`termbase.check.missing`): the share of
the draft's places that render the concept by its approved term, the signs of a line
(its translation's words, the term's neighbours in the source) that tell one sense from
the other, and the draft's habits where the term is missing. A miss the draft's
evidence excuses is a hint, not an error."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import STOP_WORDS, stem
from termbase.check.absent import Absent
from termbase.check.chance import upper_tail
from termbase.check.context import (
    CheckContext,
    UnitView,
    approved_terms,
    is_ideograph,
    is_word_character,
    source_concepts,
)
from termbase.check.free_rendering import asked_words
from termbase.check.glosses import Gloss
from termbase.check.name_rest import renders
from termbase.check.references import untranslated
from termbase.check.stand_ins import items_with_unexplained_stand_ins, stand_ins
from termbase.model import PartOfSpeech
from termbase.text.english import american_spelling, singular

# A source term the draft renders by the glossary's equivalent in fewer than this share
# of at least SENSE_MIN_UNITS units is used in senses the glossary does not cover there
# (大会 in 审议大会 "Review Conference", 执行 as a verb): its misses are hints (info),
# not errors. A short draft gives too little evidence, so every miss stays an error.
SENSE_MIN_UNITS = 4


SENSE_MIN_SHARE = 0.8

# The share alone is no evidence for the line at hand (a term removed there looks the
# same): the line must also hold a word the draft writes where the term is missing —
# in at least _OTHER_WORD_MIN_UNITS and _OTHER_WORD_MIN_SHARE of the other places that
# miss it, and _OTHER_WORD_LIFT times as often as where the term is rendered ("implement"
# for 执行 the verb, "Review Conference" for 大会 closing another name).
_OTHER_WORD_MIN_UNITS = 2
_OTHER_WORD_LIFT = 2.0
_WORD = re.compile(r"[^\W\d_]{3,}")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")

# A concept the draft renders by the glossary's equivalent in under half of the other
# places, and in _RARELY_RENDERED_MIN_UNITS places at least: the glossary's English
# fits a minority sense of the document's term (会议 "meeting" where most places say
# "conference", "session" or name 贸发会议 "UNCTAD"). A miss no reason of
# its own line excuses is then a hint, unless the line shows a sign (:func:`_signs`) the
# draft shows _RENDERED_SIGN_LIFT times as often where the term is rendered as where it
# is missing (次会议 for "meeting": a term removed from such a line is an omission, not
# another sense) — a sign never seen where the term is missing counts from one place.
# Nor does the share excuse a line that puts a word of its own in the term's place: a
# glossary term whose source the line lacks and no other word of the line says (a
# stand-in, :func:`termbase.check.stand_ins.items_with_unexplained_stand_ins`), or a word the
# dictionary gives for the term that fewer than _HABIT_MIN_UNITS of the other places
# missing it hold — one line cannot tell another sense from a wrong word, only the
# draft's habit can.
_RARELY_RENDERED_MIN_UNITS = 10
_RARELY_RENDERED_SHARE = 0.5
_RENDERED_SIGN_LIFT = 2.0
_HABIT_MIN_UNITS = 3
# Where the line says the term by a word the dictionary gives for it and the draft
# habitually writes where the glossary's English is missing ("conference" for 会议:
# the line's own evidence of the other sense), a word of the translation is a sign of
# the rendering sense only when chance would put it in so many of the rendering places
# (of all the places missing or rendering the term: a hypergeometric tail) with at most
# this probability, shared among the line's words. A translation has dozens of words,
# and with _RENDERED_SIGN_LIFT alone one of them met in two of forty rendering places
# and none of the misses kept such a miss an error ("states", "regional", "additional"
# for 会议 "meeting" on multiun-valid, where the line says "conference"). The term's
# neighbour in the source line (次会议, 所有国家) is one sign of the place, and needs
# the lift alone, unless the misses show it too (国家发展: "national development" and
# "the development of States" alike; 3 of 79 rendering places and 8 of 717 misses kept
# "national" errors on un2023-dev); any sign of a line without such evidence (a term
# removed) needs the lift alone.
_SIGN_CHANCE = 0.05
# The excuse rests on the draft, not on the line, so the line must clearly translate
# its source: its dictionary words render this share of the translation's content words
# (references.untranslated asks 0.25 to tell a misaligned pair, which still shares a
# document's topic words, up to about 0.2 on un2023-dev; free official translations
# explain 0.36 and up).
TRANSLATED_SHARE = 0.35


def rendering_share(ctx: CheckContext, absent: Sequence[Absent]) -> dict[str, tuple[int, int]]:
    """(units rendering the concept, units with the concept) for each absent concept."""
    wanted = {a.concept_id for a in absent}
    with_source: Counter[str] = Counter()
    for unit in ctx.units:
        if unit.target:
            with_source.update(cid for cid in source_concepts(unit) if cid in wanted)
    missed = Counter(a.concept_id for a in absent)
    return {cid: (n - missed[cid], n) for cid, n in with_source.items()}


def sense_excused(share: tuple[int, int]) -> bool:
    """Whether the draft renders the concept by its approved term in too few of the other
    places (the line's own miss left out, or one miss in four would excuse itself)."""
    rendered, total = share
    others = total - 1
    return others >= SENSE_MIN_UNITS and rendered < SENSE_MIN_SHARE * others


def needs_sign(ctx: CheckContext, item: Absent, unread: frozenset[int] = frozenset()
                ) -> bool:
    """Whether the draft's share alone cannot excuse a miss (the line must show a sign
    of the other sense, :func:`other_sense_signs`): a name (every approved rendering
    capitalised) in a translation with capitals, which has one sense there; or a noun
    concept, which the glossary renders by no verb ("capacity-building", "international
    cooperation"), whose Chinese is a noun wherever it stands. A concept the glossary
    also renders as a verb ("implement" for 执行) is free to be paraphrased: its Chinese,
    used as a verb, takes any verb the sentence needs ("carry out", "perform", "run").
    Without capitals another body's name ("the conference of the parties" for 缔约方大会)
    looks like any words: the share alone excuses those, unless the pair does not
    translate the line (``unread``, :func:`termbase.check.missing._untranslated_names`)."""
    if item.named:
        return not ctx.case_blind or id(item) in unread
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    return not any(t.part_of_speech is PartOfSpeech.VERB
                   for t in approved_terms(ctx, matcher, item.concept_id))


def _signs(unit: UnitView, concept_id: str) -> set[str]:
    """What may tell a sense in a unit: the words of its translation, lower-cased, and the
    term with the source character on either side of it (执行局 "Executive Board",
    审议大会 "Review Conference": the term inside a longer word or name)."""
    # Function words tell no sense ("from" is as likely beside any miss).
    signs = {w.lower() for view in unit.target for w in _WORD.findall(view.segment.text)
             } - STOP_WORDS
    for view in unit.source:
        text = view.segment.text
        for hit in view.hits:
            if hit.concept_id == concept_id:
                term = text[hit.start:hit.end]
                # Nor does a grammar character beside the term (和国际社会, 及能力建设):
                # it joins the term to the sentence, not into a longer word.
                if hit.start > 0 and is_word_character(text[hit.start - 1]):
                    signs.add(text[hit.start - 1] + term)
                if hit.end < len(text) and is_word_character(text[hit.end]):
                    signs.add(term + text[hit.end])
    return signs


class _SignCounts:
    """For the asked concepts, the signs (:func:`_signs`) of each unit that misses the
    term (by concept, then id() of the unit), and how many of the units rendering the
    term show each sign."""

    def __init__(self, ctx: CheckContext, absent: Sequence[Absent], asked: set[str]):
        missed: dict[str, set[int]] = {}
        for a in absent:
            missed.setdefault(a.concept_id, set()).add(id(a.unit))
        self.miss_signs: dict[str, dict[int, set[str]]] = {cid: {} for cid in asked}
        self.kept: Counter[tuple[str, str]] = Counter()
        self.kept_units: Counter[str] = Counter()
        for unit in ctx.units:
            if not unit.target:
                continue
            for cid in asked.intersection(source_concepts(unit)):
                signs = _signs(unit, cid)
                if id(unit) in missed[cid]:
                    self.miss_signs[cid][id(unit)] = signs
                else:
                    self.kept_units[cid] += 1
                    self.kept.update((cid, sign) for sign in signs)


def other_sense_signs(ctx: CheckContext, absent: Sequence[Absent],
                       share: dict[str, tuple[int, int]],
                       unread: frozenset[int] = frozenset()) -> dict[int, str]:
    """For each absent item (by id()) whose concept the share excuses, a sign of the line
    (:func:`_signs`) that the draft shows where the term is missing far more than where
    it is rendered (see ``_OTHER_WORD_LIFT``): the line's evidence of the other sense."""
    asked = {a.concept_id for a in absent
             if sense_excused(share[a.concept_id]) and needs_sign(ctx, a, unread)}
    if not asked:
        return {}
    counts = _SignCounts(ctx, absent, asked)
    out = {}
    for a in absent:
        if a.concept_id in asked:
            sign = _telling_sign(a, counts.miss_signs[a.concept_id], counts.kept,
                                 counts.kept_units[a.concept_id])
            if sign:
                out[id(a)] = sign
    return out


def _without_rendering_signs(ctx: CheckContext, absent: Sequence[Absent],
                             items: Sequence[Absent], share: dict[str, tuple[int, int]],
                             other_sense: set[int]) -> dict[int, str]:
    """The ``items`` (by id(), to their concept) of a concept the draft renders by the
    glossary's English in under half of many places (:func:`_rarely_rendered`) whose
    line shows no sign of the rendering sense: none of its signs (:func:`_signs`) is one
    the draft shows where the term is rendered far more than where it is missing (see
    ``_RENDERED_SIGN_LIFT``; ``absent`` are all the draft's misses; a word of the
    translation must be more than chance where the line says the term by a word the
    draft habitually writes where it is missing, ``other_sense``: see _SIGN_CHANCE).
    There the glossary's equivalent fits the document's use of the term in a minority
    of places, and nothing says this line is one of them."""
    asked = {a.concept_id for a in items if _rarely_rendered(share[a.concept_id])}
    if not asked:
        return {}
    counts = _SignCounts(ctx, absent, asked)
    return {id(a): a.concept_id for a in items
            if a.concept_id in asked and not _rendering_sign(
                a, counts.miss_signs[a.concept_id], counts.kept,
                counts.kept_units[a.concept_id], id(a) in other_sense)}


def rarely_rendered_misses(ctx: CheckContext, absent: Sequence[Absent],
                           items: Sequence[Absent], share: dict[str, tuple[int, int]]
                           ) -> dict[int, str]:
    """The ``items`` (by id(), to their concept) whose miss the draft's evidence on the
    concept as a whole excuses: it is rarely rendered by the glossary's English and the
    line shows no sign of that rendering (:func:`_without_rendering_signs`); its
    translation holds no stand-in that may have taken the term's place (a glossary term
    whose source the line lacks and no other word of the source line says,
    :func:`termbase.check.stand_ins.items_with_unexplained_stand_ins`); the pair clearly translates
    its line (:func:`termbase.check.references.untranslated` at TRANSLATED_SHARE: a cut
    or misaligned pair misses the term whatever its sense, and the reviser must look);
    and the translation renders the term by no dictionary word the draft does not use
    habitually where it is missing (:func:`_rendering_habits`)."""
    rare = [a for a in items if _rarely_rendered(share[a.concept_id])]
    words = asked_words(rare)
    if not words:
        # No source word to say a stand-in: each may have taken the term's place.
        found = _without_rendering_signs(ctx, absent, items, share, set())
        return {id(a): found[id(a)] for a in items if id(a) in found and not stand_ins(ctx, a)}
    from termbase.check.glosses import dictionary_glosses  # at call time: tests stand in for it

    known = dictionary_glosses(words)
    habits = _rendering_habits(absent, rare, known)
    usual = {key for key, counts in habits.items() if min(counts) >= _HABIT_MIN_UNITS}
    found = _without_rendering_signs(ctx, absent, items, share, usual)
    asked = [a for a in items if id(a) in found]
    in_place = items_with_unexplained_stand_ins(ctx, asked, known)
    kept = (set(found) - in_place - untranslated(ctx, asked, known, TRANSLATED_SHARE)
            - (set(habits) - usual))
    return {key: found[key] for key in kept}


def _rendering_habits(absent: Sequence[Absent], items: Sequence[Absent],
                      known: Mapping[str, Gloss]) -> dict[int, list[int]]:
    """For the items (by id()) whose translation holds words the dictionary gives for
    the source term, how many of the draft's other places missing the term hold each.
    A word fewer than _HABIT_MIN_UNITS of them hold keeps the miss an error: one line
    cannot tell another sense from a wrong word put in the term's place, only the
    draft's habit can ("conference" for 会议 in many places where "meeting" is missing
    is the document's other sense; "achievement" for 成果 once is a rendering nobody
    else in the draft chose). Words all habitual are the line's evidence of the other
    sense, which a sign of the rendering sense must outweigh (:func:`_rendering_sign`)."""
    words: dict[int, frozenset[tuple[str, str]]] = {}

    def words_of(unit: UnitView) -> frozenset[tuple[str, str]]:
        """(stem, singular) of each English word of the unit's translation: the stem
        finds the dictionary's gloss, the word itself its habit ("achieving the Goals"
        is no habit of "achievement")."""
        if id(unit) not in words:
            forms = (american_spelling(w.lower()) for view in unit.target
                     for w in _ENGLISH_WORD.findall(view.segment.text))
            words[id(unit)] = frozenset((stem(w), singular(w)) for w in forms)
        return words[id(unit)]

    missing: dict[str, dict[int, UnitView]] = {}
    for a in absent:
        missing.setdefault(a.concept_id, {})[id(a.unit)] = a.unit
    out = {}
    for item in items:
        gloss = known.get(item.src_view.segment.text[item.hit.start:item.hit.end])
        if gloss is None:
            continue
        others = [{word for _, word in words_of(u)}
                  for key, u in missing[item.concept_id].items() if key != id(item.unit)]
        said = sorted(word for st, word in words_of(item.unit) if renders(st, gloss.stems))
        if said:
            out[id(item)] = [sum(word in held for held in others) for word in said]
    return out


def _rarely_rendered(share: tuple[int, int]) -> bool:
    """Whether the draft renders the concept by its approved term in under
    _RARELY_RENDERED_SHARE of the other places (the line's own miss left out), and in
    _RARELY_RENDERED_MIN_UNITS places at least: where it is rendered must be known to
    say that a line is not like them."""
    rendered, total = share
    return (rendered >= _RARELY_RENDERED_MIN_UNITS
            and rendered < _RARELY_RENDERED_SHARE * (total - 1))


def _rendering_sign(item: Absent, miss_signs: dict[int, set[str]],
                    kept: Counter[tuple[str, str]], kept_units: int,
                    other_sense: bool = False) -> str:
    """A sign of the line the draft shows _RENDERED_SIGN_LIFT times as often in the
    places that render the term as in the other places that miss it (a word of the
    translation, or a neighbour of the term the misses show too, where the line shows
    the ``other_sense``, more often than chance would: _SIGN_CHANCE); empty when there
    is none."""
    others = [signs for key, signs in miss_signs.items() if key != id(item.unit)]
    line = miss_signs.get(id(item.unit), set())
    # The line's words tested (a neighbour may be tested in a line without any).
    words = max(1, sum(1 for sign in line if not is_ideograph(sign[0])))
    for sign in sorted(line):
        n = kept[item.concept_id, sign]
        if not n:
            continue
        # One unit added to the missing places: a sign they never show still needs
        # to be frequent where the term is rendered.
        missed = sum(sign in signs for signs in others)
        if (n / kept_units) / ((missed + 1) / (len(others) + 1)) < _RENDERED_SIGN_LIFT:
            continue
        # Against the line's word of the other sense, a word of the translation must be
        # too frequent where the term is rendered to be there by chance (a translation's
        # words are dozens). The term's neighbour in the source is one sign of its place
        # (次会议, 所有国家) where the misses never show it; one they show too is a longer
        # source word used in both senses (国家发展, "national development" and "the
        # development of States"), whose counts must be beyond chance as a word's.
        if not other_sense or (is_ideograph(sign[0]) and not missed) or upper_tail(
                kept_units + len(others), n + missed, kept_units, n) <= _SIGN_CHANCE / words:
            return sign
    return ""


def _telling_sign(item: Absent, miss_signs: dict[int, set[str]],
                  kept: Counter[tuple[str, str]], kept_units: int) -> str:
    """The line's sign most frequent, relative to the rendering places, among the other
    places that miss the term; empty when none is frequent enough there."""
    others = [signs for key, signs in miss_signs.items() if key != id(item.unit)]
    best, best_lift = "", 0.0
    for sign in sorted(miss_signs.get(id(item.unit), set())):
        n = sum(sign in signs for signs in others)
        if n < _OTHER_WORD_MIN_UNITS:
            continue
        # One unit added to the rendering places: a sign they never show still needs
        # to be frequent where the term is missing.
        lift = (n / len(others)) / ((kept[item.concept_id, sign] + 1) / (kept_units + 1))
        if lift >= _OTHER_WORD_LIFT and lift > best_lift:
            best, best_lift = sign, lift
    return best


__all__ = [
    "SENSE_MIN_SHARE",
    "SENSE_MIN_UNITS",
    "TRANSLATED_SHARE",
    "needs_sign",
    "other_sense_signs",
    "rarely_rendered_misses",
    "rendering_share",
    "sense_excused",
]
