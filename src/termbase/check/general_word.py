"""A glossary entry that is a word of the general language, for the ``missing_target``
check (:mod:`termbase.check.missing`).

A glossary made from a corpus holds common words beside its terms: 会议 "meeting",
报告 "report", 政府 "Government", 经济 "economic". The glossary renders such a word as
the dictionary does, by one of its senses or its only one, and a translation picks
whatever the sentence needs: another sense ("the conference"), a paraphrase ("working
papers" for 工作文件, "make headway" for 取得进展, "requirements" for 所需资源), the
State or the country's name for its Government, or nothing (政府政策 "Policies"). Its
absence is weak evidence of an error, unlike the absence of a term — a unit of the
field's vocabulary ("small arms", "civil society", "Member States") that the dictionary
does not hold, renders otherwise, or writes with capitals as a name.

This is read from the entry itself, once for each source term asked: its English is
one word in lower case (not a name, not an acronym) that one of the dictionary's senses
of its Chinese says (:func:`dictionary_rendering`). The draft cannot tell the same
thing (session 40: how often a draft renders the concept by the glossary's English gave
false errors at 0.81 and found removals at 0.44).

A miss of such a word in a line pair that translates its line is a hint (info), naming
the dictionary's other senses where it gives some. In a pair that does not (a cut or
misaligned segment, :func:`termbase.check.references.untranslated`; a label, too short
for that share, translates its line when it renders another of its words,
:func:`_translated_labels`), the miss stays an error: the reviser must look whatever
the term is. So it does where the translation renders nothing on one side of the term
(:func:`_sides_unrendered`: the segment cut at the term) or too little of the line
(:func:`_line_unrendered`: too short for it, or another line on the same topic), and
where the translation holds another glossary term whose source the line lacks and
nothing else of the line says
(:func:`termbase.check.stand_ins.items_with_unexplained_stand_ins`): a wrong term put
in the word's place, as the draft's own excuses ask (:mod:`termbase.check.other_sense`)
— unless the translation says the word in another of its senses, which nothing else of
the line says: that sense took its place.

A reviser whose glossary owner requires every entry turns this module off
(:attr:`termbase.check.checker.CheckOptions.strict_terms`, ``termbase check
--strict-terms``): no dictionary evidence tells a translator's synonym from a wrong word
put in, so the choice is the reviser's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import STOP_WORDS, Lexicon, stem
from termbase.check.absent import Absent
from termbase.check.context import CheckContext, approved_terms, is_ideograph
from termbase.check.glosses import Gloss, english_words, gloss_lexicon
from termbase.check.name_rest import renders
from termbase.check.other_sense import TRANSLATED_SHARE
from termbase.check.references import untranslated
from termbase.check.renderings import name_bounds
from termbase.check.stand_ins import items_with_unexplained_stand_ins, said_by, said_in
from termbase.extract.candidates import is_name_head

# A common word: letters in lower case, or joined by a hyphen ("follow-up"); one capital
# makes it a name ("States", "Government") or an acronym.
_COMMON_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_GLOSS_WORD = re.compile(r"[a-z]+")
_WORD = re.compile(r"[A-Za-z]+")
# One word capitalised by the house style or as a name ("States", "Government").
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
# Two stems the same word's when one opens the other and the shorter has this many
# letters ("peac" of "peaceful", "fram" of "framework"); shorter ones open unrelated
# words ("act" of "action").
_SAME_WORD_MIN = 4


def general_word_misses(ctx: CheckContext, items: Sequence[Absent],
                        known: Mapping[str, Gloss]) -> dict[int, tuple[str, ...]]:
    """For the items (by id()) whose entry is a general word (:func:`dictionary_rendering`)
    and whose pair translates its line, the dictionary's other senses of the source term
    (none for a word of one sense), those the translation holds first. ``known`` holds
    the dictionary's glosses of the items' source terms."""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    asked: dict[int, tuple[str, ...]] = {}
    for item in items:
        gloss = known.get(item.src_view.segment.text[item.hit.start:item.hit.end])
        english = _common_spellings(
            [t.text for t in approved_terms(ctx, matcher, item.concept_id)])
        if gloss and dictionary_rendering(english, gloss.senses):
            asked[id(item)] = other_senses(english, gloss.senses)
    if not asked:
        return {}
    # The excuse rests on the entry, not on the line: the pair must clearly translate
    # its line, as for the draft's own evidence (other_sense.TRANSLATED_SHARE), and hold
    # no other glossary term that may have taken the word's place — unless the
    # translation says the word in another of its senses, which nothing else of the line
    # says: then that sense took its place.
    candidates = [a for a in items if id(a) in asked]
    said = {id(a): _translation_stems(a) for a in candidates}
    lexicon = gloss_lexicon(known)  # cuts the lines for the guards below, built once
    stand_in = items_with_unexplained_stand_ins(ctx, candidates, known)
    stand_in -= _in_another_sense([a for a in candidates if id(a) in stand_in], asked,
                                  said, known, lexicon)
    sides = _side_words(candidates, lexicon)
    kept = ((untranslated(ctx, candidates, known, TRANSLATED_SHARE, unglossed_aside=True)
             - _translated_labels(candidates, known, said, sides))
            | stand_in
            | _sides_unrendered(candidates, known, said,
                                {**sides, **_sides_of_names(candidates, known, said,
                                                            lexicon)})
            | _line_unrendered(candidates, known, said, sides))
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
                      said: Mapping[int, set[str]], known: Mapping[str, Gloss],
                      lexicon: Lexicon) -> set[int]:
    """The items (by id()) whose translation (``said``: its content stems) holds a
    content word of one of the term's other senses (``asked``) that no other word of the
    source line says ("the next conference of parties to the convention" for
    下一次公约缔约方会议, 会议 "meeting", "conference", beside "united nations" that
    nothing of the line says): the word is rendered there, in that sense. ``lexicon``
    is :func:`~termbase.check.glosses.gloss_lexicon` of ``known``."""
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


def dictionary_rendering(english: Sequence[str], senses: Sequence[str]) -> bool:
    """Whether the glossary's ``english`` for a source word is what the dictionary's
    ``senses`` of it say: each approved English one common word, which a sense says
    (政府 "government", 经济 "economic" beside "economy", 会议 "meeting" beside
    "conference"). Such an entry adds nothing to the general language's word, whose
    rendering a translation chooses by the sentence, however few senses the dictionary
    lists: the State or the country's name for its Government ("the Plurinational State
    of Bolivia promulgated" for 玻利维亚多民族国政府颁布), "requirements" for 所需资源,
    "funded" for 有充分经济来源. A term (English of several words or with capitals, or one the
    dictionary does not give) is none."""
    if not english or not all(_COMMON_WORD.fullmatch(e) for e in english):
        return False
    stems = {stem(e) for e in english}
    return any(_says(s, stems) for s in senses)


Sides = Mapping[int, tuple[list[str], list[str]]]
"""For each item (by id()), the dictionary words of its source line before the term and
after it (:func:`_side_words`)."""


def _side_words(items: Sequence[Absent], lexicon: Lexicon) -> Sides:
    """The :data:`Sides` of ``items``: each line cut into the dictionary's words once
    (``lexicon``: :func:`~termbase.check.glosses.gloss_lexicon` of the glosses of the
    lines' runs), for the three guards that read them."""
    out = {}
    for item in items:
        text, hit = item.src_view.segment.text, item.hit
        out[id(item)] = (lexicon.segment(text[:hit.start]), lexicon.segment(text[hit.end:]))
    return out


def _rendered(word: str, stems: set[str], known: Mapping[str, Gloss]) -> bool:
    """Whether the translation's content ``stems`` render the source dictionary word
    ``word``."""
    return any(renders(s, said_by(word, known)) for s in stems)


# A label: a source line of at most this many ideographs, a translation of at most this
# many content words.
_LABEL_IDEOGRAPHS = 8
_LABEL_WORDS = 3


def _translated_labels(items: Sequence[Absent], known: Mapping[str, Gloss],
                       said: Mapping[int, set[str]], sides: Sides) -> set[int]:
    """The items (by id()) whose pair is a label that translates its line: a heading, a
    table cell or a list item (_LABEL_IDEOGRAPHS ideographs at most, its translation
    _LABEL_WORDS content words at most: ``said``) of which the translation renders
    another dictionary word of the line (所需资源共计 "Total requirements", 亚洲国家(7)
    "Asia (7)", 出席会议津贴 "Representation allowance"). A label holds too few words
    for the share a sentence is asked (:func:`termbase.check.references.untranslated`),
    and drops a general word its other words make plain; a label of another line
    renders none of its words."""
    out = set()
    for item in items:
        if (sum(map(is_ideograph, item.src_view.segment.text)) > _LABEL_IDEOGRAPHS
                or len(said[id(item)]) > _LABEL_WORDS):
            continue
        if any(_rendered(w, said[id(item)], known) for side in sides[id(item)] for w in side):
            out.add(id(item))
    return out


def _sides_of_names(items: Sequence[Absent], known: Mapping[str, Gloss],
                    said: Mapping[int, set[str]], lexicon: Lexicon) -> Sides:
    """For the items (by id()) whose term modifies the head of a longer name
    (:func:`termbase.check.renderings.name_bounds`: the run of ideographs around it,
    holding a head word of names after it, 委员会, 组织, 中心 …) that the translation
    renders (``said``: its content stems), the dictionary words of the line before the
    name and after its head: the sides of the name, not of the term. A name given by
    its head ("The Commission" for 国家打击性别暴力协调行动委员会) leaves its modifiers
    unsaid, which tells nothing of a segment cut at the term. ``lexicon`` is
    :func:`~termbase.check.glosses.gloss_lexicon` of ``known``."""
    out = {}
    for item in items:
        text, hit = item.src_view.segment.text, item.hit
        start, end = name_bounds(item)
        at, head_end = hit.end, None
        for word in lexicon.segment(text[hit.end:end]):
            at += len(word)
            if is_name_head(word) and _rendered(word, said[id(item)], known):
                head_end = at
        if head_end is not None:
            out[id(item)] = (lexicon.segment(text[:start]), lexicon.segment(text[head_end:]))
    return out


# A side of a source line holding this many dictionary words of two ideographs or more
# tells whether the translation renders it.
_SIDE_WORDS = 5
_SIDE_WORD_LEN = 2


def _sides_unrendered(items: Sequence[Absent], known: Mapping[str, Gloss],
                      said: Mapping[int, set[str]], sides: Sides) -> set[int]:
    """The items (by id()) on one side of whose source term the translation renders none
    of the dictionary words (of _SIDE_WORD_LEN ideographs or more, _SIDE_WORDS of them at
    least; ``said``: the translation's content stems): the translation stops before the
    term or starts after it, a segment cut there (the English of "…成果文件所载国际商定
    的与水有关的目标所提出的多项建议" stops at the outcome document's title), so the
    term's place is lost, not rendered otherwise. A side with fewer words is too short
    to tell."""
    out = set()
    for item in items:
        for side in sides[id(item)]:
            words = [w for w in side if len(w) >= _SIDE_WORD_LEN]
            if len(words) >= _SIDE_WORDS and not any(
                    _rendered(w, said[id(item)], known) for w in words):
                out.add(id(item))
    return out


# A translation with fewer English words than a line of this many ideographs or more
# divided by this ratio is too short for it (official lines: 1.5 to 1.7 ideographs a word
# at the median, 2.5 at the 99th percentile on unv1-dev).
_CUT_MIN_IDEOGRAPHS = 20
_CUT_RATIO = 3.0
# A translation rendering under this share of its line's dictionary words (of
# _SIDE_WORD_LEN ideographs or more, this many at least) renders another line.
_RENDERED_MIN_WORDS = 10
_RENDERED_SHARE = 0.28


def _line_unrendered(items: Sequence[Absent], known: Mapping[str, Gloss],
                     said: Mapping[int, set[str]], sides: Sides) -> set[int]:
    """The items (by id()) whose translation renders too little of the source line for
    a miss to be a choice of words: fewer English words than the line's ideographs
    allow (_CUT_RATIO: a segment cut, or a line of several sentences against one of
    them), or under _RENDERED_SHARE of the line's dictionary words besides the term
    (``said``: the translation's content stems), a misaligned pair on the same topic
    ("a Task Force working group on tobacco control was established" against a line on
    the task force's support to the tobacco protocol). The excuse rests on the pair
    translating its line both ways; :func:`termbase.check.references.untranslated` asks
    only how much of the translation the line explains."""
    out = set()
    for item in items:
        ideographs = sum(map(is_ideograph, item.src_view.segment.text))
        english = sum(len(_WORD.findall(v.segment.text)) for v in item.unit.target)
        if ideographs >= _CUT_MIN_IDEOGRAPHS and ideographs > _CUT_RATIO * english:
            out.add(id(item))
            continue
        words = [w for side in sides[id(item)] for w in side if len(w) >= _SIDE_WORD_LEN]
        rendered = sum(1 for w in words if _rendered(w, said[id(item)], known))
        if len(words) >= _RENDERED_MIN_WORDS and rendered < _RENDERED_SHARE * len(words):
            out.add(id(item))
    return out


def other_senses(english: Sequence[str], senses: Sequence[str]) -> tuple[str, ...]:
    """The dictionary's ``senses`` of a source term other than its glossary ``english``,
    when the entry is a general word: each approved English one common word, one of the
    senses says it, and others do not ("conference" beside "meeting" for 会议). Empty for
    a term (English of several words or with capitals, a source word the dictionary
    lacks), and for a general word whose every sense says the English (决议 "a
    resolution", "to pass a resolution"; 经济 "economy", "economic")."""
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
