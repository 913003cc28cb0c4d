"""A source term missing from the translation that the translation refers to without
naming it — the second family of evidence beside :mod:`termbase.check.renderings` (the
term's own words, acronyms, longer names): a capitalised common noun ("the Organization",
:func:`reference_noun`), the name's head with words of its own (:func:`lower_case_head`),
nouns the draft keeps for it (:func:`standing_nouns`, :func:`recurring_references`), a
collective noun, a demonstrative, the first person; and references in a draft written
without capitals (MultiUN's lower-cased English), below.

Case shows such a reference in a text with capitals ("the Organization", "It";
:func:`reference_noun`). Without capitals the words are common
nouns and pronouns, so the evidence is that nothing else in the source line explains
them: the dictionary renders no word of the line by the noun ("the organization" where
the line names 联合国 and no 组织), or the translation has more pronouns than the source
line, one of them a subject ("when it fails …" for 如果联合国无法…, where the source has
only 这种 "this").
Where the pair is not a translation of each other (cut or misaligned), every English
word is unexplained, so the reference counts only where the dictionary explains at least
half of the translation's other content words, two at least.

The finding stays, as a hint (info): the reference is plausible, not shown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import Lexicon
from termbase.check.absent import Absent
from termbase.check.context import (
    CheckContext,
    SegmentView,
    approved_terms,
    is_ideograph,
    source_concepts,
)
from termbase.check.glosses import Gloss, gloss_lexicon, glossed_words
from termbase.check.matching import LanguageMatcher
from termbase.check.name_rest import LONGEST_WORD, Tokens, renders
from termbase.check.number_words import en_number_word_value
from termbase.check.renderings import (
    ENGLISH_NAME,
    NAME_BREAKS,
    NAME_SMALL_WORDS,
    is_name,
    not_cut,
)
from termbase.text.english import singular

# The share of a translation's content words the source line's dictionary words must
# render for the pair to count as translating each other.
_MIN_EXPLAINED = 0.5
_MIN_EXPLAINED_WORDS = 2
_MIN_CONTENT_LETTERS = 4
# The share below which a pair translates nothing of each other: a misaligned pair of
# one document still shares a topic's words (un2023-dev: up to about 0.2), a free
# official translation explains more (UNv1: 0.36 and up, where the share is doubted).
_MIN_TRANSLATED = 0.25
# A noun the draft puts after a determiner in more than this share of its units is what
# the document is about, not a stand-in for one name.
_MAX_DRAFT_SHARE = 0.1
# Pronouns and demonstratives English uses for a name said before.
_EN_PRONOUN = re.compile(r"\b(?:it|its|itself|they|their|them|themselves|this|these|those"
                         r"|such)\b")
# A pronoun as the subject of a clause: at its start (the line's, after punctuation or
# a conjunction), and not the empty subject before a form of "be" or a verb of seeming
# ("it is important that"); "adopted it" is the object, anyone's.
_EN_SUBJECT = re.compile(r"(?:^|[,;:(]\s*|\b(?:when|if|as|while|because|since|although|"
                         r"though|unless|until|and|but|so|that|where|once|whether)\s+)"
                         r"(it|they)\b(?!\s+(?:is|was|are|were|will|would|has|had|seems|"
                         r"appears)\b)")
# jieba's part of speech of a pronoun or a demonstrative (它, 其, 他们, 这种, 该).
_PRONOUN_TAG = "r"


def unexplained_references(ctx: CheckContext, items: Sequence[Absent],
                           known: Mapping[str, Gloss]) -> dict[int, str]:
    """For each item (by id()) whose translation, written without capitals, refers to
    its name by a noun or a pronoun nothing else of the source line explains, that
    reference. ``known`` holds the dictionary's glosses of every run of the source
    lines' ideographs (:func:`termbase.check.free_rendering.asked_words`)."""
    matcher = ctx.target
    if not ctx.case_blind or matcher is None:
        return {}
    named = [a for a in items if not_cut(a.unit)
             and any(is_name(t) for t in approved_terms(ctx, matcher, a.concept_id))]
    if not named:
        return {}
    from termbase.text.word_tags import dictionary_tags  # jieba's file only when asked

    # Pronouns are counted only where the translation has a subject pronoun.
    tags = dictionary_tags({w for a in named if _subject(a)
                            for w in _runs(a.src_view.segment.text)})
    lexicon = gloss_lexicon(known)
    shares: dict[str, float] = {}
    out = {}
    for item in named:
        found = _reference(ctx, item, lexicon, tags, shares)
        if found:
            out[id(item)] = found
    return out


