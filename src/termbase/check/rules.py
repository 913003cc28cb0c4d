"""The checks: pure functions from a prepared draft to findings.

:class:`CheckContext` holds what every check needs, computed once: each segment prepared
for matching and the glossary terms found in it (longest match, per language). Each
check is a function ``(context) -> list[Finding]`` registered in :data:`CHECKS`; adding a
check is one function and one line.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from termbase.check.draft import Draft, DraftSegment
from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.learned import (
    DraftEvidence,
    check_learned_inconsistent,
    check_segment_inconsistent,
    not_standing,
)
from termbase.check.matching import LanguageMatcher, PreparedText, base_lang
from termbase.check.numbers import NumberItem, mismatches, profile
from termbase.diagnostics import Severity
from termbase.match import TermHit
from termbase.model import Concept, Glossary, Term, TermType
from termbase.text.english import singular


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
    case_blind: bool = False
    """The target side is written without capitals (a lower-cased corpus): case says
    nothing there, so a lower-case name is the name, neither missing nor miscased (see
    also ``_generic_use``, lower case that is the common noun)."""
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


def _lang_terms(concept: Concept, lang: str) -> list[Term]:
    """Terms of ``lang``, preferred first."""
    terms = [t for sec in concept.lang_secs if base_lang(sec.lang) == base_lang(lang)
             for t in sec.terms]
    return sorted(terms, key=lambda t: t.status.rank)


def _approved(concept: Concept, lang: str) -> tuple[str, ...]:
    return tuple(t.text for t in _lang_terms(concept, lang) if t.status.approved)


def _finding(kind: FindingKind, seg: DraftSegment, lang: str, *, term: str, found: str,
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


def _quote(texts: Sequence[str]) -> str:
    return " or ".join(f"“{t}”" for t in texts)


# --- deprecated -------------------------------------------------------------------------

def _unapproved_hits(view: SegmentView) -> list[TermHit]:
    """Deprecated or superseded terms in a segment, in text order.

    The same text may be approved in another concept (one span, two owners): then it is
    not wrong, and no check treats it as a deprecated rendering.
    """
    approved_spans = {(h.start, h.end) for h in view.hits if h.term.status.approved}
    return [h for h in view.hits
            if not h.term.status.approved and (h.start, h.end) not in approved_spans]


def check_deprecated(ctx: CheckContext) -> list[Finding]:
    """A deprecated or superseded term in either side → the preferred term instead.

    One finding per concept and segment: a term repeated in one line is one problem.
    A deprecated term is another name when it stands inside a longer title (《行动纲要》
    of the Small Arms Programme in 《北京行动纲要》, the Beijing Platform), or, in the
    source of a bilingual unit, when the translation renders nothing of its concept.
    """
    findings = []
    sides = [(ctx.source.lang, "source")]
    if ctx.target is not None:
        sides.append((ctx.target.lang, "target"))
    for unit in ctx.units:
        for lang, side in sides:
            for view in (unit.source if side == "source" else unit.target):
                by_concept: dict[str, list[TermHit]] = defaultdict(list)
                for hit in _unapproved_hits(view):
                    if not _inside_title(view.segment.text, hit.start, hit.end):
                        by_concept[hit.concept_id].append(hit)
                for cid, hits in by_concept.items():
                    if side == "source" and unit.target and not _target_terms_present(
                            ctx, unit, ctx.concepts[cid]):
                        continue
                    findings.append(_deprecated(ctx.concepts[cid], lang, view, hits))
    return findings


def _deprecated(concept: Concept, lang: str, view: SegmentView, hits: list[TermHit]
                ) -> Finding:
    text = view.segment.text
    first = hits[0]
    found = text[first.start:first.end]
    expected = _approved(concept, lang)
    forms = list(dict.fromkeys(text[h.start:h.end] for h in hits))
    message = f"{first.term.status.value} term “{found}”"
    if len(forms) > 1:
        message += f" (also {_quote(forms[1:])} on this line)"
    elif len(hits) > 1:
        message += f" ({len(hits)} times on this line)"
    fix = "; ".join(dict.fromkeys(_replacement(form, expected) for form in forms))
    return _finding(FindingKind.DEPRECATED, view.segment, lang, term=first.term.text,
                    found=found, expected=expected, concept_id=concept.id,
                    message=message, fix=fix, span=(first.start, first.end))


def _replacement(found: str, approved: Sequence[str]) -> str:
    """The fix for a deprecated term: the closest approved term, naming the preferred one.

    《行动纲要》 is best replaced by its own short form 《行动纲领》, not by the full
    title, but the reader should still learn which term is preferred.
    """
    if not approved:
        return "the glossary records no approved term; ask the terminologist"
    closest = max(approved, key=lambda a: SequenceMatcher(None, found, a).ratio())
    if closest == approved[0]:
        return f"replace “{found}” with “{closest}”"
    return f"replace “{found}” with “{closest}” (preferred term: “{approved[0]}”)"


# --- bilingual checks -------------------------------------------------------------------

def _target_terms_present(ctx: CheckContext, unit: UnitView, concept: Concept) -> list[Term]:
    matcher = ctx.target
    if matcher is None:
        return []
    key = (id(unit), concept.id)
    cached = ctx.present_cache.get(key)
    if cached is None:
        cached = [t for t in _lang_terms(concept, matcher.lang)
                  if any(matcher.contains(v.prepared, t) for v in unit.target)]
        ctx.present_cache[key] = cached
    return cached


def _source_concepts(unit: UnitView) -> dict[str, tuple[SegmentView, TermHit]]:
    """Each concept found in the unit's source, with its first occurrence."""
    seen: dict[str, tuple[SegmentView, TermHit]] = {}
    for view in unit.source:
        for hit in view.hits:
            seen.setdefault(hit.concept_id, (view, hit))
    return seen


