"""The variant rule: a learned rendering with one content word changed, reported when
the draft shows the new word rendering a piece of the term, or when nothing in the
segment's source explains it (a slip)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from termbase.check.learned.doubts import Alignment, doubted, in_fixed_phrase, only_in_titles
from termbase.check.learned.evidence import (
    MIN_WORD_EVIDENCE,
    WordEvidence,
    locate,
    occurrences,
    side,
    written_around,
)
from termbase.check.learned.renderings import Rendering
from termbase.text.english import one_root, singular, verb_stem

if TYPE_CHECKING:
    from termbase.check.context import UnitView

# A variant whose changed word the draft cannot explain is reported only against a
# rendering established in this many units.
MIN_SLIP_RENDERED = 3


def same_word(a: str, b: str) -> bool:
    """Inflections and compounds of one word ("draw"/"drawing", "improvised"/
    "counter-improvised") are not another rendering."""
    return (a in b or b in a or verb_stem(a) == verb_stem(b) or _plural_in_is(a, b)
            or _one_root(a, b))


def spelling_of(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` spelt another way ("nonproliferation")."""
    return old.replace("-", "") == new.replace("-", "")


def _one_root(a: str, b: str) -> bool:
    """Words derived from one root (:func:`termbase.text.english.one_root`:
    "explosion"/"explosive", "security"/"insecure", "technical"/"technological"):
    the variant says the same in another construction ("food insecure" for "food
    security") or shifts the sense, and is no second wording of the term. A
    spelling variant ("nonproliferation"/"non-proliferation") is another wording."""
    return a.replace("-", "") != b.replace("-", "") and one_root(a, b)


def _plural_in_is(a: str, b: str) -> bool:
    """"crisis" and "crises" as the n-gram keys fold them ("crise"): one word."""
    return any(x.endswith("is") and y in (x[:-2] + "es", x[:-2] + "e")
               for x, y in ((a, b), (b, a)))


@dataclass(frozen=True, slots=True)
class Variant:
    """A one-word variant of a learned rendering in a unit."""

    key: str
    elsewhere: tuple[str, ...] = ()
    """The source pieces outside the term the draft also ties the changed word to in
    this unit (the word may render one of them, not the term): the variant stands only
    when the dictionary gives the word for the term, and then as a hint."""
    hint: str = ""
    """Why the draft's own evidence for the variant is weaker, when it is."""
    weak: tuple[str, ...] = ()
    """The source pieces outside the term the changed word is tied to here only weakly
    (:meth:`WordEvidence.weak_tie`), set aside as the company it keeps. Counts over a
    draft that uses the word rarely tie it to everything in its units alike; when the
    dictionary gives the word for another source word of the unit ("various" of 各国),
    the word renders that one after all (:func:`readings.read_by_dictionary`)."""


