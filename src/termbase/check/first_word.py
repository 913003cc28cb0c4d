"""Evidence from the dictionary that a missing term is paraphrased: its first word
rendered, its head in other words.

A paraphrase keeps the word that sets the term apart and says the rest its own way:
国际社会 "the international rejection" (of its 反对), 执行 in 执行局 "the Executive
Board". So a term the dictionary reads as two words or more (a single entry by its
parts, :func:`termbase.check.free_rendering.term_words`, in the entry's sense) whose first
word the translation renders, by English nothing else of the line explains (see
:mod:`termbase.check.free_rendering`), right before a content word of its own, is taken
as rendered otherwise: the finding becomes a hint. Its head alone is no such evidence:
a wrong word put for the term is most often the head's plain gloss ("society" for
国际社会), and a word ending its phrase ("young people", where 民间 reads "people") heads
another word's rendering, not the term's.

A name (every approved rendering capitalised) is given whole or not at all: its first
word before another ("the economic body") is no rendering of it.

Other glossary terms in the translation are their concepts' words (in a text without
capitals, in lower case too), and a pair that is cut or translates little of its line
(:func:`termbase.check.references.untranslated`) shows nothing: both are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise

from termbase.align.lexicon import Lexicon
from termbase.check.absent import Absent
from termbase.check.context import CheckContext, SegmentView
from termbase.check.free_rendering import other_source_stems, term_words
from termbase.check.glosses import Gloss, gloss_lexicon
from termbase.check.name_rest import Tokens
from termbase.pair.ngrams import STOP_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A content word is no function word and has at least this many letters.
_MIN_HEAD_LETTERS = 3


def first_word_rendered(ctx: CheckContext, items: Sequence[Absent],
                        known: Mapping[str, Gloss]) -> dict[int, str]:
    """For each item (by id()) whose translation renders the term's first dictionary
    word, not every word, right before a content word (see the module notes): the two
    words. ``known`` holds the dictionary's glosses of the items' source runs
    (:func:`termbase.check.free_rendering.asked_words`); callers pass only uncut pairs
    that translate their line."""
    lexicon = gloss_lexicon(known)
    out = {}
    for item in items:
        found = _paraphrase(ctx, item, lexicon)
        if found:
            out[id(item)] = found
    return out


def _paraphrase(ctx: CheckContext, item: Absent, lexicon: Lexicon) -> str:
    if item.named:
        return ""  # a name is given whole or not at all ("the economic body" is no ECOSOC)
    # One entry read by its parts: the first part's rendering must also be a word of the
    # entry's own gloss (``whole``), its sense here.
    words, whole = term_words(item, lexicon)
    if len(words) < 2:
        return ""
    others = other_source_stems(item, lexicon)
    first_stems = lexicon.translations(words[0])
    for view in item.unit.target:
        if first_stems.isdisjoint(Tokens.stems_of(view.segment.text)):
            continue  # no reading of the first word at all: nothing to blank or count
        tokens = _tokens(ctx, view, item.concept_id)
        counts = Counter(s for _, stems in tokens for s in stems)
        # Each word's stems in the translation that the rest of the line cannot explain.
        rendering = [frozenset(s for s in lexicon.translations(w) if counts[s] > others[s])
                     for w in words]
        if all(r for r in rendering):
            continue  # every word rendered: free_rendering's question, not this one
        for (first, stems), (after, _) in pairwise(tokens):
            read = rendering[0].intersection(stems)
            if (read and (not whole or read & whole) and first.end() + 1 == after.start()
                    and after.group().lower() not in STOP_WORDS
                    and len(after.group()) >= _MIN_HEAD_LETTERS):
                return f"{first.group()} {after.group()}"
    return ""


def _tokens(ctx: CheckContext, view: SegmentView, concept_id: str
            ) -> list[tuple[re.Match[str], list[str]]]:
    """The translation's words with their stems, other concepts' glossary terms blanked
    out (in a text without capitals, lower-case names too)."""
    matcher = ctx.target
    assert matcher is not None  # only asked for bilingual drafts
    hits = matcher.find_lowered(view.prepared) if ctx.case_blind else view.hits
    text = view.segment.text
    for h in hits:
        if h.concept_id != concept_id:
            text = text[:h.start] + " " * (h.end - h.start) + text[h.end:]
    return [(m, Tokens.stems_of(m.group())) for m in _WORD.finditer(text)]