@dataclass(frozen=True, slots=True)
class _Absent:
    """A source concept none of whose target terms is in the aligned translation."""

    unit: UnitView
    concept_id: str
    src_view: SegmentView
    hit: TermHit
    expected: tuple[str, ...]
    miscased: tuple[SegmentView, Term, tuple[int, int]] | None
    """An approved term written there with the wrong case, if any: then it is a case
    error (``term_case``), not a missing term."""


def _absent_concepts(ctx: CheckContext, matcher: LanguageMatcher) -> list[_Absent]:
    absent = []
    for unit in ctx.units:
        if not unit.target or not unit.source:
            continue
        for cid, (src_view, hit) in _source_concepts(unit).items():
            concept = ctx.concepts[cid]
            expected = _approved(concept, matcher.lang)
            # Any term of the concept counts as present: a deprecated one is reported by
            # its own check, with the fix, and one problem should give one finding.
            if not expected or _target_terms_present(ctx, unit, concept):
                continue
            miscased = _miscased(matcher, unit, concept)
            if miscased is not None and (ctx.case_blind or _generic_use(*miscased)):
                continue
            if ctx.case_blind and _lowered_abbreviation(matcher, unit, concept):
                continue
            absent.append(_Absent(unit, cid, src_view, hit, expected, miscased))
    return absent


def _lowered_abbreviation(matcher: LanguageMatcher, unit: UnitView, concept: Concept
                          ) -> bool:
    """Whether an approved abbreviation of the concept stands in lower case ("un
    bookshop"), as a text written without capitals writes it."""
    return any(matcher.contains_lowered(view.prepared, term)
               for term in _lang_terms(concept, matcher.lang) if term.status.approved
               for view in unit.target)


def _generic_use(view: SegmentView, term: Term, span: tuple[int, int]) -> bool:
    """Whether a name written in lower case is the common noun, not a case error: one
    word ("the secretariat of the Forum" is another body's), a plural ("annual general
    assemblies"), capitals kept on some words ("member States" of another organization,
    UN style), or part of a hyphenated compound ("non-member State")."""
    text = view.segment.text
    found = text[span[0]:span[1]]
    words = found.split()
    return (len(term.text.split()) == 1 or any(c.isupper() for c in found)
            or (words[-1].lower().endswith("s") and not term.text.lower().endswith("s"))
            or (text[max(0, span[0] - 1):span[0]] in "-‐‑" and span[0] > 0))


def _miscased(matcher: LanguageMatcher, unit: UnitView, concept: Concept
              ) -> tuple[SegmentView, Term, tuple[int, int]] | None:
    for term in _lang_terms(concept, matcher.lang):
        if not term.status.approved:
            continue
        for view in unit.target:
            span = matcher.miscased(view.prepared, term)
            if span is not None:
                return view, term, span
    return None


# A source term the draft renders by the glossary's equivalent in fewer than this share
# of at least _SENSE_MIN_UNITS units is used in senses the glossary does not cover there
# (大会 in 审议大会 "Review Conference", 执行 as a verb): its misses are hints (info),
# not errors. A short draft gives too little evidence, so every miss stays an error.
_SENSE_MIN_UNITS = 4
_SENSE_MIN_SHARE = 0.8


def _rendering_share(ctx: CheckContext, matcher: LanguageMatcher,
                     absent: Sequence[_Absent]) -> dict[str, tuple[int, int]]:
    """(units rendering the concept, units with the concept) for each absent concept."""
    wanted = {a.concept_id for a in absent}
    with_source: Counter[str] = Counter()
    for unit in ctx.units:
        if unit.target:
            with_source.update(cid for cid in _source_concepts(unit) if cid in wanted)
    missed = Counter(a.concept_id for a in absent)
    return {cid: (n - missed[cid], n) for cid, n in with_source.items()}


