"""Inconsistencies learned from the draft itself, beyond the glossary.

Two checks, both warnings, both taking the draft's own majority as the norm:

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
  rendering would (:func:`_slip`): a paraphrase or an omission is not a second
  rendering, and official translations paraphrase freely.
* ``segment_inconsistent``: the same source segment translated differently, or the same
  translation given to source segments that state different numbers (what Xbench calls
  inconsistency in target and in source; sources that differ otherwise are paraphrases
  one translation rightly serves). Segments are compared without labels, case, spacing
  and punctuation; short segments (headings, labels) are left out, their translation
  depends on where they stand.

A rendering that is a deprecated glossary term is never taken as the norm.
"""

from __future__ import annotations

import contextlib
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.numbers import without_numbering
from termbase.text.english import singular, verb_stem

K = TypeVar("K")

if TYPE_CHECKING:
    from termbase.check.rules import CheckContext, SegmentView, UnitView

# A term must recur in this many units before its rendering can be learned, and its
# rendering be in this many of them, and in this share at least.
MIN_UNITS = 4
MIN_RENDERED = 3
MIN_RENDERED_SHARE = 0.6
# Renderings this close to the best association are candidates; the longest is taken.
NEAR_BEST = 0.8
MIN_ZH_CHARS, MAX_ZH_CHARS = 3, 8
MAX_EN_WORDS = 4
# A variant whose changed word the draft cannot explain is reported only against a
# rendering established in this many units.
MIN_SLIP_RENDERED = 3
# An English word renders a source word when they share this many units at least, with
# this Dice coefficient at least; weaker evidence says nothing.
MIN_WORD_EVIDENCE = 3
MIN_WORD_DICE = 0.2
# Segments shorter than this (ideographs, or letters and digits in a text without
# them) are not compared as segments.
MIN_SEGMENT_IDEOGRAPHS = 10
MIN_SEGMENT_LETTERS = 40

# Characters that never open a term (及其附件 is "and its annex"; 向会员国 "to Member
# States"), and particles that never close one (审议了, 所作的).
_ZH_GLUE = frozenset("的了和与及或并而在之其于被把着也都向从为给")
_ZH_CLOSING_PARTICLES = frozenset("的了着是在对")
_IDEOGRAPHS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# --- learned term renderings -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Unit:
    index: int
    view: UnitView
    runs: tuple[str, ...]
    """The source's runs of ideographs, the glossary's terms blanked out."""
    pieces: frozenset[str]
    """The source's character bigrams, the glossary's terms blanked out: the pieces
    that the draft's English words are weighed against."""


def _masked(view: SegmentView) -> str:
    """A source segment with the glossary's terms blanked out: they are the glossary
    checks' business, and no candidate may contain or cut one."""
    text = view.segment.text
    for hit in view.hits:
        text = text[:hit.start] + "|" * (hit.end - hit.start) + text[hit.end:]
    return text


def _bilingual(ctx: CheckContext) -> list[tuple[int, UnitView]]:
    """The draft's units with both sides, with their index in the draft."""
    return [(i, u) for i, u in enumerate(ctx.units) if u.source and u.target]


def _source_runs(bilingual: Sequence[tuple[int, UnitView]]) -> list[list[str]]:
    """Each unit's runs of ideographs, the glossary's terms blanked out."""
    return [[run for view in unit.source for run in _IDEOGRAPHS.findall(_masked(view))]
            for _, unit in bilingual]


def _bilingual_units(bilingual: Sequence[tuple[int, UnitView]],
                     runs: Sequence[Sequence[str]]) -> list[_Unit]:
    return [_Unit(i, unit, tuple(runs[pos]), frozenset(run[k:k + 2] for run in runs[pos]
                                     for k in range(len(run) - 1)))
            for pos, (i, unit) in enumerate(bilingual)]


_LETTERS = re.compile(r"[^\W\d_]+")