def find_variant(rendering: Rendering, unit: int, evidence: WordEvidence,
                 stop: frozenset[str], *, rendered_here: bool = False) -> Variant | None:
    """The n-gram of ``unit`` that is the rendering with one content word changed, that
    the draft uses nowhere else, and whose changed word the draft shows to render a word
    of the term — or, failing one, a variant whose word the draft ties to another source
    word of the unit as well (:attr:`Variant.elsewhere`). Where the unit renders the
    term the usual way too (``rendered_here``: the term stands there more often than
    its rendering), the draft must tie the changed word on its own to a piece of the
    term (or, for a hint at most, to another source word the dictionary may overrule):
    no slip is read there, the rendering already standing where the term does, and a
    word tied to nothing, to a piece across the term's edge or to the term only
    through the words kept beside it is as likely another source word's ("nuclear
    alliance" of 核联盟 beside 核武器 and "nuclear weapons"; "unilateral acts" of
    单方面行为 beside "unilateral coercive measures")."""
    words = rendering.key.split()
    english = evidence.english
    weaker: Variant | None = None
    pieces = _term_pieces(rendering, unit, evidence)
    for key in sorted(english.keys(unit)):
        shared = ""
        other = key.split()
        if len(other) != len(words):
            continue
        changed = [i for i, (a, b) in enumerate(zip(words, other, strict=True)) if a != b]
        if len(changed) != 1:
            continue
        old, new = words[changed[0]], other[changed[0]]
        # A number of the usual rendering ("2030 Agenda") is no wording to keep.
        if (old in stop or new in stop or same_word(old, new) or _has_digit(new)
                or _has_digit(old) or new in _PARTICLES or old in _PARTICLES):
            continue
        # The new word must be shown, by the rest of the draft, to render a word of
        # this very term ("weapons" for 武器 in 武器禁运), in a phrase the draft uses
        # nowhere else; a word rendering another source word ("threat" of 威胁 beside
        # 核武器) may be a paraphrase, and official translations paraphrase freely.
        # A word nothing in the segment's source explains is a slip when the variant
        # stands where the term's rendering would (:func:`_slip`). Either way a
        # phrase inside a glossary term ("Security" of "Security Council") is the
        # glossary's business. A word the draft also ties to a source word beside the
        # term, or elsewhere in the unit, may render that one: "States" of 小岛屿 in
        # "small island developing States" beside a 最不发达国家 rendered "least
        # developed States" — left to the dictionary (Variant.elsewhere). A piece the
        # word is tied to only as the best the unit holds, far below what the word
        # renders across the draft, and which another word of the translation renders
        # ("global" to 主义 where 全球 is absent, "multilateralism" beside it), is no
        # such word: the tie is the company the word keeps — unless the dictionary
        # gives the word for another source word of the unit (Variant.weak).
        sources = evidence.source_of(new, unit)
        beyond = [s for s in sources if s not in pieces]
        weak = tuple(s for s in beyond if evidence.weak_tie(new, s, unit, stop))
        outside = tuple(s for s in beyond if s not in weak)
        if rendered_here and not (outside or _renders_in_term(new, other, rendering.term,
                                                               unit, evidence, stop)):
            continue
        neighbour = _neighbour_rendered(new, unit, rendering.term, evidence)
        if neighbour or outside:
            # Only a hint, and only if the dictionary gives the word for the term: that
            # is filter enough, and asking the draft's other uses costs the most.
            found = True
        elif sources:
            found = not _used_for_another(key, unit, rendering.term, evidence)
        else:
            found = _slip(rendering, unit, key, evidence, stop)
            shared = ((_kept_word_shared(rendering, key, unit, evidence, stop)
                       or _written_for_another(key, unit, rendering, evidence, stop))
                      if found else "")
        apart = _stands_apart(rendering, unit, key, evidence, stop) if found else None
        if apart is None:
            continue
        # A spelling of the usual rendering ("NonProliferation") is the same phrase
        # written two ways, wherever it stands and whatever it renders there: what may
        # make another wording the title's or another place's says nothing against it.
        hint = apart or ("" if spelling_of(old, new) else
                         shared or _title_hint(rendering.term, unit, evidence))
        if not (neighbour or outside or hint):
            return Variant(key, weak=weak)
        if weaker is None:
            weaker = Variant(key, (*neighbour, *outside), hint, weak)
    return weaker


def _renders_in_term(new: str, variant: Sequence[str], term: str, unit: int,
                     evidence: WordEvidence, stop: frozenset[str]) -> bool:
    """Whether the draft ties the changed word to a piece of the term itself, on its
    own (:func:`changed_word_sources`: not through the words kept beside it, which
    tie "acts" to 单方 of 单方面 where "unilateral acts" recurs)."""
    return any(p in term for p in changed_word_sources(new, variant, unit, evidence, stop))


def _term_pieces(rendering: Rendering, unit: int, evidence: WordEvidence) -> set[str]:
    """The pieces of the term and those straddling its edges in the unit (和技 of
    和技术支持) that the draft holds mostly at the term's edge: counted over the draft,
    such a piece goes with the term. A piece the draft holds mostly elsewhere is its
    outer character's company: 国和 of 缔约国和其他 stands in 各国和 and 国家和 far more
    often, and a word the draft ties to it ("country") renders those words' 国, not
    the term (EDGE_SHARE)."""
    term = rendering.term
    pieces = {term[k:k + 2] for k in range(len(term) - 1)}
    units = evidence.units
    for run in units[unit].runs:
        for at in occurrences(run, term):
            end = at + len(term)
            for edge, piece in ((run[at - 1:end] if at else "", run[at - 1:at + 1] if at else ""),
                                (run[at:end + 1], run[end - 1:end + 1])):
                if len(piece) != 2 or len(edge) != len(term) + 1 or piece in pieces:
                    continue
                at_edge = sum(1 for i in rendering.units
                              if any(edge in r for r in units[i].runs))
                if at_edge >= EDGE_SHARE * evidence.zh_df[piece]:
                    pieces.add(piece)
    return pieces


# A piece straddling a term's edge goes with the term when at least this share of the
# draft's units holding it hold it there.
EDGE_SHARE = 0.5


