"""Evidence from the dictionary that a missing source term belongs to a longer name whose
rest the translation renders.

Two classes of official renderings leave a glossary term out for good reason:

* the term closes the name of another body of its kind (大会 in 可持续发展大会, "United
  Nations Conference on Sustainable Development"; 缔约方大会, "Conference of the
  Parties"): the translation names that body, capitalised, by the rest of the name
  (without capitals, by the rest of the name and a head the glossary's own names give
  that kind of body: "conference on sustainable development");
* the term opens a longer name as its modifier, which English drops (联合国 in
  联合国新闻中心, "an information centre"; 联合国国家工作队, "the country team");
* the term and one ideograph after it, the head, make a name the translation calls by
  that head (外交与国际合作部, "the Ministry").

Where the term closes the name, the word next to it (the last of the rest) is rendered
inside a capitalised English name that has a head of its own ("Conference"); where it
opens the name, the head of the rest and at least half of the rest's words up to it are
rendered close together right after an article or a determiner ("an information
centre") — the run of ideographs after the term may go on past the name (新闻中心举办),
so each stretch of the rest's first words is tried; a verb before the term (尽快增加
联合国警卫队, "the guard unit") opens a clause, and the name starts at the term. A
term replaced by other words, or only deleted from the middle of a name, is not
excused. The dictionary says which
English words render the rest; it is asked only here, for the words of the few
error-level candidates (see :mod:`termbase.check.glosses`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from termbase.align.lexicon import stem
from termbase.check.absent import Absent
from termbase.check.context import SegmentView
from termbase.check.renderings import ENGLISH_NAME, name_bounds, run_end
from termbase.text.english import american_spelling, one_root

if TYPE_CHECKING:
    from termbase.check.glosses import Gloss, Glosses

# Dictionary words are looked up up to this length (CC-CEDICT's long entries are idioms).
LONGEST_WORD = 8
# Numbering and counting characters: an ordinal or a session number is no part of a
# body's name to look for in English (第二十七届缔约方大会).
_NUMBERING = frozenset("第零〇一二两三四五六七八九十百千万亿届次")
_LETTERS = re.compile(r"[A-Za-z]+")
# What may stand right before a name whose modifier English drops ("the guard unit").
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that", "these", "those",
                          "his", "her", "our", "my", "your", "each", "every", "any"})


def rests_rendered(items: Sequence[Absent], case_blind: bool,
                   glosses: Glosses | None = None,
                   heads: Mapping[str, frozenset[str]] | None = None) -> dict[int, str]:
    """For each item (by id()) whose translation renders the rest of the longer name
    its source term opens or closes (see the module notes), that rendering.

    The rest is two ideographs or more on one side of the term, at most one on the
    other (a locative: 在缔约方大会上) unless a verb opens the run (see ``_rest``), and
    no number of the term itself (大会第七十七届会议 is the General Assembly's
    session). Its dictionary words are those of two characters or more, no number, no
    other glossary term; the dictionary is asked once for all items. ``glosses`` is the
    dictionary (the default one if None); ``case_blind``: the translation is written
    without capitals, so nothing but the name's head shows another body's name there:
    a term that closes a name is excused only where ``heads`` (by the source term's
    last ideograph, the English heads of the glossary's names ending in it: 会 →
    "conference", "committee", "assembly") gives the word heading the rest's rendering
    (:func:`_closing_lower`).
    """
    if not any(map(_in_longer_run, items)):
        return {}
    if glosses is None:
        from termbase.check.glosses import dictionary_glosses

        glosses = dictionary_glosses
    known = glosses(rest_words(items))
    rests = {id(item): (item, rest) for item in items
             if (rest := _rest(item, known)) is not None}
    out = {}
    for key, (item, (start, end, closes)) in rests.items():
        found = _rendered(item, _dictionary_words(item, start, end, known), closes,
                          (heads or {}).get(item.hit.term.text[-1:], frozenset())
                          if case_blind else None)
        if found:
            out[key] = found
    if not case_blind:
        out.update((id(item), found) for item in items
                   if id(item) not in out and (found := _head_named(item, known)))
    return out


def _head_named(absent: Absent, known: Mapping[str, Gloss]) -> str:
    """The translation's reference to a name the term makes with one ideograph after
    it, its head (国际合作部, "the Ministry"; no longer dictionary word starts there):
    a capitalised word after "the", no sentence's first, that renders the head by the
    dictionary."""
    text, hit = absent.src_view.segment.text, absent.hit
    before, after = _name_bounds(absent)
    head = known.get(text[hit.end:hit.end + 1]) if after > hit.end else None
    if head is None or hit.start - before > 1 or any(
            text[hit.end:j] in known for j in range(hit.end + 2, after + 1)):
        return ""
    for view in absent.unit.target:
        tokens = Tokens(view)
        for word, s in zip(tokens.words, tokens.stems, strict=True):
            if (word.group()[:1].isupper() and renders(s, head.stems)
                    and not _opens_sentence(tokens.text, word)
                    and tokens.text[:word.start()].rstrip().lower().endswith(" the")):
                return tokens.text[word.start() - 4:word.end()]
    return ""


def rest_words(items: Sequence[Absent]) -> set[str]:
    """The strings to ask the dictionary for the rests of the items' longer names (the
    whole run of ideographs: a verb opening it is no part of the name)."""
    return {text[i:j] for item in items if _in_longer_run(item)
            for start, end in (_name_bounds(item),) for text in (item.src_view.segment.text,)
            for i in range(start, end) for j in range(i + 2, min(end, i + LONGEST_WORD) + 1)
            } | {text[item.hit.end:item.hit.end + 1] for item in items
                 for text in (item.src_view.segment.text,)}


def _in_longer_run(absent: Absent) -> bool:
    """Whether the term's run of ideographs has more after it or two more before it: a
    longer name may hold it."""
    before, after = _name_bounds(absent)
    return absent.hit.start - before >= 2 or after > absent.hit.end


# A year a name holds right after the term (联合国2015年后发展议程, "the Post-2015
# Development Agenda"): the name goes on after it.
_YEAR_IN_NAME = re.compile(r"[12]\d{3}\s*年")


def _name_bounds(absent: Absent) -> tuple[int, int]:
    """The run of ideographs around the term (:func:`name_bounds`), going on past a
    year right after the term when ideographs follow it."""
    before, after = name_bounds(absent)
    text = absent.src_view.segment.text
    year = _YEAR_IN_NAME.match(text, after) if after == absent.hit.end else None
    if year is not None and run_end(text, year.end()) > year.end():
        after = run_end(text, year.end())
    return before, after


def _rest(absent: Absent, known: Mapping[str, Gloss]) -> tuple[int, int, bool] | None:
    """Where the rest of the longer name is in the source segment, and whether the
    term closes the name (else it opens it); None when there is no such rest. A term
    the dictionary (``known``) holds as a noun, in the middle of a run with a verb right
    before it (尽快增加联合国警卫队: "increase" the "guard unit"), opens a name: the
    run is a clause, and the name starts at the term."""
    text, hit = absent.src_view.segment.text, absent.hit
    before, after = _name_bounds(absent)
    left, right = hit.start - before, after - hit.end
    if (min(left, right) > 1 and _nominal_word(hit.term.text, known)
            and _verb_before(text[before:hit.start], known)):
        before, left = hit.start, 0
    if max(left, right) < 2 or min(left, right) > 1:
        return None
    if left >= 2:
        return before, hit.start, True
    return (None if text[hit.end] == "第" else (hit.end, after, False))


def _verb_before(left: str, known: Mapping[str, Gloss]) -> bool:
    """Whether the dictionary's longest word ending ``left`` is a verb by jieba's part
    of speech (增加 "increase"; not a verbal noun, "vn", which may name)."""
    word = next((left[i:] for i in range(max(0, len(left) - LONGEST_WORD), len(left) - 1)
                 if left[i:] in known), "")
    return bool(word) and known[word].tag.startswith("v") and known[word].tag != "vn"


def _nominal_word(term: str, known: Mapping[str, Gloss]) -> bool:
    """Whether the dictionary holds the term as a noun (联合国, 大会): a verb (执行)
    opens a clause, not a name."""
    return term in known and _nominal(known[term].tag)


def _rendered(absent: Absent, words: list[Gloss], closes: bool,
              lower_heads: frozenset[str] | None) -> str:
    """The rendering of the rest; ``lower_heads`` is None in a text with capitals, else
    the stems that may head a lower-cased name the term closes."""
    if not words or (closes and lower_heads == frozenset()):
        return ""
    for view in absent.unit.target:
        tokens = Tokens(view)
        if not closes:
            found = _opening(tokens, words)
        elif lower_heads is None:
            found = _closing(tokens, words[-1].stems)
        else:
            found = _closing_lower(tokens, words[-1].stems, lower_heads)
        if found:
            return found
    return ""


def _dictionary_words(absent: Absent, start: int, end: int, known: Mapping[str, Gloss]
                      ) -> list[Gloss]:
    """The glosses of the dictionary words of the rest, in order, by forward maximum
    matching, the words of other glossary terms and numbers left out."""
    text = absent.src_view.segment.text
    others = [(h.start, h.end) for h in absent.src_view.hits if h is not absent.hit]
    words = []
    i = start
    while i < end:
        j = next((j for j in range(min(end, i + LONGEST_WORD), i + 1, -1)
                  if text[i:j] in known), i + 1)
        if j > i + 1 and not set(text[i:j]) <= _NUMBERING and not any(
                s < j and i < e for s, e in others):
            words.append(known[text[i:j]])
        i = j
    return words


class Tokens:
    """The English words of a translation segment outside the glossary terms found in
    it (those render their own terms, not the name), with their dictionary stems."""

    def __init__(self, view: SegmentView) -> None:
        self.text = view.segment.text
        taken = [(h.start, h.end) for h in view.hits]
        self.words = [m for m in _LETTERS.finditer(self.text)
                      if not any(s <= m.start() < e for s, e in taken)]
        self.stems = [stem(american_spelling(m.group().lower())) for m in self.words]

    @staticmethod
    def stems_of(text: str) -> list[str]:
        """The stems of the English words of ``text``, as the tokens have them."""
        return [stem(american_spelling(m.group().lower())) for m in _LETTERS.finditer(text)]

    def nearest(self, word: frozenset[str], p: int, reach: int) -> int | None:
        """The position nearest ``p``, within ``reach`` words, of a word rendering
        ``word``."""
        near = range(max(0, p - reach), min(len(self.stems), p + reach + 1))
        return min((q for q in near if self.stems[q] in word), key=lambda q: abs(q - p),
                   default=None)


def _closing(tokens: Tokens, beside: frozenset[str]) -> str:
    """The capitalised name holding a rendering of ``beside`` if it has a capitalised
    word of its own rendering something else — the head of another body's name
    ("Conference of the Parties")."""
    for p, s in enumerate(tokens.stems):
        if not renders(s, beside):
            continue
        word = tokens.words[p]
        for m in ENGLISH_NAME.finditer(tokens.text):
            # A sentence's first word is capitalised whatever it is ("At the …").
            inside = [i for i, t in enumerate(tokens.words) if m.start() <= t.start() < m.end()
                      and t.group()[:1].isupper() and not _opens_sentence(tokens.text, t)]
            if (m.start() <= word.start() < m.end() and inside
                    and any(not renders(tokens.stems[i], beside) for i in inside)):
                return tokens.text[tokens.words[inside[0]].start():m.end()]
    return ""


# How far before the rest's rendering a lower-cased head may stand, joined to it by a
# preposition ("conference on the elimination of child labour").
_HEAD_REACH = 6
_HEAD_JOINS = frozenset({"of", "on", "for", "to"})


def _closing_lower(tokens: Tokens, beside: frozenset[str], heads: frozenset[str]) -> str:
    """In a text without capitals, the name a rendering of ``beside`` makes with a head
    of ``heads``: the head right after it ("climate change conference"), or before it,
    joined by a preposition, within _HEAD_REACH words and no punctuation ("conference
    of the parties"). Capitals cannot show the name, so the head must be one the
    glossary's names give that kind of body."""
    stems, words, text = tokens.stems, tokens.words, tokens.text
    for p, s in enumerate(stems):
        if not renders(s, beside):
            continue
        after = p + 1
        if (after < len(stems) and stems[after] in heads
                and not text[words[p].end():words[after].start()].strip()):
            return text[words[p].start():words[after].end()]
        for q in range(p - 2, max(-1, p - _HEAD_REACH - 1), -1):
            if (stems[q] in heads and words[q + 1].group().lower() in _HEAD_JOINS
                    and not _PUNCTUATION.search(text, words[q].end(), words[p].start())):
                return text[words[q].start():words[p].end()]
    return ""


_PUNCTUATION = re.compile(r"[.,;:()\[\]“”\"]")


def renders(stem: str, gloss: frozenset[str]) -> bool:
    """Whether an English stem renders a dictionary word with ``gloss``: one of its
    stems, or a word of the same root — the dictionary glosses a verb, English names
    by the noun ("延期" "extend", "Review and Extension Conference")."""
    return stem in gloss or any(one_root(stem, g) for g in gloss)


def _opens_sentence(text: str, word: re.Match[str]) -> bool:
    return not text[:word.start()].strip() or text[:word.start()].rstrip()[-1] in ".:;!?"


def _opening(tokens: Tokens, words: list[Gloss]) -> str:
    """The translation's rendering of the name the rest's first k words make (k ≥ 2
    when the rest has two words), longest first: its head (word k, a noun: 会员国履行
    "Member States fulfil" is a clause) and at least half of the k within 2k + 3 words,
    right after an article or a determiner (within k words before, no punctuation)."""
    for k in range(len(words), min(2, len(words)) - 1, -1):
        name, reach = words[:k], 2 * k + 3
        if not _nominal(name[-1].tag):
            continue
        for p, s in enumerate(tokens.stems):
            if s not in name[-1].stems:
                continue
            found = sorted({q for word in name
                            if (q := tokens.nearest(word.stems, p, reach)) is not None})
            if 2 * len(found) < k:
                named = _named_before(tokens, p)
                if named:
                    return named
                continue
            start = tokens.words[found[0]].start()
            if _after_determiner(tokens.text[:start], k):
                return tokens.text[start:tokens.words[found[-1]].end()]
    return ""


# A proper name before a common noun, after a determiner: "the Delivering as One
# initiative" (联合国一体行动倡议), whose name keeps no word of the Chinese.
_NAME_BEFORE_NOUN = re.compile(
    r"\b(?:the|a|an|its|their|this|that)\s+((?:[A-Z][\w’'-]*\s+(?:(?:as|of|for|and|in|on|to)"
    r"\s+)*)+)$")


def _named_before(tokens: Tokens, p: int) -> str:
    """The name and head noun when the head of the rest (word ``p``, in lower case) is
    rendered after a capitalised name and a determiner: a name English gives in words of
    its own, and the term's part of it with them."""
    head = tokens.words[p]
    if not head.group()[:1].islower():
        return ""
    m = _NAME_BEFORE_NOUN.search(tokens.text, 0, head.start())
    return tokens.text[m.start(1):head.end()] if m else ""


def _nominal(tag: str) -> bool:
    """Whether jieba's part of speech may head a name: a noun of any kind, a verbal noun
    (劳动), an abbreviation; a word jieba lacks (a dictionary compound) too."""
    return not tag or tag[0] == "n" or tag in ("vn", "j")


def _after_determiner(before: str, k: int) -> bool:
    """Whether ``before`` opens the text or ends in an article or a determiner followed
    by at most k - 1 words (the rest's words the dictionary did not find), no punctuation;
    a year or number between is the name's own ("the 2030 Agenda")."""
    if not before.strip():
        return True
    tail = [w for w in re.split(r"[.,;:()\[\]“”\"]", before)[-1].split()
            if not w[:1].isdigit()]
    return any(w.lower() in _DETERMINERS for w in tail[-k:])
