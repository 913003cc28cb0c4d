"""A glossary entry that is a word of the general language, for the ``missing_target``
check (:mod:`termbase.check.missing`).

A glossary made from a corpus holds common words beside its terms: 会议 "meeting",
报告 "report", 措施 "measures". The dictionary gives such a word several senses
(会议: "meeting", "conference"; 措施: "measure", "step"), and the glossary one of them;
a translation picks whichever the sentence needs, or a paraphrase ("the conference",
"working papers" for 工作文件, "make headway" for 取得进展), or leaves it implied. Its
absence is weak evidence of an error, unlike the absence of a term — a unit of the
field's vocabulary ("small arms", "civil society", "Member States") that the dictionary
does not hold, holds with one sense, or writes with capitals as a name.

This is read from the entry itself, once for each source term asked: its English is
one word in lower case (not a name, not an acronym) that is one of the dictionary's
senses of its Chinese, and the dictionary gives other senses that do not say it. The
draft cannot tell the same thing (session 40: how often a draft renders the concept by
the glossary's English gave false errors at 0.81 and found removals at 0.44).

A miss of such a word in a line pair that translates its line is a hint (info), naming
the dictionary's other senses. In a pair that does not (a cut or misaligned segment,
:func:`termbase.check.references.untranslated`), the miss stays an error: the reviser
must look whatever the term is. So it does where the translation holds another glossary
term whose source the line lacks and nothing else of the line says
(:func:`termbase.check.stand_ins.items_with_unexplained_stand_ins`): a wrong term put
in the word's place, as the draft's own excuses ask (:mod:`termbase.check.other_sense`)
— unless the translation says the word in another of its senses, which nothing else of
the line says: that sense took its place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import STOP_WORDS, Lexicon, stem
from termbase.check.absent import Absent
from termbase.check.context import CheckContext, approved_terms
from termbase.check.glosses import Gloss, english_words, gloss_lexicon
from termbase.check.other_sense import TRANSLATED_SHARE
from termbase.check.references import untranslated
from termbase.check.stand_ins import items_with_unexplained_stand_ins, said_in

# A common word: letters in lower case, or joined by a hyphen ("follow-up"); one capital
# makes it a name ("States", "Government") or an acronym.
_COMMON_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_GLOSS_WORD = re.compile(r"[a-z]+")
# One word capitalised by the house style or as a name ("States", "Government").
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
# Two stems the same word's when one opens the other and the shorter has this many
# letters ("peac" of "peaceful", "fram" of "framework"); shorter ones open unrelated
# words ("act" of "action").
_SAME_WORD_MIN = 4


def general_word_misses(ctx: CheckContext, items: Sequence[Absent],
                        known: Mapping[str, Gloss]) -> dict[int, tuple[str, ...]]:
    """For the items (by id()) whose entry is a general word (:func:`other_senses`) and
    whose pair translates its line, the dictionary's other senses of the source term,
    those the translation holds first. ``known`` holds the dictionary's glosses of the
    items' source terms."""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    asked: dict[int, tuple[str, ...]] = {}
    for item in items:
        gloss = known.get(item.src_view.segment.text[item.hit.start:item.hit.end])
        english = [t.text for t in approved_terms(ctx, matcher, item.concept_id)]
        others = other_senses(_common_spellings(english), gloss.senses) if gloss else ()
        if others:
            asked[id(item)] = others
    if not asked:
        return {}
    # The excuse rests on the entry, not on the line: the pair must clearly translate
    # its line, as for the draft's own evidence (other_sense.TRANSLATED_SHARE), and hold
    # no other glossary term that may have taken the word's place — unless the
    # translation says the word in another of its senses, which nothing else of the line
    # says: then that sense took its place.
    candidates = [a for a in items if id(a) in asked]
    said = {id(a): _translation_stems(a) for a in candidates}
    stand_in = items_with_unexplained_stand_ins(ctx, candidates, known)
    stand_in -= _in_another_sense([a for a in candidates if id(a) in stand_in], asked,
                                  said, known)
    kept = untranslated(ctx, candidates, known, TRANSLATED_SHARE) | stand_in
    out = {}
    for item in candidates:
        if id(item) not in kept:
            others = asked[id(item)]
            out[id(item)] = tuple(sorted(others, key=lambda s: not _says(s, said[id(item)],
                                                                         True)))
    return out


