"""What the draft itself shows: its bilingual units, the translations' English n-grams
(read lazily) and which source piece an English word renders (Dice over units)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from termbase.text.chinese import CJK_RUN
from termbase.text.english import singular

if TYPE_CHECKING:
    from termbase.check.context import CheckContext, SegmentView, UnitView
    from termbase.pair.ngrams import Span

# Renderings (and source pieces of a word) this close to the best association are
# candidates; the longest rendering is taken.
NEAR_BEST = 0.8


MAX_EN_WORDS = 4


# An English word renders a source word when they share this many units at least, with
# this Dice coefficient at least; weaker evidence says nothing.
MIN_WORD_EVIDENCE = 3
MIN_WORD_DICE = 0.2

# A word's tie to a piece is the company its rendering keeps when this share of the
# other units where the two meet hold what the word renders.
COMPANY_SHARE = 0.8


IDEOGRAPHS = CJK_RUN
"""Runs of ideographs (:data:`termbase.text.chinese.CJK_RUN`, the one definition)."""


@dataclass(frozen=True, slots=True)
class Unit:
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


def bilingual_views(ctx: CheckContext) -> list[tuple[int, UnitView]]:
    """The draft's units with both sides, with their index in the draft."""
    return [(i, u) for i, u in enumerate(ctx.units) if u.source and u.target]


def source_runs(bilingual: Sequence[tuple[int, UnitView]]) -> list[list[str]]:
    """Each unit's runs of ideographs, the glossary's terms blanked out."""
    return [[run for view in unit.source for run in IDEOGRAPHS.findall(_masked(view))]
            for _, unit in bilingual]


def unit_records(bilingual: Sequence[tuple[int, UnitView]],
                 runs: Sequence[Sequence[str]]) -> list[Unit]:
    return [Unit(i, unit, tuple(runs[pos]), frozenset(run[k:k + 2] for run in runs[pos]
                                     for k in range(len(run) - 1)))
            for pos, (i, unit) in enumerate(bilingual)]


_LETTERS = re.compile(r"[^\W\d_]+")


def is_plural(word: str) -> bool:
    """Whether an English word is written in the plural: its singular differs, and it
    ends in -s or is an irregular plural ("countries", "women"; not "tranche", a spelling
    of "tranch")."""
    lower = word.lower()
    folded = singular(lower)
    return folded != lower and (lower.endswith("s") or not lower.startswith(folded))


class English:
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
        self._occurrences: dict[int, list[list[Span]]] = {}
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

    def occurrences(self, unit: int) -> list[list[Span]]:
        """The unit's n-gram occurrences, text by text, with their word positions (asked
        only for the few units a variant stands in)."""
        found = self._occurrences.get(unit)
        if found is None:
            found = self._occurrences[unit] = [self._ngrams.spans(t) for t in self._texts[unit]]
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
            from termbase.pair.ngrams import acronym_keys, english_words, word_key

            fold = self._folded
            keys = set()
            for text in self._texts[unit]:
                # The n-grams' own word reading (footnote markers glued to a word
                # dropped, case kept until then), not a copy of it.
                in_capitals = False
                for word in english_words(text):
                    lower = word.lower()
                    key = fold.get(lower)
                    if key is None:
                        key = fold[lower] = word_key(lower) or ""
                    in_capitals = in_capitals or (not key and word.isupper())
                    keys.add(key)
                if in_capitals:  # a function word in capitals may be an acronym ("WHO")
                    keys.update(acronym_keys(text))
            keys.discard("")
            found = self._words[unit] = frozenset(keys)
        return found

    def written_plural(self, word: str) -> bool:
        """Whether some translation writes ``word`` (a one-word key, lower case and
        singular) in a plural form: a letter run that folds to it and is no mere spelling
        of it ("countries" for "country", "women" for "woman"; not "tranche" for
        "tranch")."""
        stem = word[:max(1, len(word) - 2)]
        start = bisect_left(self._vocabulary, stem)
        for run in self._vocabulary[start:]:
            if not run.startswith(stem):
                return False
            if singular(run) == word and is_plural(run):
                return True
        return False

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