def check_missing_target(ctx: CheckContext) -> list[Finding]:
    """A source term whose approved equivalents are all absent from the aligned target.

    An error, unless the draft itself shows the source term is mostly used in another
    sense (see ``_SENSE_MIN_SHARE``): then each miss is reported at info level, saying so.
    """
    if ctx.target is None:
        return []
    absent = [a for a in _absent_concepts(ctx, ctx.target) if a.miscased is None
              and not _elliptic(ctx, ctx.target, a) and not _named_otherwise(ctx, a)
              and not _scattered(ctx, ctx.target, a)]
    share = _rendering_share(ctx, ctx.target, absent)
    not_words = _not_words(absent)
    findings = []
    for item in absent:
        src_view, hit, expected = item.src_view, item.hit, item.expected
        found_src = src_view.segment.text[hit.start:hit.end]
        message = f"source term “{found_src}” but no {_quote(expected)} in the translation"
        hint = _hint(ctx, ctx.target, item, share[item.concept_id],
                     not_words.get(id(item), ""))
        finding = _finding(
            FindingKind.MISSING_TARGET, item.unit.target[0].segment, ctx.target.lang,
            term=hit.term.text, found="", expected=expected, concept_id=item.concept_id,
            message=f"{message} ({hint})" if hint else message,
            fix=f"translate “{found_src}” as “{expected[0]}”",
            other=src_view, other_span=(hit.start, hit.end))
        findings.append(replace(finding, severity=Severity.INFO) if hint else finding)
    return findings


def _hint(ctx: CheckContext, matcher: LanguageMatcher, item: _Absent,
          share: tuple[int, int], not_word: str) -> str:
    """Why a missing target term may be no error (the finding is then info), the first
    reason that holds; empty when none does. ``share`` is (units rendering the concept,
    units with it); ``not_word`` the dictionary's words where the term is none."""
    rendered, total = share
    if total >= _SENSE_MIN_UNITS and rendered < _SENSE_MIN_SHARE * total:
        return (f"the draft renders it so in only {rendered} of {total} places: it may have "
                f"another sense here")
    trace = _trace(ctx, matcher, item)
    if trace:
        return f"it has “{' '.join(trace)}” of it: a free rendering, or a word missing?"
    acronym = _acronym_for_name(item)
    if acronym:
        return f"it opens a longer name, which may be the translation's “{acronym}”"
    whole = _not_cut(item.unit)
    passive = _agentless_passive(item) if whole else ""
    if passive:
        return (f"it is the agent of the sentence, which the translation turns into the "
                f"passive “{passive}”")
    name = _name_for_longer_name(ctx, item) if whole else ""
    if name:
        return f"it is part of a longer name, which the translation may give as “{name}”"
    if not_word:
        return f"not a word here: the dictionary cuts “{not_word}”"
    reference = _reference(ctx, matcher, item) if whole else ""
    if reference:
        return f"the translation may refer to it as “{reference}”"
    return ""


# Ideographs on each side of a term that decide how the dictionary cuts around it; a
# term longer than this is not met by accident inside other words (a dictionary word
# holding it would be longer than nearly all are), and is not asked about.
_WORD_REACH = 4


def _not_words(absent: Sequence[_Absent]) -> dict[int, str]:
    """For each absent term (by id()) that jieba's dictionary cuts through where it
    occurs, the words the dictionary cuts there instead (联合国 in 联合国家方案, "joint
    country programming": "联合 国家"; 国际合作 in 国际合作伙伴, "international
    partners": "国际 合作伙伴"): a longest match of characters, not the term."""
    asked: dict[int, tuple[str, list[str]]] = {}
    for item in absent:
        text, hit = item.src_view.segment.text, item.hit
        start, end = hit.start, hit.end
        if end - start > _WORD_REACH or not all(_is_ideograph(ch) for ch in text[start:end]):
            continue  # a long term is no accident of characters; title marks: no run to cut
        # The ideographs around it, as far as a dictionary word beside it can reach.
        while start > max(0, hit.start - _WORD_REACH) and _is_ideograph(text[start - 1]):
            start -= 1
        while end < min(len(text), hit.end + _WORD_REACH) and _is_ideograph(text[end]):
            end += 1
        if end - start > hit.end - hit.start:
            asked[id(item)] = (text[hit.start:hit.end], [text[start:end]])
    # Only where a cut falls inside the term (more than one word covers it): a term
    # wholly inside a longer word (弹药 in 武器弹药) may still be rendered by it.
    return {key: words for key, words in not_standing(asked).items() if " " in words}


def _approved_terms(ctx: CheckContext, matcher: LanguageMatcher, concept_id: str
                    ) -> list[Term]:
    return [t for t in _lang_terms(ctx.concepts[concept_id], matcher.lang)
            if t.status.approved]