class _English:
    """The translations' English n-grams (keys lower case and singular), read unit by
    unit as the learning asks for them: most units of a draft hold no candidate and no
    word it asks about, and reading every translation's n-grams cost more than all
    the rest of the check. Answers are those of reading everything: a unit is skipped
    only when it lacks a word that every unit holding the key must have."""

    def __init__(self, bilingual: Sequence[tuple[int, UnitView]]) -> None:
        from termbase.pair.ngrams import EnglishNgrams

        self._ngrams = EnglishNgrams(max_words=MAX_EN_WORDS)
        self._texts = [[v.segment.text for v in unit.target] for _, unit in bilingual]
        # Which units hold a letter run, by its first letter's position in a sorted
        # vocabulary: a word's units are those of the runs it can begin.
        units_of: dict[str, set[int]] = defaultdict(set)
        for i, texts in enumerate(self._texts):
            for text in texts:
                for run in _LETTERS.findall(text.lower()):
                    units_of[run].add(i)
        self._vocabulary = sorted(units_of)
        self._units_of = units_of
        self._surfaces: dict[int, dict[str, str]] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._folded: dict[str, str] = {}
        self._holding: dict[str, list[int]] = {}
        self._candidates: dict[str, Sequence[int]] = {}

    def surfaces(self, unit: int) -> dict[str, str]:
        """The unit's n-gram keys, each with its first surface form."""
        found = self._surfaces.get(unit)
        if found is None:
            found = {}
            for text in self._texts[unit]:
                for span in self._ngrams.spans(text):
                    found.setdefault(span.key, span.surface)
            self._surfaces[unit] = found
        return found

    def keys(self, unit: int) -> Iterable[str]:
        return self.surfaces(unit).keys()

    def has(self, unit: int, key: str) -> bool:
        if " " not in key and unit not in self._surfaces:
            return key in self._words_of(unit)
        return key in self.surfaces(unit)

    def _words_of(self, unit: int) -> frozenset[str]:
        """The unit's one-word keys, without building its n-grams: the words that are
        neither function words nor numbers, folded as the n-gram keys fold them."""
        found = self._words.get(unit)
        if found is None:
            from termbase.pair.ngrams import english_runs, word_key

            fold = self._folded
            keys = set()
            for text in self._texts[unit]:
                # The n-grams' own word reading (footnote markers glued to a word
                # dropped, case kept until then), not a copy of it.
                for run in english_runs(text):
                    for word in run:
                        lower = word.text.lower()
                        key = fold.get(lower)
                        if key is None:
                            key = fold[lower] = word_key(lower) or ""
                        keys.add(key)
            keys.discard("")
            found = self._words[unit] = frozenset(keys)
        return found

    def may_hold(self, key: str) -> int:
        """An upper bound of :meth:`df`, from the letter runs alone."""
        return len(self._may_hold(key))

    def _may_hold(self, key: str) -> Sequence[int]:
        """Units that may hold ``key``: each of its words begins with letters that
        folding leaves alone (singular() changes at most a word's last letter of
        those it keeps), so a unit without a letter run starting so cannot hold it."""
        found = self._candidates.get(key)
        if found is None:
            found = self._candidates[key] = self._stems_held(key)
        return found

    def _stems_held(self, key: str) -> Sequence[int]:
        out: set[int] | None = None
        for word in key.split():
            lead = _LETTERS.match(word)
            if lead is None:
                continue
            stem = lead.group()[:-1] if lead.end() == len(word) else lead.group()
            if not stem:
                continue
            start = bisect_left(self._vocabulary, stem)
            these: set[int] = set()
            for run in self._vocabulary[start:]:
                if not run.startswith(stem):
                    break
                these |= self._units_of[run]
            out = these if out is None else out & these
        return range(len(self._texts)) if out is None else sorted(out)

    def holding(self, key: str) -> list[int]:
        """The units holding ``key``, in order."""
        found = self._holding.get(key)
        if found is None:
            found = [i for i in self._may_hold(key) if self.has(i, key)]
            self._holding[key] = found
        return found

    def df(self, key: str) -> int:
        """How many units hold ``key``."""
        return len(self.holding(key))