def untranslated(ctx: CheckContext, items: Sequence[Absent],
                 known: Mapping[str, Gloss], share: float = _MIN_TRANSLATED,
                 unglossed_aside: bool = False) -> set[int]:
    """The items (by id()) whose translation translates no line of theirs: the source
    line's dictionary words (``known``) render under ``share`` (_MIN_TRANSLATED unless
    an excuse asks for more) of every target segment's content words
    (:func:`_translates`) — a cut or misaligned pair, or a label alone. With
    ``unglossed_aside``, the translation's words the dictionary cannot explain
    (:func:`_unglossed`) are not counted: they say nothing either way; and the source
    line's own words in Latin letters (a web address, an acronym, copied as they
    stand) render themselves."""
    lexicon = gloss_lexicon(known)
    out = set()
    for item in items:
        stems = _source_stems(ctx, item, lexicon)
        if unglossed_aside:
            stems |= frozenset(Tokens.stems_of(item.src_view.segment.text))
        if not any(_translates(view, stems, _unglossed(view, stems) if unglossed_aside
                               else set(), share) for view in item.unit.target):
            out.add(id(item))
    return out


# The endings an inflected or derived English word may add to the form the glosses
# write ("chaired", "guarantees", "continuing", "digitalization", "sessional").
_ENDINGS = ("s", "es", "d", "ed", "ing", "al", "ly", "ity", "ness", "ment", "ation",
            "ization", "isation")


def _unglossed(view: SegmentView, stems: frozenset[str]) -> set[str]:
    """The stems of the translation's words that the dictionary's glosses write nowhere,
    in any case, inflection or derivation (:func:`termbase.check.glosses.glossed_words`
    of the word and of the word less an ending), and that nothing of the source line
    renders (``stems``): names, transliterations, acronyms and a web address's pieces
    ("karp", "unops", "scovazzi"), which no Chinese word of the line could be read as
    rendering. A word the glosses write, in whatever case ("July", "Syria", "UNICEF"),
    is still counted: a line that lacks its Chinese does not translate it. Empty when
    the dictionary is not installed."""
    tokens = Tokens(view)
    lowered = {m.group().lower() for m in tokens.words}
    forms = {t: {t} | {t[:-len(e)] for e in _ENDINGS if t.endswith(e) and len(t) > len(e)}
             for t in lowered}
    written = glossed_words({f for fs in forms.values() for f in fs})
    if not written:
        return set()
    return {s for m, s in zip(tokens.words, tokens.stems, strict=True)
            if not forms[m.group().lower()] & written and not renders(s, stems)}


def _subject(item: Absent) -> bool:
    return any(_EN_SUBJECT.search(v.segment.text.lower()) for v in item.unit.target)


def _reference(ctx: CheckContext, item: Absent, lexicon: Lexicon, tags: Mapping[str, str],
               shares: dict[str, float]) -> str:
    """The item's reference (see :func:`unexplained_references`); ``shares`` keeps
    :func:`draft_share` by word, asked once per draft."""
    assert ctx.target is not None
    text = item.src_view.segment.text
    stems = _source_stems(ctx, item, lexicon)
    alone, joined = _standing_nouns(ctx, ctx.target, item, joined=True)
    nouns = [(word, words) for word, (words, closed) in joined.items() if closed]
    # The reference itself is what the source cannot explain: not counted. A noun before
    # "and" is one only when unexplained ("the removal and destruction" is the source's).
    references = {s for w, _ in nouns for s in Tokens.stems_of(w)
                  if (w in alone and alone[w][1]) or not renders(s, stems)}
    for view in item.unit.target:
        if not _translates(view, stems, references):
            continue
        for word, words in nouns:
            if (words.split()[0].lower() == "the" and en_number_word_value(word, None) is None
                    and not _answered(ctx, item, lexicon, view, words, word, stems)):
                if word not in shares:
                    shares[word] = draft_share(ctx, word)
                if shares[word] <= _MAX_DRAFT_SHARE:
                    return words
        english = view.segment.text.lower()
        subject = _EN_SUBJECT.search(english)
        if subject and len(_EN_PRONOUN.findall(english)) > _count_pronouns(text, tags):
            return subject.group(1)
    return ""


