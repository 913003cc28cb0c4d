"""Inconsistencies learned from the draft itself, beyond the glossary.

Two checks, both warnings (or hints), both taking the draft's own majority as the norm:

* ``learned_inconsistent``: a recurring Chinese term the glossary lacks, rendered one
  way in most of the draft and another way in a unit — the most common real
  inconsistency. Candidates are the recurring character n-grams of the source side,
  closed (cut where the draft's own recurrence cuts them), with glue characters,
  clause openers, verbs and numbers at their edges refused as the extractor refuses
  them; no segmenter is loaded. The rendering is the English word n-gram most
  associated with the term across the units holding it (Dice, at least two words, in
  most of those units; not a coordination). A unit is reported when the term's source
  is there as whole words (jieba's dictionary cut, computed from the counts of the few
  strings concerned), its usual rendering is not, and the translation holds a variant
  of that rendering with one content word changed ("weapons embargo" for "arms
  embargo") that the draft shows to render a piece of the term — or, a slip, that
  nothing in the segment's source explains, where the variant stands as the term's
  rendering would (``slips``): a paraphrase or an omission is not a second rendering,
  and official translations paraphrase freely. No variant is reported where the draft
  says it is something else (``doubts``): a unit whose alignment is doubtful, a variant
  inside a longer phrase the draft repeats, a number of the usual rendering changed, a
  word of the same root, the rendering run into a fuller one, the usual rendering in
  the unit beside whose source lacks the term (the sides cut differently), common
  words where the draft writes the rendering as a name, a name against a name (two
  bodies) — nor where the dictionary reads it otherwise (``readings``): the changed
  word renders the term's neighbour, the variant opens into a longer name, a noun
  modifier stands against its adjective, only the draft's counts tie the word to the
  term, or the unit's translation glosses too little of its source. A warning needs
  the dictionary to give the changed word for the term (or a spelling of the old
  one); where the evidence is weaker the variant is a hint (info) giving the reason:
  no entry of the term gives the word, the draft ties the word to another source word
  of the unit as well, the dictionary explains under half of the translation, the term
  stands only inside a title, the word the variant lacks stands near it past a comma,
  the variant is written as a name where the draft writes common words, or the draft
  is written without capitals and a name reading is possible (the term is part of a
  longer noun, or the usual rendering stands mostly inside longer phrases the draft
  repeats).
* ``segment_inconsistent``: the same source segment translated differently, or the same
  translation given to source segments that state different numbers (what Xbench calls
  inconsistency in target and in source; sources that differ otherwise are paraphrases
  one translation rightly serves). Segments are compared without labels, case, spacing
  and punctuation; short segments (headings, labels) are left out, their translation
  depends on where they stand.

A rendering that is a deprecated glossary term is never taken as the norm.

The package, by concern: ``evidence`` (the draft's units, its English n-grams and what
an English word renders), ``candidates`` (recurring source n-grams), ``renderings``
(a term's usual rendering), ``slips`` (the one-word variant rule), ``doubts`` (what
the draft says against a variant), ``names`` (a wording written as a name or as common
words), ``readings`` (what the dictionary says against it), ``dictionary`` (whether a
term stands as whole words), ``terms`` and ``segments`` (the two checks).
"""

from termbase.check.learned.dictionary import not_standing, standing_as_words
from termbase.check.learned.evidence import DraftEvidence
from termbase.check.learned.segments import check_segment_inconsistent
from termbase.check.learned.terms import check_learned_inconsistent

__all__ = ["DraftEvidence", "check_learned_inconsistent", "check_segment_inconsistent",
           "not_standing", "standing_as_words"]