def _title_hint(term: str, unit: int, evidence: WordEvidence) -> str:
    if only_in_titles(term, unit, evidence):
        return "the term stands inside a title (《…》) here, whose English may be the title's own"
    return ""


# The adverbs that end a phrasal verb ("scale up financing for innovation"): function
# words the n-gram keys keep, no word of a term's rendering.
_PARTICLES = frozenset({"up", "out", "off", "down"})


def changed_word_sources(new: str, variant: Sequence[str], unit: int,
                         evidence: WordEvidence, stop: frozenset[str]) -> tuple[str, ...]:
    """The source pieces the draft shows the variant's changed word ``new`` rendering
    in ``unit``, those of the words kept beside it left out: a word written after the
    same word again and again is tied to that word's source by the counts alone
    ("assistance" to 技术 through "technical assistance"), which ties it to no piece
    of its own; nor is a piece the draft ties the word to far less than to what it
    renders, absent here (:meth:`WordEvidence.weak_tie`)."""
    kept = {p for w in variant if w != new and w not in stop
            for p in evidence.source_of(w, unit)}
    return tuple(p for p in evidence.source_of(new, unit)
                 if p not in kept and not evidence.weak_tie(new, p, unit, stop))


def _used_for_another(key: str, unit: int, term: str, evidence: WordEvidence) -> bool:
    """Whether the draft uses the variant elsewhere for something this unit's source
    may hold. A use in a unit whose source holds the term is the term's own (inside a
    longer name, or another such slip), and a use inside a longer phrase the draft
    repeats is that phrase's ("small island developing States" holds "developing
    States"): neither is a use for something else. Uses in other units tell something
    only when they share a source piece ("technical assistance" with 援助): the variant
    renders that piece, and is the term's rendering here only where the unit lacks
    it ("gender equality" renders 性别平等, which 性别平等视角 holds). Uses that
    share nothing are a phrase the draft writes freely."""
    units = evidence.units
    # The source as written: a glossary term holding the term is blanked out of the
    # runs. A use inside a longer phrase the draft repeats is the longer phrase's.
    others = [j for j in evidence.english.holding(key)
              if j != unit and term not in side(units[j].view.source)
              and not in_fixed_phrase(key, j, evidence)]
    if not others:
        return False
    pieces = _shared_source(others, evidence)
    return not pieces or not pieces.isdisjoint(units[unit].pieces)


def _shared_source(holding: Sequence[int], evidence: WordEvidence) -> frozenset[str]:
    """The source pieces most associated with the units ``holding`` a phrase, and those
    nearly as associated, when the draft shows one (:meth:`WordEvidence.associated`)."""
    counts: Counter[str] = Counter()
    for j in holding:
        counts.update(evidence.units[j].pieces)
    return frozenset(evidence.associated(counts, len(holding)))


def _stands_apart(rendering: Rendering, unit: int, key: str, evidence: WordEvidence,
                  stop: frozenset[str]) -> str | None:
    """Whether a variant found by either path is a second rendering of the term on its
    own: not inside a glossary term, not beside the word it lacks (the rendering
    reordered or run into a fuller one: "gender equality perspectives" holds "equality
    perspectives"), and nothing in the draft says it is something else
    (:func:`~termbase.check.learned.doubts.doubted`). None when it is not; else "", or
    a hint's reason when the word it lacks stands near but past a comma."""
    view = evidence.units[unit].view
    surface = evidence.english.surfaces(unit)[key]
    if _in_glossary_term(view, surface) or doubted(key, unit, rendering, evidence, stop):
        return None
    old = next(a for a, b in zip(rendering.key.split(), key.split(), strict=True) if a != b)
    target = side(view.target)
    at = _locate_in(target, surface)
    if at < 0 or old not in _around(target, at, at + len(surface), across=True):
        return ""
    if old not in _around(target, at, at + len(surface), across=False):
        return (f"“{old}” stands near it past a comma, in a list item of its own or the "
                f"usual rendering reordered")
    return None


# A word renders a source piece when most units holding the piece hold the word.
NEIGHBOUR_SHARE = 0.5