def _scattered(ctx: CheckContext, matcher: LanguageMatcher, absent: _Absent) -> bool:
    """Whether the translation has every content word of an approved term close
    together in another order ("States Members of the United Nations")."""
    return any(matcher.contains_scattered(view.prepared, term)
               for term in _approved_terms(ctx, matcher, absent.concept_id)
               for view in absent.unit.target)


# An acronym: three capitals or more, standing alone or before a number (UNSCR1540).
_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{3,})(?:\d+)?(?![\w-])")
# Characters after which a source term no longer opens a longer name.
_NAME_BREAKS = frozenset("的和与及或并在对向为于是了")


def _acronym_for_name(absent: _Absent) -> str:
    """An acronym of the translation that may render a longer name the source term
    opens (联合国开发计划署 → UNDP, 联合国安理会第1540号决议 → UNSCR1540): the source
    term is followed at once by two ideographs that are not grammar, and the
    translation has an acronym that is no glossary term of this unit."""
    view, hit = absent.src_view, absent.hit
    following = view.segment.text[hit.end:hit.end + 2]
    if len(following) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in following) or (
            following[0] in _NAME_BREAKS):
        return ""
    known = {v.segment.text[h.start:h.end] for v in absent.unit.target for h in v.hits}
    for target in absent.unit.target:
        for m in _ACRONYM.finditer(target.segment.text):
            if m.group(1) not in known:
                return m.group(0)
    return ""


# A name in English: capitalised words, with the small words names hold between them
# ("Organisation Internationale de la Francophonie", "Special Envoy").
_NAME = re.compile(r"(?<![\w-])[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|on|de|la|du|des|et)"
                   r"\s+)*[A-Z][\w’'-]*)*")
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "de", "la", "du", "des", "et"})


def _longer_name(absent: _Absent) -> tuple[str, str]:
    """The longer name the source term's occurrence is part of, and its ideographs
    beside the term (left and right, "|" between): two or more on one side that are
    neither grammar nor a clause (法语国家 of 法语国家国际组织, 特使 of 秘书长特使);
    glossary terms inside it count too. Empty when the term stands alone."""
    view, hit = absent.src_view, absent.hit
    text = view.segment.text
    before, after = hit.start, hit.end
    while (before > 0 and _is_ideograph(text[before - 1])
           and text[before - 1] not in _NAME_BREAKS and not _opens_clause(text[before - 1:])):
        before -= 1
    while (after < len(text) and _is_ideograph(text[after])
           and text[after] not in _NAME_BREAKS and not _opens_clause(text[after:])):
        after += 1
    left, right = text[before:hit.start], text[hit.end:after]
    if max(len(left), len(right)) < 2:
        return "", ""
    return text[before:after], f"{left}|{right}"


def _opens_clause(text: str) -> bool:
    """Whether ``text`` starts with a verb that opens a clause (请, 决定, 注意到) or a
    function word of two characters or more (根据, 以及), as the extractor knows them:
    a name ends before one."""
    from termbase.extract.filters import refuse_words

    return any(refuse_words((text[:n],)) in ("clause", "stop-start") and (
        n > 1 or refuse_words((text[:n],)) == "clause") for n in range(1, min(3, len(text)) + 1))


# A translation with fewer letters than this many per source ideograph is cut or
# misaligned (UN English runs at about three): what it names says nothing of the rest.
_MIN_LETTERS_PER_IDEOGRAPH = 1.5


def _not_cut(unit: UnitView) -> bool:
    ideographs = sum(1 for v in unit.source for ch in v.segment.text if _is_ideograph(ch))
    letters = sum(1 for v in unit.target for ch in v.segment.text if ch.isalpha())
    return letters >= _MIN_LETTERS_PER_IDEOGRAPH * ideographs


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _name_for_longer_name(ctx: CheckContext, absent: _Absent) -> str:
    """A name of the translation that may render the longer name the source term is
    part of (秘书长特使 → "my Special Envoy", 联合国秘书长大湖区问题特使 → "the Special
    Envoy"): a capitalised name no glossary term of the unit explains, one of whose
    words the draft itself shows to render the rest of the longer name — evidence that
    the name is there, not only that the term is absent."""
    whole, rest = _longer_name(absent)
    if not whole:
        return ""
    known = [(h.start, h.end) for v in absent.unit.target for h in v.hits]
    for target in absent.unit.target:
        text = target.segment.text
        for m in _NAME.finditer(text):
            words = [w for w in m.group().split() if w not in _NAME_SMALL_WORDS]
            if (m.start() == 0 and len(words) == 1) or any(
                    s < m.end() and m.start() < e for s, e in known):
                continue
            shown = [ctx.evidence.sources(word, absent.unit) for word in words]
            # A word the draft shows to render only something outside the longer
            # name speaks against it ("Kingdom" of 联合王国 beside 联合国大会).
            if any(pieces and all(p in rest for p in pieces) for pieces in shown) and all(
                    not pieces or any(p in whole for p in pieces) for pieces in shown):
                return m.group()
    return ""


