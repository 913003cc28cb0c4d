"""A missing name the translation refers to without naming it, in a draft written without
capitals (MultiUN's lower-cased English).

Case shows such a reference in a text with capitals ("the Organization", "It";
:func:`termbase.check.renderings.reference_noun`). Without capitals the words are common
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
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import Lexicon
from termbase.check.absent import Absent
from termbase.check.context import CheckContext, SegmentView, approved_terms, source_concepts
from termbase.check.glosses import Gloss, gloss_lexicon
from termbase.check.name_rest import LONGEST_WORD, Tokens, renders
from termbase.check.number_words import en_number_word_value
from termbase.check.renderings import draft_share, is_name, not_cut, standing_nouns

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
                 known: Mapping[str, Gloss], share: float = _MIN_TRANSLATED) -> set[int]:
    """The items (by id()) whose translation translates no line of theirs: the source
    line's dictionary words (``known``) render under ``share`` (_MIN_TRANSLATED unless
    an excuse asks for more) of every target segment's content words
    (:func:`_translates`) — a cut or misaligned pair, or a label alone."""
    lexicon = gloss_lexicon(known)
    return {id(item) for item in items
            if not any(_translates(view, _source_stems(ctx, item, lexicon), set(),
                                   share) for view in item.unit.target)}


def _subject(item: Absent) -> bool:
    return any(_EN_SUBJECT.search(v.segment.text.lower()) for v in item.unit.target)


def _reference(ctx: CheckContext, item: Absent, lexicon: Lexicon, tags: Mapping[str, str],
               shares: dict[str, float]) -> str:
    """The item's reference (see :func:`unexplained_references`); ``shares`` keeps
    :func:`draft_share` by word, asked once per draft."""
    assert ctx.target is not None
    text = item.src_view.segment.text
    stems = _source_stems(ctx, item, lexicon)
    nouns = [(word, words) for word, (words, closed)
             in standing_nouns(ctx, ctx.target, item).items() if closed]
    for view in item.unit.target:
        # The reference itself is what the source cannot explain.
        if not _translates(view, stems, {s for w, _ in nouns for s in Tokens.stems_of(w)}):
            continue
        for word, words in nouns:
            if (words.split()[0].lower() == "the" and en_number_word_value(word, None) is None
                    and not any(renders(s, stems) for s in Tokens.stems_of(word))):
                if word not in shares:
                    shares[word] = draft_share(ctx, word)
                if shares[word] <= _MAX_DRAFT_SHARE:
                    return words
        english = view.segment.text.lower()
        subject = _EN_SUBJECT.search(english)
        if subject and len(_EN_PRONOUN.findall(english)) > _count_pronouns(text, tags):
            return subject.group(1)
    return ""


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