# How many words on either side of a word are read to tell where it stands: the
# neighbours a Chinese word and an English one share (a word of one rendered by a word
# of the other).
_ANCHOR_REACH = 3


def _answered(ctx: CheckContext, item: Absent, lexicon: Lexicon, view: SegmentView,
              found: str, word: str, stems: frozenset[str]) -> bool:
    """Whether a word of the source line other than the absent term answers for the
    English ``word``, the noun of the reference ``found`` standing alone after "the".
    The dictionary must render some word of the line by it (``stems``: what the line
    may render, :func:`_source_stems`); and where the absent term stands among the
    reference's neighbours (:func:`_anchored`), such a word must be left to stand there:
    each word the dictionary renders by the noun is given a place of the noun in the
    translation among whose neighbours it stands, one word a place, and the reference
    is answered for when no such giving leaves it out. A word the dictionary renders by
    the noun may be rendered otherwise (体制 "organization", here "institutional"
    beside 机制 "mechanisms") or stand at another place of the noun (组织 of 区域组织,
    "regional organizations"): "between the organization and regional organizations"
    for 联合国与区域组织之间 refers to the name. A glossary term's English holding the
    noun, or a word read across the term's edge, answers for it, as before."""
    noun = frozenset(Tokens.stems_of(word))
    if not any(renders(s, stems) for s in noun):
        return False
    text, hit = item.src_view.segment.text, item.hit
    before = lexicon.segment(text[:hit.start])
    # The line's words in order, the term's place (empty) among them.
    glosses = [lexicon.translations(w) for w in before]
    here = len(glosses)
    glosses += [frozenset(), *(lexicon.translations(w) for w in lexicon.segment(
        text[hit.end:]))]
    others = [i for i, g in enumerate(glosses) if any(renders(s, g) for s in noun)]
    assert ctx.target is not None  # only called for bilingual drafts
    terms = frozenset(s for cid in source_concepts(item.unit)
                      for t in approved_terms(ctx, ctx.target, cid)
                      for s in Tokens.stems_of(t.text))
    if not others or any(renders(s, terms) for s in noun):
        return True  # a glossary term's English, or a word read across the term's edge
    starts, english = _content_words(view)
    places = [p for p, s in enumerate(english) if renders(s, noun)]
    at = view.segment.text.lower().find(found.lower())
    reference = next((p for p in places if at <= starts[p] < at + len(found)), None)
    if reference is None or not _anchored(glosses, here, english, reference, noun):
        return True  # nothing shows the term stands where the reference does
    edges = {i: [p for p in places if _anchored(glosses, i, english, p, noun)]
             for i in others}
    return _matched(edges, places) > _matched(edges, [p for p in places if p != reference])


def _matched(edges: Mapping[int, Sequence[int]], places: Sequence[int]) -> int:
    """How many of the words (``edges``: each word's places) can be given a place of
    ``places`` each, one word a place (augmenting paths: the graphs are tiny)."""
    taken: dict[int, int] = {}

    def give(word: int, seen: set[int]) -> bool:
        for place in edges[word]:
            if place in places and place not in seen:
                seen.add(place)
                if place not in taken or give(taken[place], seen):
                    taken[place] = word
                    return True
        return False

    return sum(give(word, set()) for word in edges)


def _content_words(view: SegmentView) -> tuple[list[int], list[str]]:
    """Where the translation's content words start and their stems, in order (the words
    :func:`_translates` counts)."""
    from termbase.pair.ngrams import STOP_WORDS

    tokens = Tokens(view)
    kept = [(m.start(), s) for m, s in zip(tokens.words, tokens.stems, strict=True)
            if len(m.group()) >= _MIN_CONTENT_LETTERS and m.group().lower() not in STOP_WORDS]
    return [at for at, _ in kept], [s for _, s in kept]


