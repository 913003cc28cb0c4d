"""What every check needs, computed once: each segment prepared for matching and the
glossary terms found in it (longest match, per language), and the helpers the checks share."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from termbase.check.draft import Draft, DraftSegment
from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.learned import DraftEvidence
from termbase.check.matching import LanguageMatcher, PreparedText, base_lang
from termbase.match import TermHit
from termbase.model import Concept, Glossary, Term
from termbase.pair.ngrams import ZH_GRAMMAR
from termbase.text.english import singular

if TYPE_CHECKING:
    from termbase.check.absent import Absent


@dataclass(slots=True)
class SegmentView:
    """A draft segment with its prepared text and the terms found in it."""

    segment: DraftSegment
    prepared: PreparedText
    hits: list[TermHit]


@dataclass(slots=True)
class UnitView:
    source: list[SegmentView]
    target: list[SegmentView]


@dataclass(slots=True)
class CheckContext:
    glossary: Glossary
    """Empty when checking against a compiled glossary (:mod:`termbase.check.compiled`):
    checks read concepts through ``concepts`` and terms through the matchers."""
    draft: Draft
    units: list[UnitView]
    source: LanguageMatcher
    target: LanguageMatcher | None
    concepts: Mapping[str, Concept]
    present_cache: dict[tuple[int, str], list[Term]] = field(default_factory=dict)
    """Target terms of a concept present in a unit: asked by several checks."""
    absent_cache: dict[str, list[Absent]] = field(default_factory=dict)
    """The absent source concepts by target language (:mod:`termbase.check.absent`)."""
    case_blind: bool = False
    """The target side is written without capitals (a lower-cased corpus): case says
    nothing there, so a lower-case name is the name, neither missing nor miscased (see
    also ``_generic_use``, lower case that is the common noun)."""
    strict_terms: bool = False
    """Every glossary entry is a required term (:attr:`CheckOptions.strict_terms
    <termbase.check.checker.CheckOptions.strict_terms>`): no general-word hint."""
    _evidence: DraftEvidence | None = None
    _lower_case_words: frozenset[str] | None = None

    @property
    def lower_case_words(self) -> frozenset[str]:
        """The words the target side writes in lower case somewhere (common nouns), in
        the singular."""
        if self._lower_case_words is None:
            self._lower_case_words = frozenset(
                singular(w) for u in self.units for v in u.target
                for w in _LOWER_WORD.findall(v.segment.text))
        return self._lower_case_words

    @property
    def evidence(self) -> DraftEvidence:
        """What the draft shows its English words to render (built on first use)."""
        if self._evidence is None:
            self._evidence = DraftEvidence(self)
        return self._evidence

    @classmethod
    def build(cls, glossary: Glossary, draft: Draft, source: LanguageMatcher,
              target: LanguageMatcher | None, *,
              concepts: Mapping[str, Concept] | None = None) -> CheckContext:
        """``concepts`` by id, when they are not ``glossary``'s (a compiled glossary
        hands them out on demand)."""
        def views(matcher: LanguageMatcher, segments: list[DraftSegment]
                  ) -> Iterator[SegmentView]:
            # The whole side at once: a compiled glossary reads its concepts together.
            prepared = [matcher.prepare(seg.text) for seg in segments]
            return map(SegmentView, segments, prepared, matcher.find_all(prepared))

        src = views(source, [s for unit in draft.units for s in unit.source])
        tgt = (views(target, [s for unit in draft.units for s in unit.target])
               if target is not None else iter(()))
        units = [UnitView([next(src) for _ in unit.source],
                          [next(tgt) for _ in unit.target] if target is not None else [])
                 for unit in draft.units]
        blind = target is not None and _without_capitals(
            [v.segment.text for u in units for v in u.target])
        by_id = concepts if concepts is not None else {c.id: c for c in glossary}
        return cls(glossary, draft, units, source, target, by_id,
                   case_blind=blind)


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


# At most this share of target segments with a capital letter: a lower-cased text.
_CAPITALS_MIN_SHARE = 0.05


_CAPITALS_MIN_SEGMENTS = 20


def _without_capitals(texts: Sequence[str]) -> bool:
    """Whether a draft side of some length is written (nearly) without capital letters."""
    lettered = [t for t in texts if any(c.isalpha() for c in t)]
    if len(lettered) < _CAPITALS_MIN_SEGMENTS:
        return False
    capitalised = sum(1 for t in lettered if any(c.isupper() for c in t))
    return capitalised <= _CAPITALS_MIN_SHARE * len(lettered)


def lang_terms(concept: Concept, lang: str) -> list[Term]:
    """Terms of ``lang``, preferred first."""
    # Asked some 16,000 times in a check of 1 MB: the language is read once, and a
    # single term (most concepts have one a language) is not sorted.
    wanted = base_lang(lang)
    terms = [t for sec in concept.lang_secs if base_lang(sec.lang) == wanted
             for t in sec.terms]
    if len(terms) > 1:
        terms.sort(key=_status_rank)  # stable, as sorted() was
    return terms


def _status_rank(term: Term) -> int:
    return term.status.rank


def approved_texts(concept: Concept, lang: str) -> tuple[str, ...]:
    return tuple(t.text for t in lang_terms(concept, lang) if t.status.approved)


def new_finding(kind: FindingKind, seg: DraftSegment, lang: str, *, term: str, found: str,
             expected: Sequence[str], message: str, fix: str, concept_id: str = "",
             span: tuple[int, int] | None = None, other: SegmentView | None = None,
             other_span: tuple[int, int] | None = None) -> Finding:
    return Finding(
        kind=kind, severity=DEFAULT_SEVERITY[kind], file=seg.file, line=seg.line,
        paragraph=seg.paragraph, lang=lang, term=term, found=found, expected=tuple(expected),
        message=message, fix=fix, concept_id=concept_id, segment=seg.text, span=span,
        other_file=other.segment.file if other else "",
        other_line=other.segment.line if other else None,
        other_segment=other.segment.text if other else "", other_span=other_span)


def quote(texts: Sequence[str]) -> str:
    return " or ".join(f"“{t}”" for t in texts)


def unapproved_hits(view: SegmentView) -> list[TermHit]:
    """Deprecated or superseded terms in a segment, in text order.

    The same text may be approved in another concept (one span, two owners): then it is
    not wrong, and no check treats it as a deprecated rendering.
    """
    approved_spans = {(h.start, h.end) for h in view.hits if h.term.status.approved}
    return [h for h in view.hits
            if not h.term.status.approved and (h.start, h.end) not in approved_spans]


def target_terms_present(ctx: CheckContext, unit: UnitView, concept: Concept) -> list[Term]:
    matcher = ctx.target
    if matcher is None:
        return []
    key = (id(unit), concept.id)
    cached = ctx.present_cache.get(key)
    if cached is None:
        found = {id(h.term) for v in unit.target for h in v.hits}
        # A term the translation's hits hold is there (contains() says so of every hit):
        # the text is searched again only for the others, overlaps included.
        cached = [t for t in lang_terms(concept, matcher.lang)
                  if id(t) in found or any(matcher.contains(v.prepared, t)
                                           for v in unit.target)]
        ctx.present_cache[key] = cached
    return cached


def source_concepts(unit: UnitView) -> dict[str, tuple[SegmentView, TermHit]]:
    """Each concept found in the unit's source, with its first occurrence."""
    seen: dict[str, tuple[SegmentView, TermHit]] = {}
    for view in unit.source:
        for hit in view.hits:
            seen.setdefault(hit.concept_id, (view, hit))
    return seen


