"""Inconsistencies learned from the draft itself, beyond the glossary.

Two checks, both warnings, both taking the draft's own majority as the norm:

* ``learned_inconsistent``: a recurring Chinese term the glossary lacks, rendered one
  way in most of the draft and another way in a unit — the most common real
  inconsistency. Candidates are the recurring character n-grams of the source side
  (glue characters and numbers refused as the extractor refuses them); the rendering is
  the English word n-gram most associated with the term across the units holding it
  (Dice, at least two words, in most of those units). A unit is reported when the
  term's source is there, its usual rendering is not, and the translation holds a
  variant of that rendering with one content word changed ("weapons embargo" for "arms
  embargo"): a paraphrase or an omission is not a second rendering, and official
  translations paraphrase freely.
* ``segment_inconsistent``: the same source segment translated differently, or the same
  translation given to source segments that state different numbers (what Xbench calls
  inconsistency in target and in source; sources that differ otherwise are paraphrases
  one translation rightly serves). Segments are compared without labels, case, spacing
  and punctuation; short segments (headings, labels) are left out, their translation
  depends on where they stand.

A rendering that is a deprecated glossary term is never taken as the norm.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.numbers import without_numbering
from termbase.text.english import verb_stem

if TYPE_CHECKING:
    from termbase.check.rules import CheckContext, SegmentView, UnitView
    from termbase.text.segment import JiebaSegmenter

# A term must recur in this many units before its rendering can be learned, and its
# rendering be in this many of them, and in this share at least.
MIN_UNITS = 4
MIN_RENDERED = 3
MIN_RENDERED_SHARE = 0.6
# Renderings this close to the best association are candidates; the longest is taken.
NEAR_BEST = 0.8
MIN_ZH_CHARS, MAX_ZH_CHARS = 3, 8
MAX_ZH_WORDS = 4
MAX_EN_WORDS = 4
# An English word renders a source word when they share this many units at least, with
# this Dice coefficient at least; weaker evidence says nothing.
MIN_WORD_EVIDENCE = 3
MIN_WORD_DICE = 0.2
# Segments shorter than this (ideographs, or letters and digits in a text without
# them) are not compared as segments.
MIN_SEGMENT_IDEOGRAPHS = 10
MIN_SEGMENT_LETTERS = 40

# Characters that never open a term (及其附件 is "and its annex").
_ZH_GLUE = frozenset("的了和与及或并而在之其于被把着也都")
_IDEOGRAPHS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# --- learned term renderings -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Unit:
    index: int
    view: UnitView
    source: str
    words: tuple[str, ...]
    """The source's words (jieba), the glossary's terms blanked out."""
    english: frozenset[str]
    """The translation's English n-gram keys (lower case, singular)."""
    surfaces: dict[str, str]


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