def _recurring_stretches(runs: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each unit's stretches of ideographs in which every MIN_ZH_CHARS-gram is held by
    MIN_UNITS units: a recurring n-gram lies wholly inside one, so only these are
    enumerated — and a draft with none has nothing to learn."""
    grams = [{run[k:k + MIN_ZH_CHARS] for run in unit
              for k in range(len(run) - MIN_ZH_CHARS + 1)} for unit in runs]
    seen: Counter[str] = Counter()
    for held in grams:
        seen.update(held)
    out = []
    for unit in runs:
        stretches = []
        for run in unit:
            start = None
            for k in range(len(run) - MIN_ZH_CHARS + 2):
                recurs = (k <= len(run) - MIN_ZH_CHARS
                          and seen[run[k:k + MIN_ZH_CHARS]] >= MIN_UNITS)
                if recurs and start is None:
                    start = k
                elif not recurs and start is not None:
                    stretches.append(run[start:k + MIN_ZH_CHARS - 1])
                    start = None
        out.append(stretches)
    return out


def _refused(term: str) -> bool:
    """Whether a character n-gram cannot be a term: a glue character or a function
    word, clause opener or verb at its edge, as the extractor refuses them. Without a
    segmenter the edges are read as two-character words, and the extractor's affix
    tests look at the text itself."""
    from termbase.extract.filters import refuse_words

    if term[0] in _ZH_GLUE or term[-1] in _ZH_CLOSING_PARTICLES or "的" in term[1:-1]:
        return True
    edges = (term[:2], term[2:]) if len(term) <= 4 else (term[:2], term[2:-2], term[-2:])
    why = refuse_words(edges)
    if why == "stop-end" and len(term) == 4:
        # A four-character set phrase (全力支持, 大力加强) is rendered by convention ("full
        # support"), so a reviser keeps it consistent though a verb closes it; in a
        # longer n-gram the verb is a clause's predicate (武器禁运执行). Its first word
        # is asked instead.
        return refuse_words(edges[:1]) is not None
    return why is not None


def _candidates(runs: Sequence[Sequence[str]]) -> dict[str, set[int]]:
    """Recurring character n-grams that may be terms the glossary lacks, each closed
    (no n-gram one character longer is in as many units), with the units (positions
    in ``runs``) holding them. Closure puts the boundaries where the draft's own
    recurrence does: 际法院 always extends to 国际法院."""
    where: dict[str, set[int]] = defaultdict(set)
    for pos, stretches in enumerate(_recurring_stretches(runs)):
        for stretch in stretches:
            for a in range(len(stretch) - MIN_ZH_CHARS + 1):
                for b in range(a + MIN_ZH_CHARS, min(a + MAX_ZH_CHARS, len(stretch)) + 1):
                    where[stretch[a:b]].add(pos)
    recurring = {g: u for g, u in where.items() if len(u) >= MIN_UNITS}
    longer: dict[str, list[str]] = defaultdict(list)
    for gram in recurring:
        if len(gram) > MIN_ZH_CHARS:
            longer[gram[:-1]].append(gram)
            longer[gram[1:]].append(gram)
    return {gram: units_with for gram, units_with in recurring.items()
            if not any(len(recurring[o]) == len(units_with) for o in longer.get(gram, ()))
            and not _refused(gram)}


class _WordEvidence:
    """Which source piece of a unit an English word translates, judged over the draft:
    the unit's character bigram most associated with it (Dice over units)."""

    def __init__(self, units: Sequence[_Unit], english: _English) -> None:
        self.units = units
        self.english = english
        self.zh_df: Counter[str] = Counter()
        for unit in units:
            self.zh_df.update(unit.pieces)
        self._with: dict[str, Counter[str]] = {}

    def pieces_with(self, word: str, holding: Sequence[int]) -> Counter[str]:
        """How many of the units holding ``word`` hold each piece (asked for many units)."""
        counts = self._with.get(word)
        if counts is None:
            counts = self._with[word] = Counter()
            for i in holding:
                counts.update(self.units[i].pieces)
        return counts

    def source_of(self, word: str, unit: int) -> tuple[str, ...]:
        """The source pieces of ``unit`` that ``word`` renders, if the draft shows any:
        the most associated one and those nearly as associated. Pieces of one longer
        word (国际法院) go together, so a word rendering the longer one (Justice) names
        a piece outside a shorter term (国际法) too."""
        holding = self.english.holding(word)
        if len(holding) < 2:
            return ()
        counts = self.pieces_with(word, holding)
        joint = {p: counts[p] for p in self.units[unit].pieces if counts[p]}

        def dice(w: str) -> float:
            return 2 * joint[w] / (len(holding) + self.zh_df[w])

        best = max(joint, key=lambda w: (dice(w), w), default=None)
        if best is None or joint[best] < MIN_WORD_EVIDENCE or dice(best) < MIN_WORD_DICE:
            return ()
        return tuple(sorted(w for w in joint if dice(w) >= NEAR_BEST * dice(best)))


class DraftEvidence:
    """What the draft itself shows an English word of a unit to render: the source
    pieces (character bigrams, glossary terms blanked) most associated with it over the
    draft's units. Built once per check run, on first use, for every check that weighs
    such evidence; the translations' n-grams are read lazily."""

    def __init__(self, ctx: CheckContext) -> None:
        self.bilingual = _bilingual(ctx)
        self.runs = _source_runs(self.bilingual)
        self._position = {id(unit): pos for pos, (_, unit) in enumerate(self.bilingual)}

    @cached_property
    def units(self) -> list[_Unit]:
        return _bilingual_units(self.bilingual, self.runs)

    @cached_property
    def english(self) -> _English:
        return _English(self.bilingual)

    @cached_property
    def words(self) -> _WordEvidence:
        return _WordEvidence(self.units, self.english)

    def sources(self, word: str, unit: UnitView) -> tuple[str, ...]:
        """The pieces of ``unit``'s source that ``word`` (any case and number)
        renders, as far as the draft shows; none when it shows nothing."""
        pos = self._position.get(id(unit))
        if pos is None:
            return ()
        return self.words.source_of(singular(word.lower()), pos)


@dataclass(frozen=True, slots=True)
class _Rendering:
    term: str
    key: str
    """The usual rendering's n-gram key (lower case, singular)."""
    surface: str
    units: frozenset[int]
    """The units holding the term."""
    rendered: int


def _stop_words() -> frozenset[str]:
    from termbase.pair.ngrams import STOP_WORDS

    return STOP_WORDS


def _learn(term: str, where: set[int], english: _English, stop: frozenset[str]
           ) -> _Rendering | None:
    """The term's usual rendering: among the English n-grams present in most of the
    units holding it and nearly as associated with it (Dice) as the best one, the
    longest — the best alone is often one shared word ("embargo" in both "arms embargo"
    and "weapons embargo"). It must have two content words or more: a rendering of one
    word gives no variant to compare."""
    joint: Counter[str] = Counter()
    for i in where:
        joint.update(english.keys(i))
    need = max(MIN_RENDERED, MIN_RENDERED_SHARE * len(where))
    keys = [k for k, n in joint.items() if n >= need]
    if not keys:
        return None
    key = _most_associated(keys, joint, len(where), english)
    if sum(1 for w in key.split() if w not in stop) < 2 or _coordination(term, key):
        return None
    surface = next(english.surfaces(i)[key] for i in sorted(where) if english.has(i, key))
    return _Rendering(term, key, surface, frozenset(where), joint[key])


_ZH_CONJUNCTIONS = frozenset("和与及或")
_EN_CONJUNCTIONS = frozenset({"and", "or"})


def _coordination(term: str, key: str) -> bool:
    """Whether the term joins two terms (国家和区域, "national and regional"): its parts
    are what a translation renders one way or another, and each is learned on its own."""
    return (not _ZH_CONJUNCTIONS.isdisjoint(term[1:-1])
            and not _EN_CONJUNCTIONS.isdisjoint(key.split()))


def _most_associated(keys: Sequence[str], joint: Counter[str], total: int,
                     english: _English) -> str:
    """Of the keys nearly as associated with the term as the best one (Dice, over the
    ``total`` units holding it), the longest, then the most associated. A key's Dice
    needs the units of the whole draft holding it; it lies between what the units that
    may hold it and those holding the term allow, so it is counted only for keys whose
    bounds leave the answer open."""
    exact: dict[str, float] = {}

    def dice(k: str) -> float:
        if k not in exact:
            exact[k] = 2 * joint[k] / (total + english.df(k))
        return exact[k]

    def upper(k: str) -> float:
        return 2 * joint[k] / (total + joint[k])

    def lower(k: str) -> float:
        return 2 * joint[k] / (total + english.may_hold(k))

    by_upper = sorted(keys, key=lambda k: (-upper(k), k))
    best = dice(max(keys, key=lambda k: (lower(k), k)))
    for k in by_upper:
        if upper(k) <= best:
            break
        best = max(best, dice(k))
    floor = NEAR_BEST * best
    for size in sorted({len(k.split()) for k in keys}, reverse=True):
        chosen: tuple[float, str] | None = None
        for k in (k for k in by_upper if len(k.split()) == size):
            if upper(k) < floor or (chosen is not None and upper(k) < chosen[0]):
                break
            if dice(k) >= floor and (chosen is None or (dice(k), k) > chosen):
                chosen = (dice(k), k)
        if chosen is not None:
            return chosen[1]
    return max(exact, key=lambda k: (exact[k], k))  # not reached: the best is near the best


def _same_word(a: str, b: str) -> bool:
    """Inflections and compounds of one word ("draw"/"drawing", "improvised"/
    "counter-improvised") are not another rendering."""
    if a in b or b in a or verb_stem(a) == verb_stem(b) or _plural_in_is(a, b):
        return True
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    return shared >= 5 and shared >= 0.7 * min(len(a), len(b))  # explosion/explosive


def _plural_in_is(a: str, b: str) -> bool:
    """"crisis" and "crises" as the n-gram keys fold them ("crise"): one word."""
    return any(x.endswith("is") and y in (x[:-2] + "es", x[:-2] + "e")
               for x, y in ((a, b), (b, a)))


def _variant(rendering: _Rendering, unit: int, evidence: _WordEvidence,
             stop: frozenset[str]) -> str | None:
    """The n-gram of ``unit`` that is the rendering with one content word changed, that
    the draft uses nowhere else, and whose changed word the draft shows to render a word
    of the term."""
    words = rendering.key.split()
    english = evidence.english
    for key in sorted(english.keys(unit)):
        other = key.split()
        if len(other) != len(words):
            continue
        changed = [i for i, (a, b) in enumerate(zip(words, other, strict=True)) if a != b]
        if len(changed) != 1:
            continue
        old, new = words[changed[0]], other[changed[0]]
        if old in stop or new in stop or _same_word(old, new) or _has_digit(new):
            continue
        # The new word must be shown, by the rest of the draft, to render a word of
        # this very term ("weapons" for 武器 in 武器禁运), in a phrase the draft uses
        # nowhere else; a word rendering another source word ("threat" of 威胁 beside
        # 核武器) may be a paraphrase, and official translations paraphrase freely.
        # A word nothing in the segment's source explains is a slip when the variant
        # stands where the term's rendering would (:func:`_slip`). Either way a
        # phrase inside a glossary term ("Security" of "Security Council") is the
        # glossary's business.
        sources = evidence.source_of(new, unit)
        if _renders_neighbour(new, unit, rendering.term, evidence):
            found = False
        elif sources:
            found = english.df(key) <= 1 and all(s in rendering.term for s in sources)
        else:
            found = _slip(rendering, unit, key, evidence, stop)
        if found and not _in_glossary_term(evidence.units[unit].view,
                                           english.surfaces(unit)[key]):
            return key
    return None


# A word renders a source piece when most units holding the piece hold the word.
NEIGHBOUR_SHARE = 0.5


def _renders_neighbour(word: str, unit: int, term: str, evidence: _WordEvidence) -> bool:
    """Whether ``word`` is what the draft usually writes for the two characters just
    before or after the term in this unit: then the variant is the term's rendering
    run into its neighbour's ("Arab national human rights commissions" for
    阿拉伯国家全国人权委员会, "national" being 全国's), not another rendering of it."""
    holding = evidence.english.holding(word)
    if len(holding) < MIN_WORD_EVIDENCE:
        return False
    neighbours: set[str] = set()
    for run in evidence.units[unit].runs:
        at = run.find(term)
        while at >= 0:
            neighbours.update(p for p in (run[max(0, at - 2):at], run[at + len(term):
                                                                    at + len(term) + 2])
                              if len(p) == 2)
            at = run.find(term, at + 1)
    if not neighbours:
        return False
    counts = evidence.pieces_with(word, holding)
    return any(counts[p] >= MIN_WORD_EVIDENCE
               and counts[p] >= NEIGHBOUR_SHARE * evidence.zh_df[p] for p in neighbours)


def _slip(rendering: _Rendering, unit: int, key: str, evidence: _WordEvidence,
          stop: frozenset[str]) -> bool:
    """Whether a variant whose changed word nothing in the segment's source explains
    is a slip for the usual rendering, as a reviser reads "sexual abuse" where "sexual
    violence" renders 性暴力 in the rest of the draft. The changed word must be common
    enough in the draft for its silence to say something (a rare word is shown to
    render nothing anywhere), the usual rendering well established, the words kept
    from it must render this term and nothing else in the segment (so the variant
    stands where the term does: "international engagement" is 国际参与's beside
    国际法), and no glossary term of the translation may hold the variant ("Security"
    in "Security Council")."""
    if rendering.rendered < MIN_SLIP_RENDERED:
        return False
    english = evidence.english
    words = rendering.key.split()
    new = next(b for a, b in zip(words, key.split(), strict=True) if a != b)
    if english.df(new) < MIN_WORD_EVIDENCE:
        return False
    view = evidence.units[unit].view
    target, surface = _side(view.target), english.surfaces(unit)[key]
    at = _locate_in(target, surface)
    old = next(a for a, b in zip(words, key.split(), strict=True) if a != b)
    return (all(_sits_in_term(rendering.term, word, unit, evidence)
                for word in words if word not in stop and word in key.split())
            and _near(_side(view.source).find(rendering.term), _side(view.source),
                      at, target)
            and old not in _around(target, at, at + len(surface)))


# Words this close to a variant may be the usual rendering's, reordered.
SLIP_WINDOW = 3


def _around(text: str, start: int, end: int) -> set[str]:
    """The words (lower case, singular) within SLIP_WINDOW words of ``text[start:end]``:
    a variant beside the word it lacks is the rendering reordered ("plan of action
    proposed" holds "action proposed"; "sustainable financing for development"), not
    a second rendering."""
    from termbase.pair.ngrams import ENGLISH_WORD

    before = ENGLISH_WORD.findall(text[:start].lower())[-SLIP_WINDOW:]
    after = ENGLISH_WORD.findall(text[end:].lower())[:SLIP_WINDOW]
    return {singular(w) for w in before + after}


# How far apart (as a share of each side's length) a term and its rendering may start.
MAX_SLIP_SHIFT = 0.35


def _near(source_at: int, source: str, target_at: int, target: str) -> bool:
    """Whether a term and a phrase start at about the same place of their sides: a
    rough alignment, enough to tell the term's rendering from a phrase elsewhere
    ("head offices" for 总部机构 at the start, the term 区域办事处 at the end)."""
    if source_at < 0 or target_at < 0:
        return False
    return abs(source_at / len(source) - target_at / len(target)) <= MAX_SLIP_SHIFT


def _locate_in(text: str, phrase: str) -> int:
    """Where ``phrase`` starts in ``text`` (case aside, spacing as one blank), or -1."""
    m = re.search(r"\s+".join(re.escape(w) for w in phrase.split()), text, re.IGNORECASE)
    return m.start() if m else -1


def _sits_in_term(term: str, word: str, unit: int, evidence: _WordEvidence) -> bool:
    """Whether the draft shows ``word`` to render a piece of the unit's source that
    lies in the term and nowhere else in the source ("law" for 际法 of 国际法 beside
    法律 counts; "international" for 国际 in 国际法 and 国际参与 does not)."""
    runs = evidence.units[unit].runs
    occurrences = sum(run.count(term) for run in runs)
    return any(source in term and sum(run.count(source) for run in runs) <= occurrences
               for source in evidence.source_of(word, unit))


def _in_glossary_term(view: UnitView, surface: str) -> bool:
    """Whether the phrase overlaps a glossary term found in the translation."""
    target, span = _locate(view.target, surface)
    return span is not None and any(h.start < span[1] and span[0] < h.end
                                    for h in target.hits)


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _renders_term(rendering: _Rendering, evidence: _WordEvidence, stop: frozenset[str]
                  ) -> bool:
    """Whether no content word of the rendering renders another source word ("honour"
    of 谨 beside the term, "Security" of 安全 beside 理事会主席): then the n-gram is
    the term's rendering and not a phrase around it."""
    unit = next(i for i in sorted(rendering.units) if evidence.english.has(i, rendering.key))
    return all(source in rendering.term
               for w in rendering.key.split() if w not in stop
               for source in evidence.source_of(w, unit))


def _trimmed(rendering: _Rendering, evidence: _WordEvidence, stop: frozenset[str]
             ) -> _Rendering | None:
    """The longest part of a rendering that renders the term alone, when a word of the
    whole renders a source word beside it ("security sector" of 安全部门, learned as
    "security sector reform" where 安全部门改革 is most of its units): still in most of
    the term's units, two content words or more."""
    english, words = evidence.english, rendering.key.split()
    need = max(MIN_RENDERED, MIN_RENDERED_SHARE * len(rendering.units))
    for size in range(len(words) - 1, 1, -1):
        for a in range(len(words) - size + 1):
            part = words[a:a + size]
            if part[0] in stop or part[-1] in stop:
                continue
            key = " ".join(part)
            held = [i for i in sorted(rendering.units) if english.has(i, key)]
            if len(held) < need:
                continue
            shorter = _Rendering(rendering.term, key, english.surfaces(held[0])[key],
                                 rendering.units, len(held))
            if _renders_term(shorter, evidence, stop):
                return shorter
    return None


def _is_deprecated(ctx: CheckContext, text: str) -> bool:
    matcher = ctx.target
    if matcher is None:
        return False
    return any(not h.term.status.approved for h in matcher.find(matcher.prepare(text)))


def check_learned_inconsistent(ctx: CheckContext) -> list[Finding]:
    """A recurring term the glossary lacks, rendered two ways (see the module notes)."""
    if ctx.target is None:
        return []
    draft = ctx.evidence
    if len(draft.bilingual) < MIN_UNITS:
        return []
    candidates = _candidates(draft.runs)
    if not candidates:
        return []
    units, english, evidence, runs = draft.units, draft.english, draft.words, draft.runs
    stop = _stop_words()
    pending: list[tuple[int, _Rendering, str]] = []
    # Longer terms first: where 武器禁运 and 武器禁运监测 both recur, one finding.
    for term in sorted(candidates, key=lambda t: (-len(t), t)):
        rendering = _learn(term, candidates[term], english, stop)
        if rendering is not None and not _renders_term(rendering, evidence, stop):
            rendering = _trimmed(rendering, evidence, stop)
        if rendering is None or _is_deprecated(ctx, rendering.surface):
            continue
        for i in sorted(rendering.units):
            if english.has(i, rendering.key):
                continue
            variant = _variant(rendering, i, evidence, stop)
            if variant is not None:
                pending.append((i, rendering, variant))
    whole = _whole_words(pending, runs)
    findings: list[Finding] = []
    reported: set[int] = set()
    for i, rendering, variant in pending:
        if i not in reported and (i, rendering.term) in whole:
            reported.add(i)
            findings.append(_learned_finding(ctx, units[i], rendering,
                                             english.surfaces(i)[variant]))
    return findings


def _whole_words(pending: Sequence[tuple[int, _Rendering, str]],
                 runs: Sequence[Sequence[str]]) -> set[tuple[int, str]]:
    """The (unit, term) pairs of ``pending`` where the term stands as whole words at
    least once (:func:`standing_as_words`). Candidates come from the draft's recurring
    characters, which do not know where a word ends; a finding must rest on the term
    being there."""
    asked = {(i, r.term): (r.term, [run for run in runs[i] if r.term in run])
             for i, r, _ in pending}
    return standing_as_words(asked)


def standing_as_words(asked: Mapping[K, tuple[str, Sequence[str]]]) -> set[K]:
    """The keys of ``asked`` — each a term and the runs of ideographs it occurs in —
    whose term stands as whole words in at least one of its runs (see
    :func:`not_standing`)."""
    missing = not_standing(asked)
    return {key for key in asked if key not in missing}


def not_standing(asked: Mapping[K, tuple[str, Sequence[str]]]) -> dict[K, str]:
    """The keys of ``asked`` — each a term and the runs of ideographs it occurs in —
    whose term stands as whole words in none of its runs, with the dictionary words
    that cover its first occurrence instead ("联合 国家" for 联合国 in 联合国家方案).

    A term stands as whole words where jieba's dictionary would cut the run at both its
    edges (萨尔瓦多 is not itself in 圣萨尔瓦多, nor 国际法 in 国际法院; 国际会议 is in
    其他国际会议). The dictionary is read once, for the strings of the runs asked
    about, and only when something is asked — never loaded whole."""
    if not asked:
        return {}
    strings = {run[a:b] for _, held in asked.values() for run in held
               for a in range(len(run))
               for b in range(a + 1, min(len(run), a + _MAX_WORD_CHARS) + 1)}
    counts, total = _dictionary_counts(strings)
    out = {}
    for key, (term, held) in asked.items():
        covering = ""
        for run in held:
            cuts = _cut_points(run, counts, total)
            start = run.find(term)
            if start >= 0 and not covering:
                left = max(c for c in cuts if c <= start)
                right = min(c for c in cuts if c >= start + len(term))
                covering = " ".join(run[a:b] for a, b in pairwise(sorted(
                    c for c in cuts if left <= c <= right)))
            while start >= 0 and (start not in cuts or start + len(term) not in cuts):
                start = run.find(term, start + 1)
            if start >= 0:
                break
        else:
            out[key] = covering
    return out


# Dictionary words longer than this are not looked up (jieba's are rarely longer).
_MAX_WORD_CHARS = 12


def _dictionary_counts(strings: set[str]) -> tuple[dict[str, int], int]:
    """jieba's dictionary counts of those ``strings`` it lists, and its total count.
    Lines are looked at only when they start with a first character of a string asked
    about; the total is summed from the counts column."""
    import jieba

    if not strings:
        return {}, 1
    path = Path(jieba.__file__).with_name("dict.txt")
    text = path.read_text(encoding="utf-8")
    firsts = re.escape("".join(sorted({s[0] for s in strings})))
    entry = re.compile(f"^([{firsts}][^ \n]*) (\\d+)", re.MULTILINE)
    counts = {m.group(1): int(m.group(2)) for m in entry.finditer(text)
              if m.group(1) in strings}
    return counts, _dictionary_total(path, text)


def _dictionary_total(path: Path, text: str) -> int:
    """The sum of the dictionary's counts, kept in the cache folder by the file's size
    and time: summing 349,000 lines was most of the cost of reading the dictionary."""
    from termbase.errors import OutputError
    from termbase.fileio import write_atomic
    from termbase.paths import cache_file

    stat = path.stat()
    cache = cache_file(f"jieba-dict-total-{stat.st_size}-{stat.st_mtime_ns}.txt")
    if cache is not None:
        with contextlib.suppress(OSError, ValueError):
            return int(cache.read_text(encoding="ascii"))
    total = sum(map(int, _COUNT_COLUMN.findall(text)))
    if cache is not None:
        with contextlib.suppress(OutputError):  # a cache that cannot be written is skipped
            write_atomic(cache, str(total).encode("ascii"))
    return total


_COUNT_COLUMN = re.compile(r"^\S+ (\d+)", re.MULTILINE)


def _cut_points(run: str, counts: dict[str, int], total: int) -> set[int]:
    """Where jieba's dictionary segmentation (no HMM) cuts a run of ideographs: the
    most probable path of dictionary words, a character no word starts with standing
    alone (jieba's DAG and route, over the words of this run only)."""
    size = len(run)
    log_total = math.log(total)
    route: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
    for k in range(size - 1, -1, -1):
        ends = [j for j in range(k + 2, min(size, k + _MAX_WORD_CHARS) + 1)
                if counts.get(run[k:j], 0) > 0]
        if counts.get(run[k], 0) > 0 or not ends:
            ends.append(k + 1)
        route[k] = max((math.log(counts.get(run[k:j]) or 1) - log_total + route[j][0], j)
                       for j in ends)
    cuts = {0}
    k = 0
    while k < size:
        k = route[k][1]
        cuts.add(k)
    return cuts


def _learned_finding(ctx: CheckContext, unit: _Unit, rendering: _Rendering, found: str
                     ) -> Finding:
    view, span = _locate(unit.view.target, found)
    source, src_span = _locate(unit.view.source, rendering.term)
    kind = FindingKind.LEARNED_INCONSISTENT
    return Finding(
        kind=kind, severity=DEFAULT_SEVERITY[kind], file=view.segment.file,
        line=view.segment.line, paragraph=view.segment.paragraph,
        lang=ctx.target.lang if ctx.target else "", term=rendering.term, found=found,
        expected=(rendering.surface,),
        message=f"“{rendering.term}” (not in the glossary) is rendered “{found}” here but "
                f"“{rendering.surface}” {rendering.rendered} time(s) elsewhere in the draft",
        fix=f"use one rendering throughout, e.g. “{rendering.surface}”, or add the term "
            f"to the glossary", segment=view.segment.text, span=span,
        other_file=source.segment.file, other_line=source.segment.line,
        other_segment=source.segment.text, other_span=src_span)


def _locate(views: Sequence[SegmentView], text: str
            ) -> tuple[SegmentView, tuple[int, int] | None]:
    """The segment holding ``text`` (case aside, spacing as one blank) and where."""
    pattern = re.compile(r"\s+".join(re.escape(w) for w in text.split()), re.IGNORECASE)
    for view in views:
        m = pattern.search(view.segment.text)
        if m:
            return view, m.span()
    return views[0], None


# --- segments --------------------------------------------------------------------------

# What str.isalnum() refuses: \w is alphanumeric characters and the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _comparable(text: str) -> str:
    """A segment as compared: without its numbering label, width-folded, case-folded,
    letters, digits and ideographs only."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", without_numbering(text))
                          .casefold())


def _long_enough(key: str) -> bool:
    """Headings and labels ("导言", "Recommendations") translate by where they stand."""
    ideographs = sum(map(len, _IDEOGRAPHS.findall(key)))
    return ideographs >= MIN_SEGMENT_IDEOGRAPHS or (
        not ideographs and len(key) >= MIN_SEGMENT_LETTERS)


def _numbers_differ(a: str, b: str) -> bool:
    """Whether two sources with one translation state different numbers: a number
    changed in the source and not in the translation. Sources that differ otherwise are
    paraphrases (和/与, 非公开/闭门会议) that one translation rightly serves."""
    return re.findall(r"\d+", a) != re.findall(r"\d+", b)


def _side(views: Sequence[SegmentView]) -> str:
    return "\n".join(v.segment.text for v in views)


def check_segment_inconsistent(ctx: CheckContext) -> list[Finding]:
    """The same source translated differently, or one translation for different
    sources; the draft's most frequent pairing is the norm, every other unit reported."""
    if ctx.target is None:
        return []
    units = [u for u in ctx.units if u.source and u.target]
    findings = []
    reported: set[int] = set()
    keys = [(_comparable(_side(u.source)), _comparable(_side(u.target))) for u in units]
    for same, label in ((0, "source"), (1, "translation")):
        groups: dict[str, list[int]] = defaultdict(list)
        for i, pair in enumerate(keys):
            if _long_enough(pair[same]):
                groups[pair[same]].append(i)
        for group in groups.values():
            variants = Counter(keys[i][1 - same] for i in group)
            if len(variants) < 2:
                continue
            # The norm: the most frequent counterpart, the first met on a tie.
            order = {k: n for n, k in enumerate(dict.fromkeys(keys[i][1 - same]
                                                              for i in group))}
            norm = min(variants, key=lambda k: (-variants[k], order[k]))
            model = next(i for i in group if keys[i][1 - same] == norm)
            for i in group:
                if keys[i][1 - same] == norm or i in reported:
                    continue
                if same == 0 or _numbers_differ(keys[i][0], norm):
                    reported.add(i)
                    findings.append(_segment_finding(ctx, units[i], units[model], label))
    return findings


def _segment_finding(ctx: CheckContext, unit: UnitView, model: UnitView, same: str
                     ) -> Finding:
    target, source = unit.target[0].segment, unit.source[0].segment
    where = model.target[0].segment
    differs = "translated differently" if same == "source" else "from a different source"
    kind = FindingKind.SEGMENT_INCONSISTENT
    expected = _side(model.target) if same == "source" else _side(model.source)
    return Finding(
        kind=kind, severity=DEFAULT_SEVERITY[kind], file=target.file, line=target.line,
        paragraph=target.paragraph, lang=ctx.target.lang if ctx.target else "",
        term=_side(unit.source), found=_side(unit.target), expected=(expected,),
        message=f"same {same} as {where.file}:{where.line or where.paragraph}, "
                f"{differs}",
        fix="translate the same source the same way, or check which one is right",
        segment=target.text, other_file=source.file, other_line=source.line,
        other_segment=source.text)