def _anchored(glosses: Sequence[frozenset[str]], at: int, english: Sequence[str], place: int,
              noun: frozenset[str]) -> bool:
    """Whether a word of the source line within _ANCHOR_REACH words of word ``at`` is
    rendered by a content word within _ANCHOR_REACH words of the English ``place`` —
    neither a word rendered by the noun itself."""
    near = [s for q, s in enumerate(english) if 0 < abs(q - place) <= _ANCHOR_REACH
            and not renders(s, noun)]
    for i in range(max(0, at - _ANCHOR_REACH), min(len(glosses), at + _ANCHOR_REACH + 1)):
        gloss = glosses[i]
        if i != at and gloss and not any(renders(s, gloss) for s in noun) and any(
                renders(s, gloss) for s in near):
            return True
    return False


def _translates(view: SegmentView, stems: frozenset[str], references: set[str],
                share: float = _MIN_EXPLAINED) -> bool:
    """Whether the source line's dictionary words render at least ``share`` of the
    translation's content words, two at least (no function words, outside glossary
    terms, and not the candidate ``references``)."""
    from termbase.pair.ngrams import STOP_WORDS

    tokens = Tokens(view)
    content = [s for m, s in zip(tokens.words, tokens.stems, strict=True)
               if len(m.group()) >= _MIN_CONTENT_LETTERS
               and m.group().lower() not in STOP_WORDS and s not in references]
    explained = sum(1 for s in content if renders(s, stems))
    return explained >= max(_MIN_EXPLAINED_WORDS, share * len(content))


def _source_stems(ctx: CheckContext, item: Absent, lexicon: Lexicon) -> frozenset[str]:
    """The English stems the source line's dictionary words (cut by forward maximum
    matching: a character inside a longer word says nothing of its own senses), or the
    glossary terms' approved equivalents there, may render."""
    matcher = ctx.target
    assert matcher is not None
    stems: set[str] = set()
    for word in lexicon.segment(item.src_view.segment.text):
        stems |= lexicon.translations(word)
    for cid in source_concepts(item.unit):
        for term in approved_terms(ctx, matcher, cid):
            stems.update(Tokens.stems_of(term.text))
    return frozenset(stems)


def _runs(text: str) -> set[str]:
    """Every run of up to LONGEST_WORD characters of ``text`` that may be a word."""
    return {text[i:j] for i in range(len(text))
            for j in range(i + 1, min(len(text), i + LONGEST_WORD) + 1)}


def _count_pronouns(text: str, tags: Mapping[str, str]) -> int:
    """The pronouns and demonstratives of a Chinese line, its words cut by forward
    maximum matching on jieba's dictionary."""
    count, i = 0, 0
    while i < len(text):
        j = next((j for j in range(min(len(text), i + LONGEST_WORD), i + 1, -1)
                  if text[i:j] in tags), i + 1)
        count += tags.get(text[i:j], "").startswith(_PRONOUN_TAG)
        i = j
    return count


# "the" and one capitalised word that no capitalised word follows: a reference to a
# named body by a common noun ("the archives of the Organization" for 联合国的文献档案),
# at the start of a sentence too ("The Organization has …").
_REFERENCE = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?![\s-]+[A-Z\d])(?!-)"
                        r"(?!\s+(?:of|on|for|to|in|and|de|du|des)\s)")
# The same before "and" and a word in lower case, which joins the reference to another
# phrase ("between the Organization and regional organizations"), where "and" before a
# capital goes on with a name ("the Food and Agriculture Organization").
_REFERENCE_JOINED = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?=\s+and\s+[a-z])")


def _explained_words(ctx: CheckContext, matcher: LanguageMatcher, item: Absent
                     ) -> tuple[set[str], list[range]]:
    """What the unit's glossary terms account for in the translation: the last word of
    each approved target term of every source concept (lower case), and the spans of
    the target terms found."""
    heads = {t.text.split()[-1].lower() for cid in source_concepts(item.unit)
             for t in approved_terms(ctx, matcher, cid) if t.text.split()}
    spans = [range(h.start, h.end) for v in item.unit.target for h in v.hits]
    return heads, spans