# A clause verb in the passive with no agent after it ("is invited to", "are requested").
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
                      r"(\w+(?:ed|en))\b(?!\s+by\b)", re.IGNORECASE)
# Where a clause opens: the segment's start or punctuation, a numbering label aside.
_CLAUSE_START = re.compile(r"(?:^|[，。；：:;,（(“\"])\s*"
                           r"(?:[(（]?[0-9a-z一二三四五六七八九十]+[.)）、．]\s*)*$")


def _agentless_passive(absent: _Absent) -> str:
    """The passive of the translation that drops the source term as the agent of its
    clause (秘书处请专家委员会注意… → "The Committee of Experts is invited to take
    note"): the term opens its clause, a clause verb follows it, and the translation
    holds a passive with no "by" after it."""
    view, hit = absent.src_view, absent.hit
    text = view.segment.text
    if not _CLAUSE_START.search(text[:hit.start]) or not _opens_clause(text[hit.end:]):
        return ""
    for target in absent.unit.target:
        m = _PASSIVE.search(target.segment.text)
        if m:
            return m.group()
    return ""


# "the" and one capitalised word that no capitalised word follows: a reference to a
# named body by a common noun ("the archives of the Organization" for 联合国的文献档案).
_REFERENCE = re.compile(r"\bthe ([A-Z][a-z]+)\b(?![\s-]+[A-Z\d])(?!-)"
                        r"(?!\s+(?:of|on|for|to|in|and|de|du|des)\s)")


def _explained_words(ctx: CheckContext, matcher: LanguageMatcher, item: _Absent
                     ) -> tuple[set[str], list[range]]:
    """What the unit's glossary terms account for in the translation: the last word of
    each approved target term of every source concept (lower case), and the spans of
    the target terms found."""
    heads = {t.text.split()[-1].lower() for cid in _source_concepts(item.unit)
             for t in _approved_terms(ctx, matcher, cid) if t.text.split()}
    spans = [range(h.start, h.end) for v in item.unit.target for h in v.hits]
    return heads, spans


def _reference(ctx: CheckContext, matcher: LanguageMatcher, item: _Absent) -> str:
    """A reference to the absent name by a capitalised common noun that nothing else of
    the unit explains ("the Organization" for 联合国): the absent term is a name; the
    word is a common noun, which the draft's translation also writes in lower case
    ("Vienna" never is); and it is neither a glossary term found nor the head of another
    source term's equivalent (then "the Council" is that term's)."""
    if not any(_is_name(t) for t in _approved_terms(ctx, matcher, item.concept_id)):
        return ""
    heads, spans = _explained_words(ctx, matcher, item)
    for view in item.unit.target:
        for m in _REFERENCE.finditer(view.segment.text):
            word = m.group(1)
            if (singular(word.lower()) in ctx.lower_case_words and word.lower() not in heads
                    and not any(m.start(1) in span for span in spans)):
                return m.group()
    return ""


def _is_name(term: Term) -> bool:
    """Whether an English term reads as a name: each of its content words capitalised."""
    words = [w for w in term.text.replace("-", " ").split() if len(w) > 3 or w[:1].isupper()]
    return bool(words) and all(w[:1].isupper() for w in words)


def _trace(ctx: CheckContext, matcher: LanguageMatcher, absent: _Absent) -> list[str]:
    """Content words of an approved term that the translation holds, its first one
    among them, the most for any one term. A translation keeping the word that sets the
    term apart ("international support", "international collaboration", "UN member")
    renders it freely, which a reviser judges; a real omission leaves no word of it, or
    only the general head ("intergovernmental and other organizations" has lost
    "non-governmental"), and stays an error. A name (its words capitalised) is given
    whole or not at all: its words elsewhere belong to other names ("Global Firearms
    Programme") or to common nouns ("programme of work") — unless the source joins it to
    another term the translation renders, and so names one thing by the two (联合国会员国,
    "UN member", "members of the United Nations")."""
    best: list[str] = []
    joined = _joined_renderings(absent)
    for term in _approved_terms(ctx, matcher, absent.concept_id):
        name = _is_name(term)
        if name and not joined:
            continue
        first = next((w for w in matcher.pattern(term).split()
                      if w in matcher.content_words(term)), None)
        for view in absent.unit.target:
            words = matcher.shared_words(view.prepared, term)
            if (first in words and len(words) > len(best) and (
                    not name or _near(view.segment.text, first, joined.get(id(view), [])))):
                best = words
    return best


# Words at most between a name's word and the term it is joined to in the source
# ("members of the United Nations").
_JOINED_REACH = 3