class WordEvidence:
    """Which source piece of a unit an English word translates, judged over the draft:
    the unit's character bigram most associated with it (Dice over units)."""

    def __init__(self, units: Sequence[Unit], english: English) -> None:
        self.units = units
        self.english = english
        self.zh_df: Counter[str] = Counter()
        for unit in units:
            self.zh_df.update(unit.pieces)
        self._with: dict[str, Counter[str]] = {}
        self._best: dict[str, float] = {}
        self._rendered_by: dict[str, frozenset[str]] = {}

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
        ranked = self.ranked_sources(word, unit)
        return tuple(sorted(ranked))

    def ranked_sources(self, word: str, unit: int) -> list[str]:
        """:meth:`source_of`'s pieces, the most associated first."""
        holding = self.english.holding(word)
        if len(holding) < 2:
            return []
        counts = self.pieces_with(word, holding)
        return self.associated({p: counts[p] for p in self.units[unit].pieces if counts[p]},
                               len(holding))

    def weak_tie(self, word: str, piece: str, unit: int, stop: frozenset[str]) -> bool:
        """Whether ``word``'s tie to ``piece`` in ``unit`` is only the company it keeps:
        the draft ties the word far more closely (under NEAR_BEST of the association)
        to a piece absent here, and either another word of the unit's translation
        renders ``piece`` (it is among that word's closest ties) more closely than it
        does — "global" is tied to 主义 of 多边主义 where 全球 is absent, and
        "multilateralism" beside it renders 主义 — or the two meet elsewhere only
        beside what the word renders (:meth:`_met_only_with_best`), which tells the
        same where the word rendering the piece is one the draft cannot weigh (met
        once, or inside a compound: "victim-centred")."""
        tie = self._dice(word, piece)
        if tie >= NEAR_BEST * self._best_dice(word):
            return False
        return self._met_only_with_best(word, piece, unit) or any(
            self._renders(other, piece) and self._dice(other, piece) > tie
            for other in self.english.keys(unit)
            if " " not in other and other != word and other not in stop)

    def _met_only_with_best(self, word: str, piece: str, unit: int) -> bool:
        """Whether the other units where ``word`` and ``piece`` meet hold, nearly all
        (COMPANY_SHARE), a piece the word renders (its best, or nearly as close), which
        ``unit`` lacks: the tie is then the company that rendering keeps, counted where
        the piece stands beside it ("assistance" meets 受害者 in "victim assistance",
        受害者援助), and says nothing where the rendered piece is absent. A rendered
        piece sharing a character with ``piece`` is the same word cut another way
        (器的 and 武器, where every unit writes 武器的), not its company."""
        rendered = self._rendered(word)
        if (not rendered.isdisjoint(self.units[unit].pieces)
                or any(not set(p).isdisjoint(piece) for p in rendered)):
            return False
        met = [i for i in self.english.holding(word)
               if i != unit and piece in self.units[i].pieces]
        return bool(met) and sum(1 for i in met if not rendered.isdisjoint(
            self.units[i].pieces)) >= COMPANY_SHARE * len(met)

    def _rendered(self, word: str) -> frozenset[str]:
        """The pieces ``word`` is tied to most closely across the draft: its best and
        those within NEAR_BEST of it."""
        found = self._rendered_by.get(word)
        if found is None:
            best = self._best_dice(word)
            found = self._rendered_by[word] = frozenset(
                p for p in self._counts(word) if self._dice(word, p) >= NEAR_BEST * best)
        return found

    def _renders(self, word: str, piece: str) -> bool:
        """Whether ``piece`` is among what the draft ties ``word`` to most closely (its
        best piece, or nearly as close): a word of the unit merely sharing a rare piece's
        one unit ties to it by chance, as closely as to everything else there."""
        return piece in self._rendered(word)

    def _best_dice(self, word: str) -> float:
        best = self._best.get(word)
        if best is None:
            best = self._best[word] = max((self._dice(word, p) for p in self._counts(word)),
                                          default=0.0)
        return best

    def _counts(self, word: str) -> Counter[str]:
        holding = self.english.holding(word)
        return self.pieces_with(word, holding) if len(holding) >= 2 else Counter()

    def _dice(self, word: str, piece: str) -> float:
        counts = self._counts(word)
        return 2 * counts[piece] / (self.english.df(word) + self.zh_df[piece])

    def associated(self, joint: Mapping[str, int], holding: int) -> list[str]:
        """The pieces most associated (Dice) with ``holding`` units, ``joint`` counting
        the units among them that hold each piece, and those nearly as associated, the
        most associated first; none unless the draft shows one (MIN_WORD_EVIDENCE units
        and MIN_WORD_DICE at least)."""
        def dice(w: str) -> float:
            return 2 * joint[w] / (holding + self.zh_df[w])

        best = max(joint, key=lambda w: (dice(w), w), default=None)
        if best is None or joint[best] < MIN_WORD_EVIDENCE or dice(best) < MIN_WORD_DICE:
            return []
        return sorted((w for w in joint if dice(w) >= NEAR_BEST * dice(best)),
                      key=lambda w: (-dice(w), w))