def reference_noun(ctx: CheckContext, matcher: LanguageMatcher, item: Absent,
                   joined: bool = False) -> str:
    """A reference to the absent name by a capitalised common noun that nothing else of
    the unit explains ("the Organization" for 联合国): the absent term is a name; the
    word is a common noun, which the draft's translation also writes in lower case
    ("Vienna" never is); and it is neither a glossary term found nor the head of another
    source term's equivalent (then "the Council" is that term's). With ``joined``, only
    a reference before "and" and a word in lower case ("the Organization and regional
    organizations"), which may as well close a clause of a misaligned pair ("achieving
    the Goals and emphasized"): the caller asks that the pair translates its line."""
    if not any(is_name(t) for t in approved_terms(ctx, matcher, item.concept_id)):
        return ""
    heads, spans = _explained_words(ctx, matcher, item)
    for view in item.unit.target:
        for m in (_REFERENCE_JOINED if joined else _REFERENCE).finditer(view.segment.text):
            word = m.group(1)
            if (singular(word.lower()) in ctx.lower_case_words and word.lower() not in heads
                    and not any(m.start(1) in span for span in spans)):
                return m.group()
    # A draft written without capitals (a few may be left) shows none by case.
    return _lower_case_reference(ctx, matcher, item) if ctx.case_blind and not joined else ""


# A determiner and a noun standing alone: "the assembly", "all members", "its members".
_LOWER_REFERENCE = re.compile(r"\b(?:the|its|their|our|all|other)\s+([a-z]+)\b"
                              r"(?!\s+(?:of|on|for|to|in|and|de|du|des)\s)(?![\s-]+\d)")


# "the" and a noun before "and" and a word in lower case: a reference joined to another
# phrase ("between the organization and regional organizations", "the role of the
# organization and enhancing its effectiveness"), or the first words of a name.
_LOWER_JOINED = re.compile(r"\bthe\s+([a-z]+)(?=\s+and\s+[a-z])")


# What closes a noun phrase after such a noun: punctuation, the end, or a function word
# or auxiliary. Without capitals, "the united" of "the united nations" or "the united
# kingdom" would otherwise pass for a noun standing alone.
_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:is|are|was|were|be|has|have|had|does|"
                         r"did|should|shall|will|would|may|must|can|could|might|and|or|"
                         r"but|to|in|at|by|with|as|that|which|who|also|not|itself)\b")


def _lower_case_reference(ctx: CheckContext, matcher: LanguageMatcher, item: Absent) -> str:
    """In a translation written without capitals, the usual short reference to a name of
    two words or more: one of its own words, standing alone after a determiner ("the
    assembly" for the General Assembly, "all members" for the Member States) — what
    "the Assembly" is in a text with capitals, which case cannot show here. A word that
    heads another source term's equivalent is that term's, as in
    :func:`reference_noun`."""
    names = [t for t in approved_terms(ctx, matcher, item.concept_id)
             if is_name(t) and len(t.text.split()) >= 2]
    own = {singular(w.lower()) for t in names for w in re.split(r"[\s-]+", t.text)
           if w.lower() not in NAME_SMALL_WORDS}
    heads = {singular(t.text.split()[-1].lower()) for t in names}
    # The head may be followed by anything ("the assembly adopted"); another word of
    # the name must close its phrase ("all members should"), or it may open another
    # name ("the united kingdom").
    return next((text for word, (text, closed) in standing_nouns(ctx, matcher, item).items()
                 if word in heads or (word in own and closed)), "")


def lower_case_head(ctx: CheckContext, matcher: LanguageMatcher, item: Absent) -> str:
    """In a translation written without capitals, the head of an approved name of two
    words or more standing in it, with any words before it ("additional states" for
    the Member States, "the second world assembly on ageing" for 大会 closing another
    body's name): what a capitalised head shows in a text with capitals (a short form,
    or a longer name; ``_named_otherwise``), which case cannot show here — so only a
    hint. A head of another source term's equivalent is that term's; one inside a
    glossary term found is no head standing alone; nor is a head right after a determiner
    that opens an "X of Y" phrase (see ``_names_other``)."""
    if not ctx.case_blind:
        return ""
    heads = {singular(t.text.split()[-1].lower()) for t in approved_terms(
        ctx, matcher, item.concept_id) if is_name(t) and len(t.text.split()) >= 2}
    heads -= {singular(t.text.split()[-1].lower()) for cid in source_concepts(item.unit)
              if cid != item.concept_id for t in approved_terms(ctx, matcher, cid)
              if t.text.split()}
    for view in item.unit.target:
        spans = [range(h.start, h.end) for h in view.hits]
        text = view.segment.text.lower()
        for m in re.finditer(r"[a-z]+", text):
            if (singular(m.group()) in heads and not any(m.start() in s for s in spans)
                    and not _names_other(text, m)):
                return view.segment.text[m.start():m.end()]
    return ""