def _neighbour_rendered(word: str, unit: int, term: str, evidence: WordEvidence
                       ) -> tuple[str, ...]:
    """The two characters just before or after the term in this unit for which the
    draft usually writes ``word``: then the variant may be the term's rendering run
    into its neighbour's ("Arab national human rights commissions" for
    阿拉伯国家全国人权委员会, "national" being 全国's), not another rendering of it."""
    holding = evidence.english.holding(word)
    if len(holding) < MIN_WORD_EVIDENCE:
        return ()
    before, after = _two_beside(term, unit, evidence)
    neighbours = before | after
    if not neighbours:
        return ()
    counts = evidence.pieces_with(word, holding)
    return tuple(sorted(p for p in neighbours if counts[p] >= MIN_WORD_EVIDENCE
                        and counts[p] >= NEIGHBOUR_SHARE * evidence.zh_df[p]))


def _slip(rendering: Rendering, unit: int, key: str, evidence: WordEvidence,
          stop: frozenset[str]) -> bool:
    """Whether a variant whose changed word nothing in the segment's source explains
    is a slip for the usual rendering, as a reviser reads "sexual abuse" where "sexual
    violence" renders 性暴力 in the rest of the draft. The changed word must be common
    enough in the draft for its silence to say something (a rare word is shown to
    render nothing anywhere), the usual rendering well established, the words kept
    from it must render this term and nothing else in the segment, and the variant must
    start about where the term does (so it stands where the term does: "international
    engagement" is 国际参与's beside 国际法). What every variant must also pass is
    :func:`_stands_apart`."""
    if rendering.rendered < MIN_SLIP_RENDERED:
        return False
    english = evidence.english
    words = rendering.key.split()
    new = next(b for a, b in zip(words, key.split(), strict=True) if a != b)
    if english.df(new) < MIN_WORD_EVIDENCE:
        return False
    view = evidence.units[unit].view
    target, surface = side(view.target), english.surfaces(unit)[key]
    at = _locate_in(target, surface)
    return (all(_sits_in_term(rendering.term, word, unit, evidence)
                for word in words if word not in stop and word in key.split())
            and (_near(side(view.source).find(rendering.term), side(view.source),
                       at, target)
                 or _anchored(rendering.term, unit, key, (target, surface, at), evidence,
                              stop)
                 or _moved_adverbial(rendering.term, unit, (target, surface, at),
                                     evidence, stop)))


# Words this close to a variant may be the usual rendering's, reordered.
SLIP_WINDOW = 3
_PHRASE_END = re.compile(r"[,;:()]")


def _around(text: str, start: int, end: int, *, across: bool) -> set[str]:
    """The words (lower case, singular) within SLIP_WINDOW words of ``text[start:end]``:
    a variant beside the word it lacks is the rendering reordered ("plan of action
    proposed" holds "action proposed"; "sustainable financing for development"), not
    a second rendering. Unless ``across``, only within the variant's phrase: past a
    comma or a semicolon the word may be another list item's ("least developed States,
    landlocked developing countries") — or not ("response measures, including
    emergency plans" for 应急计划 "response plans")."""
    from termbase.pair.ngrams import ENGLISH_WORD

    if not across:
        text, start, end = _phrase_of(text, start, end)
    before = ENGLISH_WORD.findall(text[:start].lower())[-SLIP_WINDOW:]
    after = ENGLISH_WORD.findall(text[end:].lower())[:SLIP_WINDOW]
    return {singular(w) for w in before + after}


