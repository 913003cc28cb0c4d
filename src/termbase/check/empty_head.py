"""A missing term that heads a longer word whose English is its modifier's alone.

A general noun heads many Chinese words whose English names the thing by the modifier
only: 惩罚措施 "penalties", 干预措施 "interventions", 参考文件 "references" — the head
(措施 "measures", 文件 "document") is empty there, and a mined glossary that holds it
as a term reports it missing. The sign is on the English side: the word rendering the
modifier (by the dictionary's glosses of the word before the term) carries the plural
the head would carry, so it is the English phrase's head itself. Where the term's English
was left out of a phrase that had it ("preventive measures" → "preventive"), the
modifier's rendering stays what it was, a modifier, and says nothing: an adjective, a
noun in the singular, or a plural that complements another noun after "of" (缔约国会议,
"meeting of States parties"). The head must be a noun of the dictionary (a term of
several words, 非法贸易, is no empty head), and none of its glosses in the translation:
where it is rendered ("the trade in weapons" for 武器非法贸易), a word beside it is what
is missing, whatever its modifier's rendering. A noun modifier is not asked (its English
is plural on its own), nor a word in a verb's place (a verb's "-s" is no plural).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from termbase.align.lexicon import stem
from termbase.check.absent import Absent
from termbase.check.context import is_word_character
from termbase.check.glosses import Gloss
from termbase.check.renderings import run_end
from termbase.text.english import singular

_WORD = re.compile(r"(?<![\w-])[A-Za-z]{4,}(?![\w-])")
# A plural after "of" (and up to two words) complements another noun, which may be the
# head's rendering left out: "(meeting) of States parties" for 缔约国会议 says nothing of 会议.
_OF_BEFORE = re.compile(r"\bof\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A plural noun, not a verb's "-s" ("my country complies with …" for 我国遵守秘书长的政策,
# the object left out): it stands after a determiner, a preposition, a conjunction, a
# possessive or a punctuation mark, or opens the line, where no verb stands.
_NOUN_PLACE = re.compile(
    r"(?:^|[^\w\s]|(?<![\w-])(?:the|its|their|his|her|our|my|your|these|those|such|any|"
    r"all|other|further|and|or|to|for|with|on|in|by|from|into|as|than)|[’']s)\s*$",
    re.IGNORECASE)
# The modifier is the dictionary word of two to four ideographs before the term.
_MODIFIER_LENGTHS = (4, 3, 2)


def head_rendered_by_modifier(absent: Absent, known: Mapping[str, Gloss]) -> str:
    """The translation's plural noun that renders the word before the source term, where
    the term, a noun of the dictionary, heads a longer word and the translation holds
    none of its glosses (see the module docstring); empty when there is none.
    ``known`` holds the dictionary's glosses of the line's runs of ideographs."""
    text, hit = absent.src_view.segment.text, absent.hit
    head = known.get(text[hit.start:hit.end])
    # The term heads the longer word: a word character before it, none after it but
    # grammar or a clause (应对全球冲击: 全球 modifies 冲击, and heads nothing).
    if (head is None or not head.tag.startswith(("n", "vn")) or hit.start == 0
            or not is_word_character(text[hit.start - 1]) or run_end(text, hit.end) > hit.end):
        return ""
    modifier = next((text[hit.start - n:hit.start] for n in _MODIFIER_LENGTHS
                     if hit.start >= n and text[hit.start - n:hit.start] in known), "")
    # A noun modifier's English has a number of its own ("weapons" of 武器弹药, "Nations"
    # of 联合国系统), which says nothing of the head after it: the modifier must be a verb
    # or an adjective (惩罚 "punish", 干预 "intervene", 详细 "detailed"), whose rendering
    # as a plural noun takes the head's place, or a word jieba does not tag.
    if not modifier or known[modifier].tag.startswith("n"):
        return ""
    stems = known[modifier].stems
    words = [(view, m) for view in absent.unit.target for m in _WORD.finditer(view.segment.text)]
    if any(_stems(m.group().lower()) & head.stems for _, m in words):
        return ""  # the head is rendered: a word beside it is what is missing
    for view, m in words:
        word = m.group().lower()
        one = singular(word)
        before = view.segment.text[:m.start()]
        if (one != word and stem(one) in stems and _NOUN_PLACE.search(before)
                and not _OF_BEFORE.search(before)
                and not any(h.start < m.end() and m.start() < h.end for h in view.hits)):
            return m.group()
    return ""


def _stems(word: str) -> set[str]:
    return {stem(word), stem(singular(word))}