_DETERMINED = re.compile(r"(?:^|\b(?:the|its|their|our|all|other|a|an|this|these|those))\s*$")


_OF_PHRASE = re.compile(r"\s+(?:of|on|for|to|in|and|de|du|des)\s")


def _names_other(text: str, head: re.Match[str]) -> bool:
    """Whether a head right after a determiner opens an "X of Y" phrase ("the assembly
    of heads of state"): another body's name, not a short form. After a modifier of its
    own ("the world assembly on ageing") it heads a longer name."""
    return bool(_DETERMINED.search(text[:head.start()])
                and _OF_PHRASE.match(text, head.end()))


def standing_nouns(ctx: CheckContext, matcher: LanguageMatcher, item: Absent,
                   joined: bool = False) -> dict[str, tuple[str, bool]]:
    """The nouns standing alone after a determiner in the unit's translation (in the
    singular: the words matched, and whether the phrase closes after the noun, see
    _PHRASE_END), save those of a glossary term found there and those heading another
    source term's equivalent. With ``joined``, also a noun after "the" before "and" and
    another word (_LOWER_JOINED), which closes its phrase: without capitals it may as well
    open a name ("the food and agriculture organization"), so only a caller that asks
    the source line to explain the noun takes it."""
    alone, with_joined = _standing_nouns(ctx, matcher, item, joined)
    return with_joined if joined else alone


def _standing_nouns(ctx: CheckContext, matcher: LanguageMatcher, item: Absent, joined: bool
                    ) -> tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, bool]]]:
    """:func:`standing_nouns` without and (if ``joined``, else empty) with the joined
    nouns, read in one pass: each as that function gives it."""
    others = {t.text.split()[-1].lower() for cid in source_concepts(item.unit)
              if cid != item.concept_id for t in approved_terms(ctx, matcher, cid)
              if t.text.split()}
    spans = [range(h.start, h.end) for v in item.unit.target for h in v.hits]
    alone: dict[str, tuple[str, bool]] = {}
    with_joined: dict[str, tuple[str, bool]] = {}
    for view in item.unit.target:
        text = view.segment.text.lower()
        joins = _LOWER_JOINED.finditer(text) if joined else iter(())
        read = [(m, True) for m in _LOWER_REFERENCE.finditer(text)]
        for m, standing in (*read, *((m, False) for m in joins)):
            word = singular(m.group(1))
            if word in others or any(m.start(1) in span for span in spans):
                continue
            closed = _PHRASE_END.match(text, m.end()) is not None
            found = (view.segment.text[m.start():m.end()], closed)
            for nouns in ((alone, with_joined) if standing and joined else
                          (alone,) if standing else (with_joined,)):
                if word not in nouns or (closed and not nouns[word][1]):
                    nouns[word] = found
    return alone, with_joined


# A draft's own short reference for a name (see recurring_references): the noun stands in
# at least this many of the name's misses, and this share of them, and is this many
# times likelier there than in the draft's translations at large.
_RECURRING_MIN = 3


_RECURRING_SHARE = 0.25


_RECURRING_LIFT = 3.0