def _common_spellings(english: Sequence[str]) -> list[str]:
    """The approved ``english`` with a capitalised word that is an English word in lower
    case, as it stands or in the singular, written in lower case: "States" for 国家,
    "Committee" for 委员会 are common nouns the house style capitalises (the dictionary
    gives "state", "committee" among the word's senses), not names. A word the
    dictionary's glosses write only with capitals ("UNICEF"), a word in capitals, or
    several words keep their spelling, which other_senses reads as a term's."""
    asked = {e.lower() for e in english if _CAPITALISED_WORD.fullmatch(e)}
    common = english_words(asked) if asked else frozenset()
    return [e.lower() if e.lower() in common else e for e in english]


def _translation_stems(item: Absent) -> set[str]:
    """The stems of the content words of the item's translation."""
    text = " ".join(v.segment.text.lower() for v in item.unit.target)
    return {stem(w) for w in _GLOSS_WORD.findall(text) if w not in STOP_WORDS}


def _in_another_sense(items: Sequence[Absent], asked: Mapping[int, tuple[str, ...]],
                      said: Mapping[int, set[str]], known: Mapping[str, Gloss]) -> set[int]:
    """The items (by id()) whose translation (``said``: its content stems) holds a
    content word of one of the term's other senses (``asked``) that no other word of the
    source line says ("the next conference of parties to the convention" for
    下一次公约缔约方会议, 会议 "meeting", "conference", beside "united nations" that
    nothing of the line says): the word is rendered there, in that sense."""
    lexicon = gloss_lexicon(known) if items else Lexicon.empty()
    out = set()
    for item in items:
        text, hit = item.src_view.segment.text, item.hit
        rest = said_in((text[:hit.start], text[hit.end:]), known, lexicon)
        # The sense's own word, not one it opens ("mobile" of "mobilizing"): a word of
        # the translation matches one of a sense by chance too often for that.
        senses = {stem(w) for sense in asked[id(item)] for w in _GLOSS_WORD.findall(sense)
                  if w not in STOP_WORDS}
        if any(not any(_same_word(s, r) for r in rest) for s in senses & said[id(item)]):
            out.add(id(item))
    return out


def other_senses(english: Sequence[str], senses: Sequence[str]) -> tuple[str, ...]:
    """The dictionary's ``senses`` of a source term other than its glossary ``english``,
    when the entry is a general word: each approved English one common word, one of the
    senses says it, and others do not ("conference" beside "meeting" for 会议). Empty for
    a term: English of several words or with capitals, a source word the dictionary
    lacks, or whose every sense says the English (决议 "a resolution", "to pass a
    resolution"; 经济 "economy", "economic")."""
    if not english or not all(_COMMON_WORD.fullmatch(e) for e in english):
        return ()
    stems = {stem(e) for e in english}
    saying = [s for s in senses if _says(s, stems)]
    if not saying:
        return ()
    return tuple(_plain(s) for s in senses if s not in saying)


def _says(sense: str, stems: set[str], content: bool = False) -> bool:
    """Whether a word of ``sense`` (a ``content`` word only, when asked) is one of
    ``stems``' words (the same stem, or one opening the other: "economic" of
    "economy")."""
    return any(_same_word(stem(w), s) for w in _GLOSS_WORD.findall(sense.lower())
               if not (content and w in STOP_WORDS) for s in stems)


def _same_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= _SAME_WORD_MIN and long.startswith(short))


def _plain(sense: str) -> str:
    """A sense as a translation would write it: "to make headway" → "make headway"."""
    return re.sub(r"^(?:to|a|an|the) ", "", sense)