def _source_words(bilingual: Sequence[tuple[int, UnitView]], segmenter: JiebaSegmenter,
                  only: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The masked source words (jieba) of the units at these positions of
    ``bilingual``: cutting is per unit, so a unit's words do not depend on which other
    units are cut."""
    out = {}
    for pos in only:
        masked = "\n".join(_masked(v) for v in bilingual[pos][1].source)
        out[pos] = tuple(segmenter.cut(masked))
    return out


def _bilingual_units(bilingual: Sequence[tuple[int, UnitView]],
                     words: dict[int, tuple[str, ...]]) -> list[_Unit]:
    from termbase.pair.ngrams import EnglishNgrams

    ngrams = EnglishNgrams(max_words=MAX_EN_WORDS)
    units = []
    for pos, (i, unit) in enumerate(bilingual):
        surfaces: dict[str, str] = {}
        for view in unit.target:
            for span in ngrams.spans(view.segment.text):
                surfaces.setdefault(span.key, span.surface)
        source = "\n".join(v.segment.text for v in unit.source)
        units.append(_Unit(i, unit, source, words[pos], frozenset(surfaces), surfaces))
    return units


_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "vn", "an", "j", "l"})


def _nominal(words: Sequence[str], tags: dict[str, str]) -> bool:
    """Whether a word run reads as a term: a noun at its end, or a verb after a noun
    (武器/禁运, 能力/建设); a clause (谨/随函/转递) or a pronoun at the end is not."""
    if words[0][0] in _ZH_GLUE:
        return False
    last = tags.get(words[-1], "")
    if last in _NOUN_TAGS:
        return True
    return (last.startswith("v") and len(words) > 1 and len(words[-1]) > 1
            and tags.get(words[-2], "") in _NOUN_TAGS)


def _recurring_positions(bilingual: Sequence[tuple[int, UnitView]]) -> list[int]:
    """Positions of the units holding a run of MIN_ZH_CHARS ideographs, glossary terms
    blanked out, that MIN_UNITS units hold. Every candidate term is such a run in each
    of its units, so only these units need the segmenter to find the candidates — and
    a draft with none has nothing to learn."""
    grams = [{run[i:i + MIN_ZH_CHARS] for view in unit.source
              for run in _IDEOGRAPHS.findall(_masked(view))
              for i in range(len(run) - MIN_ZH_CHARS + 1)} for _, unit in bilingual]
    seen: Counter[str] = Counter()
    for held in grams:
        seen.update(held)
    return [pos for pos, held in enumerate(grams)
            if any(seen[g] >= MIN_UNITS for g in held)]


def _token_grams(words: Sequence[str]) -> set[tuple[str, ...]]:
    """Runs of one to MAX_ZH_WORDS consecutive ideograph words, MIN_ZH_CHARS to
    MAX_ZH_CHARS long: candidates start and end where words do (国际法 is not a
    candidate inside 国际法院)."""
    ideographic = [bool(_IDEOGRAPHS.fullmatch(w)) for w in words]
    out = set()
    for i in range(len(words)):
        chars = 0
        for j in range(i, min(i + MAX_ZH_WORDS, len(words))):
            if not ideographic[j]:
                break
            chars += len(words[j])
            if chars > MAX_ZH_CHARS:
                break
            if chars >= MIN_ZH_CHARS:
                out.add(tuple(words[i:j + 1]))
    return out


def _candidates(unit_words: Sequence[Sequence[str]], segmenter: JiebaSegmenter
                ) -> dict[tuple[str, ...], set[int]]:
    """Recurring source word runs that may be terms the glossary lacks, each closed (no
    run one word longer is in as many units), with the units (positions in
    ``unit_words``) holding them."""
    from termbase.extract.filters import refuse_words

    where: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, words in enumerate(unit_words):
        for gram in _token_grams(words):
            where[gram].add(i)
    recurring = {g: u for g, u in where.items() if len(u) >= MIN_UNITS}
    longer: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for gram in recurring:
        if len(gram) > 1:
            longer[gram[:-1]].append(gram)
            longer[gram[1:]].append(gram)
    tags = segmenter.word_tags({w for gram in recurring for w in gram})
    out = {}
    for gram, units_with in recurring.items():
        if refuse_words(gram) or not _nominal(gram, tags) or any(
                len(recurring[o]) == len(units_with) for o in longer.get(gram, ())):
            continue
        out[gram] = units_with
    return out


def _with_heads(words: Iterable[str]) -> Iterator[str]:
    """Each word, and the two-character ends of a longer one: a compound (核武器) holds
    the word another unit writes alone (武器)."""
    for word in words:
        yield word
        if len(word) > 2:
            yield word[:2]
            yield word[-2:]


class _WordEvidence:
    """Which source word of a unit an English word translates, judged over the draft:
    the unit's source word most associated with it (Dice over units)."""

    def __init__(self, units: Sequence[_Unit]) -> None:
        self.units = units
        self.zh_df: Counter[str] = Counter()
        self.en_units: dict[str, list[int]] = defaultdict(list)
        self.zh_sets = [frozenset(_with_heads(w for w in u.words
                                              if _IDEOGRAPHS.fullmatch(w)))
                        for u in units]
        for i, unit in enumerate(units):
            self.zh_df.update(self.zh_sets[i])
            for key in unit.english:
                if " " not in key:
                    self.en_units[key].append(i)

    def source_of(self, word: str, unit: int) -> str | None:
        """The source word of ``unit`` that ``word`` renders, if the draft shows one."""
        holding = self.en_units.get(word, [])
        if len(holding) < 2:
            return None
        joint: Counter[str] = Counter()
        for i in holding:
            joint.update(self.zh_sets[i] & self.zh_sets[unit])
        def dice(w: str) -> float:
            return 2 * joint[w] / (len(holding) + self.zh_df[w])

        best = max(joint, key=lambda w: (dice(w), w), default=None)
        if best is None or joint[best] < MIN_WORD_EVIDENCE or dice(best) < MIN_WORD_DICE:
            return None
        return best


@dataclass(frozen=True, slots=True)
class _Rendering:
    words: tuple[str, ...]
    """The term, as source words."""
    key: str
    """The usual rendering's n-gram key (lower case, singular)."""
    surface: str
    units: frozenset[int]
    """The units holding the term."""
    rendered: int

    @property
    def term(self) -> str:
        return "".join(self.words)


def _stop_words() -> frozenset[str]:
    from termbase.pair.ngrams import STOP_WORDS

    return STOP_WORDS


def _learn(words: tuple[str, ...], where: set[int], units: Sequence[_Unit], df: Counter[str],
           stop: frozenset[str]) -> _Rendering | None:
    """The term's usual rendering: among the English n-grams present in most of the
    units holding it and nearly as associated with it (Dice) as the best one, the
    longest — the best alone is often one shared word ("embargo" in both "arms embargo"
    and "weapons embargo"). It must have two content words or more: a rendering of one
    word gives no variant to compare."""
    joint: Counter[str] = Counter()
    for i in where:
        joint.update(units[i].english)
    need = max(MIN_RENDERED, MIN_RENDERED_SHARE * len(where))
    dice = {key: 2 * n / (len(where) + df[key]) for key, n in joint.items() if n >= need}
    if not dice:
        return None
    best = max(dice.values())
    key = max((k for k, d in dice.items() if d >= NEAR_BEST * best),
              key=lambda k: (len(k.split()), dice[k], k))
    if sum(1 for w in key.split() if w not in stop) < 2:
        return None
    surface = next(units[i].surfaces[key] for i in sorted(where) if key in units[i].english)
    return _Rendering(words, key, surface, frozenset(where), joint[key])


def _same_word(a: str, b: str) -> bool:
    """Inflections and compounds of one word ("draw"/"drawing", "improvised"/
    "counter-improvised") are not another rendering."""
    if a in b or b in a or verb_stem(a) == verb_stem(b):
        return True
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    return shared >= 5 and shared >= 0.7 * min(len(a), len(b))  # explosion/explosive


def _variant(rendering: _Rendering, unit: int, units: Sequence[_Unit], df: Counter[str],
             evidence: _WordEvidence, stop: frozenset[str]) -> str | None:
    """The n-gram of ``unit`` that is the rendering with one content word changed, that
    the draft uses nowhere else, and whose changed word the draft shows to render a word
    of the term."""
    words = rendering.key.split()
    for key in sorted(units[unit].english):
        other = key.split()
        if len(other) != len(words) or df[key] > 1:
            continue
        changed = [i for i, (a, b) in enumerate(zip(words, other, strict=True)) if a != b]
        if len(changed) != 1:
            continue
        old, new = words[changed[0]], other[changed[0]]
        if old in stop or new in stop or _same_word(old, new) or _has_digit(new):
            continue
        # The new word must be shown, by the rest of the draft, to render a word of
        # this very term ("weapons" for 武器 in 武器禁运).
        # The new word must be shown, by the rest of the draft, to render a word of
        # this very term ("weapons" for 武器 in 武器禁运): a word with no such evidence,
        # or rendering another source word ("threat" of 威胁 beside 核武器), may be
        # a paraphrase, and official translations paraphrase freely.
        source = evidence.source_of(new, unit)
        if source is not None and source in rendering.term:
            return key
    return None


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _renders_term(rendering: _Rendering, units: Sequence[_Unit], evidence: _WordEvidence,
                  stop: frozenset[str]) -> bool:
    """Whether no content word of the rendering renders another source word ("honour"
    of 谨 beside the term, "Security" of 安全 beside 理事会主席): then the n-gram is
    the term's rendering and not a phrase around it."""
    unit = next(i for i in sorted(rendering.units) if rendering.key in units[i].english)
    return all(source is None or source in rendering.term
               for w in rendering.key.split() if w not in stop
               for source in (evidence.source_of(w, unit),))


def _is_deprecated(ctx: CheckContext, text: str) -> bool:
    matcher = ctx.target
    if matcher is None:
        return False
    return any(not h.term.status.approved for h in matcher.find(matcher.prepare(text)))


def check_learned_inconsistent(ctx: CheckContext) -> list[Finding]:
    """A recurring term the glossary lacks, rendered two ways (see the module notes)."""
    if ctx.target is None:
        return []
    from termbase.text.segment import JiebaSegmenter

    bilingual = _bilingual(ctx)
    recurring = _recurring_positions(bilingual)
    if len(bilingual) < MIN_UNITS or not recurring:
        return []
    segmenter = JiebaSegmenter()
    # Candidates first, from the units that can hold one; the rest of the draft (its
    # other source words and every translation's n-grams) is read only when there is a
    # candidate to learn, since it weighs the evidence for all of them.
    cut = _source_words(bilingual, segmenter, recurring)
    candidates = _candidates([cut.get(pos, ()) for pos in range(len(bilingual))], segmenter)
    if not candidates:
        return []
    cut.update(_source_words(bilingual, segmenter,
                             (p for p in range(len(bilingual)) if p not in cut)))
    units = _bilingual_units(bilingual, cut)
    df: Counter[str] = Counter()
    for unit in units:
        df.update(unit.english)
    stop = _stop_words()
    evidence = _WordEvidence(units)
    findings: list[Finding] = []
    reported: set[int] = set()
    # Longer terms first: where 武器禁运 and 武器禁运监测 both recur, one finding.
    for words in sorted(candidates, key=lambda w: (-len("".join(w)), w)):
        rendering = _learn(words, candidates[words], units, df, stop)
        if (rendering is None or _is_deprecated(ctx, rendering.surface)
                or not _renders_term(rendering, units, evidence, stop)):
            continue
        for i in sorted(rendering.units):
            unit = units[i]
            if rendering.key in unit.english or unit.index in reported:
                continue
            variant = _variant(rendering, i, units, df, evidence, stop)
            if variant is None:
                continue
            reported.add(unit.index)
            findings.append(_learned_finding(ctx, unit, rendering, unit.surfaces[variant]))
    return findings


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

def _comparable(text: str) -> str:
    """A segment as compared: without its numbering label, width-folded, case-folded,
    letters, digits and ideographs only."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", without_numbering(text))
                   .casefold() if ch.isalnum())


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