def recurring_references(ctx: CheckContext, matcher: LanguageMatcher,
                         items: Sequence[Absent]) -> dict[int, tuple[str, int, int]]:
    """For a translation written without capitals, the short reference the draft itself
    uses for a name where the name is missing ("the organization" for the United
    Nations): a noun standing alone after a determiner that recurs across the name's
    misses far more often than across the draft. Case shows such a reference in a text
    with capitals ("the Organization", :func:`reference_noun`); here only its recurrence
    can. By id() of each item the reference excuses: (the words, misses holding it,
    misses)."""
    if not ctx.case_blind:
        return {}
    by_concept: dict[str, list[tuple[Absent, dict[str, str]]]] = {}
    for item in items:
        if not_cut(item.unit) and any(is_name(t) for t in approved_terms(
                ctx, matcher, item.concept_id)):
            # Only a noun closing its phrase: nothing else says it is no modifier.
            nouns = {word: text for word, (text, closed)
                     in standing_nouns(ctx, matcher, item).items() if closed}
            by_concept.setdefault(item.concept_id, []).append((item, nouns))
    out: dict[int, tuple[str, int, int]] = {}
    for misses in by_concept.values():
        counts = Counter(word for _, nouns in misses for word in nouns)
        for word, n in counts.items():
            if n < max(_RECURRING_MIN, _RECURRING_SHARE * len(misses)):
                continue
            if n / len(misses) < _RECURRING_LIFT * draft_share(ctx, word):
                continue
            for item, nouns in misses:
                if word in nouns and id(item) not in out:
                    out[id(item)] = (nouns[word], n, len(misses))
    return out


def draft_share(ctx: CheckContext, word: str) -> float:
    """The share of the draft's translated units holding ``word`` alone after a
    determiner."""
    pattern = re.compile(rf"\b(?:the|its|their|our|all|other)\s+{re.escape(word)}s?\b",
                         re.IGNORECASE)
    units = [u for u in ctx.units if u.target]
    holding = sum(1 for u in units if any(pattern.search(v.segment.text) for v in u.target))
    return holding / len(units) if units else 0.0


def collective_noun(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> str:
    """The collective noun the translation makes of the term's first word ("the
    membership" for 会员国, the Member States together), or ""."""
    for term in approved_terms(ctx, matcher, absent.concept_id):
        first = next((w for w in matcher.pattern(term).split()
                      if w in matcher.content_words(term)), "")
        for view in absent.unit.target:
            english = view.prepared.english
            if first and english is not None and f"{first}ship" in english.canonical.split():
                return f"{first}ship"
    return ""


# A demonstrative and the next two words: "these organizations", "these regional bodies".
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those|such|said)\s+([a-z-]+)(?:\s+([a-z]+))?\b",
                            re.IGNORECASE)


def demonstrative_reference(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent
                            ) -> str:
    """A reference to the term by its head noun after a demonstrative ("these
    organizations" for 非政府组织 mentioned before), or ""."""
    heads = {singular(t.text.split()[-1].lower())
             for t in approved_terms(ctx, matcher, absent.concept_id) if " " in t.text}
    for view in absent.unit.target:
        for m in _DEMONSTRATIVE.finditer(view.segment.text):
            for i in (1, 2):  # the noun, or the noun after one modifier
                if m.group(i) and singular(m.group(i).lower()) in heads:
                    return view.segment.text[m.start():m.end(i)]
    return ""


# The speaker's own words in English, and in Chinese.
# "I" only before a lower-case word (a verb: "I urge") and not after a capitalised
# word ("Annex I", "Protocol I to"); "i" without capitals may be a list's label.
# "My" before a capitalised word is a longer name the term opens ("My Special Envoy"
# for 秘书长特使), which the name rules judge.
_FIRST_PERSON_EN = re.compile(r"(?<![\w-])(?:(?i:my)(?! [A-Z])|(?i:me|myself))(?![\w-])"
                              r"|(?:^|(\S+) )I(?= [a-z])")


_FIRST_PERSON_ZH = re.compile(r"[我吾]|本人")


def first_person_reference(absent: Absent) -> str:
    """The first person of a translation whose source line has none, or "": the
    author of a report speaks of themself as "I" where the source names them (秘书长
    as "my" in "compliance with my zero-tolerance policy"); a translation adds a
    speaker only for someone the source names."""
    if any(_FIRST_PERSON_ZH.search(v.segment.text) for v in absent.unit.source):
        return ""
    for view in absent.unit.target:
        for m in _FIRST_PERSON_EN.finditer(view.segment.text):
            before = m.group(1) or ""
            if not (before[:1].isupper() and before[-1:].isalnum()):
                return m.group().split()[-1]
    return ""


# The ideographs after the term that open the longer name (联合国儿童, of
# 联合国儿童基金会), and how many words after the term's English the draft's full name may
# put its head ("United Nations Children's Fund").
_OPENING_IDEOGRAPHS = 2
_FULL_NAME_WORDS = 6