class DraftEvidence:
    """What the draft itself shows an English word of a unit to render: the source
    pieces (character bigrams, glossary terms blanked) most associated with it over the
    draft's units. Built once per check run, on first use, for every check that weighs
    such evidence; the translations' n-grams are read lazily."""

    def __init__(self, ctx: CheckContext) -> None:
        self.bilingual = bilingual_views(ctx)
        self.runs = source_runs(self.bilingual)
        self._position = {id(unit): pos for pos, (_, unit) in enumerate(self.bilingual)}

    @cached_property
    def units(self) -> list[Unit]:
        return unit_records(self.bilingual, self.runs)

    @cached_property
    def english(self) -> English:
        return English(self.bilingual)

    @cached_property
    def words(self) -> WordEvidence:
        return WordEvidence(self.units, self.english)

    def read(self) -> None:
        """Build now what is otherwise built on first use (before a fork, so that both
        processes have it)."""
        self.words  # noqa: B018 (a cached property, read for its effect)

    def sources(self, word: str, unit: UnitView) -> tuple[str, ...]:
        """The pieces of ``unit``'s source that ``word`` (any case and number)
        renders, as far as the draft shows; none when it shows nothing."""
        pos = self._position.get(id(unit))
        if pos is None:
            return ()
        return self.words.source_of(singular(word.lower()), pos)


def written_around(unit: Unit, term: str) -> list[tuple[str, int]]:
    """Each place the unit's source holds ``term`` outside the glossary's terms, as
    (the run of ideographs written there, the term's start in it): the source as
    written, the glossary's terms not blanked out. The blanks keep candidates from
    cutting a glossary term, but a word runs on across them all the same: 发展中 of
    特别是在发展中国家 is no word where the glossary holds 国家 (its run blanked to
    特别是在发展中), and 经济体 still follows 许多发展中 where it holds 经济. What
    stands beside a term, and whether it stands as whole words, is read here."""
    out = []
    for view in unit.view.source:
        text, masked = view.segment.text, _masked(view)
        for run in IDEOGRAPHS.finditer(text):
            at = masked.find(term, run.start(), run.end())
            while at >= 0:
                out.append((run.group(), at - run.start()))
                at = masked.find(term, at + 1, run.end())
    return out


def occurrences(run: str, term: str) -> list[int]:
    """Where ``term`` starts in ``run``, every place (overlapping ones too)."""
    out = []
    at = run.find(term)
    while at >= 0:
        out.append(at)
        at = run.find(term, at + 1)
    return out


def locate(views: Sequence[SegmentView], text: str
            ) -> tuple[SegmentView, tuple[int, int] | None]:
    """The segment holding ``text`` (case aside, spacing as one blank) and where."""
    pattern = re.compile(r"\s+".join(re.escape(w) for w in text.split()), re.IGNORECASE)
    for view in views:
        m = pattern.search(view.segment.text)
        if m:
            return view, m.span()
    return views[0], None


def side(views: Sequence[SegmentView]) -> str:
    return "\n".join(v.segment.text for v in views)