def _near(text: str, word: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``word`` (folded) stands in ``text`` within _JOINED_REACH words of one
    of ``spans``."""
    for m in re.finditer(r"[^\W_]+", text):
        if singular(m.group().lower()) != word:
            continue
        for start, end in spans:
            between = text[m.end():start] if m.end() <= start else text[end:m.start()]
            if len(between.split()) <= _JOINED_REACH:
                return True
    return False


def _joined_renderings(absent: _Absent) -> dict[int, list[tuple[int, int]]]:
    """Where the translation renders a source term that stands right before or after
    the absent one, with no character between: its target hits' spans, by target
    segment (id() of its view)."""
    hit = absent.hit
    joined = {h.concept_id for h in absent.src_view.hits if h.concept_id != absent.concept_id
              and (h.end == hit.start or h.start == hit.end)}
    out: dict[int, list[tuple[int, int]]] = {}
    for view in absent.unit.target:
        spans = [(h.start, h.end) for h in view.hits if h.concept_id in joined]
        if spans:
            out[id(view)] = spans
    return out


def _named_otherwise(ctx: CheckContext, absent: _Absent) -> bool:
    """Whether the source term is part of a longer name, which the translation renders
    as a whole: inside a title (联合国 in 《联合国宪章》, "the Charter"), or with the head
    of the approved name standing alone or in another name ("the Assembly"; "World
    Health Assembly" for 世界卫生大会)."""
    hits = [(view.segment.text, h) for view in absent.unit.source for h in view.hits
            if h.concept_id == absent.concept_id]
    if all(_inside_title(text, h.start, h.end) for text, h in hits):
        return True
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    terms = [t for t in _lang_terms(ctx.concepts[absent.concept_id], matcher.lang)
             if t.status.approved]
    return any(matcher.contains_head(view.prepared, term)
               for view in absent.unit.target for term in terms)


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a 《…》 title that holds more than it."""
    opening = text.rfind("《", 0, start + 1)
    if opening < 0 or text.rfind("》", 0, start) > opening:
        return False
    closing = text.find("》", end - 1)
    return closing >= 0 and (text[opening + 1:closing].strip("《》") != text[start:end]
                             .strip("《》"))


def _elliptic(ctx: CheckContext, matcher: LanguageMatcher, absent: _Absent) -> bool:
    """Whether the translation gives the term in a coordination that shares its words
    ("non-governmental and other organizations", "regional and subregional
    organizations" for "regional organizations")."""
    terms = [t for t in _lang_terms(ctx.concepts[absent.concept_id], matcher.lang)
             if t.status.approved]
    return any(matcher.contains_coordinated(view.prepared, term)
               for view in absent.unit.target for term in terms)


def check_term_case(ctx: CheckContext) -> list[Finding]:
    """An approved target term written with the wrong case ("security council")."""
    if ctx.target is None:
        return []
    findings = []
    for absent in _absent_concepts(ctx, ctx.target):
        if absent.miscased is None:
            continue
        view, term, span = absent.miscased
        src_view, hit = absent.src_view, absent.hit
        found = view.segment.text[span[0]:span[1]]
        found_src = src_view.segment.text[hit.start:hit.end]
        expected = (term.text, *(t for t in absent.expected if t != term.text))
        findings.append(_finding(
            FindingKind.TERM_CASE, view.segment, ctx.target.lang, term=hit.term.text,
            found=found, expected=expected, concept_id=absent.concept_id,
            message=f"“{found}” for source term “{found_src}”: the glossary writes "
                    f"“{term.text}”",
            fix=f"write “{term.text}”", span=span, other=src_view,
            other_span=(hit.start, hit.end)))
    return findings


def _term_span(views: Sequence[SegmentView], term: Term
               ) -> tuple[SegmentView, tuple[int, int] | None]:
    for view in views:
        for hit in view.hits:
            if hit.term.text == term.text:
                return view, (hit.start, hit.end)
    return views[0], None


def _outermost(matcher: LanguageMatcher, terms: list[Term]) -> list[Term]:
    """Terms not contained in another present term ("Council" in "Security Council")."""
    keys = [matcher.pattern(t) for t in terms]
    return [t for t, k in zip(terms, keys, strict=True)
            if not any(k != other and k.strip() in other for other in keys)]


def _approved_renderings(ctx: CheckContext, matcher: LanguageMatcher, unit: UnitView,
                         cid: str) -> list[Term]:
    """The approved target terms of ``cid`` that render it in ``unit``.

    A unit where the concept is rendered by a deprecated or superseded term has none:
    the deprecated check reports it with the approved term as the fix, and a second
    finding about the same term on the same line would only repeat it (or contradict
    it, offering the deprecated term as the draft's norm).
    """
    if any(h.concept_id == cid for v in unit.target for h in _unapproved_hits(v)):
        return []
    present = [t for t in _target_terms_present(ctx, unit, ctx.concepts[cid])
               if t.status.approved]
    return _outermost(matcher, present)


def check_inconsistent(ctx: CheckContext) -> list[Finding]:
    """One source term rendered by different approved glossary terms in different places.

    Only approved renderings are counted, so the norm is always one of them. The norm
    is the rendering used most often; on a tie, the one the glossary ranks higher
    (preferred before admitted), then the first used. Every unit using another
    rendering is reported, once.
    """
    if ctx.target is None:
        return []
    matcher = ctx.target
    uses: dict[tuple[str, str, object], list[tuple[UnitView, Term, str]]] = defaultdict(list)
    for unit in ctx.units:
        if not unit.target:
            continue
        for cid, (src_view, hit) in _source_concepts(unit).items():
            present = _approved_renderings(ctx, matcher, unit, cid)
            keys = {matcher.pattern(t) for t in present}
            if len(keys) == 1:  # two renderings side by side ("Programme of Action (PoA)")
                found_src = src_view.segment.text[hit.start:hit.end]
                # A verb and a noun rendering ("implement", "implementation") follow the
                # sentence, and an abbreviation beside the full name ("NGO", "UN-Habitat")
                # is house style after a first mention, not the translator's choice:
                # only like is compared with like.
                like = (present[0].part_of_speech, matcher.abbreviated(present[0]))
                uses[(cid, ctx.source.pattern(hit.term), like)].append(
                    (unit, present[0], found_src))
    findings = []
    for (cid, _, _), occurrences in uses.items():
        counts = Counter(matcher.pattern(t) for _, t, _ in occurrences)
        if len(counts) < 2:
            continue
        order = {key: i for i, key in enumerate(
            dict.fromkeys(matcher.pattern(t) for _, t, _ in occurrences))}
        norm = min((t for _, t, _ in occurrences),
                   key=lambda t: (-counts[matcher.pattern(t)], t.status.rank,
                                  order[matcher.pattern(t)]))
        norm_key = matcher.pattern(norm)
        for unit, term, found_src in occurrences:
            if matcher.pattern(term) != norm_key:
                findings.append(_inconsistent(matcher.lang, unit, cid, term, found_src,
                                              norm, counts[norm_key]))
    return findings


def _inconsistent(lang: str, unit: UnitView, cid: str, term: Term, found_src: str,
                  norm: Term, norm_count: int) -> Finding:
    view, span = _term_span(unit.target, term)
    found = view.segment.text[span[0]:span[1]] if span else term.text
    return _finding(
        FindingKind.INCONSISTENT, view.segment, lang, term=found_src,
        found=found, expected=(norm.text,), concept_id=cid,
        message=f"“{found_src}” is rendered “{found}” here but “{norm.text}” "
                f"{norm_count} time(s) elsewhere in the draft",
        fix=f"use one rendering throughout, e.g. “{norm.text}”", span=span,
        other=unit.source[0] if unit.source else None)


def check_untranslated_source(ctx: CheckContext) -> list[Finding]:
    """An approved target term whose concept does not occur in the aligned source."""
    if ctx.target is None:
        return []
    src_lang, tgt_lang = ctx.source.lang, ctx.target.lang
    findings = []
    for unit in ctx.units:
        if not unit.source:
            continue
        reported: set[str] = set()
        for view in unit.target:
            for hit in view.hits:
                cid = hit.concept_id
                if cid in reported or not hit.term.status.approved:
                    continue
                src_terms = _lang_terms(ctx.concepts[cid], src_lang)
                if not src_terms or any(ctx.source.contains(v.prepared, t)
                                        for v in unit.source for t in src_terms):
                    continue
                reported.add(cid)
                found = view.segment.text[hit.start:hit.end]
                expected = tuple(t.text for t in src_terms if t.status.approved)
                findings.append(_finding(
                    FindingKind.UNTRANSLATED_SOURCE, view.segment, tgt_lang,
                    term=hit.term.text, found=found, expected=expected, concept_id=cid,
                    message=f"“{found}” in the translation, but no {_quote(expected)} in "
                            f"the source",
                    fix="check that the term translates something in the source, or that "
                        "the segments are aligned", span=(hit.start, hit.end),
                    other=unit.source[0]))
    return findings


def _items_text(items: Sequence[NumberItem]) -> str:
    return ", ".join(i.text for i in items)


def _items_values(items: Sequence[NumberItem]) -> str:
    """Each item as written, with its normalised value when that reads differently."""
    return ", ".join(f"“{i.text}”" if i.text == i.normal else f"“{i.text}” (= {i.normal})"
                     for i in items)


def _side_values(items: Sequence[NumberItem]) -> str:
    return ", ".join(dict.fromkeys(i.normal for i in items)) or "none"


def check_number_mismatch(ctx: CheckContext) -> list[Finding]:
    """Numbers, dates, symbols and session ordinals that differ between the two sides."""
    if ctx.target is None:
        return []
    src_lang, tgt_lang = ctx.source.lang, ctx.target.lang
    findings = []
    for unit in ctx.units:
        if not unit.source or not unit.target:
            continue
        src_text = "\n".join(v.segment.text for v in unit.source)
        tgt_text = "\n".join(v.segment.text for v in unit.target)
        src_profile, tgt_profile = profile(src_text, src_lang), profile(tgt_text, tgt_lang)
        missing, extra = mismatches(src_profile, tgt_profile)
        if not missing and not extra:
            continue
        parts = []
        if missing:
            parts.append(f"source has {_items_values(missing)}, not in the translation "
                         f"(translation: {_side_values(tgt_profile.strict)})")
        if extra:
            parts.append(f"translation has {_items_values(extra)}, not in the source "
                         f"(source: {_side_values(src_profile.strict)})")
        first = unit.target[0]
        span = (extra[0].start, extra[0].end) if extra and len(unit.target) == 1 else None
        other_span = ((missing[0].start, missing[0].end)
                      if missing and len(unit.source) == 1 else None)
        findings.append(_finding(
            FindingKind.NUMBER_MISMATCH, first.segment, tgt_lang,
            term=_items_text(missing), found=_items_text(extra),
            expected=tuple(i.text for i in missing), message="; ".join(parts),
            fix="make the numbers, dates and symbols agree with the source", span=span,
            other=unit.source[0], other_span=other_span))
    return findings


# --- first mention ----------------------------------------------------------------------

_SHORT_TYPES = (TermType.SHORT_FORM, TermType.ABBREVIATION, TermType.ACRONYM)
# Drafts read as documents, in reading order (see termbase.check.draft and .drafts).
_DOCUMENT_DRAFTS = frozenset({"monolingual", "presplit pair", "aligned pair"})


def check_first_mention(ctx: CheckContext) -> list[Finding]:
    """A short form or abbreviation used before the full form appears in the same document.

    Only the first such use is reported per concept and document. A short form whose
    full form never appears is not reported: a document may rightly rely on its reader
    knowing it (the Programme of Action in a small-arms resolution). Translation
    memories and segment tables (TMX, XLIFF, two-column sheets) hold segments of many
    documents in no reading order, so nothing in them is a first mention.
    """
    if dict(ctx.draft.settings).get("draft") not in _DOCUMENT_DRAFTS:
        return []
    use_target = ctx.target is not None
    lang = ctx.target.lang if ctx.target is not None else ctx.source.lang
    early: dict[tuple[str, str], tuple[SegmentView, TermHit]] = {}
    full_seen: set[tuple[str, str]] = set()
    findings = []
    for unit in ctx.units:
        for view in (unit.target if use_target else unit.source):
            document = view.segment.file
            for hit in view.hits:
                key = (document, hit.concept_id)
                if hit.term.term_type == TermType.FULL_FORM:
                    if key in early and key not in full_seen:
                        short_view, short_hit = early[key]
                        findings.append(_first_mention(ctx, lang, short_view, short_hit,
                                                       hit))
                    full_seen.add(key)
                elif hit.term.term_type in _SHORT_TYPES and key not in full_seen:
                    early.setdefault(key, (view, hit))
    return findings


def _first_mention(ctx: CheckContext, lang: str, view: SegmentView, hit: TermHit,
                   full: TermHit) -> Finding:
    found = view.segment.text[hit.start:hit.end]
    kind = hit.term.term_type.value if hit.term.term_type else "short form"
    # The full form written may be a superseded one (an older title): it still counts as
    # the first mention, but the form to give is the approved one.
    approved_full = [t.text for t in _lang_terms(ctx.concepts[hit.concept_id], lang)
                     if t.status.approved and t.term_type == TermType.FULL_FORM]
    give = approved_full[0] if approved_full else full.term.text
    return _finding(
        FindingKind.FIRST_MENTION, view.segment, lang, term=hit.term.text, found=found,
        expected=(give,), concept_id=hit.concept_id,
        message=f"{kind} “{found}” is used before the full form “{full.term.text}”",
        fix=f"give the full form “{give}” at the first mention",
        span=(hit.start, hit.end))


CHECKS: dict[FindingKind, Callable[[CheckContext], list[Finding]]] = {
    FindingKind.DEPRECATED: check_deprecated,
    FindingKind.MISSING_TARGET: check_missing_target,
    FindingKind.TERM_CASE: check_term_case,
    FindingKind.NUMBER_MISMATCH: check_number_mismatch,
    FindingKind.INCONSISTENT: check_inconsistent,
    FindingKind.LEARNED_INCONSISTENT: check_learned_inconsistent,
    FindingKind.SEGMENT_INCONSISTENT: check_segment_inconsistent,
    FindingKind.UNTRANSLATED_SOURCE: check_untranslated_source,
    FindingKind.FIRST_MENTION: check_first_mention,
}