def head_named_before(ctx: CheckContext, matcher: LanguageMatcher, item: Absent) -> str:
    """A reference by its head to the longer name the term opens, where the draft gave
    that name in full before: 联合国儿童基金会 as "the Fund" (or "the fund" without
    capitals) after a unit whose source opens the same longer name (the term and the
    next _OPENING_IDEOGRAPHS ideographs, no grammar among them) and whose translation
    holds the term's approved English opening a name that head ends ("the United
    Nations Children's Fund"; without capitals, within a few words: :func:`_name_ends`):
    the draft's own definition of the short form, as
    ``missing._named_before`` reads it for the term's own head. The dictionary's gloss
    of the name's head may not be the English one (基金会 "foundation"), so
    :mod:`termbase.check.name_rest` cannot show it. The head stands alone after "the"
    (capitalised, :data:`_REFERENCE`; without capitals closing its phrase) and heads no
    other source term's equivalent; a head inside a glossary term found is none."""
    text, hit = item.src_view.segment.text, item.hit
    opening = text[hit.start:hit.end + _OPENING_IDEOGRAPHS]
    if len(opening) < hit.end - hit.start + _OPENING_IDEOGRAPHS or not all(
            is_ideograph(ch) and ch not in NAME_BREAKS for ch in opening[hit.end - hit.start:]):
        return ""
    heads = _standing_heads(ctx, matcher, item)
    if not heads:
        return ""
    # The term's English as the draft writes it (without capitals, in any case).
    flags = re.IGNORECASE if ctx.case_blind else 0
    english = [re.compile(rf"(?<![\w-]){re.escape(t.text)}(?![\w-])", flags)
               for t in approved_terms(ctx, matcher, item.concept_id)]
    for unit in ctx.units:
        if unit is item.unit:
            return ""
        if not any(opening in v.segment.text for v in unit.source):
            continue
        for view in unit.target:
            for m in (m for pattern in english for m in pattern.finditer(view.segment.text)):
                ends = _name_ends(view.segment.text, m, ctx.case_blind)
                found = next((heads[w] for w in ends if w in heads), "")
                if found:
                    return found
    return ""


# Without capitals, the words a name written in full may hold after the term's English:
# joined by blanks only, none a word that joins two phrases or a determiner.
_LOWER_NAME_WORD = re.compile(r"\s+(?!(?:and|or|but|to|in|by|with|as|at|that|which|a|an|"
                              r"the|is|are|was|were)\b)([a-z][\w’'-]*)")


def _name_ends(text: str, english: re.Match[str], case_blind: bool) -> set[str]:
    """The possible last words (singular, lower case) of a name opening with the term's
    English (``english``) and going on past it: the capitalised name there
    (:data:`ENGLISH_NAME`); without capitals, which cannot show where it ends, each of
    the up to _FULL_NAME_WORDS words after the English joined by blanks, short of a
    word that joins phrases or a determiner ("the united nations children's fund
    issued": "children's", "fund", "issued")."""
    if not case_blind:
        name = ENGLISH_NAME.match(text, english.start())
        if not name or name.end() <= english.end():
            return set()
        return {singular(name.group().split()[-1].lower())}
    ends, at = set(), english.end()
    for _ in range(_FULL_NAME_WORDS):
        word = _LOWER_NAME_WORD.match(text, at)
        if not word:
            break
        ends.add(singular(word.group(1).lower()))
        at = word.end()
    return ends


def _standing_heads(ctx: CheckContext, matcher: LanguageMatcher, item: Absent
                    ) -> dict[str, str]:
    """The nouns standing alone after "the" in the item's translation that may be a
    name's head (see :func:`head_named_before`), in the singular and lower case: the
    words matched, by noun."""
    if ctx.case_blind:
        return {word: words for word, (words, closed)
                in standing_nouns(ctx, matcher, item).items()
                if closed and words.split()[0].lower() == "the"}
    heads, spans = _explained_words(ctx, matcher, item)
    return {singular(m.group(1).lower()): m.group()
            for view in item.unit.target for m in _REFERENCE.finditer(view.segment.text)
            if m.group(1).lower() not in heads
            and not any(m.start(1) in span for span in spans)}