def approved_terms(ctx: CheckContext, matcher: LanguageMatcher, concept_id: str
                    ) -> list[Term]:
    return [t for t in lang_terms(ctx.concepts[concept_id], matcher.lang)
            if t.status.approved]


# A declaration's title and a title coordinated right after it: UN instruments adopted
# together are named as one (《北京宣言》和《行动纲要》, the Beijing Declaration and
# Platform for Action; 《维也纳宣言》和《行动纲领》), so the second title is half of that name.
_JOINT_TITLE = re.compile(r"宣言》\s*(?:和|及|与|以及)\s*《$")


def title_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the 《…》 title text[start:end] stands in opens and closes (the closing
    mark's index, -1 when the title is cut off); None outside any title."""
    opening = text.rfind("《", 0, start + 1)
    if opening < 0 or text.rfind("》", 0, start) > opening:
        return None
    return opening, text.find("》", end - 1)


def inside_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a 《…》 title that holds more than it, or in
    a title that is the second half of a joint name (after 《…宣言》和)."""
    title = title_around(text, start, end)
    if title is None:
        return False
    opening, closing = title
    if _JOINT_TITLE.search(text[:opening + 1]):
        return True
    return closing >= 0 and (text[opening + 1:closing].strip("《》") != text[start:end]
                             .strip("《》"))


def is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# Ideographs on each side of a term that decide how the dictionary cuts around it: a
# dictionary word beside it is seldom longer.
WORD_REACH = 4


def ideograph_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of ideographs around ``text[start:end]``, widened by up to
    :data:`WORD_REACH` ideographs on each side: as far as a dictionary word beside it can
    reach, for the segmenter's cut there."""
    a, b = start, end
    while a > max(0, start - WORD_REACH) and is_ideograph(text[a - 1]):
        a -= 1
    while b < min(len(text), end + WORD_REACH) and is_ideograph(text[b]):
        b += 1
    return a, b


def is_word_character(ch: str) -> bool:
    """Whether ``ch`` beside a term makes a longer word of it: an ideograph that is not
    grammar (和国际社会, 及能力建设 only join the term to the sentence)."""
    return is_ideograph(ch) and ch not in ZH_GRAMMAR