def _phrase_of(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The stretch of ``text`` between the punctuation around ``text[start:end]``, and
    the span's place in it."""
    opening = max((m.end() for m in _PHRASE_END.finditer(text, 0, start)), default=0)
    closing = _PHRASE_END.search(text, end)
    phrase = text[opening:closing.start() if closing else len(text)]
    return phrase, start - opening, end - opening


# How far apart (as a share of each side's length) a term and its rendering may start.
MAX_SLIP_SHIFT = 0.35


def _near(source_at: int, source: str, target_at: int, target: str) -> bool:
    """Whether a term and a phrase start at about the same place of their sides: a
    rough alignment, enough to tell the term's rendering from a phrase elsewhere
    ("head offices" for 总部机构 at the start, the term 区域办事处 at the end)."""
    if source_at < 0 or target_at < 0:
        return False
    return abs(source_at / len(source) - target_at / len(target)) <= MAX_SLIP_SHIFT


def _anchored(term: str, unit: int, key: str, located: tuple[str, str, int],
              evidence: WordEvidence, stop: frozenset[str]) -> bool:
    """Whether the variant stands where the term does with the two sides' order
    crossed: a word of its phrase before it (within SLIP_WINDOW content words: "norms
    and principles of global law" for 国际法规范和原则) renders, by the draft's
    counts, the source word right after the term, or a word after it the one right
    before. A Chinese modifier before its head is an English "of" phrase after
    it (国际法义务 "obligations under international law"), which :func:`_near`'s rough
    position misses; words in the same order (非常高人道主义准入限制 "very high access
    constraints") show no such crossing, and the position alone must do. ``located``
    is the unit's translation, the variant's surface in it and where it starts there
    (:func:`_locate_in`), as :func:`_slip` found them."""
    from termbase.pair.ngrams import ENGLISH_WORD

    target, surface, at = located
    if at < 0:
        return False
    before_term, after_term = _two_beside(term, unit, evidence)
    text, start, end = _phrase_of(target, at, at + len(surface))
    variant = set(key.split())

    def content(words: list[str]) -> list[str]:
        return [w for w in map(singular, words) if w not in stop and w not in variant]

    before = content(ENGLISH_WORD.findall(text[:start].lower()))[-SLIP_WINDOW:]
    after = content(ENGLISH_WORD.findall(text[end:].lower()))[:SLIP_WINDOW]
    return (any(not after_term.isdisjoint(evidence.source_of(w, unit)) for w in before)
            or any(not before_term.isdisjoint(evidence.source_of(w, unit)) for w in after))


# jieba's part of speech of a preposition (根据, 按照, 依照, 关于, 在): the closed class
# that opens a Chinese adverbial phrase.
_PREPOSITION_TAG = "p"


def _moved_adverbial(term: str, unit: int, located: tuple[str, str, int],
                     evidence: WordEvidence, stop: frozenset[str]) -> bool:
    """Whether the term and the variant each close an adverbial phrase, which the two
    languages put at opposite ends of the clause: Chinese fronts it (根据国际法，…
    "… are unlawful under international law."), English moves it last, so the
    variant stands as far from the term as a sentence allows and :func:`_near`'s
    position, like :func:`_anchored`'s crossing, has nothing to go on. The Chinese
    phrase is a preposition right before the term (the dictionary's part of speech
    of its last one or two characters: 各国应根据国际法，) and the term, closing its
    run of ideographs (a comma after it); the English is a function word (the
    preposition, or its article) and the variant, closing its phrase (nothing but
    punctuation after it, up to the next comma or the end). ``located`` is as in
    :func:`_anchored`."""
    from termbase.pair.ngrams import ENGLISH_WORD

    target, surface, at = located
    if at < 0:
        return False
    text, start, end = _phrase_of(target, at, at + len(surface))
    before = ENGLISH_WORD.findall(text[:start].lower())
    if ENGLISH_WORD.search(text[end:]) or not before or before[-1] not in stop:
        return False
    openers = {run[place - size:place] for run, place in written_around(evidence.units[unit], term)
               if place + len(term) == len(run) for size in (1, 2) if place >= size}
    if not openers:
        return False
    from termbase.check.glosses import dictionary_glosses  # at call time: tests stand in for it

    known = dictionary_glosses(openers)
    return any(w in known and known[w].tag == _PREPOSITION_TAG for w in openers)


def _two_beside(term: str, unit: int, evidence: WordEvidence) -> tuple[set[str], set[str]]:
    """The two characters right before and right after each place the unit's source
    runs hold ``term`` (where two stand there)."""
    before: set[str] = set()
    after: set[str] = set()
    for run in evidence.units[unit].runs:
        for at in occurrences(run, term):
            end = at + len(term)
            if at >= 2:
                before.add(run[at - 2:at])
            if end + 2 <= len(run):
                after.add(run[end:end + 2])
    return before, after


def _locate_in(text: str, phrase: str) -> int:
    """Where ``phrase`` starts in ``text`` (case aside, spacing as one blank), or -1."""
    m = re.search(r"\s+".join(re.escape(w) for w in phrase.split()), text, re.IGNORECASE)
    return m.start() if m else -1


def _sits_in_term(term: str, word: str, unit: int, evidence: WordEvidence) -> bool:
    """Whether the draft shows ``word`` to render a piece of the unit's source that
    lies in the term and nowhere else in the source ("law" for 际法 of 国际法 beside
    法律 counts; "international" for 国际 in 国际法 and 国际参与 does not) — or
    elsewhere too, where the translation writes the word exactly as often as the source
    writes the piece: each place then has its own word, one for one, and one of them is
    the term's ("law" tied to 国际 in "global law" and "law of international
    responsibility" for 国际法 and 国际责任法)."""
    occurrences, placed = _pieces_in_term(term, word, unit, evidence)
    written = _times_written(word, unit, evidence)
    return any(n <= occurrences or n == written for n in placed)


def _pieces_in_term(term: str, word: str, unit: int, evidence: WordEvidence
                    ) -> tuple[int, list[int]]:
    """How often the unit's source holds ``term``, and how often it holds each piece of
    the term that the draft shows ``word`` to render (a piece held no more often than
    the term stands in the term alone)."""
    runs = evidence.units[unit].runs
    occurrences = sum(run.count(term) for run in runs)
    return occurrences, [sum(run.count(source) for run in runs)
                         for source in evidence.source_of(word, unit) if source in term]


def _kept_word_shared(rendering: Rendering, key: str, unit: int, evidence: WordEvidence,
                      stop: frozenset[str]) -> str:
    """Why a slip is only a hint when a word it keeps sits in the term only one for
    one (:func:`_sits_in_term`): its piece stands elsewhere in the source too, so the
    word may be another place's, and only the count says otherwise; "" when every
    kept word's piece stands in the term alone."""
    variant = key.split()
    for word in rendering.key.split():
        if word in stop or word not in variant:
            continue
        occurrences, placed = _pieces_in_term(rendering.term, word, unit, evidence)
        if not any(n <= occurrences for n in placed):
            return (f"“{word}” renders a piece the source also holds outside the term, "
                    f"and may be that place's")
    return ""


def _written_for_another(key: str, unit: int, rendering: Rendering, evidence: WordEvidence,
                         stop: frozenset[str]) -> str:
    """Why a slip is only a hint when the draft writes the variant elsewhere too, in a
    unit whose source lacks the term and whose alignment is not in doubt, outside any
    longer phrase the draft repeats, and whose source lacks what the replaced word
    renders of the term (:func:`_replaced_pieces`): the variant is then a wording of the
    target text with a source of its own, another word where the term has the replaced
    one ("specific proposals" for 具体提议 beside 具体建议's "specific recommendations",
    "country Parties" for a convention's 国家缔约方), which a translator may have chosen
    for the term's sense here, not a slip nothing explains. Where the other source holds
    that piece ("adverse effects" for 负面影响 beside 不利影响's "adverse impacts"), the
    changed word renders there the very word the usual rendering gives here: the
    draft's other wording of one source word, the inconsistency itself, no wording of
    its own. "" when the draft writes the variant nowhere else so."""
    units = evidence.units
    term = rendering.term
    others = [j for j in evidence.english.holding(key)
              if j != unit and term not in side(units[j].view.source)
              and not in_fixed_phrase(key, j, evidence)]
    if not others:
        return ""
    replaced = _replaced_pieces(rendering, key, evidence, stop)
    others = [j for j in others if replaced.isdisjoint(units[j].pieces)]
    if not others:
        return ""
    alignment = Alignment(evidence, stop)
    aligned = [j for j in others if not alignment.doubtful(j)]
    if not aligned:
        return ""
    surface = evidence.english.surfaces(unit)[key]
    return (f"the draft writes “{surface}” for a source without the term too "
            f"({len(aligned)} unit(s)): a wording of its own, which may be chosen for "
            f"the sense here")


def _replaced_pieces(rendering: Rendering, key: str, evidence: WordEvidence,
                     stop: frozenset[str]) -> frozenset[str]:
    """The pieces of the term that the draft shows the usual rendering's replaced word
    rendering on its own (:func:`changed_word_sources`: not those of the words kept
    beside it, which "State" of "States parties" meets in 缔约 of 缔约国 every time), in
    the units where the term is rendered the usual way; none when the draft ties the
    word to no piece of the term of its own."""
    words = rendering.key.split()
    old = next(a for a, b in zip(words, key.split(), strict=True) if a != b)
    pieces = {rendering.term[k:k + 2] for k in range(len(rendering.term) - 1)}
    return frozenset(p for i in rendering.units if evidence.english.has(i, rendering.key)
                     for p in changed_word_sources(old, words, i, evidence, stop)
                     if p in pieces)


def _times_written(word: str, unit: int, evidence: WordEvidence) -> int:
    """How many times the unit's translation writes ``word`` (a one-word key)."""
    return sum(1 for spans in evidence.english.occurrences(unit) for span in spans
               if span.key == word)


def _in_glossary_term(view: UnitView, surface: str) -> bool:
    """Whether the phrase overlaps a glossary term found in the translation."""
    target, span = locate(view.target, surface)
    return span is not None and any(h.start < span[1] and span[0] < h.end
                                    for h in target.hits)


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)
